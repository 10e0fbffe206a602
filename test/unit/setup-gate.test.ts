import { describe, expect, it } from 'vitest';
import type { GateFacts } from '../../src/github/protection.js';
import {
  analyseGate,
  CI_REQUIREMENT,
  GITHUB_ACTIONS_APP_ID,
  renderGate,
} from '../../src/phases/setup/gate.js';

const facts = (over: Partial<GateFacts> = {}): GateFacts => ({
  branch: 'main',
  identity: { login: 'github-actions[bot]', type: 'Bot' },
  protection: null,
  rules: [],
  rulesetBypass: [],
  actionsCanApprove: false,
  ...over,
});
const states = (f: GateFacts) => analyseGate(f).map((c) => c.state);

describe('analyseGate', () => {
  it('reports every requirement missing on an unprotected branch (404), as findings', () => {
    expect(states(facts())).toEqual(['missing', 'missing', 'missing', 'ok', 'ok', 'ok']);
  });

  it('is satisfied by classic branch protection', () => {
    const protection = {
      required_status_checks: { contexts: [], checks: [{ context: 'codex-orchestrator/review' }] },
      required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
    };
    expect(states(facts({ protection }))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(renderGate(analyseGate(facts({ protection })), 'main')).toContain('Nothing is missing');
  });

  it('is satisfied by a ruleset, whose bypass list is checked for the GitHub Actions app', () => {
    const rules = [
      {
        type: 'pull_request',
        ruleset_id: 4,
        parameters: { required_approving_review_count: 2, dismiss_stale_reviews_on_push: true },
      },
      {
        type: 'required_status_checks',
        ruleset_id: 4,
        parameters: { required_status_checks: [{ context: 'codex-orchestrator/review' }] },
      },
    ];
    expect(
      states(facts({ protection: undefined, rules, rulesetBypass: [{ rulesetId: 4, actors: [] }] })),
    ).toEqual([
      'ok',
      'ok',
      'ok',
      'unknown', // classic protection was unreadable, so its bypass list is unknown
      'ok',
      'ok',
    ]);
    const bypassing = analyseGate(
      facts({
        rules,
        rulesetBypass: [
          { rulesetId: 4, actors: [{ actor_type: 'Integration', actor_id: GITHUB_ACTIONS_APP_ID }] },
        ],
      }),
    );
    expect(bypassing[3]).toMatchObject({ state: 'missing', detail: 'it may bypass: ruleset 4' });
  });

  it('flags a zero-approval rule, a missing check, Actions allowed to approve, and a bypass allowance', () => {
    const protection = {
      required_status_checks: { contexts: ['ci'] },
      required_pull_request_reviews: {
        required_approving_review_count: 0,
        bypass_pull_request_allowances: { users: [], apps: [{ slug: 'github-actions' }] },
      },
    };
    const checks = analyseGate(facts({ protection, actionsCanApprove: true }));
    expect(checks.map((c) => c.state)).toEqual([
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
      'missing', // 'ci' never runs on a pull request GITHUB_TOKEN opened
    ]);
    expect(checks[1]!.detail).toBe('required checks: ci');
    const text = renderGate(checks, 'main');
    expect(text).toContain("add 'codex-orchestrator/review'");
    expect(text).toContain('untick "Allow GitHub Actions to create and approve pull requests"');
  });

  it('accepts Actions that may approve when code-owner reviews are required (the dev phase needs the setting)', () => {
    const protection = {
      required_pull_request_reviews: { required_approving_review_count: 1, require_code_owner_reviews: true },
    };
    expect(analyseGate(facts({ protection, actionsCanApprove: true }))[4]).toMatchObject({
      state: 'ok',
      detail: 'code-owner reviews are required',
    });
  });

  it('says "unknown" rather than "missing" when nothing was readable', () => {
    expect(states(facts({ protection: undefined, rules: undefined, actionsCanApprove: undefined }))).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });
});

describe("analyseGate: required checks on the action's pull requests", () => {
  const APP = { login: 'codex-orchestrator-app[bot]', type: 'Bot' as const };
  const withChecks = (checks: { context: string; app_id?: number | null }[], contexts: string[] = []) => ({
    required_status_checks: { contexts, checks },
    required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
  });
  const ci = (f: GateFacts) => analyseGate(f).find((c) => c.requirement === CI_REQUIREMENT)!;

  it('warns that CI required by branch protection never runs on pull requests GITHUB_TOKEN opens', () => {
    const check = ci(
      facts({ protection: withChecks([{ context: 'codex-orchestrator/review' }], ['build', 'lint']) }),
    );
    expect(check).toMatchObject({
      state: 'missing',
      detail:
        "required: build, lint; with GITHUB_TOKEN the action's pushes and pull requests start no workflows, so they never run on its pull requests and they cannot merge",
    });
    expect(check.fix).toContain('Pass a GitHub App token as github-token');
    expect(renderGate(analyseGate(facts({ protection: withChecks([], ['build']) })), 'main')).toContain(
      'or stop requiring build.',
    );
  });

  it('reads the required checks of a ruleset too', () => {
    const rules = [
      {
        type: 'required_status_checks',
        ruleset_id: 9,
        parameters: { required_status_checks: [{ context: 'test', integration_id: 15368 }] },
      },
    ];
    expect(ci(facts({ rules, rulesetBypass: [{ rulesetId: 9, actors: [] }] })).state).toBe('missing');
  });

  it("is satisfied when only the review check is required, or when the token is an App's", () => {
    expect(
      ci(facts({ protection: withChecks([{ context: 'codex-orchestrator/review', app_id: 15368 }]) })).state,
    ).toBe('ok');
    const app = ci(facts({ identity: APP, protection: withChecks([{ context: 'ci', app_id: 15368 }]) }));
    expect(app).toMatchObject({
      state: 'ok',
      detail:
        'required: ci; the action acts as the app codex-orchestrator-app[bot], whose pushes and pull requests start workflows',
    });
  });

  it('flags a review check pinned to an app the action does not write it as', () => {
    // With an App token the action writes the check as the App, not as GitHub Actions.
    const pinned = withChecks([{ context: 'codex-orchestrator/review', app_id: GITHUB_ACTIONS_APP_ID }]);
    expect(ci(facts({ identity: APP, protection: pinned }))).toMatchObject({
      state: 'missing',
      detail: `'codex-orchestrator/review' must come from app ${GITHUB_ACTIONS_APP_ID}, but the action writes it as codex-orchestrator-app[bot]`,
    });
    const other = withChecks([{ context: 'codex-orchestrator/review', app_id: 777 }]);
    expect(ci(facts({ protection: other })).state).toBe('missing');
    // -1 and null mean "any source".
    expect(
      ci(
        facts({
          identity: APP,
          protection: withChecks([{ context: 'codex-orchestrator/review', app_id: -1 }]),
        }),
      ).state,
    ).toBe('ok');
  });

  it("checks an App's own bypass: its slug in branch protection, unknown app ids in rulesets", () => {
    const protection = {
      ...withChecks([]),
      required_pull_request_reviews: {
        required_approving_review_count: 1,
        dismiss_stale_reviews: true,
        bypass_pull_request_allowances: { apps: [{ slug: 'codex-orchestrator-app' }] },
      },
    };
    const bypass = (f: GateFacts) => analyseGate(f)[3]!;
    expect(bypass(facts({ identity: APP, protection })).state).toBe('missing');
    // GitHub Actions' allowance is not the App's.
    const actionsOnly = {
      ...protection,
      required_pull_request_reviews: {
        ...protection.required_pull_request_reviews,
        bypass_pull_request_allowances: { apps: [{ slug: 'github-actions' }] },
      },
    };
    expect(bypass(facts({ identity: APP, protection: actionsOnly })).state).toBe('ok');
    const rulesetBypass = [{ rulesetId: 5, actors: [{ actor_type: 'Integration', actor_id: 99 }] }];
    expect(bypass(facts({ identity: APP, protection: withChecks([]), rulesetBypass }))).toMatchObject({
      state: 'unknown',
      detail:
        "apps may bypass rulesets 5, and an App's token cannot tell whether one of them is codex-orchestrator-app[bot]'s app",
    });
  });
});
