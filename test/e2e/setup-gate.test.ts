import { afterEach, describe, expect, it } from 'vitest';
import { labelDefinitions } from '../../src/github/labels.js';
import { GITHUB_ACTIONS_APP_ID } from '../../src/phases/setup/gate.js';
import { webhookPayload } from '../harness/webhooks.js';
import { type ReviewScenario, reviewScenario } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const WORKFLOW_PERMISSIONS = 'actions/get-github-actions-default-workflow-permissions-repository';

const dispatchEvent = (sc: ReviewScenario, sender = 'maintainer') =>
  webhookPayload('workflow_dispatch', { github: sc.gh, inputs: { phase: 'setup' }, sender });

const setup = (sc: ReviewScenario, inputs: Record<string, string> = {}) =>
  sc.run({ event: 'workflow_dispatch', payload: dispatchEvent(sc), inputs: { phase: 'setup', ...inputs } });

const PROTECTION_URL = 'https://api.github.com/repos/acme/widgets/branches/main/protection';
const COMPLETE_PROTECTION = {
  url: PROTECTION_URL,
  required_status_checks: {
    url: `${PROTECTION_URL}/required_status_checks`,
    strict: true,
    contexts: ['codex-orchestrator/review'],
    contexts_url: `${PROTECTION_URL}/required_status_checks/contexts`,
    checks: [{ context: 'codex-orchestrator/review', app_id: GITHUB_ACTIONS_APP_ID }],
  },
  required_pull_request_reviews: {
    url: `${PROTECTION_URL}/required_pull_request_reviews`,
    dismiss_stale_reviews: true,
    require_code_owner_reviews: false,
    required_approving_review_count: 1,
    require_last_push_approval: false,
  },
  enforce_admins: { url: `${PROTECTION_URL}/enforce_admins`, enabled: true },
};

