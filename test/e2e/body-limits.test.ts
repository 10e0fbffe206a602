/**
 * Issue §5 end to end (real codex binary, scripted model, loopback GitHub): a review and a plan far
 * over GitHub's 65,536 characters per body reach GitHub cut to fit, with what the action reads
 * back intact; and the state is saved before the label, so a failed save leaves the label alone
 * and a re-run continues.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { latestReview } from '../../src/tracker/github/review/previous.js';
import type { FakeGitHub } from '../harness/github-server.js';
import { ACTION_IDENTITY } from '../harness/identity.js';
import { step, userTexts } from '../harness/responses-server.js';
import { type PlanScenario, planScenario, plans } from './plan-env.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let review: ReviewScenario | undefined;
let plan: PlanScenario | undefined;
afterEach(async () => {
  await review?.close();
  await plan?.close();
  review = undefined;
  plan = undefined;
});

const LIMIT = 65_536;

/** Plain words (no markup), so a text can be found verbatim in what was posted. */
const words = (seed: number, length: number) => {
  const pool = ['slug', 'length', 'limit', 'cut', 'word', 'title', 'dash', 'test', 'case', 'report'];
  let out = `t${seed}`;
  for (let i = 0; out.length < length; i++) out += ` ${pool[(i * 3 + seed) % pool.length]}`;
  return out.slice(0, length);
};

/** Every string in every write GitHub received (comment, review, PR and issue bodies, check output). */
function longestWrittenString(gh: FakeGitHub): { length: number; operation: string } {
  let longest = { length: 0, operation: '' };
  const walk = (value: unknown, operation: string) => {
    if (typeof value === 'string') {
      if (value.length > longest.length) longest = { length: value.length, operation };
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v, operation);
  };
  for (const r of gh.requests) if (r.method !== 'GET') walk(r.body, r.operation);
  return longest;
}

describe('a review of 40 findings × 3,000 characters', () => {
  it('reaches GitHub within the limit; the stored review decodes and the next cycle reads it', async () => {
    review = await reviewScenario();
    const findings = Array.from({ length: 40 }, (_, i) => ({
      id: `finding-${i}`,
      severity: i % 3 === 0 ? 'major' : 'minor',
      // A quarter inline (src/slug.ts:7 is in the diff), the rest listed in the review body.
      file: i % 4 === 0 ? 'src/slug.ts' : 'test/slug.test.ts',
      line: i % 4 === 0 ? 7 : null,
      end_line: null,
      title: `Finding ${i}`,
      body: words(i, 3000),
      suggestion: null,
    }));
    const answer = { ...reviews.changes, summary: words(99, 3000), findings };
    review.model.enqueue(step.json(answer));
    const out = await review.run({ event: 'pull_request', payload: review.pullRequestEvent('synchronize') });
    expect(out.outputs.status, out.stdout).toBe('changes_required');

    const longest = longestWrittenString(review.gh);
    expect(longest.length, longest.operation).toBeLessThanOrEqual(LIMIT);
    expect(review.gh.calls('issues/create-comment')).toHaveLength(1);
    expect(review.gh.calls('pulls/create-review')).toHaveLength(1);
    const comment = review.gh.state.comments.find((c) => c.issueNumber === review!.prNumber)!;
    expect(comment.body).toContain('The review was too long to store whole in this comment');
    const stored = latestReview([comment], {
      key: ACTION_IDENTITY.key,
      repo: review.gh.repoRef,
      pr: review.prNumber,
    })!.review!;
    expect(stored.status).toBe('changes_required');
    expect(stored.findings.map((f) => f.id)).toEqual(findings.map((f) => f.id));
    // The review body lists the 30 findings outside the diff (90 KB) and is cut; the job summary has them all.
    const [posted] = review.gh.state.reviews;
    expect(posted!.body).toContain("> ✂️ Cut to fit GitHub's size limit");
    for (const f of findings) expect(out.summary).toContain(f.body.trim());

    await review.push({ 'README.md': '# slugs\n\nmaxLength.\n' }, 'Document maxLength');
    review.model.enqueue(step.json(reviews.pass));
    const second = await review.run({
      event: 'pull_request',
      payload: review.pullRequestEvent('synchronize'),
    });
    expect(second.outputs.status, second.stdout).toBe('pass');
    const prompt = userTexts(review.model.requests.at(-1)!).join('\n');
    expect(prompt).toContain('The review of cycle 1');
    expect(prompt).toContain('"id": "finding-39"');
    review.gh.assertNoViolations();
  });
});

