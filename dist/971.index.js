export const id = 971;
export const ids = [971];
export const modules = {

/***/ 1600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setupPhase: () => (/* binding */ setupPhase)
});

// EXTERNAL MODULE: ./src/action/job.ts + 2 modules
var action_job = __webpack_require__(9869);
// EXTERNAL MODULE: ./src/github/labels.ts
var github_labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
;// CONCATENATED MODULE: ./src/github/protection.ts



/** Reads what the gate analysis needs. Unreadable (403) becomes `undefined`, absent (404) `null`: findings, not crashes. */
async function readGateFacts(client, repo, identity, payload) {
    const branch = await (0,content/* defaultBranch */.OR)(client, repo, payload);
    const protection = await tolerate(async () => (await client.rest.repos.getBranchProtection({ ...repo, branch })).data, 'branch protection');
    const rules = await tolerate(async () => (await client.paginate(client.rest.repos.getBranchRules, {
        ...repo,
        branch,
        per_page: 100,
    })), 'rules of the branch');
    const rulesetIds = [
        ...new Set((rules ?? []).map((r) => r.ruleset_id).filter((id) => typeof id === 'number')),
    ];
    const rulesetBypass = [];
    for (const id of rulesetIds) {
        const ruleset = await tolerate(async () => (await client.rest.repos.getRepoRuleset({ ...repo, ruleset_id: id })).data, `ruleset ${id}`);
        // GitHub leaves bypass_actors out for tokens that may not administer the ruleset.
        rulesetBypass.push({
            rulesetId: id,
            actors: ruleset?.bypass_actors ?? undefined,
        });
    }
    const workflow = await tolerate(async () => (await client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ ...repo })).data, 'workflow permissions');
    return {
        branch,
        identity,
        protection: protection === null ? null : protection,
        rules: rules === null ? [] : rules,
        rulesetBypass,
        actionsCanApprove: workflow?.can_approve_pull_request_reviews ?? undefined,
    };
}
/**
 * Runs one read: 404 → null (not configured), 403 → undefined (this token may not read it, e.g.
 * GITHUB_TOKEN has no administration scope). Anything else is a real failure and is thrown.
 */
