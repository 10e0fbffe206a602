import type { GateFacts } from '../../github/protection.js';
import { CHECK_NAME } from '../../review/payloads.js';

/**
 * The human merge gate (DESIGN §1, gate 2): what branch protection or a ruleset must require so
 * that a pull request cannot merge without a person's approval and a passing review check.
 */

/** One requirement of the gate and what was found. `unknown`: the token could not read it. */
export interface GateCheck {
  requirement: string;
  state: 'ok' | 'missing' | 'unknown';
  detail: string;
  fix: string;
}

/** The GitHub Actions app: GITHUB_TOKEN acts as it (github-actions[bot]). */
export const GITHUB_ACTIONS_APP_ID = 15368;

const settings = (branch: string) =>
  `Settings → Rules → Rulesets (or Branches → Branch protection) for '${branch}'`;

/** Checks each requirement of the gate against branch protection and rulesets together. */
export function analyseGate(facts: GateFacts): GateCheck[] {
  const { protection, rules } = facts;
  const reviews = protection?.required_pull_request_reviews ?? undefined;
  const prRules = (rules ?? []).filter((r) => r.type === 'pull_request');
  const checkRules = (rules ?? []).filter((r) => r.type === 'required_status_checks');
  const unreadable = protection === undefined && rules === undefined;
  const sourceNote =
    protection === undefined
      ? ' (branch protection was not readable with this token; only rulesets were checked)'
      : '';

  const approvals = Math.max(
    reviews?.required_approving_review_count ?? 0,
    ...prRules.map((r) => Number(r.parameters?.required_approving_review_count ?? 0)),
  );
  const requiredChecks = [
    ...(protection?.required_status_checks?.contexts ?? []),
    ...(protection?.required_status_checks?.checks ?? []).map((c) => c.context),
    ...checkRules.flatMap((r) =>
      ((r.parameters?.required_status_checks as { context: string }[] | undefined) ?? []).map(
        (c) => c.context,
      ),
    ),
  ];
  const dismissStale =
    reviews?.dismiss_stale_reviews === true ||
    prRules.some((r) => r.parameters?.dismiss_stale_reviews_on_push === true);

  const checks: GateCheck[] = [];
  const push = (requirement: string, ok: boolean, detail: string, fix: string) =>
    checks.push({
      requirement,
      state: ok ? 'ok' : unreadable ? 'unknown' : 'missing',
      detail: ok ? detail : `${detail}${sourceNote}`,
      fix,
    });

  push(
    'A human approval is required before merging',
    approvals >= 1,
    approvals >= 1 ? `${approvals} approving review(s) required` : 'no approving review is required',
    `${settings(facts.branch)}: require a pull request before merging with at least 1 approval.`,
  );
  push(
    `The '${CHECK_NAME}' check is required`,
    requiredChecks.includes(CHECK_NAME),
    requiredChecks.length > 0
      ? `required checks: ${requiredChecks.join(', ')}`
      : 'no status check is required',
    `${settings(facts.branch)}: require status checks to pass and add '${CHECK_NAME}' (it appears after the first review).`,
  );
  push(
    'Approvals are dismissed when new commits are pushed',
    dismissStale,
    dismissStale ? 'stale approvals are dismissed' : 'an approval survives new pushes',
    `${settings(facts.branch)}: enable "Dismiss stale pull request approvals when new commits are pushed".`,
  );
  checks.push(bypassCheck(facts));
  const codeOwners =
    reviews?.require_code_owner_reviews === true ||
    prRules.some((r) => r.parameters?.require_code_owner_review === true);
  checks.push(actionsApprovalCheck(facts.actionsCanApprove, codeOwners));
  return checks;
}

/**
 * Whether a workflow's GITHUB_TOKEN could approve a PR. GitHub couples this to opening PRs ("Allow
 * GitHub Actions to create and approve pull requests"), which the dev phase needs; required
 * code-owner reviews close the hole too, since the GitHub Actions bot cannot be a code owner.
 */
function actionsApprovalCheck(canApprove: boolean | undefined, codeOwners: boolean): GateCheck {
  const requirement = 'An approval by GitHub Actions cannot satisfy the gate';
  const fix =
    'Settings → Actions → General → Workflow permissions: untick "Allow GitHub Actions to create and approve pull requests" ' +
    '(the review phase does not need it; the dev phase needs it to open pull requests — then require code-owner reviews instead).';
  if (codeOwners) return { requirement, state: 'ok', detail: 'code-owner reviews are required', fix };
  if (canApprove === undefined) {
    return {
      requirement,
      state: 'unknown',
      detail: 'the workflow permissions were not readable with this token',
      fix: `Check by hand: ${fix}`,
    };
  }
  return canApprove
    ? {
        requirement,
        state: 'missing',
        detail: 'workflows may approve pull requests, and code-owner reviews are not required',
        fix,
      }
    : { requirement, state: 'ok', detail: 'workflows may not approve pull requests', fix };
}

function bypassCheck(facts: GateFacts): GateCheck {
  const requirement = `The action's identity (${facts.identity.login}) cannot bypass the rules`;
  const fix = `${settings(facts.branch)}: remove ${facts.identity.login} and the GitHub Actions app from the bypass lists.`;
  const login = facts.identity.login.toLowerCase();
  const isActionsBot = login === 'github-actions[bot]';
  const allowances = facts.protection?.required_pull_request_reviews?.bypass_pull_request_allowances;
  const protectionBypass =
    (allowances?.users ?? []).some((u) => u.login.toLowerCase() === login) ||
    (allowances?.apps ?? []).some(
      (a) => isActionsBot && (a.slug === 'github-actions' || a.name === 'GitHub Actions'),
    );
  const rulesetBypass = facts.rulesetBypass.filter((r) =>
    (r.actors ?? []).some(
      (a) => a.actor_type === 'Integration' && isActionsBot && a.actor_id === GITHUB_ACTIONS_APP_ID,
    ),
  );
  if (protectionBypass || rulesetBypass.length > 0) {
    const where = [
      protectionBypass ? 'branch protection' : '',
      ...rulesetBypass.map((r) => `ruleset ${r.rulesetId}`),
    ].filter(Boolean);
    return { requirement, state: 'missing', detail: `it may bypass: ${where.join(', ')}`, fix };
  }
  const unread = facts.rulesetBypass.filter((r) => r.actors === undefined).map((r) => r.rulesetId);
  if (facts.protection === undefined || unread.length > 0) {
    return {
      requirement,
      state: 'unknown',
      detail: `bypass lists not readable with this token${unread.length > 0 ? ` (rulesets ${unread.join(', ')})` : ''}`,
      fix: `Check by hand: ${fix}`,
    };
  }
  return { requirement, state: 'ok', detail: 'no bypass allowance for it', fix };
}

/** The gate report as markdown, for the log and the job summary. */
export function renderGate(checks: readonly GateCheck[], branch: string): string {
  const icon = { ok: '✅', missing: '❌', unknown: '❔' } as const;
  const rows = checks.map(
    (c) => `| ${icon[c.state]} | ${c.requirement} | ${c.detail.replace(/\|/g, '\\|')} |`,
  );
  const todo = checks.filter((c) => c.state !== 'ok');
  return [
    `#### Human merge gate on \`${branch}\``,
    '| | Requirement | Found |',
    '|---|---|---|',
    ...rows,
    '',
    todo.length === 0
      ? 'Nothing is missing: a pull request needs a human approval and a passing review check to merge.'
      : '**What to do:**',
    ...todo.map((c) => `- ${c.fix}`),
  ].join('\n');
}