describe('a plan of ~165 KB', () => {
  const huge = {
    ...plans.ready,
    summary: words(0, 4000),
    acceptance_criteria: Array.from({ length: 20 }, (_, i) => words(100 + i, 4000)),
    risks: Array.from({ length: 20 }, (_, i) => words(200 + i, 4000)),
  };

  it('fits the status comment: the state decodes, the full plan is in the job summary, approve works', async () => {
    plan = await planScenario();
    plan.model.enqueue(step.json(huge));
    const out = await plan.run({ event: 'issues', payload: plan.labeled('codex') });
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(JSON.stringify(huge).length).toBeGreaterThan(160_000);

    const longest = longestWrittenString(plan.gh);
    expect(longest.length, longest.operation).toBeLessThanOrEqual(LIMIT);
    const state = plan.state();
    expect(state.criteria).toHaveLength(20);
    expect(state.plan).not.toBeNull();
    expect(plan.statusComments()[0]!.body).toContain("The plan's texts were too long for this comment");
    for (const text of [huge.summary, ...huge.acceptance_criteria, ...huge.risks])
      expect(out.summary).toContain(text);
    expect(plan.gh.labelsOn(plan.issue)).toEqual(['codex', 'codex:ready']);

    const approved = await plan.run({
      event: 'issue_comment',
      payload: plan.comment('/codex approve', 'writer'),
    });
    expect(approved.outputs.status, approved.stdout).toBe('complete');
    expect(approved.outputs['next-phase']).toBe('dev');
    plan.gh.assertNoViolations();
  });
});

describe('write order: the state before the label', () => {
  it('a failed status-comment save leaves the label unchanged, and a re-run plans the item', async () => {
    plan = await planScenario();
    plan.model.enqueue(step.json(plans.ready));
    // The plan's first save creates the status comment; the one that records the plan edits it.
    plan.gh.failNext({ path: 'issues/update-comment', status: 422 });
    const failed = await plan.run({ event: 'issues', payload: plan.labeled('codex') });
    expect(failed.exitCode).toBe(1);
    expect(plan.gh.calls('issues/update-comment').some((r) => r.injected)).toBe(true);
    expect(plan.gh.labelsOn(plan.issue)).toEqual(['codex']);
    expect(plan.state()).toMatchObject({ phase: 'plan', status: 'running', plan: null });

    plan.model.enqueue(step.json(plans.ready));
    const again = await plan.run({
      event: 'issue_comment',
      payload: plan.comment('/codex plan', 'maintainer'),
    });
    expect(again.outputs.status, again.stdout).toBe('complete');
    expect(plan.state()).toMatchObject({ phase: 'plan', status: 'complete' });
    expect(plan.gh.labelsOn(plan.issue)).toEqual(['codex', 'codex:ready']);
    const approved = await plan.run({
      event: 'issue_comment',
      payload: plan.comment('/codex approve', 'writer'),
    });
    expect(approved.outputs['next-phase'], approved.stdout).toBe('dev');
  });

  it('/codex stop whose save fails sets no stop label; the stop goes through when repeated', async () => {
    plan = await planScenario();
    plan.model.enqueue(step.json(plans.ready));
    await plan.run({ event: 'issues', payload: plan.labeled('codex') });
    plan.gh.failNext({ path: 'issues/update-comment', status: 422 });
    const failed = await plan.run({ event: 'issue_comment', payload: plan.comment('/codex stop', 'writer') });
    expect(failed.exitCode).toBe(1);
    expect(plan.gh.labelsOn(plan.issue)).not.toContain('codex:stop');
    expect(plan.state().stopped).toBeNull();
    const again = await plan.run({ event: 'issue_comment', payload: plan.comment('/codex stop', 'writer') });
    expect(again.outputs.status, again.stdout).toBe('complete');
    expect(plan.state().stopped).toMatchObject({ by: 'writer' });
    expect(plan.gh.labelsOn(plan.issue)).toContain('codex:stop');
  });
});
