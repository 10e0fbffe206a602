export const id = 108;
export const ids = [108];
export const modules = {

/***/ 1842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ defaultBranch),
/* harmony export */   s: () => (/* binding */ readDefaultBranchFile)
/* harmony export */ });
const defaultBranches = new WeakMap();
/** The repository's default branch, asked once per client and repository. */
function defaultBranch(client, repo) {
    let perClient = defaultBranches.get(client);
    if (!perClient) {
        perClient = new Map();
        defaultBranches.set(client, perClient);
    }
    const key = `${repo.owner}/${repo.repo}`.toLowerCase();
    let branch = perClient.get(key);
    if (!branch) {
        branch = client.rest.repos.get({ ...repo }).then(({ data }) => data.default_branch);
        perClient.set(key, branch);
        branch.catch(() => perClient.delete(key));
    }
    return branch;
}
/**
 * A file's text on the default branch, or undefined when it does not exist. Config, prompts and
 * rules are read from there and never from a pull request's head, so a PR cannot rewrite the
 * rules it is reviewed by (DESIGN §8.10).
 */
async function readDefaultBranchFile(client, repo, path) {
    const ref = await defaultBranch(client, repo);
    const cleanPath = path.replace(/^\/+/, '');
    try {
        // The raw media type returns the bytes for files of any size; the JSON form leaves `content`
        // empty above 1 MB.
        const { data } = await client.rest.repos.getContent({
            ...repo,
            path: cleanPath,
            ref,
            mediaType: { format: 'raw' },
        });
        // The media type GitHub answers with decides whether Octokit hands back text or bytes.
        if (typeof data === 'string')
            return data;
        if (data instanceof ArrayBuffer)
            return new TextDecoder().decode(data);
        throw new Error(`'${cleanPath}' on ${repo.owner}/${repo.repo}@${ref} is a directory or a submodule, not a file. Expected a file path.`);
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ primeIdentity),
/* harmony export */   L1: () => (/* binding */ actionIdentity),
/* harmony export */   Lk: () => (/* binding */ isIdentity)
/* harmony export */ });
/* unused harmony exports IdentityError, GITHUB_ACTIONS_BOT */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);

/** Thrown when no way of asking GitHub who the token belongs to worked. */
class IdentityError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'IdentityError';
    }
}
/** The identity behind `GITHUB_TOKEN` (an installation token of the GitHub Actions app). */
const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
const cache = new WeakMap();
/**
 * Who the action's own comments are written by, asked once per client.
 *
 * 1. GraphQL `viewer` answers for every kind of token: a personal access token (a `User`), and
 *    installation tokens — `GITHUB_TOKEN` and GitHub App tokens alike (`<slug>[bot]`, e.g.
 *    `github-actions[bot]`). One call, which is why it comes first.
 * 2. `GET /user` works for user tokens only; installation tokens get 403 "Resource not accessible by
 *    integration". It is the fallback for a host whose GraphQL endpoint is unreachable.
 * 3. If both fail and the token is an installation token (`ghs_…`), the action assumes
 *    `github-actions[bot]` with a warning: that is `GITHUB_TOKEN`, the default. A GitHub App's slug
 *    cannot be read with its installation token (`GET /app` needs the app's JWT).
 */
function actionIdentity(client) {
    let identity = cache.get(client);
    if (!identity) {
        identity = resolveIdentity(client);
        cache.set(client, identity);
        // A failure is not cached: the next caller may try again.
        identity.catch(() => cache.delete(client));
    }
    return identity;
}
/**
 * Records an identity learnt from another query that asked for `viewer` (the policy read at the
 * start of every job does), so the first phase that needs it makes no request of its own.
 */
