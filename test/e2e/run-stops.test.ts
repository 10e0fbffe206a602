import { spawn } from 'node:child_process';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { item } from '../harness/responses-server.js';
import {
  addFile,
  DOCS,
  docsFile,
  type LocalRepo,
  localRepo,
  review,
  step,
  turnKinds,
  whenServed,
} from './run-env.js';

let repo: LocalRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Everything a run could change in the repository, to compare before and after. */
const snapshot = async (r: LocalRepo) => ({
  status: r.git('status', '--porcelain', '--ignored'),
  refs: r.git('for-each-ref', '--format=%(refname) %(objectname)'),
  worktrees: r.git('worktree', 'list'),
  exclude: await readFile(join(r.dir, '.git', 'info', 'exclude'), 'utf8').catch(() => ''),
  stateFolder: await exists(join(r.dir, '.codex-orchestrator')),
});

describe('codex-orchestrator run: dry run, bad input, stops', () => {
  it('--dry-run prints the items in order with their phases and what waits, asks no model and writes nothing', async () => {
    repo = await localRepo({
      items: {
        'D-1.md': docsFile('D-1', 'Low first', { criteria: ['one'], priority: 'low' }),
        'D-2.md': docsFile('D-2', 'Urgent', { criteria: ['one', 'two'], priority: 'critical' }),
        'D-3.md': docsFile('D-3', 'Needs a plan'),
        'D-4.md': docsFile('D-4', 'After the urgent one', { criteria: ['one'], blockedBy: ['D-2'] }),
        'D-5.md': docsFile('D-5', 'Later milestone', { criteria: ['one'], milestone: 'm2' }),
        'bad.md': docsFile('auth/login', 'Slash in its id', { criteria: ['one'] }),
        'dots.md': docsFile('A..B', 'Dots in its id', { criteria: ['one'] }),
      },
      files: { 'docs/projects/app/milestones/m2.md': '---\nid: m2\ntitle: Later\n---\n' },
    });
    const before = await snapshot(repo);
    const out = await repo.run('--dry-run');
    expect(out.code, out.stderr).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Would work 4 item(s), in this order (dry run: no model call, nothing written):',
      '    1. D-2  Urgent  [critical] → dev (2 criteria), review → fix ×≤2',
      '    2. D-5  Later milestone  [medium] → dev (1 criteria), review → fix ×≤2',
      '    3. D-3  Needs a plan  [medium] → plan (no acceptance criteria), dev (planned criteria), review → fix ×≤2',
      '    4. D-1  Low first  [low] → dev (1 criteria), review → fix ×≤2',
    ]);
    expect(out.stdout).toMatch(/^ {2}D-4 {2}After the urgent one — .*D-2/m);
    expect(out.stdout).toMatch(
      /^ {2}auth\/login {2}Slash in its id — its id cannot name a branch and a folder/m,
    );
    expect(out.stdout).toMatch(/^ {2}A\.\.B {2}Dots in its id — its id cannot name a branch and a folder/m);

    // Narrowed: one milestone, chosen items, a cap; --json for scripts.
    const narrowed = await repo.run(
      '--dry-run',
      '--json',
      '--item',
      'D-1',
      '--item',
      'D-2',
      '--max-items',
      '1',
    );
    expect(narrowed.json()).toEqual({
      dry_run: true,
      items: [
        {
          id: 'D-2',
          title: 'Urgent',
          priority: 'critical',
          milestone: null,
          file: `${DOCS}/D-2.md`,
          phases: 'dev (2 criteria), review → fix ×≤2',
        },
      ],
      waiting: [{ id: 'D-1', title: 'Low first', reason: '--max-items 1 was reached' }],
    });
    const m2 = await repo.run('--dry-run', '--json', '--milestone', 'm2');
    expect((m2.json().items as { id: string }[]).map((i) => i.id)).toEqual(['D-5']);

    expect(repo.model.requests).toHaveLength(0);
    expect(await snapshot(repo)).toEqual(before);

    // A run leaves such an item out and says why; nothing else of it starts.
    const run = await repo.run('--json', '--item', 'auth/login');
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toEqual({ items: [], stopped: null });
    expect(run.stderr).toContain('auth/login is not worked: its id cannot name a branch and a folder');
    expect(repo.model.requests).toHaveLength(0);
  });

  it('never works on a branch the person has checked out', async () => {
    repo = await localRepo({
      items: { 'W-1.md': docsFile('W-1', 'Wait for me', { criteria: ['one'] }) },
    });
    repo.git('switch', '-q', '-c', 'codex/W-1-wait-for-me');
    const out = await repo.run('--json');
    expect(out.code).toBe(1);
    const [item] = out.json().items;
    expect(item).toMatchObject({ id: 'W-1', status: 'blocked', commits: 0 });
    expect(item!.reason).toContain('The branch codex/W-1-wait-for-me is checked out in your working tree');
    expect(item!.next).toContain('git switch main');
    expect(repo.model.requests).toHaveLength(0);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('fails fast on a backlog with problems, and on bad input: exit 2, nothing started', async () => {
    repo = await localRepo({
      items: {
        'G-1.md': docsFile('G-1', 'Good', { criteria: ['one'] }),
        'G-2.md': docsFile('G-2', 'Blocked by a ghost', { criteria: ['one'], blockedBy: ['NOPE-9'] }),
      },
    });
    const before = await snapshot(repo);
    const out = await repo.run('--json');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('NOPE-9');
    expect(out.stderr).toContain('Nothing was started: fix the backlog first.');
    expect((await repo.run('--dry-run')).code).toBe(2);

    repo.commit({ [`${DOCS}/G-2.md`]: docsFile('G-2', 'Fine now', { criteria: ['one'] }) });
    const bad: [string[], RegExp][] = [
      [['--max-items', '0'], /Invalid --max-items '0'/],
      [['--effort', 'enormous'], /effort/],
      [['--item', 'G-7'], /No item 'G-7' in the backlog/],
      [['--milestone', 'm9'], /No milestone 'm9'/],
      [['--no-such-flag'], /no-such-flag/],
      [['stray'], /Unexpected argument 'stray'/],
      [['--base', 'nope'], /--base nope is not a branch/],
      [['--dir', repo.root], /is not inside a git repository/],
      [['--config-file', 'missing.yml'], /missing\.yml/],
    ];
    const after = await snapshot(repo);
    for (const [argv, message] of bad) {
      const r = await repo.run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
    expect((await repo.run('--help')).code).toBe(0);
    expect(repo.model.requests).toHaveLength(0);
    expect(before.stateFolder).toBe(false);
    expect(await snapshot(repo)).toEqual(after);

    // Another run works in this repository: this one does not start.
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await mkdir(join(repo.dir, '.codex-orchestrator'), { recursive: true });
      await writeFile(join(repo.dir, '.codex-orchestrator', 'run.lock'), `${other.pid}\n`);
      const busy = await repo.run('--json');
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain(
        `Another codex-orchestrator run (pid ${other.pid}) is working in ${repo.dir}`,
      );
      expect(repo.model.requests).toHaveLength(0);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('stops between two criteria when a STOP file appears, and the next run goes on from there', async () => {
    repo = await localRepo({
      items: {
        'S-1.md': docsFile('S-1', 'Two steps', {
          criteria: ['one.txt exists', 'two.txt exists'],
          priority: 'high',
        }),
        'S-2.md': docsFile('S-2', 'Another', { criteria: ['three.txt exists'] }),
      },
    });
    const stopFile = join(repo.dir, '.codex-orchestrator', 'STOP');
    const [patch, done] = addFile('one.txt', '1');
    const stopping = whenServed(done!);
    repo.model.enqueue(patch!, {
      ...stopping.step,
      onServe: () => {
        void writeFile(stopFile, '');
        stopping.step.onServe?.();
      },
    });
    const out = await repo.run('--json');
    expect(out.code, out.stderr).toBe(1);
    expect(turnKinds(repo.model)).toEqual(['dev 1']);
    const json = out.json();
    expect(json.stopped).toBe(
      `A STOP file is in ${join(repo.dir, '.codex-orchestrator')}: remove it to go on.`,
    );
    expect(json.items).toHaveLength(1);
    expect(json.items[0]).toMatchObject({ id: 'S-1', status: 'stopped', commits: 1 });
    const session = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(session).toMatchObject({ ended_at: null, consecutive_failures: 0, tasks_processed: [] });
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);

    // While it is there, no run starts.
    const still = await repo.run('--json');
    expect(still.code).toBe(1);
    expect(still.json()).toEqual({ items: [], stopped: json.stopped });

    await rm(stopFile);
    repo.model.enqueue(
      ...addFile('two.txt', '2'),
      step.json(review.pass()),
      ...addFile('three.txt', '3'),
      step.json(review.pass()),
    );
    const next = await repo.run('--json');
    expect(next.code, next.stderr).toBe(0);
    expect(turnKinds(repo.model, 2)).toEqual(['dev 2', 'review', 'dev 1', 'review']);
    expect(next.json().items.map((i) => [i.id, i.status])).toEqual([
      ['S-1', 'pass'],
      ['S-2', 'pass'],
    ]);
    const again = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(again.session_id).toBe(session.session_id);
    expect(again.ended_at).toEqual(expect.any(String));
  }, 120_000);

  it('ends the run after three failed items in a row; the next run refuses until `clear`', async () => {
    const items = Object.fromEntries(
      ['E-1', 'E-2', 'E-3', 'E-4'].map((id) => [
        `${id}.md`,
        docsFile(id, `Item ${id}`, { criteria: ['one'] }),
      ]),
    );
    repo = await localRepo({ items });
    repo.model.enqueue(step.httpError(400, 'bad'), step.httpError(400, 'bad'), step.httpError(400, 'bad'));
    const out = await repo.run('--json');
    expect(out.code, out.stderr).toBe(1);
    const json = out.json();
    expect(json.items.map((i) => [i.id, i.status])).toEqual([
      ['E-1', 'error'],
      ['E-2', 'error'],
      ['E-3', 'error'],
    ]);
    expect(json.stopped).toMatch(
      /^Early exit: 3 items in a row failed \(consecutive-failure-limit 3\): E-1 \(error\), E-2 \(error\), E-3 \(error\)\.$/,
    );
    const session = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(session).toMatchObject({
      early_exit_triggered: true,
      early_exit_reason: expect.stringContaining('3 items in a row failed'),
      consecutive_failures: 3,
      tasks_blocked: ['E-1', 'E-2', 'E-3'],
      ended_at: null,
    });
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);

    const refused = await repo.run('--item', 'E-4');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The last run stopped early: 3 items in a row failed');
    expect(refused.stderr).toContain('codex-orchestrator clear');
    expect(repo.model.requests).toHaveLength(3);

    const cleared = await repo.command('clear');
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toContain('Cleared the early exit');
    repo.model.enqueue(...addFile('four.txt', '4'), step.json(review.pass()));
    const next = await repo.run('--item', 'E-4', '--json');
    expect(next.code, next.stderr).toBe(0);
    const fresh = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(fresh.session_id).not.toBe(session.session_id);
    expect(fresh).toMatchObject({ tasks_completed: ['E-4'], consecutive_failures: 0 });
  }, 120_000);

  it('holds the commits of a run that used a command outside commands.allow; `approve` lets the next run apply them without the model', async () => {
    repo = await localRepo({
      items: { 'H-1.md': docsFile('H-1', 'Held', { criteria: ['hello.txt exists'] }) },
    });
    const branch = 'codex/H-1-held';
    repo.model.enqueue(step.items([item.exec('uname -a && ls')]), ...addFile('hello.txt', 'hello'));
    const held = await repo.run('--json');
    expect(held.code, held.stderr).toBe(1);
    expect(held.json().items[0]).toMatchObject({ status: 'blocked', commits: 0 });
    expect(held.json().items[0]!.next).toBe(
      `Read the held commits in ${join(repo.dir, '.codex-orchestrator', 'items', 'H-1', 'hold.json')}, then run \`codex-orchestrator approve H-1\`.`,
    );
    expect(repo.git('branch', '--list', branch)).toBe('');
    const hold = JSON.parse((await repo.state('items/H-1/hold.json'))!);
    expect(hold.subjects).toEqual([
      expect.stringMatching(/^[0-9a-f]{7} Criterion 1\/1: hello\.txt exists \(codex-orchestrator\)$/),
    ]);
    expect(hold.mbox).toContain('+hello');
    const summary = (await repo.state('items/H-1/summary.md'))!;
    expect(summary).toContain('## Waiting for approval');
    expect(summary).toContain("- `uname -a && ls — 'uname -a' is not in commands.allow`");

    // Until a person approves, the item waits and no run touches it.
    expect((await repo.run('--dry-run')).stdout).toContain(
      'H-1  Held — an escalation waits for approval: codex-orchestrator approve H-1',
    );
    expect((await repo.command('approve', 'NOPE')).code).toBe(1);
    const approved = await repo.command('approve', 'H-1');
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toContain('Approved H-1');
    expect(approved.stdout).toContain('Dana Developer');

    const requests = repo.model.requests.length;
    repo.model.enqueue(step.json(review.pass(['hello.txt exists'])));
    const out = await repo.run('--json');
    expect(out.code, out.stderr).toBe(0);
    expect(turnKinds(repo.model, requests)).toEqual(['review']);
    expect(repo.git('show', `${branch}:hello.txt`)).toBe('hello');
    expect(repo.git('log', '--format=%an %s', `main..${branch}`).split('\n')).toEqual([
      'codex-orchestrator Mark docs item H-1 done',
      'codex-orchestrator Criterion 1/1: hello.txt exists',
    ]);
    expect(await repo.state('items/H-1/hold.json')).toBeUndefined();
    const state = JSON.parse((await repo.state('items/H-1/state.json'))!);
    expect(state.escalation).toBeNull();
    expect(state.timeline.map((e: { note: string }) => e.note)).toContain(
      'released 1 held commit(s) approved by Dana Developer',
    );
  }, 120_000);
});
