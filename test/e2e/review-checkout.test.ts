import { afterEach, describe, expect, it } from 'vitest';
import { item, step, toolOutput, userTexts } from '../harness/responses-server.js';
import { webhookPayload } from '../harness/webhooks.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('review phase: the code Codex reads', () => {
  it('reviews a worktree at the head when the workspace is on the default branch (a dispatched run)', async () => {
    s = await reviewScenario();
    // actions/checkout in a workflow_dispatch run checks out the default branch, not the PR.
    s.repos.git(['checkout', '-q', '--detach', 'origin/main'], s.workspace);
    s.model.enqueue(
      step.items([item.exec('cat src/slug.ts', { callId: 'call_cat' })]),
      step.json(reviews.pass),
    );
    const payload = webhookPayload('workflow_dispatch', {
      github: s.gh,
      inputs: { phase: 'review', target: String(s.prNumber) },
    });
    const out = await s.run({ event: 'workflow_dispatch', payload, inputs: { target: String(s.prNumber) } });

    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('pass');
    expect(userTexts(s.model.requests[0]!).at(-1)).toContain(
      `at the pull request's head commit ${s.headSha}`,
    );
    // The command ran on the head's code, not main's.
    expect(toolOutput(s.model.requests[1]!, 'call_cat')).toContain('maxLength');
    expect(out.stdout).toMatch(/Codex reviews a worktree at the head [0-9a-f]{40}/);
    // The worktree is gone afterwards, and the workspace was left where it was.
    expect(s.repos.git(['worktree', 'list'], s.workspace).split('\n')).toHaveLength(1);
    expect(s.repos.git(['rev-parse', 'HEAD'], s.workspace)).toBe(
      s.repos.git(['rev-parse', 'origin/main'], s.workspace),
    );
    s.gh.assertNoViolations();
  });
});
