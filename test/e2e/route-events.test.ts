/**
 * A named phase (`phase: plan`, not `auto`) with an empty `target` input takes its target from the
 * event, for every phase and every event that names one (README: "Empty takes it from the event").
 * Each job is driven as the runner drives it, with GitHub's example payload for the event; each
 * test checks that the phase worked on the number the event names, not just that it did not fail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { VERIFY_CHECK } from '../../src/phases/verify/index.js';
import { decodeState, STATUS_MARKER } from '../../src/state/codec.js';
import { CHECK_NAME } from '../../src/tracker/github/review/payloads.js';
import { step, userTexts } from '../harness/responses-server.js';
import { webhookPayload } from '../harness/webhooks.js';
import { BRANCH, criterionSteps, type DevScenario, devScenario } from './dev-env.js';
import { type PlanScenario, planScenario, plans } from './plan-env.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

const BOT = 'github-actions[bot]';

let closeLast: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeLast?.();
  closeLast = undefined;
});
async function opened<T extends { close(): Promise<void> }>(scenario: Promise<T>): Promise<T> {
  const s = await scenario;
  closeLast = () => s.close();
  return s;
}

/** The state in the action's one status comment on `number`, if there is one. */
function stateOn(s: { gh: PlanScenario['gh'] }, number: number) {
  const found = s.gh.comments(number).filter((c) => c.author === BOT && c.body.includes(STATUS_MARKER));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0] && decodeState(found[0].body, `the status comment on #${number}`);
}