function primeIdentity(client, viewerLogin) {
    const identity = fromViewer({ login: viewerLogin });
    cache.set(client, Promise.resolve(identity));
    return identity;
}
async function resolveIdentity(client) {
    let viewerError;
    try {
        const { viewer } = await client.graphql('query { viewer { login } }');
        const identity = fromViewer(viewer);
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`Action identity (GraphQL viewer): ${identity.login} (${identity.type})`);
        return identity;
    }
    catch (error) {
        viewerError = error;
    }
    let userError;
    try {
        const { data } = await client.rest.users.getAuthenticated();
        const identity = { login: data.login, type: data.type === 'Bot' ? 'Bot' : 'User' };
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`Action identity (GET /user): ${identity.login} (${identity.type})`);
        return identity;
    }
    catch (error) {
        userError = error;
    }
    const auth = (await client.auth());
    if (auth.tokenType === 'installation') {
        _log_js__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not ask GitHub who the token belongs to (GraphQL viewer: ${message(viewerError)}; GET /user: ${message(userError)}). ` +
            `Assuming ${GITHUB_ACTIONS_BOT.login}, the GITHUB_TOKEN identity; with a GitHub App token, comments the action wrote earlier will not be recognised.`);
        return GITHUB_ACTIONS_BOT;
    }
    throw new IdentityError(`Could not determine who the github-token belongs to (GraphQL viewer: ${message(viewerError)}; GET /user: ${message(userError)}). ` +
        'The action needs it to recognise its own comments. Check that the token is valid and that the GitHub API (GITHUB_API_URL, GITHUB_GRAPHQL_URL) is reachable.', { cause: userError ?? viewerError });
}
/**
 * `viewer` is typed `User!` even for an installation token, so `__typename` cannot tell a bot; GitHub
 * names an installation's viewer `<app-slug>[bot]`, and a user login cannot contain `[`, so the
 * suffix is a safe tell for the token's own account.
 */
function fromViewer(viewer) {
    return { login: viewer.login, type: viewer.login.endsWith('[bot]') ? 'Bot' : 'User' };
}
/** True when a REST user object (a comment's author) is the given identity. */
function isIdentity(user, identity) {
    if (!user)
        return false;
    // Logins are case-insensitive on GitHub; the type check keeps a user from standing in for a bot.
    return user.login.toLowerCase() === identity.login.toLowerCase() && (user.type ?? 'User') === identity.type;
}
function message(error) {
    if (!(error instanceof Error))
        return String(error);
    const status = error.status;
    const text = (error.message.split('\n')[0] ?? error.name).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    return status ? `${status} ${text}` : text;
}


/***/ }),

/***/ 7448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ addLabels),
/* harmony export */   PF: () => (/* binding */ labelDefinitions),
/* harmony export */   VD: () => (/* binding */ LIFECYCLE),
/* harmony export */   Zw: () => (/* binding */ setLifecycleLabel),
/* harmony export */   cV: () => (/* binding */ ensureLabels),
/* harmony export */   tA: () => (/* binding */ removeLabel)
/* harmony export */ });
/* unused harmony exports LIFECYCLE_STATES, lifecycleStateOf */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);

/** The states of a work item that labels show (DESIGN §3); exactly one is set at a time. */
const LIFECYCLE_STATES = [
    'needs-clarification',
    'ready',
    'in-progress',
    'in-review',
    'blocked',
    'done',
];
const DEFINITIONS = {
    'opt-in': { suffix: '', color: '5319e7', description: 'Work item for codex-orchestrator' },
    'needs-clarification': {
        suffix: ':needs-clarification',
        color: 'd876e3',
        description: 'codex-orchestrator: a human must answer the questions in the status comment',
    },
    ready: {
        suffix: ':ready',
        color: '0e8a16',
        description: 'codex-orchestrator: planned, ready for development',
    },
    'in-progress': {
        suffix: ':in-progress',
        color: 'fbca04',
        description: 'codex-orchestrator: being developed',
    },
    'in-review': {
        suffix: ':in-review',
        color: '1d76db',
        description: 'codex-orchestrator: passed automated review, waiting for a human',
    },
    blocked: {
        suffix: ':blocked',
        color: 'b60205',
        description: 'codex-orchestrator: stopped, a human must act (see the status comment)',
    },
    done: { suffix: ':done', color: 'c2e0c6', description: 'codex-orchestrator: finished' },
    stop: {
        suffix: ':stop',
        color: '000000',
        description: 'codex-orchestrator: STOP, do no more work on this',
    },
};
/** The label names for a prefix: `LIFECYCLE('codex')['in-review'] === 'codex:in-review'`, `['opt-in'] === 'codex'`. */
function LIFECYCLE(prefix) {
    const names = {};
    for (const [key, def] of Object.entries(DEFINITIONS))
        names[key] = `${prefix}${def.suffix}`;
    return names;
}
/** Every label with its colour and description, in a stable order. */
function labelDefinitions(prefix) {
    return Object.values(DEFINITIONS).map((def) => ({
        name: `${prefix}${def.suffix}`,
        color: def.color,
        description: def.description,
    }));
}
/** The lifecycle state shown by a set of label names (the first state label found), if any. */
function lifecycleStateOf(labels, prefix) {
    const names = LIFECYCLE(prefix);
    const set = new Set(labels.map((l) => l.toLowerCase()));
    return LIFECYCLE_STATES.find((state) => set.has(names[state].toLowerCase()));
}
/** Creates the action's labels that the repository lacks; existing ones (and their colours) are left alone. */
async function ensureLabels(client, repo, prefix) {
    const present = new Set((await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 })).map((l) => l.name.toLowerCase()));
    const created = [];
    const existing = [];
    for (const def of labelDefinitions(prefix)) {
        if (present.has(def.name.toLowerCase())) {
            existing.push(def.name);
            continue;
        }
        try {
            await client.rest.issues.createLabel({ ...repo, ...def });
            created.push(def.name);
        }
        catch (error) {
            // 422 already_exists: another job created it between the list and now.
            if (error.status !== 422)
                throw error;
            existing.push(def.name);
        }
    }
    if (created.length > 0)
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`Created labels: ${created.join(', ')}`);
    return { created, existing };
}
/** Adds labels to an issue or PR (GitHub creates unknown ones with a default colour). */
async function addLabels(client, repo, issueNumber, labels) {
    if (labels.length === 0)
        return;
    await client.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [...labels] });
}
/** Removes a label; a label that is not there (404) is fine. Returns whether it was removed. */
async function removeLabel(client, repo, issueNumber, name) {
    try {
        await client.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
        return true;
    }
    catch (error) {
        if (error.status === 404)
            return false;
        throw error;
    }
}
/**
 * Shows `state` on the item: adds its label and removes the other state labels. The opt-in label,
 * `:stop` and every unrelated label stay. Pass `current` (the item's label names, e.g. from the
 * event payload) to save a request.
 */
async function setLifecycleLabel(client, repo, issueNumber, prefix, state, opts = {}) {
    const names = LIFECYCLE(prefix);
    const current = opts.current ??
        (await client.paginate(client.rest.issues.listLabelsOnIssue, {
            ...repo,
            issue_number: issueNumber,
            per_page: 100,
        })).map((l) => l.name);
    const has = new Set(current.map((l) => l.toLowerCase()));
    const target = names[state];
    const added = has.has(target.toLowerCase()) ? [] : [target];
    const removed = [];
    await addLabels(client, repo, issueNumber, added);
    for (const other of LIFECYCLE_STATES) {
        if (other === state || !has.has(names[other].toLowerCase()))
            continue;
        if (await removeLabel(client, repo, issueNumber, names[other]))
            removed.push(names[other]);
    }
    return { added, removed };
}


/***/ }),

/***/ 9108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setupPhase: () => (/* binding */ setupPhase)
});

// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/labels.ts
var github_labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/review/payloads.ts
var payloads = __webpack_require__(565);
;// CONCATENATED MODULE: ./src/review/gate.ts

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

// EXTERNAL MODULE: ./src/safety/gate.ts
var safety_gate = __webpack_require__(1643);
;// CONCATENATED MODULE: ./src/phases/setup.ts






/**
 * The setup phase (no model): creates the lifecycle labels and reports what the default branch's
 * protection and rulesets lack for the human merge gate. Run it once, by hand; it changes nothing
 * but labels, and in a dry run not even those.
 */
const setupPhase = async (ctx) => {
    const client = ctx.github();
    const repo = { owner: ctx.context.owner, repo: ctx.context.repo };
    const gate = await (0,safety_gate/* gateTrigger */.y)(client, repo, await (0,github_identity/* actionIdentity */.L1)(client), {
        actor: ctx.context.actor,
        payload: ctx.context.payload,
        allowedUsers: ctx.inputs.allowedUsers,
        allowedBots: ctx.inputs.allowedBots,
    });
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const dryRun = ctx.inputs.dryRun || ctx.inputs.autonomy === 'observe';
    const prefix = ctx.config.labels.prefix;
    const labels = await log.group('Labels', async () => {
        if (dryRun) {
            const present = new Set((await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 })).map((l) => l.name.toLowerCase()));
            const missing = (0,github_labels/* labelDefinitions */.PF)(prefix)
                .filter((d) => !present.has(d.name.toLowerCase()))
                .map((d) => d.name);
            log.info(`Dry run: would create ${missing.length > 0 ? missing.join(', ') : 'no labels'}.`);
            return { created: [], missing };
        }
        const result = await (0,github_labels/* ensureLabels */.cV)(client, repo, prefix);
        log.info(`Labels present: ${result.existing.length}; created: ${result.created.join(', ') || 'none'}.`);
        return { created: result.created, missing: [] };
    });
    const facts = await log.group('Branch protection and rulesets', () => readGateFacts(client, repo, ctx.context.payload));
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
/** Reads what the gate analysis needs. Unreadable (403) becomes `undefined`, absent (404) `null`: findings, not crashes. */
async function readGateFacts(client, repo, payload) {
    const fromEvent = payload.repository?.default_branch;
    const branch = typeof fromEvent === 'string' && fromEvent ? fromEvent : await (0,content/* defaultBranch */.O)(client, repo);
    const identity = await (0,github_identity/* actionIdentity */.L1)(client);
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
            log.info(`Cannot read the ${what} with this token (403): ${error.message}`);
            return undefined;
        }
        throw error;
    }
}


/***/ }),

/***/ 2392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ findingLocation),
/* harmony export */   Fs: () => (/* binding */ renderReview),
/* harmony export */   H_: () => (/* binding */ renderReviewJson),
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON)
/* harmony export */ });
/* unused harmony exports cell, renderFindingsTable, renderCriteria */
const STATUS_LABEL = {
    pass: '✅ pass',
    changes_required: '🔁 changes required',
    blocked: '⛔ blocked',
};
const SEVERITY_ICON = {
    critical: '🔴',
    major: '🟠',
    minor: '🟡',
    nit: '⚪',
};
/** Escapes text for one markdown table cell: no pipes or line breaks may leave the cell. */
const cell = (text) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** `path:line` or `path:line-end` for a finding; the file alone when it has no line. */
function findingLocation(finding) {
    if (finding.line === null)
        return finding.file;
    const end = finding.end_line !== null && finding.end_line !== finding.line ? `-${finding.end_line}` : '';
    return `${finding.file}:${finding.line}${end}`;
}
/** A fence longer than any backtick run inside `text`, so a code block cannot be closed early. */
function fenceFor(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return '`'.repeat(longest + 1);
}
/** The findings as a table: severity, location, title (and whether the finding is inline on the PR). */
function renderFindingsTable(findings, inline) {
    if (findings.length === 0)
        return '_No findings._';
    const header = inline
        ? '| | Severity | Where | Finding | Inline |\n|---|---|---|---|---|'
        : '| | Severity | Where | Finding |\n|---|---|---|---|';
    const rows = findings.map((f) => {
        const base = `| ${SEVERITY_ICON[f.severity]} | ${f.severity} | \`${cell(findingLocation(f))}\` | ${cell(f.title)} |`;
        return inline ? `${base} ${inline.has(f.id) ? 'yes' : 'no'} |` : base;
    });
    return [header, ...rows].join('\n');
}
/** The acceptance criteria as a checklist with the evidence. */
function renderCriteria(criteria) {
    if (criteria.length === 0)
        return '_No acceptance criteria were given for this pull request._';
    return criteria
        .map((c) => `- [${c.met ? 'x' : ' '}] ${c.criterion.replace(/\r?\n/g, ' ')}${c.evidence ? ` — ${c.evidence.replace(/\r?\n/g, ' ')}` : ''}`)
        .join('\n');
}
/** The review for people: verdict, summary, findings table, criteria (shared by the comment and the job summary). */
function renderReview(review, options) {
    const parts = [`### Codex review · cycle ${options.cycle}: ${STATUS_LABEL[review.status]}`, review.summary];
    if (review.status === 'blocked' && review.blocked_reason)
        parts.push(`**Blocked:** ${review.blocked_reason}`);
    parts.push(`#### Findings (${review.findings.length})`, renderFindingsTable(review.findings, options.inline), '#### Acceptance criteria', renderCriteria(review.criteria));
    return parts.join('\n\n');
}
/** The review JSON, exactly as validated, in a collapsed block the fix phase reads back. */
function renderReviewJson(review) {
    return [
        '<details><summary>Review JSON</summary>',
        '',
        '```json',
        JSON.stringify(review, null, 2),
        '```',
        '',
        '</details>',
    ].join('\n');
}


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ hunkContaining),
/* harmony export */   FS: () => (/* binding */ parseHunks),
/* harmony export */   xS: () => (/* binding */ countChanges)
/* harmony export */ });
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/**
 * The RIGHT-side line ranges of a unified-diff patch as GitHub returns it for one file
 * (`GET /pulls/{n}/files` → `patch`). GitHub accepts a review comment only on a line shown in the
 * diff, and a multi-line comment only within one hunk, so these ranges decide what goes inline.
 */
