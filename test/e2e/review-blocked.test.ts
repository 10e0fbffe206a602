import { afterEach, describe, expect, it } from 'vitest';
import { retryPrompt } from '../../src/review/run.js';
import { step, userTexts } from '../harness/responses-server.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const errors = (stdout: string) => stdout.match(/::error::.*/g)?.join('\n');

describe('review phase: blocked', () => {
  it('reports a blocked review with a neutral check carrying the reason', async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.blocked));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });

    expect(out.outputs.status, errors(out.stdout)).toBe('blocked');
    expect(out.exitCode).toBeUndefined();
    expect(out.stdout).toContain('The reviewer could not review: The diff references src/words.ts');
    const [check] = s.gh.state.checkRuns;
    expect(check).toMatchObject({ conclusion: 'neutral' });
    expect(check!.output.title).toBe(
      'Blocked: The diff references src/words.ts, which is not in the repository.',
    );
    expect(s.gh.state.reviews).toEqual([]);
    expect(s.gh.state.issue(s.prNumber)!.labels).toContain('codex:blocked');
    expect(s.gh.state.comments.find((c) => c.issueNumber === s!.prNumber)!.body).toContain(
      '**Blocked:** The diff references',
    );
    s.gh.assertNoViolations();
  });

  it('retries an invalid answer once in the same thread, then blocks with what was wrong', async () => {
    s = await reviewScenario();
    // Valid JSON for the schema's shape, but a pass with a major finding; then not JSON at all.
    const passWithMajor = { ...reviews.changes, status: 'pass' };
    s.model.enqueue(step.json(passWithMajor), step.message('I think it looks fine.'));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });

    expect(out.outputs.status, errors(out.stdout)).toBe('blocked');
    expect(s.model.requests).toHaveLength(2);
    const [first, retry] = s.model.requests;
    // The retry continues the same thread: same thread id, the first turn's history, then the correction.
    expect(first!.headers['thread-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry!.headers['thread-id']).toBe(first!.headers['thread-id']);
    const texts = userTexts(retry!);
    expect(texts.at(-1)).toBe(
      retryPrompt([
        "status: 'pass' with 1 critical/major finding(s) (slug-off-by-one); use 'changes_required' or lower their severity",
        "status: 'pass' while 1 criterion/criteria are not met; use 'changes_required'",
      ]),
    );
    expect(texts.some((t) => t.includes('You are the code reviewer of pull request'))).toBe(true);

    const review = JSON.parse(out.outputs.review!);
    expect(review).toMatchObject({ status: 'blocked', findings: [] });
    expect(review.blocked_reason).toMatch(
      /invalid twice \(after one retry in the same thread\): the answer is not JSON/,
    );
    expect(s.gh.state.checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
    expect(JSON.parse(out.outputs.usage!)).toMatchObject({ inputTokens: 200, outputTokens: 20 });
    s.gh.assertNoViolations();
  });

  it('fails the job, writing nothing, when the model cannot be reached', async () => {
    s = await reviewScenario();
    // Codex retries the request a few times before the turn fails.
    for (let i = 0; i < 8; i++) s.model.enqueue(step.httpError(401, 'Incorrect API key provided'));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    expect(out.outputs.status).toBe('error');
    expect(out.exitCode).toBe(1);
    expect(errors(out.stdout)).toMatch(
      /The reviewer's run failed \(turn_failed\).*Incorrect API key provided/,
    );
    expect(
      s.gh.calls().filter((c) => c.method !== 'GET' && !c.operation.startsWith('graphql query')),
    ).toEqual([]);
    s.gh.assertNoViolations();
  });
});
