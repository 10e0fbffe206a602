// Where the review → fix loop stops for a person: the cycle cap, a round that changes nothing, the
// same findings back. Each ends `blocked`, labelled, with "what remains" on the PR and in the status
// comment, job by job through the action's own dispatches.
import { afterEach, describe, expect, it } from 'vitest';
import { REMAINS_MARKER } from '../../src/tracker/github/remains.js';
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
  TYPO,
} from './fix-env.js';

let l: Loop | undefined;
afterEach(async () => {
  await l?.close();
  l = undefined;
});

const remains = (loop: Loop) => {
  const found = loop.s.gh.comments(loop.pr().number).filter((c) => c.body.includes(REMAINS_MARKER));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.body;
};
const nextAction = (loop: Loop) => /\*\*What a human must do next:\*\* (.*)/.exec(loop.visible())?.[1] ?? '';

const OTHER = { ...TYPO, id: 'greet-shout', title: 'Say it louder', severity: 'minor', line: 1 };

describe('the loop stops for a person', () => {
  it('at the cap: the last review writes what remains and dispatches no fix; /codex fix then refuses without a model call', {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    s.model.enqueue(...fixSteps('helo', 'hello'));
    await l.next('fix');
    s.model.enqueue(step.json(reviews.changes([OTHER])));
    const review2 = await l.next('review');
    expect(review2.outputs).toMatchObject({ status: 'changes_required', 'next-phase': '' });
    const dispatched = l.dispatches().length;
    expect(l.dispatches().at(-1)!.inputs.phase).toBe('review');
    const body = remains(l)!;
    expect(body).toContain('Review cycle 2 of 2 still requires changes');
    expect(body).toContain('| `greet-shout` | minor | `greet.txt:1` | Say it louder |');
    expect(body).toMatch(/Fix round 1 for review cycle 1 \([0-9a-f]{7}\): Fixed the greeting typo\./);
    expect(body).toContain('**Next human step:**');
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');

    // A maintainer asks for a fix anyway: the cap holds, nothing runs.
    const requests = s.model.requests.length;
    const out = await l.job('issue_comment', commentOnPr(l, '/codex fix'));
    expect(out.outputs).toMatchObject({ phase: 'fix', status: 'blocked' });
    expect(s.model.requests).toHaveLength(requests);
    expect(l.dispatches()).toHaveLength(dispatched);
    expect(remains(l)).toContain('Review cycle 2 of 2 was the last automated one');
    expect(nextAction(l)).toContain('1 finding(s) remain (greet-shout)');
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
  });

  it('when a round changes nothing: blocked, no commit, no review dispatched', {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes());
    const before = subjects(l);
    s.model.enqueue(step.json(fixAnswer([], [], 'The finding is wrong: helo is the house spelling.')));
    const fix = await l.next('fix');
    expect(fix.outputs).toMatchObject({ phase: 'fix', status: 'blocked', 'next-phase': '' });
    expect(subjects(l)).toEqual(before);
    expect(l.dispatches().at(-1)!.inputs.phase).toBe('fix');
    expect(remains(l)).toContain('The fix round for review cycle 1 changed nothing');
    expect(remains(l)).toContain('helo is the house spelling');
    expect(nextAction(l)).toContain('1 finding(s) remain (greet-typo)');
    expect(l.visible()).toContain('`blocked` after `fix`');
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
  });

  it('when the findings a round claimed to fix come back: blocked before any model call', {
    timeout: 180_000,
  }, async () => {
    l = await loopScenario();
    const { s } = l;
    await devThenReview(l, reviews.changes(), 'helo');
    // The round claims the typo fixed but writes another misspelling.
    s.model.enqueue(...fixSteps('helo', 'hallo'));
    await l.next('fix', { 'max-review-cycles': '3' });
    s.model.enqueue(step.json(reviews.changes()));
    const review2 = await l.next('review', { 'max-review-cycles': '3' });
    expect(review2.outputs).toMatchObject({ status: 'changes_required', 'next-phase': 'fix' });
    const requests = s.model.requests.length;
    const fix2 = await l.next('fix', { 'max-review-cycles': '3' });
    expect(fix2.outputs).toMatchObject({ phase: 'fix', status: 'blocked' });
    expect(s.model.requests).toHaveLength(requests);
    expect(s.repos.git(['show', `${BRANCH}:greet.txt`], s.repos.origin)).toBe('hallo');
    expect(remains(l)).toContain('came back in review cycle 2: greet-typo');
    expect(nextAction(l)).toContain('greet-typo');
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    expect(l.dispatches().at(-1)!.inputs.phase).toBe('fix');
  });
});

/** A maintainer's comment on the item's pull request (issue_comment.created). */
function commentOnPr(loop: Loop, body: string) {
  const payload = loop.s.commentEvent(body).payload;
  const pr = loop.pr();
  payload.issue.number = pr.number;
  payload.issue.title = pr.title;
  payload.issue.pull_request = { url: `https://api.github.invalid/pulls/${pr.number}` };
  return payload;
}
