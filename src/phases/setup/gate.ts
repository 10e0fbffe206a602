import { appSlugOf, isGitHubToken } from '../../github/identity.js';
import type { GateFacts } from '../../github/protection.js';
import { CHECK_NAME } from '../../tracker/github/review/payloads.js';

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
  const required: RequiredCheck[] = [
    ...(protection?.required_status_checks?.contexts ?? []).map((context) => ({ context, appId: undefined })),
    ...(protection?.required_status_checks?.checks ?? []).map((c) => ({
      context: c.context,
      appId: pinnedApp(c.app_id),
    })),
    ...checkRules.flatMap((r) =>
      (
        (r.parameters?.required_status_checks as
          | { context: string; integration_id?: number }[]
          | undefined) ?? []
      ).map((c) => ({ context: c.context, appId: pinnedApp(c.integration_id) })),
    ),
  ];
  const requiredChecks = [...new Set(required.map((c) => c.context))];
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
  checks.push(ciCheck(facts, required, unreadable));
  return checks;
}

/** A required status check and the app that must set it (undefined: any source). */
interface RequiredCheck {
  context: string;
  appId: number | undefined;
}

const pinnedApp = (id: number | null | undefined): number | undefined =>
  typeof id === 'number' && id > 0 ? id : undefined;

/** The requirement of the check below; setup warns when it is missing. */
export const CI_REQUIREMENT = "Every required check can run on the action's pull requests";

/**
 * Pushes and pull requests made with GITHUB_TOKEN start no workflow (GitHub's rule against
 * recursive runs): a required CI check then never reports on the action's pull requests, and the
 * human gate waits forever. The review check is the exception, written by the action itself; but
 * pinned to one app it must come from the app the token belongs to.
 */
function ciCheck(facts: GateFacts, required: readonly RequiredCheck[], unreadable: boolean): GateCheck {
  const requirement = CI_REQUIREMENT;
  const { identity } = facts;
  const appFix =
    "Pass a GitHub App token as github-token (actions/create-github-app-token in a step before the action; README → Install → CI on the action's pull requests), so that the action's pushes and pull requests start workflows";
  if (unreadable) {
    return {
      requirement,
      state: 'unknown',
      detail: 'the required checks were not readable with this token',
      fix: isGitHubToken(identity)
        ? `Check by hand: a required check other than '${CHECK_NAME}' never runs on the action's pull requests with GITHUB_TOKEN. ${appFix}.`
        : `Check by hand that no required check is pinned to an app other than ${identity.login}'s for '${CHECK_NAME}'.`,
    };
  }
  const review = required.filter((c) => c.context === CHECK_NAME && c.appId !== undefined);
  const wrongApp = isGitHubToken(identity)
    ? review.filter((c) => c.appId !== GITHUB_ACTIONS_APP_ID)
    : // Without its JWT an App cannot learn its own id; GitHub Actions' is the one id known not to be it.
      review.filter((c) => c.appId === GITHUB_ACTIONS_APP_ID);
  if (wrongApp.length > 0) {
    return {
      requirement,
      state: 'missing',
      detail: `'${CHECK_NAME}' must come from app ${wrongApp[0]!.appId}, but the action writes it as ${identity.login}`,
      fix: `${settings(facts.branch)}: let '${CHECK_NAME}' come from any source, or from ${identity.login}'s app.`,
    };
  }
  const others = [...new Set(required.filter((c) => c.context !== CHECK_NAME).map((c) => c.context))];
  if (others.length === 0) {
    return { requirement, state: 'ok', detail: `no check besides '${CHECK_NAME}' is required`, fix: appFix };
  }
  if (!isGitHubToken(identity)) {
    const who = appSlugOf(identity) ? `the app ${identity.login}` : `the user ${identity.login}`;
    return {
      requirement,
      state: 'ok',
      detail: `required: ${others.join(', ')}; the action acts as ${who}, whose pushes and pull requests start workflows`,
      fix: appFix,
    };
  }
  return {
    requirement,
    state: 'missing',
    detail: `required: ${others.join(', ')}; with GITHUB_TOKEN the action's pushes and pull requests start no workflows, so ${others.length === 1 ? 'it never runs' : 'they never run'} on its pull requests and they cannot merge`,
    fix: `${appFix}; or stop requiring ${others.join(', ')}.`,
  };
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
  const isActionsBot = isGitHubToken(facts.identity);
  const slug = appSlugOf(facts.identity);
  const allowances = facts.protection?.required_pull_request_reviews?.bypass_pull_request_allowances;
  const protectionBypass =
    (allowances?.users ?? []).some((u) => u.login.toLowerCase() === login) ||
    (allowances?.apps ?? []).some((a) =>
      isActionsBot
        ? a.slug === 'github-actions' || a.name === 'GitHub Actions'
        : slug !== undefined && a.slug?.toLowerCase() === slug,
    );
  const rulesetBypass = facts.rulesetBypass.filter((r) =>
    (r.actors ?? []).some(
      (a) => a.actor_type === 'Integration' && isActionsBot && a.actor_id === GITHUB_ACTIONS_APP_ID,
    ),
  );
  // A ruleset names an app by its id, which an App's installation token cannot read about itself.
  const unknownApps =
    slug !== undefined && !isActionsBot
      ? facts.rulesetBypass.filter((r) =>
          (r.actors ?? []).some(
            (a) => a.actor_type === 'Integration' && a.actor_id !== GITHUB_ACTIONS_APP_ID,
          ),
        )
      : [];
  if (protectionBypass || rulesetBypass.length > 0) {
    const where = [
      protectionBypass ? 'branch protection' : '',
      ...rulesetBypass.map((r) => `ruleset ${r.rulesetId}`),
    ].filter(Boolean);
    return { requirement, state: 'missing', detail: `it may bypass: ${where.join(', ')}`, fix };
  }
  if (unknownApps.length > 0) {
    return {
      requirement,
      state: 'unknown',
      detail: `apps may bypass rulesets ${unknownApps.map((r) => r.rulesetId).join(', ')}, and an App's token cannot tell whether one of them is ${facts.identity.login}'s app`,
      fix: `Check by hand: ${fix}`,
    };
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