function parseHunks(patch) {
    if (!patch)
        return [];
    const ranges = [];
    for (const line of patch.split('\n')) {
        const match = HUNK_HEADER.exec(line);
        if (!match)
            continue;
        const start = Number(match[1]);
        const count = match[2] === undefined ? 1 : Number(match[2]);
        ranges.push({ start, end: start + count - 1 });
    }
    return ranges;
}
/** Counts the added and removed lines of a patch (for files whose counts the API did not give). */
function countChanges(patch) {
    let additions = 0;
    let deletions = 0;
    let inHunk = false;
    for (const line of patch.split('\n')) {
        if (HUNK_HEADER.test(line))
            inHunk = true;
        else if (!inHunk)
            continue;
        else if (line.startsWith('+'))
            additions++;
        else if (line.startsWith('-'))
            deletions++;
    }
    return { additions, deletions };
}
/**
 * Finds the hunk that contains the whole range `line..endLine` on the RIGHT side, or undefined
 * when the range is (partly) outside the diff and must be reported in the review body instead.
 */
function hunkContaining(ranges, line, endLine = line) {
    return ranges.find((range) => range.start <= line && endLine <= range.end);
}


/***/ }),

/***/ 565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ CHECK_NAME),
/* harmony export */   SM: () => (/* binding */ buildCommentBody),
/* harmony export */   bv: () => (/* binding */ buildCheckPayload),
/* harmony export */   ky: () => (/* binding */ placeFindings),
/* harmony export */   r4: () => (/* binding */ buildReviewPayload)
/* harmony export */ });
/* unused harmony exports ANNOTATION_LEVEL, renderFinding */
/* harmony import */ var _report_review_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2392);
/* harmony import */ var _patch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3802);
/* harmony import */ var _previous_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(203);