describe('setup phase', () => {
  it('creates the labels and reports an unprotected branch (404) as findings, not a crash', async () => {
    s = await reviewScenario();
    // GITHUB_TOKEN cannot read the workflow permissions (administration scope).
    s.gh.failNext({
      path: WORKFLOW_PERMISSIONS,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const out = await setup(s);

    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('complete');
    expect(out.exitCode).toBeUndefined();
    const names = s.gh.state.labels.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(labelDefinitions('codex').map((d) => d.name)));
    expect(out.summary).toContain('Created the labels');
    expect(out.summary).toContain(
      '| ❌ | A human approval is required before merging | no approving review is required |',
    );
    expect(out.summary).toContain(
      "| ❌ | The 'codex-orchestrator/review' check is required | no status check is required |",
    );
    expect(out.summary).toContain('| ❔ | An approval by GitHub Actions cannot satisfy the gate |');
    expect(out.summary).toContain("require status checks to pass and add 'codex-orchestrator/review'");
    expect(out.stdout).toContain('No branch protection (404).');
    expect(out.outputs.status).toBe('complete');
    // No model is involved.
    expect(s.model.requests).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('finds nothing missing under complete protection, and creates no label twice', async () => {
    s = await reviewScenario();
    s.gh.setProtection(COMPLETE_PROTECTION);
    s.gh.failNext({
      path: WORKFLOW_PERMISSIONS,
      status: 200,
      body: { default_workflow_permissions: 'read', can_approve_pull_request_reviews: false },
    });
    await setup(s);
    const labelCount = s.gh.state.labels.length;
    s.gh.failNext({
      path: WORKFLOW_PERMISSIONS,
      status: 200,
      body: { default_workflow_permissions: 'read', can_approve_pull_request_reviews: false },
    });
    const out = await setup(s);

    expect(out.outputs.status).toBe('complete');
    expect(out.summary).toContain('Every label exists.');
    expect(s.gh.state.labels).toHaveLength(labelCount);
    expect(out.summary).toContain(
      'Nothing is missing: a pull request needs a human approval and a passing review check to merge.',
    );
    expect(out.stdout).toContain("the human merge gate on 'main' is complete");
    s.gh.assertNoViolations();
  });

  it('reads rulesets: a ruleset that GitHub Actions may bypass is reported', async () => {
    s = await reviewScenario();
    s.gh.failNext({
      path: 'repos/get-branch-rules',
      status: 200,
      body: [
        {
          type: 'pull_request',
          ruleset_source_type: 'Repository',
          ruleset_source: 'acme/widgets',
          ruleset_id: 42,
          parameters: {
            required_approving_review_count: 1,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: false,
            require_last_push_approval: false,
            required_review_thread_resolution: false,
          },
        },
        {
          type: 'required_status_checks',
          ruleset_source_type: 'Repository',
          ruleset_source: 'acme/widgets',
          ruleset_id: 42,
          parameters: {
            strict_required_status_checks_policy: false,
            required_status_checks: [{ context: 'codex-orchestrator/review' }],
          },
        },
      ],
    });
    s.gh.failNext({
      path: 'repos/get-repo-ruleset',
      status: 200,
      body: {
        id: 42,
        name: 'main',
        source: 'acme/widgets',
        enforcement: 'active',
        bypass_actors: [
          { actor_id: GITHUB_ACTIONS_APP_ID, actor_type: 'Integration', bypass_mode: 'always' },
        ],
      },
    });
    s.gh.failNext({
      path: WORKFLOW_PERMISSIONS,
      status: 200,
      body: { default_workflow_permissions: 'write', can_approve_pull_request_reviews: true },
    });
    const out = await setup(s);

    expect(out.summary).toContain(
      '| ✅ | A human approval is required before merging | 1 approving review(s) required |',
    );
    expect(out.summary).toContain("| ✅ | The 'codex-orchestrator/review' check is required |");
    expect(out.summary).toContain(
      "| ❌ | The action's identity (github-actions[bot]) cannot bypass the rules | it may bypass: ruleset 42 |",
    );
    expect(out.summary).toContain(
      '| ❌ | An approval by GitHub Actions cannot satisfy the gate | workflows may approve pull requests',
    );
    expect(out.stdout).toContain('lacks 2 requirement(s)');
    expect(s.gh.calls('repos/get-repo-ruleset')).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('with GITHUB_TOKEN (protection unreadable, 403) checks the rulesets and says what it could not read', async () => {
    s = await reviewScenario();
    const forbidden = { status: 403, body: { message: 'Resource not accessible by integration' } };
    s.gh.failNext({ path: 'repos/get-branch-protection', ...forbidden });
    s.gh.failNext({ path: WORKFLOW_PERMISSIONS, ...forbidden });
    const out = await setup(s);

    expect(out.outputs.status, out.stdout.match(/::error::.*/g)?.join('\n')).toBe('complete');
    expect(out.stdout).toContain('Cannot read the branch protection with this token (403)');
    // The rules endpoint is readable with any token, so the missing rules are findings, not guesses.
    expect(out.summary).toContain(
      '| ❌ | A human approval is required before merging | no approving review is required (branch protection was not readable with this token; only rulesets were checked) |',
    );
    expect(out.summary).toContain(
      "| ❔ | The action's identity (github-actions[bot]) cannot bypass the rules |",
    );
    expect(out.summary).toContain('Check by hand:');
    expect(s.gh.calls('repos/get-branch-protection').map((c) => c.status)).toEqual([403]);
    s.gh.assertNoViolations();
  });

  it('dry run creates no label and says which it would create', async () => {
    s = await reviewScenario();
    s.gh.failNext({
      path: WORKFLOW_PERMISSIONS,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const before = s.gh.state.labels.map((l) => l.name);
    const out = await setup(s, { 'dry-run': 'true' });
    expect(out.outputs.status).toBe('complete');
    expect(s.gh.state.labels.map((l) => l.name)).toEqual(before);
    expect(s.gh.calls('issues/create-label')).toEqual([]);
    expect(out.summary).toContain('Dry run: would create the labels codex:needs-clarification');
    s.gh.assertNoViolations();
  });

  it('is skipped for a user without write access', async () => {
    s = await reviewScenario();
    const out = await s.run({
      event: 'workflow_dispatch',
      payload: dispatchEvent(s, 'reader'),
      actor: 'reader',
      inputs: { phase: 'setup' },
    });
    expect(out.outputs.status).toBe('skipped');
    expect(s.gh.calls('issues/create-label')).toEqual([]);
    s.gh.assertNoViolations();
  });
});
