export const id = 600;
export const ids = [600];
export const modules = {

/***/ 1600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setupPhase: () => (/* binding */ setupPhase)
});

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

// EXTERNAL MODULE: ./src/item/job.ts + 2 modules
var item_job = __webpack_require__(7950);
// EXTERNAL MODULE: ./src/review/payloads.ts
var payloads = __webpack_require__(565);
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
    const requiredChecks = [
        ...(protection?.required_status_checks?.contexts ?? []),
        ...(protection?.required_status_checks?.checks ?? []).map((c) => c.context),
        ...checkRules.flatMap((r) => (r.parameters?.required_status_checks ?? []).map((c) => c.context)),
    ];
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
    return checks;
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
    const isActionsBot = login === 'github-actions[bot]';
    const allowances = facts.protection?.required_pull_request_reviews?.bypass_pull_request_allowances;
    const protectionBypass = (allowances?.users ?? []).some((u) => u.login.toLowerCase() === login) ||
        (allowances?.apps ?? []).some((a) => isActionsBot && (a.slug === 'github-actions' || a.name === 'GitHub Actions'));
    const rulesetBypass = facts.rulesetBypass.filter((r) => (r.actors ?? []).some((a) => a.actor_type === 'Integration' && isActionsBot && a.actor_id === GITHUB_ACTIONS_APP_ID));
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
    const job = await (0,item_job/* openItemJob */.p4)(ctx);
    const { client, repo } = job;
    const gate = await (0,item_job/* gateTrigger */.yL)(job);
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


/***/ })

};
