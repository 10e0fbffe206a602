import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { descendants } from '../../src/process/tree.js';
import type { ItemState } from '../../src/state/index.js';
import {
  addFile,
  docsFile,
  fixFile,
  killAll,
  type LocalRepo,
  localRepo,
  review,
  spawnRun,
  step,
  turnKinds,
  whenServed,
} from './run-env.js';

let repo: LocalRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Reads and rewrites an item's state.json, as a kill just before its last save would have left it. */
async function rewind(r: LocalRepo, id: string, change: (state: ItemState) => void) {
  const file = join(r.dir, '.codex-orchestrator', 'items', id, 'state.json');
  const state = JSON.parse(await readFile(file, 'utf8')) as ItemState;
  change(state);
  await writeFile(file, JSON.stringify(state));
}

const worktreesLeft = async (r: LocalRepo) => ({
  registered: r.git('worktree', 'list').split('\n').length - 1,
  folders: (await readdir(join(r.dir, '.codex-orchestrator', 'worktrees'))).length,
});

describe('codex-orchestrator run: kill it, run it again', () => {
  it('SIGKILL in the middle of dev: the next run removes the dead worktree and does only the criteria left', async () => {
    repo = await localRepo({
      items: { 'K-1.md': docsFile('K-1', 'Two files', { criteria: ['one.txt exists', 'two.txt exists'] }) },
    });
    const branch = 'codex/K-1-two-files';
    const stalled = whenServed(step.stall());
    repo.model.enqueue(...addFile('one.txt', '1'), stalled.step);
    const run = spawnRun(repo, ['--json']);
    await stalled.served;
    killAll(run.child.pid!);
    expect(await run.exited).toBeNull();
    expect(run.out().stdout).toBe('');

    // Criterion 1 is on the branch; the state saved it too. A kill between the push and that save
    // leaves the state one step behind: the branch's trailer must be enough.
    expect(repo.git('log', '--format=%s', `main..${branch}`)).toBe('Criterion 1/2: one.txt exists');
    const killed = JSON.parse((await repo.state('items/K-1/state.json'))!);
    expect(killed.criteria[0]).toMatchObject({ done: true });
    await rewind(repo, 'K-1', (s) => {
      s.criteria[0] = { ...s.criteria[0]!, done: false, commit: null };
    });
    expect(await worktreesLeft(repo)).toEqual({ registered: 1, folders: 1 });
    const session = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(session).toMatchObject({ current_task: 'K-1', ended_at: null });

    const before = repo.model.requests.length;
    repo.model.enqueue(...addFile('two.txt', '2'), step.json(review.pass()));
    const out = await repo.run('--json');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('Removed 1 worktree(s) an interrupted run left behind.');
    expect(turnKinds(repo.model, before)).toEqual(['dev 2', 'review']);
    expect(repo.git('log', '--reverse', '--format=%s', `main..${branch}`).split('\n')).toEqual([
      'Criterion 1/2: one.txt exists',
      'Criterion 2/2: two.txt exists',
      'Mark docs item K-1 done',
    ]);
    expect(await worktreesLeft(repo)).toEqual({ registered: 0, folders: 0 });
    expect(await repo.state('items/K-1/log.txt')).toContain('Criterion 1 is already on the branch');
    const after = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(after).toMatchObject({ session_id: session.session_id, tasks_completed: ['K-1'] });
    expect(after.ended_at).toEqual(expect.any(String));
  }, 120_000);

  it('SIGKILL in the middle of a fix round: the next run resumes the thread for the round, and does not ask the review again', async () => {
    repo = await localRepo({
      items: { 'F-1.md': docsFile('F-1', 'The f file', { criteria: ['f.txt says f'] }) },
    });
    const finding = { id: 'F-word', file: 'f.txt', line: 1, title: 'f.txt says x' };
    const stalled = whenServed(step.stall());
    repo.model.enqueue(
      ...addFile('f.txt', 'x'),
      step.json(review.changes(finding, ['f.txt says f'])),
      stalled.step,
    );
    const run = spawnRun(repo, ['--json']);
    await stalled.served;
    killAll(run.child.pid!);
    await run.exited;
    expect(turnKinds(repo.model)).toEqual(['dev 1', 'review', 'fix']);

    const before = repo.model.requests.length;
    repo.model.enqueue(...fixFile('f.txt', 'x', 'f', ['F-word']), step.json(review.pass(['f.txt says f'])));
    const out = await repo.run('--json');
    expect(out.code, out.stderr).toBe(0);
    expect(turnKinds(repo.model, before)).toEqual(['fix', 'review']);
    // The round continued the developer's thread from the state folder's CODEX_HOME.
    const input = JSON.stringify(repo.model.requests[before]!.body?.input);
    expect(input).toContain('Meet acceptance criterion 1 of 1');
    expect(out.json().items[0]).toMatchObject({ status: 'pass', cycles: 2, commits: 3 });
    expect(repo.git('show', 'codex/F-1-the-f-file:f.txt')).toBe('f');
    expect(await worktreesLeft(repo)).toEqual({ registered: 0, folders: 0 });
  }, 120_000);

  it('SIGKILL after a fix round reached the branch, before its state was saved: the round is found by its trailer, not made again', async () => {
    repo = await localRepo({
      items: { 'G-1.md': docsFile('G-1', 'The g file', { criteria: ['g.txt says g'] }) },
    });
    const finding = { id: 'G-word', file: 'g.txt', line: 1, title: 'g.txt says x' };
    const stalled = whenServed(step.stall());
    repo.model.enqueue(
      ...addFile('g.txt', 'x'),
      step.json(review.changes(finding, ['g.txt says g'])),
      ...fixFile('g.txt', 'x', 'y', ['G-word']),
      stalled.step,
    );
    const run = spawnRun(repo, ['--json', '--max-review-cycles', '3']);
    await stalled.served;
    killAll(run.child.pid!);
    await run.exited;
    expect(turnKinds(repo.model)).toEqual(['dev 1', 'review', 'fix', 'review']);
    await rewind(repo, 'G-1', (s) => {
      s.fix = null;
      s.phase = 'fix';
    });

    // The same finding comes back: the round that claimed it is known, so the loop stops for a person.
    const before = repo.model.requests.length;
    repo.model.enqueue(step.json(review.changes(finding, ['g.txt says g'])));
    const out = await repo.run('--json', '--max-review-cycles', '3');
    expect(out.code, out.stderr).toBe(1);
    expect(turnKinds(repo.model, before)).toEqual(['review']);
    const [item] = out.json().items;
    expect(item).toMatchObject({ status: 'blocked', cycles: 2 });
    expect(item!.reason).toContain(
      'The findings the last fix round claimed to fix came back in review cycle 2: G-word',
    );
    expect(
      repo.git('log', '--format=%s', 'main..codex/G-1-the-g-file').match(/^Fix review cycle/gm),
    ).toHaveLength(1);
    expect(JSON.parse((await repo.state('items/G-1/state.json'))!).fix).toMatchObject({
      cycle: 1,
      claimed: ['G-word'],
    });
  }, 120_000);

  it('SIGINT stops the run cleanly: Codex killed, the item stopped (no failure), its state saved, the worktree gone; a run later goes on', async () => {
    repo = await localRepo({
      items: { 'I-1.md': docsFile('I-1', 'Interrupted', { criteria: ['i.txt exists'] }) },
    });
    const stalled = whenServed(step.stall());
    repo.model.enqueue(stalled.step);
    const run = spawnRun(repo, ['--json']);
    await stalled.served;
    const codex = descendants(run.child.pid!);
    expect(codex.length).toBeGreaterThan(0);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(1);
    expect(codex.filter(alive)).toEqual([]);
    const out = JSON.parse(run.out().stdout);
    expect(out.stopped).toBe('SIGINT stopped the run; a later run continues where it stopped.');
    expect(out.items[0]).toMatchObject({ id: 'I-1', status: 'stopped' });
    expect(run.out().stderr).toMatch(/I-1 done: stopped: /);
    const session = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(session).toMatchObject({ ended_at: null, consecutive_failures: 0, tasks_blocked: [] });
    expect(JSON.parse((await repo.state('items/I-1/state.json'))!).threads['dev:0']).toEqual(
      expect.any(String),
    );
    expect(await worktreesLeft(repo)).toEqual({ registered: 0, folders: 0 });
    expect(await repo.state('run.lock')).toBeUndefined();

    repo.model.enqueue(...addFile('i.txt', 'i'), step.json(review.pass()));
    const next = await repo.run('--json');
    expect(next.code, next.stderr).toBe(0);
    expect(next.json().items[0]).toMatchObject({ id: 'I-1', status: 'pass' });
  }, 120_000);
});
