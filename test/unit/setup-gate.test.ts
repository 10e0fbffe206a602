import { describe, expect, it } from 'vitest';
import type { GateFacts } from '../../src/github/protection.js';
import { analyseGate, GITHUB_ACTIONS_APP_ID, renderGate } from '../../src/phases/setup/gate.js';

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
    expect(states(facts())).toEqual(['missing', 'missing', 'missing', 'ok', 'ok']);
  });

  it('is satisfied by classic branch protection', () => {
    const protection = {
      required_status_checks: { contexts: [], checks: [{ context: 'codex-orchestrator/review' }] },
      required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
    };
    expect(states(facts({ protection }))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
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
    expect(checks.map((c) => c.state)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
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
    ]);
  });
});