/** The name of the check run that branch protection requires (the human gate: see "The human gate: branch rules" in the README). */
const CHECK_NAME = 'codex-orchestrator/review';
const ANNOTATION_LEVEL = {
    critical: 'failure',
    major: 'failure',
    minor: 'warning',
    nit: 'notice',
};
/** GitHub accepts at most 50 annotations per request, and 65535 characters per output field. */
const MAX_ANNOTATIONS = 50;
const MAX_OUTPUT_CHARS = 65_000;
const truncate = (text, max) => text.length <= max
    ? text
    : `${text.slice(0, max - 80)}\n\n… (truncated: ${text.length - max + 80} more characters)`;
/** The review comment on the PR: markers, the rendered review, and the exact JSON (DESIGN §3). */
function buildCommentBody(review, cycle, headSha) {
    return [
        (0,_previous_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewMarker */ .vU)(cycle),
        (0,_previous_js__WEBPACK_IMPORTED_MODULE_1__/* .headMarker */ .pU)(headSha),
        (0,_report_review_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReview */ .Fs)(review, { cycle }),
        `<sub>Reviewed commit ${headSha.slice(0, 12)}.</sub>`,
        (0,_report_review_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReviewJson */ .H_)(review),
    ].join('\n\n');
}
/** A finding as markdown; the suggestion becomes a ```suggestion block when it is posted inline. */
function renderFinding(finding, inline) {
    const lines = [
        `${_report_review_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ICON */ ._9[finding.severity]} **${finding.severity}: ${finding.title}** (\`${finding.id}\`)`,
    ];
    if (finding.body.trim())
        lines.push('', finding.body.trim());
    if (finding.suggestion !== null) {
        const fence = (0,_report_review_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceFor */ .Lt)(finding.suggestion);
        lines.push('', `${fence}${inline ? 'suggestion' : ''}`, finding.suggestion.replace(/\n$/, ''), fence);
    }
    return lines.join('\n');
}
/** Where each finding goes: inline (inside a hunk of the diff), or listed in the review body. */
function placeFindings(findings, hunks) {
    const inline = [];
    const outside = [];
    for (const finding of findings) {
        const ranges = hunks.get(finding.file);
        const hunk = ranges && finding.line !== null
            ? (0,_patch_js__WEBPACK_IMPORTED_MODULE_2__/* .hunkContaining */ .Be)(ranges, finding.line, finding.end_line ?? finding.line)
            : undefined;
        (hunk ? inline : outside).push(finding);
    }
    return { inline, outside };
}
/**
 * The one PR review of this cycle: findings inside the diff as inline comments (multi-line when
 * end_line is set), the others listed in the body. Undefined when there is nothing to comment on:
 * the review comment and the check run already say `pass`.
 */