describe('plan, named in the workflow', () => {
  /** The scenario's issue #1 and a second issue, #2: the event names #2. */
  async function twoIssues(): Promise<{ s: PlanScenario; other: number }> {
    const s = await opened(planScenario());
    const other = s.gh.addIssue({
      title: 'Import reports',
      body: 'Read reports back in.',
      labels: ['codex'],
    });
    return { s, other: other.number };
  }
  const labeled = (s: PlanScenario, number: number, label: string) => s.labeledEvent(number, label);
  const comment = (s: PlanScenario, number: number, body: string, author = 'maintainer') =>
    s.commentEvent(number, body, author, { post: true });

  it('plans the issue of issues.labeled', async () => {
    const { s, other } = await twoIssues();
    s.model.enqueue(step.json(plans.ready));
    const out = await s.run({
      event: 'issues',
      payload: labeled(s, other, 'codex'),
      inputs: { phase: 'plan' },
    });
    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs).toMatchObject({ phase: 'plan', status: 'complete', item: String(other) });
    expect(userTexts(s.model.requests[0]!).at(-1)).toContain('# Import reports');
    expect(stateOn(s, other)).toMatchObject({ item: other, phase: 'plan', status: 'complete' });
    expect(s.gh.labelsOn(other)).toContain('codex:ready');
    expect(s.gh.comments(s.issue)).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('plans the issue of issue_comment.created: /codex plan, then a reply that answers the questions', async () => {
    const { s, other } = await twoIssues();
    s.model.enqueue(step.json(plans.questions));
    const asked = await s.run({
      event: 'issue_comment',
      payload: comment(s, other, '/codex plan'),
      inputs: { phase: 'plan' },
    });
    expect(asked.outputs).toMatchObject({
      phase: 'plan',
      status: 'needs_clarification',
      item: String(other),
    });
    expect(stateOn(s, other)).toMatchObject({ item: other, status: 'needs_clarification' });

    s.model.enqueue(step.json(plans.ready));
    const answered = await s.run({
      event: 'issue_comment',
      payload: comment(s, other, 'JSON, and yes: export `[]`.', 'writer'),
      inputs: { phase: 'plan' },
    });
    expect(answered.outputs).toMatchObject({ phase: 'plan', status: 'complete', item: String(other) });
    expect(userTexts(s.model.requests[1]!).at(-1)).toContain('JSON, and yes: export `[]`.');
    expect(stateOn(s, other)).toMatchObject({ item: other, status: 'complete' });
    expect(s.gh.comments(s.issue)).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('stays quiet for other comments, its own status comment among them (no loop, no model call)', async () => {
    const { s, other } = await twoIssues();
    s.model.enqueue(step.json(plans.ready));
    await s.run({ event: 'issues', payload: labeled(s, other, 'codex'), inputs: { phase: 'plan' } });
    const own = s.gh.comments(other).find((c) => c.body.includes(STATUS_MARKER))!;
    const writes = s.writes().length;
    for (const payload of [s.commentEvent(other, own.body, BOT), comment(s, other, 'Looks good to me.')]) {
      const out = await s.run({ event: 'issue_comment', payload, inputs: { phase: 'plan' } });
      expect(out.outputs.status, out.stdout).toBe('skipped');
      expect(out.stdout).toContain('The comment holds no /codex plan command.');
    }
    expect(s.model.requests).toHaveLength(1);
    expect(s.writes()).toHaveLength(writes);
    s.gh.assertNoViolations();
  });

  it('works on the target input when one is given, not on the event', async () => {
    const { s, other } = await twoIssues();
    s.model.enqueue(step.json(plans.ready));
    const out = await s.run({
      event: 'issues',
      payload: labeled(s, s.issue, 'codex'),
      inputs: { phase: 'plan', target: String(other) },
    });
    expect(out.outputs).toMatchObject({ status: 'complete', item: String(other) });
    expect(userTexts(s.model.requests[0]!).at(-1)).toContain('# Import reports');
    expect(stateOn(s, other)).toMatchObject({ item: other, status: 'complete' });
    expect(stateOn(s, s.issue)).toBeUndefined();
    s.gh.assertNoViolations();
  });
});

describe('dev, named in the workflow', () => {
  const readyLabel = (s: DevScenario, sender: string) => ({
    name: 'issues',
    payload: s.labeledEvent(s.issueNumber, 'codex:ready', sender),
  });

  it('develops the issue of issues.labeled: a commit on its branch and a draft PR that closes it', async () => {
    const s = await opened(devScenario({ criteria: ['Add hello.txt'], verify: ['test -f hello.txt'] }));
    s.model.enqueue(...criterionSteps('hello.txt', 'hello'));
    const out = await s.run({ event: readyLabel(s, 'maintainer'), inputs: { phase: 'dev', target: '' } });
    expect(out.outputs, out.stdout).toMatchObject({
      phase: 'dev',
      status: 'complete',
      item: String(s.issueNumber),
      branch: BRANCH,
    });
    expect(s.repos.log(BRANCH)[0]).toMatch(/Criterion 1\/1: Add hello\.txt$/);
    const pr = s.gh.issue(Number(out.outputs['pr-number']))!;
    expect(pr.body).toMatch(new RegExp(`^Closes #${s.issueNumber}\\n`));
    expect(await s.state()).toMatchObject({ item: s.issueNumber, phase: 'dev', pr: pr.number });
    s.gh.assertNoViolations();
  });

  it('does not take the ready label added by a bot for the human approval dev waits for', async () => {
    const s = await opened(devScenario({ criteria: ['Add hello.txt'] }));
    const out = await s.run({
      event: readyLabel(s, 'helper[bot]'),
      actor: 'helper[bot]',
      inputs: { phase: 'dev', target: '', 'allowed-bots': 'helper' },
    });
    expect(out.outputs.status).toBe('skipped');
    expect(out.stdout).toContain("'codex:ready' was added by a bot; dev starts when a human adds it.");
    expect(s.model.requests).toHaveLength(0);
    expect(s.repos.branches()).toEqual(['main']);
  });
});

describe('review, named in the workflow', () => {
  /** The review ran on the scenario's PR: its output, its comment and its check run on the head. */
  function reviewedPr(s: ReviewScenario, out: Awaited<ReturnType<ReviewScenario['run']>>) {
    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs).toMatchObject({ phase: 'review', status: 'pass', 'pr-number': String(s.prNumber) });
    expect(s.model.requests).toHaveLength(1);
    expect(userTexts(s.model.requests[0]!).at(-1)).toContain(
      `at the pull request's head commit ${s.headSha}`,
    );
    expect(s.gh.checkRuns({ name: CHECK_NAME, headSha: s.headSha })).toMatchObject([
      { conclusion: 'success' },
    ]);
    expect(s.gh.comments(s.prNumber).filter((c) => c.author === BOT)).toHaveLength(1);
    expect(s.gh.comments(s.issueNumber).filter((c) => c.body.includes('maxLength is applied'))).toEqual([]);
    s.gh.assertNoViolations();
  }

  it.each(['pull_request', 'pull_request_target'])('reviews the pull request of %s.opened', async (event) => {
    const s = await opened(reviewScenario());
    s.model.enqueue(step.json(reviews.pass));
    reviewedPr(s, await s.run({ event, payload: s.pullRequestEvent('opened'), inputs: { phase: 'review' } }));
  });

  it('reviews the pull request of pull_request_review.submitted', async () => {
    const s = await opened(reviewScenario());
    s.model.enqueue(step.json(reviews.pass));
    const payload = webhookPayload('pull_request_review.submitted', {
      github: s.gh,
      pull: s.gh.issue(s.prNumber)!,
      review: { state: 'commented', body: 'Please have a look, Codex.', author: 'maintainer' },
    });
    reviewedPr(s, await s.run({ event: 'pull_request_review', payload, inputs: { phase: 'review' } }));
  });

  it('reviews the pull request a "/codex review" comment is on', async () => {
    const s = await opened(reviewScenario());
    s.model.enqueue(step.json(reviews.pass));
    const payload = s.commentEvent('/codex review');
    reviewedPr(s, await s.run({ event: 'issue_comment', payload, inputs: { phase: 'review' } }));
  });

  it('reviews the pull request of workflow_dispatch inputs.target', async () => {
    const s = await opened(reviewScenario());
    s.model.enqueue(step.json(reviews.pass));
    const payload = webhookPayload('workflow_dispatch', {
      github: s.gh,
      inputs: { phase: 'review', target: String(s.prNumber) },
    });
    reviewedPr(
      s,
      await s.run({ event: 'workflow_dispatch', payload, inputs: { phase: 'review', target: '' } }),
    );
  });

  it('fails on an issues event, naming the input that fixes it, without a model call', async () => {
    const s = await opened(reviewScenario());
    const payload = webhookPayload('issues.labeled', {
      github: s.gh,
      issue: s.gh.issue(s.issueNumber)!,
      label: 'codex',
    });
    const out = await s.run({ event: 'issues', payload, inputs: { phase: 'review' } });
    expect(out.exitCode).toBe(1);
    expect(out.outputs.status).toBe('error');
    expect(out.stdout).toContain(`#${s.issueNumber} is an issue, not a pull request`);
    expect(s.model.requests).toHaveLength(0);
  });
});

describe('verify, named in the workflow', () => {
  /** A PR whose head passes the verify command; main (the checkout) does not. */
  async function passingPull() {
    const s = await opened(devScenario({ verify: ['test -f ok.txt'] }));
    const sha = await s.repos.commitOnOrigin('codex/5-good', { 'ok.txt': 'yes\n' }, 'Add ok.txt');
    const pr = s.gh.addPullRequest({ title: 'Good', head: 'codex/5-good', headSha: sha });
    return { s, sha, pr: pr.number };
  }

  it.each([
    ['workflow_dispatch inputs.target', 'workflow_dispatch'],
    ['repository_dispatch client_payload.target', 'repository_dispatch'],
  ])('verifies the pull request of %s', async (_, event) => {
    const { s, sha, pr } = await passingPull();
    const payload =
      event === 'workflow_dispatch'
        ? webhookPayload('workflow_dispatch', {
            github: s.gh,
            inputs: { phase: 'verify', target: String(pr) },
          })
        : { ...webhookPayload('repository_dispatch', { github: s.gh }), client_payload: { target: pr } };
    const out = await s.run({ event: { name: event, payload }, inputs: { phase: 'verify', target: '' } });
    expect(out.outputs, out.stdout).toMatchObject({
      phase: 'verify',
      status: 'pass',
      'pr-number': String(pr),
    });
    expect(s.gh.checkRuns({ name: VERIFY_CHECK, headSha: sha })).toMatchObject([{ conclusion: 'success' }]);
    s.gh.assertNoViolations();
  });
});
