import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addFile, DOCS, docsFile, type LocalRepo, localRepo, review, step, turnKinds } from './run-env.js';

let repo: LocalRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

const A = 'codex/A-1-add-the-a-file';
const C = 'codex/C-1-add-the-c-file';

describe('codex-orchestrator run', () => {
  it('works the ready items in dependency order, each on its own branch to a passing review; main, the working tree and the remote-tracking refs stay as they were', async () => {
    repo = await localRepo({
      items: {
        'A-1.md': docsFile('A-1', 'Add the a file', { criteria: ['a.txt says a'], priority: 'high' }),
        'B-1.md': docsFile('B-1', 'Build on a', { criteria: ['b.txt says b'], blockedBy: ['A-1'] }),
        'C-1.md': docsFile('C-1', 'Add the c file', { criteria: ['c.txt says c'] }),
      },
    });
    repo.git('fetch', '-q', 'origin');
    // The person is on main with work of their own: a change, a staged file, an untracked file.
    await writeFile(join(repo.dir, 'README.md'), '# demo, edited by hand\n');
    await writeFile(join(repo.dir, 'staged.txt'), 'staged\n');
    repo.git('add', 'staged.txt');
    await writeFile(join(repo.dir, 'notes.txt'), 'mine\n');
    const statusBefore = repo.git('status', '--porcelain');
    const refsBefore = repo.git(
      'for-each-ref',
      '--format=%(refname) %(objectname)',
      'refs/heads',
      'refs/remotes',
    );
    const mainBefore = repo.git('rev-parse', 'main');

    repo.model.enqueue(
      ...addFile('a.txt', 'a'),
      step.json(review.pass(['a.txt says a'])),
      ...addFile('c.txt', 'c'),
      step.json(review.pass(['c.txt says c'])),
    );
    const out = await repo.run('--json', '--push');
    expect(out.code, out.stderr).toBe(0);
    expect(turnKinds(repo.model)).toEqual(['dev 1', 'review', 'dev 1', 'review']);

    // stdout is the one JSON object, in the promised shape; B waits for A's merge.
    const json = out.json();
    expect(Object.keys(json).sort()).toEqual(['items', 'stopped']);
    expect(json.stopped).toBeNull();
    expect(json.items.map((i) => i.id)).toEqual(['A-1', 'C-1']);
    const [a, c] = json.items;
    expect(Object.keys(a!).sort()).toEqual(
      [
        'id',
        'title',
        'status',
        'reason',
        'branch',
        'cycles',
        'open_findings',
        'commits',
        'usage',
        'cost_usd',
        'state_dir',
        'next',
      ].sort(),
    );
    expect(a).toMatchObject({
      id: 'A-1',
      title: 'Add the a file',
      status: 'pass',
      branch: A,
      cycles: 1,
      open_findings: [],
      commits: 2,
      state_dir: join(repo.dir, '.codex-orchestrator', 'items', 'A-1'),
    });
    expect(a!.usage).toEqual({
      input_tokens: 300,
      cached_input_tokens: 0,
      output_tokens: 30,
      reasoning_output_tokens: 0,
    });
    expect(a!.cost_usd).toEqual(expect.any(Number));
    expect(a!.next).toContain(`merge it`);
    expect(c).toMatchObject({ status: 'pass', branch: C });

    // Progress on stderr: one line per step with the item, the phase and the time; no terminal codes.
    expect(out.stderr).toMatch(/^\[0:\d\d\] A-1 dev: 1 criterion\(s\) to do$/m);
    expect(out.stderr).toMatch(/^\[0:\d\d\] A-1 review: cycle 1: pass$/m);
    expect(out.stderr).toMatch(/^\[0:\d\d\] A-1 push: codex\/A-1-add-the-a-file → origin$/m);
    expect(out.stderr).toMatch(/^\[0:\d\d\] C-1 done: pass: /m);
    expect(out.stderr).not.toContain('\u001b');

    // The person's repository: the same branch, the same changes, the same refs but the two new branches.
    expect(repo.git('symbolic-ref', 'HEAD')).toBe('refs/heads/main');
    expect(repo.git('status', '--porcelain')).toBe(statusBefore);
    expect(await readFile(join(repo.dir, 'README.md'), 'utf8')).toBe('# demo, edited by hand\n');
    expect(repo.git('rev-parse', 'main')).toBe(mainBefore);
    const refsAfter = repo.git(
      'for-each-ref',
      '--format=%(refname) %(objectname)',
      'refs/heads',
      'refs/remotes',
    );
    expect(
      refsAfter
        .split('\n')
        .filter((l) => !refsBefore.includes(l))
        .map((l) => l.split(' ')[0]),
    ).toEqual([`refs/heads/${A}`, `refs/heads/${C}`]);
    expect(repo.git('stash', 'list')).toBe('');

    // --push: origin got the two item branches and nothing else.
    const origin = repo.git('ls-remote', '--heads', 'origin');
    expect(origin.split('\n').map((l) => l.split('\t')[1])).toEqual([
      `refs/heads/${A}`,
      `refs/heads/${C}`,
      'refs/heads/main',
    ]);
    expect(origin).toContain(`${repo.git('rev-parse', A)}\trefs/heads/${A}`);
    expect(origin).toContain(`${mainBefore}\trefs/heads/main`);

    // The branch: the criterion's commit by the orchestrator, then the item marked done as the Action does.
    expect(repo.git('log', '--format=%an <%ae> %s', `main..${A}`).split('\n')).toEqual([
      'codex-orchestrator <codex-orchestrator@localhost> Mark docs item A-1 done',
      'codex-orchestrator <codex-orchestrator@localhost> Criterion 1/1: a.txt says a',
    ]);
    const itemOnBranch = repo.git('show', `${A}:${DOCS}/A-1.md`);
    expect(itemOnBranch).toContain('status: done');
    expect(itemOnBranch).toContain('- [x] a.txt says a');

    // The state folder: state, raw events, the exact review, the summary, the log; the session.
    const state = JSON.parse((await repo.state('items/A-1/state.json'))!);
    expect(state).toMatchObject({ item: 'A-1', phase: 'review', status: 'pass', reviewCycle: 1, branch: A });
    expect(state.criteria).toEqual([{ text: 'a.txt says a', done: true, commit: expect.any(String) }]);
    expect(state.threads).toMatchObject({ 'dev:0': expect.any(String), review: expect.any(String) });
    expect(state.usage.inputTokens).toBe(300);
    const events = (await repo.state('items/A-1/events.jsonl'))!.trim().split('\n');
    expect(events.map((l) => JSON.parse(l).type)).toContain('turn.completed');
    expect(JSON.parse((await repo.state('items/A-1/review-1.json'))!)).toEqual(review.pass(['a.txt says a']));
    const summary = (await repo.state('items/A-1/summary.md'))!;
    expect(summary).toContain('**Status:** pass');
    expect(summary).toContain('- [x] a.txt says a');
    expect(summary).toContain(`**Next human step:** Review the branch ${A} and merge it`);
    const log = (await repo.state('items/A-1/log.txt'))!;
    expect(log).toContain('== Codex: criterion 1/1 (workspace-write)');
    expect(log).toContain('Marked the docs item A-1 done');
    const session = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(session).toMatchObject({
      tasks_processed: ['A-1', 'C-1'],
      tasks_completed: ['A-1', 'C-1'],
      tasks_blocked: [],
      consecutive_failures: 0,
      early_exit_triggered: false,
      ended_at: expect.any(String),
    });
    expect(await readFile(join(repo.dir, '.git', 'info', 'exclude'), 'utf8')).toContain(
      '/.codex-orchestrator/',
    );

    // No worktree is left.
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
    expect(await readdir(join(repo.dir, '.codex-orchestrator', 'worktrees'))).toEqual([]);

    // A branch that passed waits for a person; its dependent waits for the merge.
    const again = await repo.run('--dry-run');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing is ready');
    expect(again.stdout).toContain(`A-1  Add the a file — its branch ${A} passed review: a person merges it`);
    expect(again.stdout).toMatch(/B-1 {2}Build on a — .*A-1/);

    // Merging the branch archives the item: B is ready next.
    repo.git('merge', '-q', '--no-edit', A);
    const merged = await repo.run('--dry-run');
    expect(merged.stdout).toMatch(/1\. B-1 {2}Build on a {2}\[medium\] → dev \(1 criteria\)/);
    expect(merged.stdout).not.toMatch(/A-1 {2}Add the a file/);
    expect(repo.model.requests).toHaveLength(6);
  }, 120_000);
});
