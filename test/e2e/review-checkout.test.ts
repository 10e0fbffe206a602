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
    s.model.enqueue(
      step.items([item.exec('cat src/slug.ts', { callId: 'call_cat' })]),
      step.json(reviews.pass),
    );
    const payload = webhookPayload('workflow_dispatch', {
      github: s.gh,
      inputs: { phase: 'review', target: String(s.prNumber) },
    });
    const out = await s.run({
      event: 'workflow_dispatch',
      payload,
      inputs: { target: String(s.prNumber) },
      // actions/checkout in a workflow_dispatch run checks out the default branch, not the PR.
      prepare: (workspace) => {
        s!.repos.git(['checkout', '-q', '--detach', 'origin/main'], workspace);
      },
    });

    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('pass');
    expect(userTexts(s.model.requests[0]!).at(-1)).toContain(
      `at the pull request's head commit ${s.headSha}`,
    );
    // The command ran on the head's code, not main's.
    expect(toolOutput(s.model.requests[1]!, 'call_cat')).toContain('maxLength');
    expect(out.stdout).toMatch(/Codex reviews a worktree at the head [0-9a-f]{40}/);
    // The worktree is gone afterwards, and the workspace was left where it was.
    const workspace = s.last!.workspace;
    expect(s.repos.git(['worktree', 'list'], workspace).split('\n')).toHaveLength(1);
    expect(s.repos.git(['rev-parse', 'HEAD'], workspace)).toBe(
      s.repos.git(['rev-parse', 'origin/main'], workspace),
    );
    s.gh.assertNoViolations();
  });

  it('summarises a diff over the budget per file, naming the patches left out, and never cuts one', async () => {
    s = await reviewScenario();
    s.gh.addFile('.github/codex-orchestrator.yml', 'review:\n  diff-budget-bytes: 1000\n');
    const words = Array.from({ length: 200 }, (_, i) => `word-${i}`).join('\n');
    await s.push({ 'data/words.txt': `${words}\n` }, 'Add a word list');
    s.model.enqueue(step.json(reviews.pass));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('synchronize') });

    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('pass');
    const prompt = userTexts(s.model.requests[0]!).at(-1)!;
    expect(prompt).toContain('2 file(s) changed');
    expect(prompt).toContain('budget 1000 bytes');
    expect(prompt).toContain('| data/words.txt | added | 200 | 0 | left out (see below) |');
    expect(prompt).toContain('1 patch(es) are NOT included below');
    // The patch that fits is whole; the one that does not is absent, not cut.
    expect(prompt).toContain('+  return slug.slice(0, maxLength - 1);');
    expect(prompt).not.toContain('+word-0');
    expect(out.stdout).toContain('summarised: data/words.txt');
    s.gh.assertNoViolations();
  });
});