async function tolerate(read, what) {
    try {
        return await read();
    }
    catch (error) {
        const status = error.status;
        if (status === 404) {
            log.info(`No ${what} (404).`);
            return null;
        }
        if (status === 403) {
            log.info(`Cannot read the ${what} with this token (403): ${(0,errors/* errorMessage */.g)(error)}`);
            return undefined;
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/tracker/github/review/payloads.ts + 1 modules
var payloads = __webpack_require__(1809);
;// CONCATENATED MODULE: ./src/phases/setup/gate.ts


/** The GitHub Actions app: GITHUB_TOKEN acts as it (github-actions[bot]). */
const GITHUB_ACTIONS_APP_ID = 15368;
const settings = (branch) => `Settings → Rules → Rulesets (or Branches → Branch protection) for '${branch}'`;
/** Checks each requirement of the gate against branch protection and rulesets together. */
function analyseGate(facts) {
    const { protection, rules } = facts;
    const reviews = protection?.required_pull_request_reviews ?? undefined;
    const prRules = (rules ?? []).filter((r) => r.type === 'pull_request');
    const checkRules = (rules ?? []).filter((r) => r.type === 'required_status_checks');
    const unreadable = protection === undefined && rules === undefined;
    const sourceNote = protection === undefined
        ? ' (branch protection was not readable with this token; only rulesets were checked)'
        : '';
    const approvals = Math.max(reviews?.required_approving_review_count ?? 0, ...prRules.map((r) => Number(r.parameters?.required_approving_review_count ?? 0)));
    const required = [
        ...(protection?.required_status_checks?.contexts ?? []).map((context) => ({ context, appId: undefined })),
        ...(protection?.required_status_checks?.checks ?? []).map((c) => ({
            context: c.context,
            appId: pinnedApp(c.app_id),
        })),
        ...checkRules.flatMap((r) => (r.parameters?.required_status_checks ?? []).map((c) => ({ context: c.context, appId: pinnedApp(c.integration_id) }))),
    ];
    const requiredChecks = [...new Set(required.map((c) => c.context))];
    const dismissStale = reviews?.dismiss_stale_reviews === true ||
        prRules.some((r) => r.parameters?.dismiss_stale_reviews_on_push === true);
    const checks = [];
    const push = (requirement, ok, detail, fix) => checks.push({
        requirement,
        state: ok ? 'ok' : unreadable ? 'unknown' : 'missing',
        detail: ok ? detail : `${detail}${sourceNote}`,
        fix,
    });
    push('A human approval is required before merging', approvals >= 1, approvals >= 1 ? `${approvals} approving review(s) required` : 'no approving review is required', `${settings(facts.branch)}: require a pull request before merging with at least 1 approval.`);
    push(`The '${payloads/* CHECK_NAME */.$c}' check is required`, requiredChecks.includes(payloads/* CHECK_NAME */.$c), requiredChecks.length > 0
        ? `required checks: ${requiredChecks.join(', ')}`
        : 'no status check is required', `${settings(facts.branch)}: require status checks to pass and add '${payloads/* CHECK_NAME */.$c}' (it appears after the first review).`);
    push('Approvals are dismissed when new commits are pushed', dismissStale, dismissStale ? 'stale approvals are dismissed' : 'an approval survives new pushes', `${settings(facts.branch)}: enable "Dismiss stale pull request approvals when new commits are pushed".`);
    checks.push(bypassCheck(facts));
    const codeOwners = reviews?.require_code_owner_reviews === true ||
        prRules.some((r) => r.parameters?.require_code_owner_review === true);
    checks.push(actionsApprovalCheck(facts.actionsCanApprove, codeOwners));
    checks.push(ciCheck(facts, required, unreadable));
    return checks;
}
const pinnedApp = (id) => typeof id === 'number' && id > 0 ? id : undefined;
/** The requirement of the check below; setup warns when it is missing. */
const CI_REQUIREMENT = "Every required check can run on the action's pull requests";
/**
 * Pushes and pull requests made with GITHUB_TOKEN start no workflow (GitHub's rule against
 * recursive runs): a required CI check then never reports on the action's pull requests, and the
 * human gate waits forever. The review check is the exception, written by the action itself; but
 * pinned to one app it must come from the app the token belongs to.
 */
function ciCheck(facts, required, unreadable) {
    const requirement = CI_REQUIREMENT;
    const { identity } = facts;
    const appFix = "Pass a GitHub App token as github-token (actions/create-github-app-token in a step before the action; README → Install → CI on the action's pull requests), so that the action's pushes and pull requests start workflows";
    if (unreadable) {
        return {
            requirement,
            state: 'unknown',
            detail: 'the required checks were not readable with this token',
            fix: (0,github_identity/* isGitHubToken */.JJ)(identity)
                ? `Check by hand: a required check other than '${payloads/* CHECK_NAME */.$c}' never runs on the action's pull requests with GITHUB_TOKEN. ${appFix}.`
                : `Check by hand that no required check is pinned to an app other than ${identity.login}'s for '${payloads/* CHECK_NAME */.$c}'.`,
        };
    }
    const review = required.filter((c) => c.context === payloads/* CHECK_NAME */.$c && c.appId !== undefined);
    const wrongApp = (0,github_identity/* isGitHubToken */.JJ)(identity)
        ? review.filter((c) => c.appId !== GITHUB_ACTIONS_APP_ID)
        : // Without its JWT an App cannot learn its own id; GitHub Actions' is the one id known not to be it.
            review.filter((c) => c.appId === GITHUB_ACTIONS_APP_ID);
    if (wrongApp.length > 0) {
        return {
            requirement,
            state: 'missing',
            detail: `'${payloads/* CHECK_NAME */.$c}' must come from app ${wrongApp[0].appId}, but the action writes it as ${identity.login}`,
            fix: `${settings(facts.branch)}: let '${payloads/* CHECK_NAME */.$c}' come from any source, or from ${identity.login}'s app.`,
        };
    }
    const others = [...new Set(required.filter((c) => c.context !== payloads/* CHECK_NAME */.$c).map((c) => c.context))];
    if (others.length === 0) {
        return { requirement, state: 'ok', detail: `no check besides '${payloads/* CHECK_NAME */.$c}' is required`, fix: appFix };
    }
    if (!(0,github_identity/* isGitHubToken */.JJ)(identity)) {
        const who = (0,github_identity/* appSlugOf */.OT)(identity) ? `the app ${identity.login}` : `the user ${identity.login}`;
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
function actionsApprovalCheck(canApprove, codeOwners) {
    const requirement = 'An approval by GitHub Actions cannot satisfy the gate';
    const fix = 'Settings → Actions → General → Workflow permissions: untick "Allow GitHub Actions to create and approve pull requests" ' +
        '(the review phase does not need it; the dev phase needs it to open pull requests — then require code-owner reviews instead).';
    if (codeOwners)
        return { requirement, state: 'ok', detail: 'code-owner reviews are required', fix };
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
function bypassCheck(facts) {
    const requirement = `The action's identity (${facts.identity.login}) cannot bypass the rules`;
    const fix = `${settings(facts.branch)}: remove ${facts.identity.login} and the GitHub Actions app from the bypass lists.`;
    const login = facts.identity.login.toLowerCase();
    const isActionsBot = (0,github_identity/* isGitHubToken */.JJ)(facts.identity);
    const slug = (0,github_identity/* appSlugOf */.OT)(facts.identity);
    const allowances = facts.protection?.required_pull_request_reviews?.bypass_pull_request_allowances;
    const protectionBypass = (allowances?.users ?? []).some((u) => u.login.toLowerCase() === login) ||
        (allowances?.apps ?? []).some((a) => isActionsBot
            ? a.slug === 'github-actions' || a.name === 'GitHub Actions'
            : slug !== undefined && a.slug?.toLowerCase() === slug);
    const rulesetBypass = facts.rulesetBypass.filter((r) => (r.actors ?? []).some((a) => a.actor_type === 'Integration' && isActionsBot && a.actor_id === GITHUB_ACTIONS_APP_ID));
    // A ruleset names an app by its id, which an App's installation token cannot read about itself.
    const unknownApps = slug !== undefined && !isActionsBot
        ? facts.rulesetBypass.filter((r) => (r.actors ?? []).some((a) => a.actor_type === 'Integration' && a.actor_id !== GITHUB_ACTIONS_APP_ID))
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
function renderGate(checks, branch) {
    const icon = { ok: '✅', missing: '❌', unknown: '❔' };
    const rows = checks.map((c) => `| ${icon[c.state]} | ${c.requirement} | ${c.detail.replace(/\|/g, '\\|')} |`);
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

;// CONCATENATED MODULE: ./src/phases/setup/index.ts





/**
 * The setup phase (no model): creates the lifecycle labels and reports what the default branch's
 * protection and rulesets lack for the human merge gate. Run it once, by hand; it changes nothing
 * but labels, and in a dry run not even those.
 */
const setupPhase = async (ctx) => {
    const job = await (0,action_job/* openItemJob */.p4)(ctx);
    const { client, repo } = job;
    const gate = await (0,action_job/* gateTrigger */.yL)(job);
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const dryRun = !job.writes;
    const prefix = ctx.config.labels.prefix;
    const labels = await log.group('Labels', async () => {
        const result = await (0,github_labels/* ensureLabels */.cV)(client, repo, prefix, { dryRun });
        log.info(dryRun
            ? `Dry run: would create ${result.missing.length > 0 ? result.missing.join(', ') : 'no labels'}.`
            : `Labels present: ${result.existing.length}; created: ${result.created.join(', ') || 'none'}.`);
        return result;
    });
    const facts = await log.group('Branch protection and rulesets', () => readGateFacts(client, repo, job.identity, ctx.context.payload));
    const checks = analyseGate(facts);
    const report = renderGate(checks, facts.branch);
    log.info(report);
    // The one finding that stalls every pull request the action opens, so it shows on the run too.
    const ci = checks.find((c) => c.requirement === CI_REQUIREMENT && c.state === 'missing');
    if (ci)
        log.warning(`${ci.requirement}: ${ci.detail}. ${ci.fix}`);
    const missing = checks.filter((c) => c.state === 'missing').length;
    const unknown = checks.filter((c) => c.state === 'unknown').length;
    const labelLine = dryRun
        ? `Dry run: ${labels.missing.length > 0 ? `would create the labels ${labels.missing.join(', ')}` : 'every label exists'}.`
        : labels.created.length > 0
            ? `Created the labels ${labels.created.join(', ')}.`
            : 'Every label exists.';
    return {
        status: 'complete',
        reason: missing + unknown === 0
            ? `Labels ready; the human merge gate on '${facts.branch}' is complete.`
            : `Labels ready; the human merge gate on '${facts.branch}' lacks ${missing} requirement(s)${unknown > 0 ? ` and ${unknown} could not be checked with this token` : ''}: see the summary.`,
        summary: [`#### Labels`, labelLine, report].join('\n\n'),
    };
};


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ normaliseTitle)
/* harmony export */ });
/**
 * A title compared loosely, for finding "the same" item, sub-issue or finding again: Unicode
 * compatibility forms folded, case, punctuation and spacing ignored.
 */
function normaliseTitle(title) {
    return title
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}


/***/ })

};
