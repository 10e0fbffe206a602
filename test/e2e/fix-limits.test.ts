// What bounds a fix round, job by job through the action's own dispatches: the prompt's budget for
// review threads, an escalation held for /codex approve and released, the item's token cap, the run
// timeout, the job's deadline, and a verification that fails inside the round.
import { afterEach, describe, expect, it } from 'vitest';
import { HOLD_MARKER } from '../../src/tracker/github/hold.js';
import { REMAINS_MARKER } from '../../src/tracker/github/remains.js';
import { item, userTexts } from '../harness/responses-server.js';
import {
  BRANCH,
  devThenReview,
  fixAnswer,
  fixSteps,
  type Loop,
  loopScenario,
  reviews,
  step,
  subjects,
} from './fix-env.js';

let l: Loop | undefined;
afterEach(async () => {
  await l?.close();
  l = undefined;
});

/** Replaces the policy file on the default branch (read at the start of every job). */
const policy = (loop: Loop, extra: string, verify = ['test -s greet.txt']) =>
  loop.s.gh.addFile(
    '.github/codex-orchestrator.yml',
    `verify:\n  commands: ${JSON.stringify(verify)}\n  timeout-minutes: 2\n${extra}\n`,
  );

const remains = (loop: Loop) =>
  loop.s.gh.comments(loop.pr().number).find((c) => c.body.includes(REMAINS_MARKER))?.body ?? '';

/** The text of the fix round's first request (its prompt is the last user text). */
const promptOf = (loop: Loop, index: number) => userTexts(loop.s.model.requests[index]!).at(-1)!;

describe('fix: the prompt budget', () => {
  it('fits 300 review threads into the prompt, newest first, and says how many were left out', {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    // 300 threads of ~8,000 characters: 2.4 million characters before the budget.
    s.gh.addReview(l.pr().number, {
      author: 'maintainer',
      state: 'COMMENTED',
      comments: Array.from({ length: 300 }, (_, i) => ({
        path: 'greet.txt',
        line: 1,
        body: `Thread ${i}: ${'please say hello more warmly. '.repeat(270)}`,
      })),
    });
    const before = s.model.requests.length;
    s.model.enqueue(...fixSteps('helo', 'hello'));
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'complete' });
    const prompt = promptOf(l, before);
    expect(prompt.length).toBeLessThan(150_000);
    const shown = [...prompt.matchAll(/^### Thread `[^`]+` on greet\.txt:1$/gm)].length;
    const left =
      /\((\d+) older unresolved thread\(s\) with (\d+) comment\(s\) are left out of this prompt/.exec(prompt);
    expect(left, 'the line saying what was left out').not.toBeNull();
    expect(Number(left![1])).toBe(300 - shown);
    expect(Number(left![2])).toBe(300 - shown);
    expect(shown).toBeGreaterThan(5);
    // The newest threads are the ones shown, newest first.
    expect(prompt).toContain('Thread 299: please');
    expect(prompt.indexOf('Thread 299:')).toBeLessThan(prompt.indexOf('Thread 298:'));
    expect(prompt).not.toContain('Thread 0: please');
    expect(fix.stdout).toMatch(new RegExp(`carries the ${shown} newest of 300 unresolved threads`));
  });
});

describe('fix: an escalation in a fix round', () => {
  it('holds the round for /codex approve (nothing pushed); approval pushes it without the model and dispatches review', {
    timeout: 240_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    const before = subjects(l);
    s.model.enqueue(step.items([item.exec('uname -a')]), ...fixSteps('helo', 'hello'));
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'blocked', 'next-phase': '' });
    expect(fix.outputs.reason ?? fix.stdout).toMatch(/Escalation: 1 command\(s\) outside commands\.allow/);
    // Nothing reached the branch; the held commit is in the hold comment on the issue.
    expect(subjects(l)).toEqual(before);
    expect(s.repos.git(['show', `${BRANCH}:greet.txt`], s.repos.origin)).toBe('helo');
    const hold = s.gh.comments(s.issueNumber).find((c) => c.body.includes(HOLD_MARKER))!;
    expect(hold.body).toContain('+hello');
    const state = await s.state();
    expect(state.escalation).toMatchObject({ phase: 'fix', approvedBy: null });
    expect(state.escalation!.commands).toEqual(["uname -a — 'uname -a' is not in commands.allow"]);
    expect(remains(l)).toContain('/codex approve');
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');

    // A re-run before approval runs nothing.
    const requests = s.model.requests.length;
    const waiting = await l.job('workflow_dispatch', l.dispatchPayload('fix', l.pr().number));
    expect(waiting.outputs).toMatchObject({ status: 'blocked' });
    expect(waiting.outputs.reason ?? waiting.stdout).toMatch(/waits for \/codex approve/);

    // A maintainer approves on the issue: control dispatches fix, which pushes the held round.
    await l.job('issue_comment', s.commentEvent('/codex approve').payload);
    expect((await s.state()).escalation?.approvedBy).toBe('maintainer');
    const released = await l.next('fix');
    expect(released.outputs).toMatchObject({ phase: 'fix', status: 'complete', 'next-phase': 'review' });
    expect(s.model.requests).toHaveLength(requests);
    expect(s.repos.git(['show', `${BRANCH}:greet.txt`], s.repos.origin)).toBe('hello');
    // The held commit is the round's own (its trailers say what it fixed), pushed as it was.
    expect(subjects(l)).toEqual(['Fix review cycle 1: Fixed the greeting typo.', ...before]);
    expect(s.repos.git(['log', '-1', '--format=%B', BRANCH], s.repos.origin)).toContain(
      'Codex-Fixed: greet-typo',
    );
    const after = await s.state();
    expect(after.escalation).toBeNull();
    expect(after.fix).toMatchObject({ cycle: 1, claimed: ['greet-typo'] });
    expect(after.timeline.at(-1)!.note).toMatch(
      /Pushed the fix round for review cycle 1 \([0-9a-f]{7}: 1 finding/,
    );
    expect(l.dispatches().at(-1)!.inputs.phase).toBe('review');
    // A re-run of the released job finds the round on the branch: no model call, no second commit.
    const rerun = await l.job('workflow_dispatch', l.dispatchPayload('fix', l.pr().number));
    expect(rerun.outputs).toMatchObject({ status: 'complete' });
    expect(s.model.requests).toHaveLength(requests);
    expect(subjects(l)).toHaveLength(before.length + 1);
  });
});