function buildReviewPayload(review, options) {
    if (review.findings.length === 0)
        return undefined;
    const { inline, outside } = placeFindings(review.findings, options.hunks);
    const comments = inline.map((finding) => {
        const comment = {
            path: finding.file,
            line: finding.end_line ?? finding.line,
            side: 'RIGHT',
            body: renderFinding(finding, true),
        };
        if (finding.end_line !== null && finding.end_line !== finding.line) {
            comment.start_line = finding.line;
            comment.start_side = 'RIGHT';
        }
        return comment;
    });
    const body = [
        (0,_previous_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineReviewMarker */ .w)(options.cycle, options.headSha),
        `**Codex review · cycle ${options.cycle}:** ${review.findings.length} finding(s), ${inline.length} inline.`,
    ];
    if (outside.length > 0) {
        body.push(`Findings outside the diff (${outside.length}):`, ...outside.map((f) => `- \`${(0,_report_review_js__WEBPACK_IMPORTED_MODULE_0__/* .findingLocation */ .$R)(f)}\`\n\n${indent(renderFinding(f, false))}`));
    }
    return { commit_id: options.headSha, event: 'COMMENT', body: body.join('\n\n'), comments };
}
const indent = (text) => text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
/** The check run: success on pass, failure on changes_required, neutral with the reason on blocked. */
function buildCheckPayload(review, options) {
    const conclusion = review.status === 'pass' ? 'success' : review.status === 'changes_required' ? 'failure' : 'neutral';
    const counts = review.findings.length === 0 ? 'no findings' : `${review.findings.length} finding(s)`;
    const title = review.status === 'pass'
        ? `Pass (${counts}): ready for a human review`
        : review.status === 'changes_required'
            ? `Changes required (${counts})`
            : `Blocked: ${review.blocked_reason ?? 'no reason given'}`;
    const annotations = review.findings.slice(0, MAX_ANNOTATIONS).map((f) => ({
        path: f.file,
        start_line: f.line ?? 1,
        end_line: f.end_line ?? f.line ?? 1,
        annotation_level: ANNOTATION_LEVEL[f.severity],
        title: truncate(`${f.severity}: ${f.title}`, 255),
        message: truncate(f.body.trim() || f.title, 64_000),
    }));
    const more = review.findings.length > MAX_ANNOTATIONS
        ? `\n\n${review.findings.length - MAX_ANNOTATIONS} more finding(s) are in the review comment, not annotated.`
        : '';
    return {
        name: CHECK_NAME,
        headSha: options.headSha,
        status: 'completed',
        conclusion,
        title: truncate(title, 255),
        summary: truncate(`${review.summary}${more}`, MAX_OUTPUT_CHARS),
        text: truncate(options.rendered, MAX_OUTPUT_CHARS),
        annotations,
    };
}


