/**
 * The action with a GitHub App's installation token (the actions/create-github-app-token pattern,
 * DESIGN §8.13): the loopback GitHub answers as the installation `codex-orchestrator-app[bot]`.
 * Nothing may assume `github-actions[bot]`: the action writes as the App, trusts only the App's
 * markers (a `github-actions[bot]` comment is now someone else's), and `setup` tells which
 * required checks can run on the action's pull requests with which token.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { step, userTexts } from '../harness/responses-server.js';
import { webhookPayload } from '../harness/webhooks.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

const APP_BOT = 'codex-orchestrator-app[bot]';
const APP_TOKEN = 'ghs_app_installation_token';
const asApp = { 'github-token': APP_TOKEN };

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const appScenario = () => reviewScenario({ github: { tokens: { [APP_TOKEN]: APP_BOT } } });

describe('with a GitHub App token', () => {
  it("writes as the App, trusts only the App's markers, and carries the review into the next cycle", async () => {
    s = await appScenario();
    // A review comment by GitHub Actions: the action's own with GITHUB_TOKEN, but not with the App's.
    s.gh.addComment(
      s.prNumber,
      `<!-- codex-orchestrator:review cycle=7 -->\n<!-- codex-orchestrator:review-head sha=${s.headSha} -->\n`,
      'github-actions[bot]',
    );
    s.model.enqueue(step.json(reviews.changes));
    const first = await s.run({
      event: 'pull_request',
      payload: s.pullRequestEvent('opened'),
      inputs: asApp,
    });
    expect(first.outputs.status, first.stdout.match(/::error::.*/g)?.join('\n')).toBe('changes_required');

    const own = s.gh.state.comments.filter((c) => c.author === APP_BOT);
    expect(own.map((c) => c.issueNumber)).toContain(s.prNumber);
    expect(own.find((c) => c.issueNumber === s!.prNumber)!.body).toContain(
      '<!-- codex-orchestrator:review cycle=1 -->',
    );
    expect(s.gh.state.reviews.map((r) => r.author)).toEqual([APP_BOT]);
    // Every request the action made carried the App's token.
    expect(new Set(s.gh.calls().map((c) => c.login))).toEqual(new Set([APP_BOT]));
    expect(first.stdout).not.toContain('Assuming github-actions[bot]');

    // The next cycle finds the App's review as the previous one.
    await s.push({ 'src/slug.ts': '// fixed\nexport const slugify = (t: string) => t;\n' }, 'Fix the slug');
    s.model.enqueue(step.json(reviews.pass));
    const second = await s.run({
      event: 'pull_request',
      payload: s.pullRequestEvent('synchronize'),
      inputs: asApp,
    });
    expect(second.outputs.status, second.stdout.match(/::error::.*/g)?.join('\n')).toBe('pass');
    const prompt = userTexts(s.model.requests[1]!).at(-1)!;
    expect(prompt).toContain('The review of cycle 1');
    expect(prompt).toContain('slug-off-by-one');
    const bodies = s.gh.state.comments
      .filter((c) => c.issueNumber === s!.prNumber && c.author === APP_BOT)
      .map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toContain('<!-- codex-orchestrator:review cycle=2 -->');
    s.gh.assertNoViolations();
  });
});

describe("setup: required checks that cannot run on the action's pull requests", () => {
  const PROTECTION_URL = 'https://api.github.com/repos/acme/widgets/branches/main/protection';
  const protection = (checks: { context: string; app_id: number | null }[]) => ({
    url: PROTECTION_URL,
    required_status_checks: {
      url: `${PROTECTION_URL}/required_status_checks`,
      strict: true,
      contexts: checks.map((c) => c.context),
      contexts_url: `${PROTECTION_URL}/required_status_checks/contexts`,
      checks,
    },
    required_pull_request_reviews: {
      url: `${PROTECTION_URL}/required_pull_request_reviews`,
      dismiss_stale_reviews: true,
      require_code_owner_reviews: false,
      required_approving_review_count: 1,
      require_last_push_approval: false,
    },
    enforce_admins: { url: `${PROTECTION_URL}/enforce_admins`, enabled: true },
  });
  const setup = (sc: ReviewScenario, inputs: Record<string, string> = {}) =>
    sc.run({
      event: 'workflow_dispatch',
      payload: webhookPayload('workflow_dispatch', { github: sc.gh, inputs: { phase: 'setup' } }),
      inputs: { phase: 'setup', ...inputs },
    });
  const CI_ROW = "Every required check can run on the action's pull requests";
  const workflowPermissionsUnreadable = (sc: ReviewScenario) =>
    sc.gh.failNext({
      path: 'actions/get-github-actions-default-workflow-permissions-repository',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });

  it('warns with GITHUB_TOKEN when CI is required, and not with an App token', async () => {
    s = await appScenario();
    s.gh.setProtection(
      protection([
        { context: 'codex-orchestrator/review', app_id: null },
        { context: 'build', app_id: 15368 },
      ]),
    );
    workflowPermissionsUnreadable(s);
    const withGitHubToken = await setup(s);
    expect(withGitHubToken.outputs.status).toBe('complete');
    expect(withGitHubToken.summary).toContain(
      `| ❌ | ${CI_ROW} | required: build; with GITHUB_TOKEN the action's pushes and pull requests start no workflows, so it never runs on its pull requests and they cannot merge |`,
    );
    const warnings = withGitHubToken.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Pass a GitHub App token as github-token');

    workflowPermissionsUnreadable(s);
    const withApp = await setup(s, asApp);
    expect(withApp.summary).toContain(
      `| ✅ | ${CI_ROW} | required: build; the action acts as the app ${APP_BOT}, whose pushes and pull requests start workflows |`,
    );
    expect(withApp.summary).toContain(`| ✅ | The action's identity (${APP_BOT}) cannot bypass the rules |`);
    expect(withApp.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('warns an App when the review check is pinned to GitHub Actions', async () => {
    s = await appScenario();
    s.gh.setProtection(protection([{ context: 'codex-orchestrator/review', app_id: 15368 }]));
    workflowPermissionsUnreadable(s);
    const out = await setup(s, asApp);
    expect(out.summary).toContain(
      `| ❌ | ${CI_ROW} | 'codex-orchestrator/review' must come from app 15368, but the action writes it as ${APP_BOT} |`,
    );
    expect(out.stdout).toMatch(/::warning::Every required check can run/);
    s.gh.assertNoViolations();
  });
});
