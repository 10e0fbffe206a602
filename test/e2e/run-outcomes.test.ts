import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addFile,
  DOCS,
  docsFile,
  fixFile,
  type LocalRepo,
  localRepo,
  review,
  step,
  turnKinds,
  turns,
} from './run-env.js';

let repo: LocalRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

const noWorktreeLeft = async (r: LocalRepo) => {
  expect(r.git('worktree', 'list').split('\n')).toHaveLength(1);
  expect(await readdir(join(r.dir, '.codex-orchestrator', 'worktrees'))).toEqual([]);
};

describe('codex-orchestrator run: how an item ends', () => {
  it('stops at the review cycle cap with the findings that remain, for a person; the fix round resumed the developer thread', async () => {
    repo = await localRepo({
      items: { 'R-1.md': docsFile('R-1', 'Add the r file', { criteria: ['r.txt says r'] }) },
    });
    // The person works on a branch of their own: it stays checked out and untouched.
    repo.git('checkout', '-q', '-b', 'feature');
    const feature = repo.git('rev-parse', 'feature');
    const first = { id: 'F-wording', file: 'r.txt', line: 1, title: 'r.txt says the wrong thing' };
    const second = { id: 'F-case', file: 'r.txt', line: 1, title: 'r.txt should be upper case' };
    repo.model.enqueue(
      ...addFile('r.txt', 'x'),
      step.json(review.changes(first, ['r.txt says r'])),
      ...fixFile('r.txt', 'x', 'r', ['F-wording']),
      step.json(review.changes(second, ['r.txt says r'])),
    );
    // On a terminal: the status line's escape codes on stderr, stdout still the JSON alone.
    const out = await repo.runWith({ isTTY: true }, '--json');
    expect(out.code, out.stderr).toBe(1);
    expect(out.stderr).toContain('\r\u001b[2K▸ R-1 · review · 0:0');
    expect(out.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(turnKinds(repo.model)).toEqual(['dev 1', 'review', 'fix', 'review']);
    // The fix round continued the developer's thread: its request carries the criterion's prompt.
    const fixRequest = repo.model.requests[3]!;
    expect(JSON.stringify(fixRequest.body?.input)).toContain('Meet acceptance criterion 1 of 1');

    const [item] = out.json().items;
    expect(item).toMatchObject({
      id: 'R-1',
      status: 'blocked',
      cycles: 2,
      open_findings: [{ id: 'F-case', severity: 'major', file: 'r.txt', line: 1, title: second.title }],
      commits: 3,
    });
    expect(item!.reason).toMatch(/Review cycle 2 of 2 still requires changes/);
    expect(item!.next).toContain(
      'Fix the remaining findings on the branch codex/R-1-add-the-r-file yourself',
    );
    const summary = (await repo.state('items/R-1/summary.md'))!;
    expect(summary).toContain('**Status:** blocked');
    expect(summary).toContain('## Open findings');
    expect(summary).toContain('| `F-case` | major | `r.txt:1` | r.txt should be upper case |');
    expect(summary).toContain('## What the fix rounds did');
    expect(JSON.parse((await repo.state('items/R-1/review-1.json'))!).findings[0].id).toBe('F-wording');
    expect(JSON.parse((await repo.state('items/R-1/review-2.json'))!).findings[0].id).toBe('F-case');
    expect(repo.git('show', 'codex/R-1-add-the-r-file:r.txt')).toBe('r');
    expect(repo.git('log', '-1', '--format=%s', 'codex/R-1-add-the-r-file')).toMatch(/^Fix review cycle 1: /);
    const session = JSON.parse((await repo.state('.agent-state.json'))!);
    expect(session).toMatchObject({ tasks_blocked: ['R-1'], consecutive_failures: 1 });

    expect(repo.git('symbolic-ref', 'HEAD')).toBe('refs/heads/feature');
    expect(repo.git('rev-parse', 'feature')).toBe(feature);
    expect(repo.git('status', '--porcelain')).toBe('');
    await noWorktreeLeft(repo);
  }, 120_000);

  it('runs the verification in the sandbox (the working tree of the person out of its sight); one fix run, then tests_failed with its output', async () => {
    repo = await localRepo({
      items: { 'V-1.md': docsFile('V-1', 'Add the v file', { criteria: ['v.txt exists'] }) },
    });
    const mine = join(repo.dir, 'notes.txt');
    repo.commit({
      '.github/codex-orchestrator.yml': `verify:\n  commands:\n    - test -f v.txt\n    - test ! -e ${mine}\n    - echo checking && test -f fixed.txt\n`,
    });
    await writeFile(mine, 'mine\n');
    repo.model.enqueue(...addFile('v.txt', 'v'), ...addFile('other.txt', 'not the fix'));
    const out = await repo.run('--json');
    expect(out.code, out.stderr).toBe(1);
    expect(turnKinds(repo.model)).toEqual(['dev 1', 'dev fix']);
    expect(turns(repo.model)[1]).toContain(
      'The command `echo checking && test -f fixed.txt` exited with code 1',
    );
    const [item] = out.json().items;
    expect(item).toMatchObject({ status: 'tests_failed', cycles: 0, commits: 2 });
    const summary = (await repo.state('items/V-1/summary.md'))!;
    expect(summary).toContain('**Status:** tests_failed');
    expect(summary).toContain('## The last verification');
    expect(summary).toContain('✅ `test -f v.txt`');
    expect(summary).toContain('❌ `echo checking && test -f fixed.txt` — exit code 1');
    expect(summary).toContain('The verification fails on the branch codex/V-1-add-the-v-file');
    expect(summary).toContain(`✅ \`test ! -e ${mine}\``);
    // Not marked done: the item stays open on its branch.
    expect(repo.git('show', `codex/V-1-add-the-v-file:${DOCS}/V-1.md`)).toContain('status: open');
    await noWorktreeLeft(repo);
  }, 120_000);

  it('plans an item without criteria: the questions go to its summary; answered in its file, the next run plans and builds it', async () => {
    repo = await localRepo({
      items: { 'Q-1.md': docsFile('Q-1', 'Export the report', { body: 'Export the weekly report.' }) },
    });
    repo.model.enqueue(
      step.json({
        status: 'needs_clarification',
        summary: 'The format is not said.',
        acceptance_criteria: [],
        questions: ['Which format: CSV or JSON?'],
        subtasks: [],
        risks: [],
      }),
    );
    const dry = await repo.run('--dry-run');
    expect(dry.stdout).toContain(
      'Q-1  Export the report  [medium] → plan (no acceptance criteria), dev (planned criteria)',
    );
    const asked = await repo.run('--json');
    expect(asked.code, asked.stderr).toBe(1);
    expect(turnKinds(repo.model), asked.stderr + asked.stdout).toEqual(['plan']);
    expect(asked.json().items[0]).toMatchObject({ status: 'needs_clarification', branch: null, commits: 0 });
    const summary = (await repo.state('items/Q-1/summary.md'))!;
    expect(summary).toContain('## The planner asks');
    expect(summary).toContain('1. Which format: CSV or JSON?');
    expect(summary).toContain(`**Next human step:** Answer the questions in ${DOCS}/Q-1.md`);
    expect(repo.git('branch', '--list', 'codex/*')).toBe('');
    // A question for a person is no failure.
    expect(JSON.parse((await repo.state('.agent-state.json'))!).consecutive_failures).toBe(0);

    // The person answers in the item's file (not even committed) and runs again.
    await writeFile(
      join(repo.dir, DOCS, 'Q-1.md'),
      docsFile('Q-1', 'Export the report', { body: 'Export the weekly report.\n\nAnswer: JSON, please.' }),
    );
    repo.model.enqueue(
      step.json({
        status: 'ready',
        summary: 'Write report.json.',
        acceptance_criteria: ['report.json holds the report'],
        questions: [],
        subtasks: [],
        risks: [],
      }),
      ...addFile('report.json', '[]'),
      step.json(review.pass(['report.json holds the report'])),
    );
    const built = await repo.run('--json');
    expect(built.code, built.stderr).toBe(0);
    expect(turnKinds(repo.model, 1)).toEqual(['plan', 'dev 1', 'review']);
    const planPrompt = turns(repo.model, 1)[0]!;
    expect(planPrompt).toContain('Answer: JSON, please.');
    expect(planPrompt).toContain('Which format: CSV or JSON?');
    expect(built.json().items[0]).toMatchObject({ status: 'pass', branch: 'codex/Q-1-export-the-report' });
    const state = JSON.parse((await repo.state('items/Q-1/state.json'))!);
    expect(state.criteria).toEqual([
      { text: 'report.json holds the report', done: true, commit: expect.any(String) },
    ]);
    await noWorktreeLeft(repo);
  }, 120_000);
});