/***/ }),

/***/ 203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xf: () => (/* binding */ decideCycle),
/* harmony export */   YS: () => (/* binding */ latestReview),
/* harmony export */   pU: () => (/* binding */ headMarker),
/* harmony export */   vU: () => (/* binding */ reviewMarker),
/* harmony export */   w: () => (/* binding */ inlineReviewMarker),
/* harmony export */   xQ: () => (/* binding */ ANY_REVIEW_MARKER)
/* harmony export */ });
/* unused harmony export parseReviewComment */
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9793);

/**
 * Markers of the review comment. The first line is DESIGN §3's marker; the second records the head
 * commit the review is about, which decides whether a new run is a re-run or a new cycle.
 */
const reviewMarker = (cycle) => `<!-- codex-orchestrator:review cycle=${cycle} -->`;
const headMarker = (sha) => `<!-- codex-orchestrator:review-head sha=${sha} -->`;
/** Marker in the body of the PR review that carries the inline comments, so a re-run finds it. */
const inlineReviewMarker = (cycle, sha) => `<!-- codex-orchestrator:review-inline cycle=${cycle} sha=${sha} -->`;
const REVIEW_MARKER = /<!-- codex-orchestrator:review cycle=(\d+) -->/;
const HEAD_MARKER = /<!-- codex-orchestrator:review-head sha=([0-9a-f]{7,64}) -->/;
const JSON_BLOCK = /```json\n([\s\S]*?)\n```/;
/** Matches the action's review comments of any cycle, for `listMarkedComments`. */
const ANY_REVIEW_MARKER = /<!-- codex-orchestrator:review cycle=\d+ -->/;
/** Reads a review comment's cycle, head commit and review JSON; undefined when it is not one. */
function parseReviewComment(comment) {
    const body = comment.body;
    const cycle = REVIEW_MARKER.exec(body)?.[1];
    if (cycle === undefined)
        return undefined;
    let review;
    const json = JSON_BLOCK.exec(body)?.[1];
    if (json !== undefined) {
        try {
            const checked = (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .validateReview */ .PO)(JSON.parse(json));
            if (checked.ok)
                review = checked.review;
        }
        catch {
            // An edited or truncated block: treat it as absent rather than failing the review.
        }
    }
    return { commentId: comment.id, body, cycle: Number(cycle), headSha: HEAD_MARKER.exec(body)?.[1], review };
}
/**
 * The newest review comment (highest cycle, then newest), optionally only among cycles before
 * `beforeCycle`. Pass only the action's own comments: a marker in anyone else's comment must be
 * ignored (DESIGN §3).
 */
function latestReview(ownComments, beforeCycle = Number.POSITIVE_INFINITY) {
    let latest;
    for (const comment of ownComments) {
        const parsed = parseReviewComment(comment);
        if (parsed && parsed.cycle < beforeCycle && (!latest || parsed.cycle >= latest.cycle))
            latest = parsed;
    }
    return latest;
}
/**
 * The cycle rule: the first review is cycle 1; a review of the same head commit as the latest one
 * is a re-run of that cycle (its comment is updated); a new head commit starts cycle + 1 with a
 * new comment, so each cycle's review stays readable on the PR.
 */
function decideCycle(previous, headSha) {
    if (!previous)
        return { cycle: 1, rerun: false, comment: undefined };
    if (previous.headSha === headSha)
        return { cycle: previous.cycle, rerun: true, comment: { id: previous.commentId, body: previous.body } };
    return { cycle: previous.cycle + 1, rerun: false, comment: undefined };
}


/***/ }),

/***/ 9793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ validateReview),
/* harmony export */   Zb: () => (/* binding */ reviewOutputSchema),
/* harmony export */   m: () => (/* binding */ validateReviewText)
/* harmony export */ });
/* unused harmony exports SEVERITIES, REVIEW_STATUSES, findingSchema, criterionSchema, reviewSchema, reviewJsonSchema */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);


