import { afterEach, describe, expect, it } from 'vitest';
import { step } from '../harness/responses-server.js';
import { webhookPayload } from '../harness/webhooks.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Requests that change something on GitHub (GraphQL queries are reads). */
const writes = (sc: ReviewScenario) =>
  sc.gh.calls().filter((c) => c.method !== 'GET' && !c.operation.startsWith('graphql query'));

describe('review phase: who and what is reviewed', () => {
  it('skips "/codex review" from a user without write access, before any model call', async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.pass));
    const out = await s.run({
      event: 'issue_comment',
      payload: s.commentEvent('/codex review', 'outsider'),
      actor: 'outsider',
    });

    expect(out.outputs.status).toBe('skipped');
    expect(out.exitCode).toBeUndefined();
    expect(out.stdout).toContain(
      "The actor 'outsider' has no access to acme/widgets; write, maintain or admin is required",
    );
    expect(out.summary).toContain('⏭️ **skipped**');
    expect(s.model.requests).toEqual([]);
    expect(writes(s)).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('checks the comment author too, and lets allowed-users through', async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.pass));
    const denied = await s.run({
      event: 'issue_comment',
      payload: s.commentEvent('/codex review', 'reader'),
      actor: 'reader',
    });
    expect(denied.outputs.status).toBe('skipped');
    expect(denied.stdout).toContain("The actor 'reader' has 'read' access");
    expect(s.model.requests).toEqual([]);

    const allowed = await s.run({
      event: 'issue_comment',
      payload: s.commentEvent('/codex review', 'reader'),
      actor: 'reader',
      inputs: { 'allowed-users': 'reader' },
    });
    expect(allowed.outputs.status).toBe('pass');
    expect(s.model.requests).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('lets a bot through only when allowed-bots lists it, even one with write access', async () => {
    s = await reviewScenario();
    s.gh.setCollaborator('renovate[bot]', 'write');
    const payload = webhookPayload('pull_request.opened', {
      github: s.gh,
      pull: s.gh.issue(s.prNumber)!,
      sender: 'renovate[bot]',
    });
    const denied = await s.run({ event: 'pull_request', payload, actor: 'renovate[bot]' });
    expect(denied.outputs.status).toBe('skipped');
    expect(denied.stdout).toContain(
      "The actor 'renovate[bot]' is a bot that is not in allowed-bots. Add 'renovate' to the allowed-bots input",
    );
    expect(s.model.requests).toEqual([]);
    expect(writes(s)).toEqual([]);

    s.model.enqueue(step.json(reviews.pass));
    const allowed = await s.run({
      event: 'pull_request',
      payload,
      actor: 'renovate[bot]',
      inputs: { 'allowed-bots': 'renovate' },
    });
    expect(allowed.outputs.status).toBe('pass');
    expect(s.model.requests).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('ignores comments that are not "/codex review"', async () => {
    s = await reviewScenario();
    const out = await s.run({ event: 'issue_comment', payload: s.commentEvent('/codex fix please') });
    expect(out.outputs.status).toBe('skipped');
    expect(out.stdout).toContain("The comment holds '/codex fix', not '/codex review'.");
    // Only the policy read every job starts with (config and identity in one query); nothing else.
    expect(s.gh.calls().map((c) => c.operation)).toEqual(['graphql query viewer,repository']);
    s.gh.assertNoViolations();
  });

  it('skips a pull request from a fork, with the reason and the setting that allows it', async () => {
    s = await reviewScenario({ fork: true });
    s.model.enqueue(step.json(reviews.pass));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });

    expect(out.outputs.status).toBe('skipped');
    expect(out.stdout).toContain('comes from a fork (fork-owner/widgets)');
    expect(out.stdout).toContain("Set 'review.allow-forks: true'");
    expect(s.model.requests).toEqual([]);
    expect(writes(s)).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('reviews a fork when the config allows it', async () => {
    s = await reviewScenario({ fork: true });
    s.gh.addFile('.github/codex-orchestrator.yml', 'review:\n  allow-forks: true\n');
    s.model.enqueue(step.json(reviews.pass));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    expect(out.outputs.status).toBe('pass');
    expect(s.gh.state.checkRuns).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('reviews the pull request named by workflow_dispatch target', async () => {
    s = await reviewScenario();
    s.model.enqueue(step.json(reviews.pass));
    const payload = webhookPayload('workflow_dispatch', {
      github: s.gh,
      inputs: { phase: 'review', target: String(s.prNumber) },
    });
    const out = await s.run({ event: 'workflow_dispatch', payload, inputs: { target: String(s.prNumber) } });
    expect(out.outputs.status).toBe('pass');
    expect(out.outputs['pr-number']).toBe(String(s.prNumber));
    s.gh.assertNoViolations();
  });
});