describe('fix: budgets and timeouts', () => {
  it("stops at the item's token cap before any model call: blocked, what remains on the PR", {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    policy(l, 'budgets:\n  item-token-cap: 100');
    const requests = s.model.requests.length;
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'blocked', 'next-phase': '' });
    expect(s.model.requests).toHaveLength(requests);
    expect(remains(l)).toMatch(/reaching budgets\.item-token-cap \(100\)/);
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
  });

  it('stops a fix run that exceeds criterion-timeout-minutes: blocked, its changes dropped, nothing pushed', {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    const before = subjects(l);
    policy(l, 'budgets:\n  criterion-timeout-minutes: 0.03');
    s.model.enqueue(step.stall());
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'blocked' });
    expect(remains(l)).toContain(
      "The fix run did not finish within budgets.criterion-timeout-minutes (0.03) or the job's time left; its changes were dropped.",
    );
    expect(subjects(l)).toEqual(before);
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
  });

  it('starts no fix run past the job deadline (phase-timeout-minutes): blocked, no model call', {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    policy(l, 'budgets:\n  phase-timeout-minutes: 0.0001');
    const requests = s.model.requests.length;
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'blocked' });
    expect(s.model.requests).toHaveLength(requests);
    expect(remains(l)).toMatch(/phase-timeout-minutes.*the fix run was not started/s);
  });
});

describe('fix: the verification inside a round', () => {
  it('gives a failing verification back once in the same thread; still failing → tests_failed with the output, the commit pushed', {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario({
      verify: ['test -s greet.txt', 'echo checking broken.txt && test ! -e broken.txt'],
    });
    const { s } = l;
    await devThenReview(l, reviews.changes());
    const before = s.model.requests.length;
    s.model.enqueue(
      step.applyPatch(
        '*** Begin Patch\n*** Update File: greet.txt\n@@\n-helo\n+hello\n*** Add File: broken.txt\n+oops\n*** End Patch\n',
      ),
      step.json(fixAnswer()),
      // The verification run in the same thread does not remove the file.
      step.applyPatch('*** Begin Patch\n*** Add File: other.txt\n+not the fix\n*** End Patch\n'),
      step.json(fixAnswer(['greet-typo'], [], 'Fixed the greeting typo; the check should pass now.')),
    );
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'tests_failed', 'next-phase': '' });
    // The second run resumed the round's thread: its request carries the fix prompt and the failure.
    const texts = s.model.requests.slice(before).map((r) => userTexts(r).join('\n'));
    const again = texts.find((t) => t.includes('The verification commands failed'))!;
    expect(again).toContain('## The review (cycle 1)');
    expect(again).toContain(
      'The command `echo checking broken.txt && test ! -e broken.txt` exited with code 1',
    );
    // One commit for the round, pushed, with both runs' changes.
    expect(subjects(l)[0]).toBe('Fix review cycle 1: Fixed the greeting typo; the check should pass now.');
    expect(s.repos.git(['show', `${BRANCH}:other.txt`], s.repos.origin)).toBe('not the fix');
    const state = await s.state();
    expect(state.status).toBe('tests_failed');
    expect(state.dev.verifyOutput).toContain('checking broken.txt');
    expect(state.nextAction).toMatch(/The verification fails on PR #\d+/);
    expect(fix.summary).toContain('❌ `echo checking broken.txt && test ! -e broken.txt` — exit code 1');
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    // No review is dispatched for a failing round.
    expect(l.dispatches().at(-1)!.inputs.phase).toBe('fix');
  });
});