const SEVERITIES = ['critical', 'major', 'minor', 'nit'];
const REVIEW_STATUSES = ['pass', 'changes_required', 'blocked'];
const relativePath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1, { error: 'must be a path relative to the repository root, not empty' })
    .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p), {
    error: (issue) => `'${String(issue.input)}' is absolute; give the path relative to the repository root`,
})
    .refine((p) => !p.split(/[\\/]/).includes('..'), {
    error: (issue) => `'${String(issue.input)}' leaves the repository ('..'); give a path inside it`,
});
const lineNumber = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable();
/** One problem the reviewer found (DESIGN §4). */
const findingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1).max(100),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(SEVERITIES),
    file: relativePath,
    line: lineNumber,
    end_line: lineNumber,
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    suggestion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
});
const criterionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    criterion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    met: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
});
const shape = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(REVIEW_STATUSES),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(findingSchema),
    criteria: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(criterionSchema),
    blocked_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
});
/**
 * The review JSON v1 with the rules a JSON schema cannot say: a `pass` holds no critical or major
 * finding and no unmet criterion, a `blocked` says why, `changes_required` names something to
 * change, finding ids are unique, and `end_line` is not before `line`.
 */
const reviewSchema = shape.superRefine((review, ctx) => {
    const serious = review.findings.filter((f) => f.severity === 'critical' || f.severity === 'major');
    const unmet = review.criteria.filter((c) => !c.met);
    if (review.status === 'pass' && serious.length > 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: `'pass' with ${serious.length} critical/major finding(s) (${serious.map((f) => f.id).join(', ')}); use 'changes_required' or lower their severity`,
        });
    }
    if (review.status === 'pass' && unmet.length > 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: `'pass' while ${unmet.length} criterion/criteria are not met; use 'changes_required'`,
        });
    }
    if (review.status === 'blocked' && !review.blocked_reason?.trim()) {
        ctx.addIssue({
            code: 'custom',
            path: ['blocked_reason'],
            message: "status 'blocked' needs a non-empty blocked_reason",
        });
    }
    if (review.status === 'changes_required' && review.findings.length === 0 && unmet.length === 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: "'changes_required' with no finding and no unmet criterion; list what must change, or use 'pass'",
        });
    }
    const seen = new Set();
    review.findings.forEach((finding, index) => {
        if (seen.has(finding.id)) {
            ctx.addIssue({
                code: 'custom',
                path: ['findings', index, 'id'],
                message: `duplicate finding id '${finding.id}'; ids must be unique`,
            });
        }
        seen.add(finding.id);
        if (finding.end_line !== null && (finding.line === null || finding.end_line < finding.line)) {
            ctx.addIssue({
                code: 'custom',
                path: ['findings', index, 'end_line'],
                message: `end_line ${finding.end_line} needs a line at or before it (line is ${finding.line})`,
            });
        }
    });
});
/** Parses and validates the model's raw answer, collecting every problem. */
function validateReviewText(text) {
    if (text === undefined || text.trim() === '')
        return { ok: false, problems: ['the answer was empty'] };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, problems: [`the answer is not JSON (${error.message})`] };
    }
    return validateReview(value);
}
/** Validates an already parsed review value. */
function validateReview(value) {
    const parsed = reviewSchema.safeParse(value);
    if (parsed.success)
        return { ok: true, review: parsed.data };
    return {
        ok: false,
        problems: parsed.error.issues.map((issue) => {
            const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
            return `${path}: ${issue.message}`;
        }),
    };
}
let jsonSchema;
// A static `new URL(…, import.meta.url)`, like src/prompts/bundled.ts: ncc copies the file next to
// the bundle and rewrites the path.
const REVIEW_SCHEMA_FILE = new URL(/* asset import */ __webpack_require__(9950), __webpack_require__.b);
/** The strict-subset JSON schema shipped in schemas/review.json, sent to Codex with --output-schema. */
function reviewJsonSchema() {
    jsonSchema ??= JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(REVIEW_SCHEMA_FILE, 'utf8'));
    return jsonSchema;
}
/** The pair the agent runner needs: the JSON schema for the model, the zod schema for the answer. */
function reviewOutputSchema() {
    return { json: reviewJsonSchema(), zod: reviewSchema };
}


/***/ }),

/***/ 9315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ checkActor),
/* harmony export */   sv: () => (/* binding */ hasWriteAccess)
/* harmony export */ });
/* unused harmony exports WRITE_ROLES, collaboratorRole */
/** Repository roles that may make the action work. */
const WRITE_ROLES = ['admin', 'maintain', 'write'];
const permissions = new WeakMap();
/**
 * The login's role on the repository: `admin`, `maintain`, `write`, `triage`, `read` or `none`
 * (not a collaborator, or no such user). Asked once per client, repository and login.
 */
