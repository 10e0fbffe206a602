import { afterEach, describe, expect, it } from 'vitest';
import { step } from '../harness/responses-server.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const writes = (sc: ReviewScenario) =>
  sc.gh.calls().filter((c) => c.method !== 'GET' && !c.operation.startsWith('graphql query'));

describe('review phase: GitHub failures and dry runs', () => {
  it('retries a 502 and goes on', async () => {
    s = await reviewScenario();
    s.gh.failNext({ method: 'POST', path: 'issues/create-comment', status: 502 });
    s.model.enqueue(step.json(reviews.changes));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });

    expect(out.outputs.status).toBe('changes_required');
    expect(s.gh.calls('issues/create-comment').map((c) => [c.status, c.injected])).toEqual([
      [502, true],
      [201, false],
    ]);
    expect(s.gh.state.comments.filter((c) => c.author === 'github-actions[bot]')).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('waits out a secondary rate limit and goes on', async () => {
    s = await reviewScenario();
    s.gh.failNext({
      method: 'POST',
      path: 'pulls/create-review',
      status: 403,
      headers: { 'retry-after': '1' },
    });
    s.model.enqueue(step.json(reviews.changes));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });

    expect(out.outputs.status).toBe('changes_required');
    expect(s.gh.calls('pulls/create-review').map((c) => c.status)).toEqual([403, 200]);
    expect(s.gh.state.reviews).toHaveLength(1);
    expect(out.stdout).toContain('secondary rate limit');
    s.gh.assertNoViolations();
  });

  it('dry run: prints the exact payloads and writes nothing', async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.changes));
    const out = await s.run({
      event: 'pull_request',
      payload: s.pullRequestEvent('opened'),
      inputs: { 'dry-run': 'true' },
    });

    expect(out.outputs.status).toBe('changes_required');
    expect(writes(s)).toEqual([]);
    expect(s.gh.state.comments).toEqual([]);
    expect(s.gh.state.checkRuns).toEqual([]);
    expect(out.stdout).toContain('Review comment (new):\n<!-- codex-orchestrator:review cycle=1 -->');
    expect(out.stdout).toContain(`PR review (POST /pulls/${s.prNumber}/reviews):`);
    expect(out.stdout).toContain('"event": "COMMENT"');
    expect(out.stdout).toContain('"conclusion": "failure"');
    expect(out.summary).toContain('Dry run: nothing was written to GitHub.');
    s.gh.assertNoViolations();
  });
});