function collaboratorRole(client, repo, login) {
    let perClient = permissions.get(client);
    if (!perClient) {
        perClient = new Map();
        permissions.set(client, perClient);
    }
    const key = `${repo.owner}/${repo.repo}#${login}`.toLowerCase();
    let role = perClient.get(key);
    if (!role) {
        role = client.rest.repos
            .getCollaboratorPermissionLevel({ ...repo, username: login })
            // `permission` folds maintain into write and triage into read; `role_name` keeps them apart.
            .then(({ data }) => data.role_name || data.permission || 'none')
            .catch((error) => {
            if (error.status === 404)
                return 'none';
            throw error;
        });
        perClient.set(key, role);
        role.catch(() => perClient.delete(key));
    }
    return role;
}
/** Whether the login has write, maintain or admin on the repository. */
async function hasWriteAccess(client, repo, login) {
    return WRITE_ROLES.includes(await collaboratorRole(client, repo, login));
}
/**
 * The actor gate: a user needs write, maintain or admin, or a place in `allowed-users`; a bot only
 * passes when listed in `allowed-bots`. Whether the actor is a bot comes from the account type (the
 * event's, else GitHub's), never from the login: a user cannot pass as a bot by a name ending in
 * `[bot]`, and a bot cannot pass as a user.
 */
async function checkActor(client, repo, gate) {
    const actor = gate.actor.trim();
    if (actor === '') {
        return { allowed: false, reason: 'The event names no actor, so nobody can be checked for permission.' };
    }
    const type = gate.actorType ?? (await accountType(client, actor));
    if (type === undefined) {
        return { allowed: false, reason: `The actor '${actor}' is not a GitHub account.` };
    }
    if (type === 'Bot') {
        const slug = botSlug(actor);
        const listed = gate.allowedBots.some((entry) => entry.trim() === '*' || botSlug(entry.trim()) === slug);
        if (listed)
            return { allowed: true, permission: 'allowed-bot' };
        return {
            allowed: false,
            reason: `The actor '${actor}' is a bot that is not in allowed-bots. Add '${slug}' to the allowed-bots input to let it trigger the action.`,
        };
    }
    if (type === 'Organization') {
        return { allowed: false, reason: `The actor '${actor}' is an organization, not a user.` };
    }
    if (gate.allowedUsers.some((entry) => entry.trim() === '*' || sameLogin(entry.trim(), actor))) {
        return { allowed: true, permission: 'allowed-user' };
    }
    const role = await collaboratorRole(client, repo, actor);
    if (WRITE_ROLES.includes(role))
        return { allowed: true, permission: role };
    return {
        allowed: false,
        reason: `The actor '${actor}' has ${role === 'none' ? 'no' : `'${role}'`} access to ${repo.owner}/${repo.repo}; ` +
            'write, maintain or admin is required (or add them to the allowed-users input).',
    };
}
async function accountType(client, login) {
    try {
        const { data } = await client.rest.users.getByUsername({ username: login });
        return data.type === 'Bot' || data.type === 'Organization' ? data.type : 'User';
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
/** `dependabot[bot]` and `dependabot` name the same app. */
function botSlug(login) {
    return login.replace(/\[bot\]$/i, '').toLowerCase();
}
function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 1643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ commenterOf),
/* harmony export */   y: () => (/* binding */ gateTrigger)
/* harmony export */ });
/* harmony import */ var _github_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7369);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _actor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9315);



const obj = (v) => (v && typeof v === 'object' ? v : {});
const accountType = (v) => v === 'Bot' || v === 'User' || v === 'Organization' ? v : undefined;
/** The author of the comment that triggered the job (issue_comment events), if any. */
function commenterOf(payload) {
    const user = obj(obj(payload.comment).user);
    return typeof user.login === 'string' ? { login: user.login, type: accountType(user.type) } : undefined;
}
/**
 * The actor gate of every phase (DESIGN §8.1), run before any model call or write. It checks the
 * workflow's actor and, for a comment, its author too: a comment by someone without write access
 * must not act through a maintainer's re-run. The action's own identity passes: it is the actor of
 * the workflow_dispatch runs it chains itself (DESIGN §2), whose first run was gated, and of label
 * events a GitHub App token causes.
 */
async function gateTrigger(client, repo, identity, source) {
    const sender = obj(source.payload.sender);
    const actor = source.actor || (typeof sender.login === 'string' ? sender.login : '');
    const actors = [{ login: actor, type: accountType(sender.type) }];
    const commenter = commenterOf(source.payload);
    if (commenter && commenter.login.toLowerCase() !== actor.toLowerCase())
        actors.push(commenter);
    for (const { login, type } of actors) {
        if ((0,_github_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentity */ .Lk)({ login, type: type ?? 'User' }, identity)) {
            _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`${login}: the action's own identity.`);
            continue;
        }
        const check = await (0,_actor_js__WEBPACK_IMPORTED_MODULE_2__/* .checkActor */ .AB)(client, repo, {
            actor: login,
            actorType: type,
            allowedUsers: source.allowedUsers,
            allowedBots: source.allowedBots,
        });
        if (!check.allowed)
            return check;
        _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`${login}: ${check.permission}`);
    }
    return { allowed: true };
}


/***/ }),

/***/ 9950:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "49746de4bcd9cf6d9c97.json";

/***/ })

};
