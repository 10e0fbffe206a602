export const id = 869;
export const ids = [869,584];
export const modules = {

/***/ 6379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ checkActor),
/* harmony export */   s: () => (/* binding */ hasWriteAccess)
/* harmony export */ });
/* harmony import */ var _github_permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5435);

/** Whether the login has write, maintain or admin on the repository. */
async function hasWriteAccess(client, repo, login) {
    return _github_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .WRITE_ROLES */ .Eu.includes(await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .collaboratorRole */ .Vo)(client, repo, login));
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
    const type = gate.actorType ?? (await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .accountType */ .e8)(client, actor));
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
    const role = await (0,_github_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .collaboratorRole */ .Vo)(client, repo, actor);
    if (_github_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .WRITE_ROLES */ .Eu.includes(role))
        return { allowed: true, permission: role };
    return {
        allowed: false,
        reason: `The actor '${actor}' has ${role === 'none' ? 'no' : `'${role}'`} access to ${repo.owner}/${repo.repo}; ` +
            'write, maintain or admin is required (or add them to the allowed-users input).',
    };
}
/** `dependabot[bot]` and `dependabot` name the same app. */
function botSlug(login) {
    return login.replace(/\[bot\]$/i, '').toLowerCase();
}
function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 9869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cy: () => (/* binding */ chain),
  wv: () => (/* binding */ job_commenterOf),
  qe: () => (/* binding */ dispatchOff),
  yL: () => (/* binding */ job_gateTrigger),
  R9: () => (/* binding */ openIssueItem),
  p4: () => (/* binding */ openItemJob),
  nL: () => (/* binding */ openItemPhase),
  LZ: () => (/* binding */ saveState),
  je: () => (/* binding */ setLabel),
  $_: () => (/* binding */ setStopLabel),
  Lu: () => (/* binding */ startByHand),
  wy: () => (/* binding */ workItemOf)
});

// EXTERNAL MODULE: ./src/git/branch.ts
var branch = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/github/dispatch.ts


/**
 * Starts the next phase with `workflow_dispatch` (DESIGN §2): events caused by GITHUB_TOKEN start
 * no workflow runs, but this one does. Needs `actions: write`.
 */
async function dispatchPhase(client, repo, request) {
    const next = `${request.phase}${request.target ? ` for #${request.target}` : ''}`;
    if (request.mode === 'none') {
        log.info(`Not starting ${next}: dispatch is 'none'.`);
        return { dispatched: false, reason: `dispatch is 'none'; start ${next} yourself.` };
    }
    if (!request.workflowFile) {
        const reason = `Cannot start ${next}: the workflow file of this run is unknown (GITHUB_WORKFLOW_REF is not set). ` +
            'Run the action from a workflow file under .github/workflows, or set dispatch: none.';
        log.warning(reason);
        return { dispatched: false, reason };
    }
    const inputs = { phase: request.phase };
    if (request.target)
        inputs.target = String(request.target);
    const payload = { workflow_id: request.workflowFile, ref: request.ref, inputs };
    if (request.dryRun) {
        log.info(`[dry-run] Would dispatch ${request.workflowFile}: ${JSON.stringify(payload)}`);
        return { dispatched: false, reason: `dry run: ${next} not dispatched.` };
    }
    try {
        await client.rest.actions.createWorkflowDispatch({ ...repo, ...payload });
    }
    catch (error) {
        throw new Error(`Could not start ${next} with workflow_dispatch of ${request.workflowFile} on ${request.ref}: ` +
            `${(0,errors/* errorMessage */.g)(error)}. ${dispatchFix(error.status)}`, { cause: error });
    }
    log.info(`Dispatched ${next} (${request.workflowFile} on ${request.ref}).`);
    return { dispatched: true, workflowFile: request.workflowFile, inputs };
}
function dispatchFix(status) {
    switch (status) {
        case 403:
            return 'Give the workflow `permissions: actions: write`, or set dispatch: none.';
        case 404:
        case 422:
            return ('The workflow file must exist on the default branch and declare `workflow_dispatch` with the ' +
                'inputs `phase` and `target` (see examples/workflows/issue-to-pr.yml).');
        default:
            return 'Start the phase by hand with the workflow_dispatch inputs phase and target, or set dispatch: none.';
    }
}

// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/labels.ts
var github_labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/safety/block-mac.ts
var block_mac = __webpack_require__(7953);
// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/tracker/github/store.ts + 1 modules
var store = __webpack_require__(2762);
// EXTERNAL MODULE: ./src/payload.ts
var src_payload = __webpack_require__(41);
// EXTERNAL MODULE: ./src/action/actor.ts
var action_actor = __webpack_require__(6379);
;// CONCATENATED MODULE: ./src/action/gate.ts




const accountType = (v) => v === 'Bot' || v === 'User' || v === 'Organization' ? v : undefined;
/** The author of the comment that triggered the job (issue_comment events), if any. */
function commenterOf(payload) {
    const user = (0,src_payload/* obj */.WL)((0,src_payload/* obj */.WL)(payload.comment).user);
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
    const sender = (0,src_payload/* obj */.WL)(source.payload.sender);
    const actor = source.actor || (typeof sender.login === 'string' ? sender.login : '');
    const actors = [{ login: actor, type: accountType(sender.type) }];
    const commenter = commenterOf(source.payload);
    // The action's own comments (status, questions, reviews) start nothing: with an App token their
    // events do start workflows, and a line of model text beginning with /codex would act.
    if (commenter && (0,github_identity/* isIdentity */.Lk)({ login: commenter.login, type: commenter.type ?? 'User' }, identity)) {
        return {
            allowed: false,
            reason: `The comment was written by the action itself (${commenter.login}); its own comments start nothing.`,
        };
    }
    if (commenter && commenter.login.toLowerCase() !== actor.toLowerCase())
        actors.push(commenter);
    for (const { login, type } of actors) {
        if ((0,github_identity/* isIdentity */.Lk)({ login, type: type ?? 'User' }, identity)) {
            log.info(`${login}: the action's own identity.`);
            continue;
        }
        const check = await (0,action_actor/* checkActor */.A)(client, repo, {
            actor: login,
            actorType: type,
            allowedUsers: source.allowedUsers,
            allowedBots: source.allowedBots,
        });
        if (!check.allowed)
            return check;
        log.info(`${login}: ${check.permission}`);
    }
    return { allowed: true };
}

;// CONCATENATED MODULE: ./src/action/job.ts












async function openItemJob(ctx) {
    const client = ctx.github();
    const { context } = ctx;
    return {
        client,
        repo: { owner: context.owner, repo: context.repo },
        // The identity carries the job's block key: what trusting "the action's own comments" reads with.
        identity: { ...(await (0,github_identity/* actionIdentity */.L1)(client)), key: block_mac/* BlockKey */.XF.fromSecret((0,block_mac/* jobSecret */.wN)(ctx.inputs)) },
        runUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
        writes: !ctx.inputs.dryRun && ctx.inputs.autonomy !== 'observe',
        ctx,
    };
}
/** The author of the comment that triggered the job (issue_comment events), if any. */
const job_commenterOf = (ctx) => commenterOf(ctx.context.payload);
/** The actor gate (DESIGN §8.1) for an item job: see src/safety/gate.ts. */
function job_gateTrigger(job) {
    const { ctx } = job;
    return gateTrigger(job.client, job.repo, job.identity, {
        actor: ctx.context.actor,
        payload: ctx.context.payload,
        allowedUsers: ctx.inputs.allowedUsers,
        allowedBots: ctx.inputs.allowedBots,
    });
}
/**
 * Reads the issue `phase` works on and its state (new when it has no status comment yet). Skipped:
 * a pull request, a closed issue, one with the stop label, or one stopped by `/codex stop`.
 */
async function openIssueItem(job, item, phase) {
    const skip = (reason) => ({ kind: 'skip', reason });
    const issue = await (0,issues/* readIssue */.OS)(job.client, job.repo, item);
    if (issue.isPull)
        return skip(`#${item} is a pull request; ${phase} works on issues.`);
    if (issue.state !== 'open')
        return skip(`#${item} is closed.`);
    const { labels } = issue;
    const stop = (0,github_labels/* LIFECYCLE */.VD)(job.ctx.config.labels.prefix).stop;
    // Label names are case-insensitive on GitHub: `Codex:Stop` is the same label.
    if (labels.some((l) => l.toLowerCase() === stop.toLowerCase()))
        return skip(`#${item} carries the '${stop}' label.`);
    const state = (await (0,store/* loadItemState */.JR)(job.client, job.repo, item, job.identity))?.state ?? (0,src_state/* newItemState */.rY)(item);
    if (state.stopped)
        return skip(`#${item} was stopped by ${state.stopped.by}; comment /codex resume.`);
    return { kind: 'open', issue: { title: issue.title, body: issue.body }, labels, state };
}
/** Saves the state to the status comment (printed instead when the job may not write). */
function saveState(job, state) {
    return (0,store/* saveItemState */.kL)(job.client, job.repo, (0,src_state/* issueOf */.v1)(state), job.identity, state, {
        dryRun: !job.writes,
        runUrl: job.runUrl,
        pricing: job.ctx.config.pricing,
    });
}
/** Sets the item's lifecycle label (printed instead when the job may not write). */
async function setLabel(job, item, state, current) {
    const prefix = job.ctx.config.labels.prefix;
    if (!job.writes) {
        log.info(`[dry-run] Would set the label ${prefix}:${state} on #${item}.`);
        return;
    }
    await (0,github_labels/* setLifecycleLabel */.Zw)(job.client, job.repo, item, prefix, state, { current });
}
/**
 * Adds (`/codex stop`) or removes (`/codex resume`) the item's stop label (printed instead when the
 * job may not write).
 */
async function setStopLabel(job, item, stopped) {
    const label = (0,github_labels/* LIFECYCLE */.VD)(job.ctx.config.labels.prefix).stop;
    if (!job.writes) {
        log.info(`[dry-run] Would ${stopped ? `add the label ${label} to` : `remove the label ${label} from`} #${item}.`);
        return;
    }
    if (stopped)
        await (0,github_labels/* addLabels */.Nl)(job.client, job.repo, item, [label]);
    else
        await (0,github_labels/* removeLabel */.tA)(job.client, job.repo, item, label);
}
/**
 * Why `chain` starts nothing in this job (`dispatch: none`, or no known workflow file), so that the
 * status comment can tell a person to start the next phase; undefined when it dispatches. A dry
 * run is not a reason: it writes nothing, the status comment included.
 */
function dispatchOff(job) {
    const { ctx } = job;
    if (ctx.inputs.dispatch === 'none')
        return 'the input `dispatch` is `none`';
    if (!ctx.context.workflowFile)
        return 'the workflow file of this run is unknown';
    return undefined;
}
/** What a person does to start `phase` for `target` when the action does not (see dispatchOff). */
function startByHand(phase, target, why) {
    return `Start ${phase} for #${target} yourself: run the workflow with the inputs phase \`${phase}\` and target \`${target}\` (${why}, so the action starts nothing).`;
}
/** Starts the next phase for the item through workflow_dispatch (DESIGN §2). */
async function chain(job, phase, item) {
    const { ctx } = job;
    // The default branch, not GITHUB_REF: on a pull request event that is `refs/pull/N/merge`.
    const ref = ctx.inputs.dispatch === 'none' || !ctx.context.workflowFile
        ? ''
        : await (0,content/* defaultBranch */.OR)(job.client, job.repo, ctx.context.payload);
    return dispatchPhase(job.client, job.repo, {
        mode: ctx.inputs.dispatch,
        workflowFile: ctx.context.workflowFile,
        ref,
        phase,
        target: item,
        dryRun: !job.writes,
    });
}
/**
 * The opening every issue phase shares: a target (else an error naming how to give one), the actor
 * gate, then the issue and its state (skipped when stopped, closed or a pull request).
 */
async function openItemPhase(ctx, phase, howToTarget) {
    const item = ctx.target;
    if (!item) {
        return {
            kind: 'done',
            result: {
                status: 'error',
                reason: `The ${phase} phase needs an issue, and none was given. Set the target input (an issue number), or ${howToTarget}.`,
            },
        };
    }
    const skipped = (reason) => ({
        kind: 'done',
        result: { status: 'skipped', reason, item },
    });
    const job = await openItemJob(ctx);
    const gate = await job_gateTrigger(job);
    if (!gate.allowed)
        return skipped(gate.reason);
    const opened = await openIssueItem(job, item, phase);
    if (opened.kind === 'skip')
        return skipped(opened.reason);
    return { kind: 'open', job, item, issue: opened.issue, labels: opened.labels, state: opened.state };
}
/**
 * The work item a command is about. On one of the action's pull requests (branch
 * `<prefix>/<issue>-<slug>`) that is the issue, whose status comment holds the state.
 */
async function workItemOf(job, target) {
    const issue = await (0,issues/* readIssue */.OS)(job.client, job.repo, target);
    if (!issue.isPull)
        return target;
    const pr = await (0,pulls/* getPull */.Cs)(job.client, job.repo, target);
    return (0,branch/* branchItem */.AC)(pr.head.ref, job.ctx.config.labels.prefix) ?? target;
}


/***/ }),

/***/ 3111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ flatPrice),
/* harmony export */   K4: () => (/* binding */ withCost),
/* harmony export */   O4: () => (/* binding */ costUsd),
/* harmony export */   hf: () => (/* binding */ unpricedRefusal),
/* harmony export */   oH: () => (/* binding */ LEGACY_PRICE),
/* harmony export */   xx: () => (/* binding */ priceOf)
/* harmony export */ });
/* unused harmony exports PRICE_TABLE, baseModelId, billedFromUsage */
/**
 * Standard (short-context, not batch, not fast-mode) list prices of the models the two runtimes use,
 * from the providers' pricing pages as of 2026-12. A model that is not here is unpriced (its cost is
 * unknown, not 0) unless the config prices it (`pricing.models`). Long-context surcharges (OpenAI
 * above 272K input tokens, Haiku 5.5 above 100K) are not modelled: such runs are underestimated.
 */
const PRICE_TABLE = {
    openai: {
        'gpt-6.2-sol': { input: 2, cachedInput: 0.1, output: 10 },
        'gpt-6.1-sol': { input: 2, cachedInput: 0.1, output: 10 },
        'gpt-6-sol': { input: 2, cachedInput: 0.2, output: 10 },
        'gpt-6-luna': { input: 0.1, cachedInput: 0.01, output: 0.5 },
        'gpt-5.6-sol': { input: 5, cachedInput: 0.5, output: 30 },
        'gpt-5.6-terra': { input: 2.5, cachedInput: 0.25, output: 15 },
        'gpt-5.6-luna': { input: 1, cachedInput: 0.1, output: 6 },
        'gpt-5.5': { input: 5, cachedInput: 0.5, output: 30 },
    },
    anthropic: {
        'claude-fable-5-1': { input: 10, cachedInput: 0.25, cacheWrite: 12.5, cacheWrite1h: 20, output: 50 },
        'claude-opus-5-5': { input: 4, cachedInput: 0.2, cacheWrite: 5, cacheWrite1h: 8, output: 20 },
        'claude-opus-5': { input: 5, cachedInput: 0.5, cacheWrite: 6.25, cacheWrite1h: 10, output: 25 },
        'claude-sonnet-5-5': { input: 2, cachedInput: 0.1, cacheWrite: 2.5, cacheWrite1h: 4, output: 10 },
        'claude-sonnet-5': { input: 2, cachedInput: 0.2, cacheWrite: 2.5, cacheWrite1h: 4, output: 10 },
        'claude-haiku-5-5': { input: 0.1, cachedInput: 0.01, cacheWrite: 0.125, cacheWrite1h: 0.2, output: 0.5 },
    },
};
/** The price of every Codex run before models were priced one by one (the old `pricing` default). */
const LEGACY_PRICE = { input: 1.25, cachedInput: 0.125, output: 10 };
/** A model's id without what gateways and snapshots add: `openai/`, `-2026-10-01`, `-20261001`, `[1m]`. */
function baseModelId(model) {
    return model
        .trim()
        .toLowerCase()
        .replace(/^[a-z0-9-]+\//, '')
        .replace(/\[[^\]]*\]$/, '')
        .replace(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, '');
}
/**
 * The price of a model, in this order: `pricing.models.<model>` of the config, then (Codex only)
 * the config's flat `pricing`, then the price table. Undefined: the model is unpriced.
 */
function priceOf(provider, model, config) {
    const named = model === undefined ? undefined : lookup(config?.models ?? {}, model);
    if (named) {
        return {
            price: {
                input: named.input,
                cachedInput: named['cached-input'],
                cacheWrite: named['cache-write'],
                cacheWrite1h: named['cache-write-1h'],
                output: named.output,
            },
            source: 'config pricing.models',
        };
    }
    const flat = flatPrice(config);
    if (provider === 'openai' && flat)
        return { price: flat, source: 'config pricing' };
    const listed = model === undefined ? undefined : lookup(PRICE_TABLE[provider], model);
    return listed ? { price: listed, source: 'price table' } : undefined;
}
/** The config's flat price, when it sets one. */
function flatPrice(config) {
    if (config?.input === undefined || config.output === undefined)
        return undefined;
    return { input: config.input, cachedInput: config['cached-input'] ?? config.input, output: config.output };
}
function lookup(prices, model) {
    if (Object.hasOwn(prices, model))
        return prices[model];
    const base = baseModelId(model);
    const key = Object.keys(prices).find((k) => baseModelId(k) === base);
    return key === undefined ? undefined : prices[key];
}
/** The cost in USD of `tokens` at `price`. */
function costUsd(price, tokens) {
    const write = price.cacheWrite ?? price.input;
    return ((tokens.input * price.input +
        tokens.cacheRead * price.cachedInput +
        tokens.cacheWrite * write +
        tokens.cacheWrite1h * (price.cacheWrite1h ?? write) +
        tokens.output * price.output) /
        1_000_000);
}
/** A usage in OpenAI's terms (cached tokens are part of the input) as bill classes. */
const billedFromUsage = (u) => ({
    input: Math.max(0, u.inputTokens - u.cachedInputTokens),
    cacheRead: u.cachedInputTokens,
    cacheWrite: 0,
    cacheWrite1h: 0,
    output: u.outputTokens,
});
/**
 * `usage` with its cost: priced at `price`, or, without one, cost 0 plus every token counted as
 * unpriced (so a sum shows the cost as unknown rather than as $0).
 */
function withCost(usage, price, tokens = billedFromUsage(usage)) {
    const { costUsd: _cost, unpricedTokens: _unpriced, ...counts } = usage;
    if (price)
        return { ...counts, costUsd: costUsd(price, tokens) };
    const unpriced = usage.inputTokens + usage.outputTokens;
    return unpriced > 0 ? { ...counts, costUsd: 0, unpricedTokens: unpriced } : { ...counts, costUsd: 0 };
}
/** Why a run may not start: a cost cap is set and the model has no price (fail closed). */
function unpricedRefusal(runtime, model, costCapUsd, priced) {
    if (costCapUsd === null || costCapUsd === undefined || priced)
        return undefined;
    const which = model === undefined
        ? `the ${runtime} runtime's model is not known in advance (no model input, and no default known for this CLI version)`
        : `the model '${model}' (${runtime}) has no price`;
    return (`budgets.item-cost-cap-usd ($${costCapUsd}) is set, but ${which}, so the cap could not be kept: the run was not started. ` +
        `Fix: price it in the config (pricing.models.${model ?? '<model>'}: { input, cached-input, output } in USD per million tokens), ` +
        'choose a model of the price table (README, Runtimes), or remove the cost cap.');
}


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ZERO_USAGE),
/* harmony export */   v: () => (/* binding */ addUsage)
/* harmony export */ });
const ZERO_USAGE = Object.freeze({
    inputTokens: 0,
    cachedInputTokens: 0,
    outputTokens: 0,
    reasoningOutputTokens: 0,
});
const tokensOf = (u) => u.inputTokens + u.outputTokens;
/** The usage's cost, 0 for no tokens, undefined when it predates per-run costs. */
const knownCost = (u) => u.costUsd ?? (tokensOf(u) === 0 ? 0 : undefined);
/**
 * The sum of two usages. The cost is summed too, unless one side predates per-run costs: then the
 * sum has none, and is estimated as a whole at the flat price, as before (src/state/budget.ts).
 */
const addUsage = (a, b) => {
    const sum = {
        inputTokens: a.inputTokens + b.inputTokens,
        cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
        outputTokens: a.outputTokens + b.outputTokens,
        reasoningOutputTokens: a.reasoningOutputTokens + b.reasoningOutputTokens,
    };
    const costA = knownCost(a);
    const costB = knownCost(b);
    if (costA !== undefined && costB !== undefined && (a.costUsd !== undefined || b.costUsd !== undefined))
        sum.costUsd = costA + costB;
    const unpriced = (a.unpricedTokens ?? 0) + (b.unpricedTokens ?? 0);
    if (unpriced > 0)
        sum.unpricedTokens = unpriced;
    return sum;
};


/***/ }),

/***/ 8030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ branchItem),
/* harmony export */   Pn: () => (/* binding */ assertOwnBranch),
/* harmony export */   at: () => (/* binding */ branchName)
/* harmony export */ });
/* unused harmony exports slugify, BranchPrefixError */
const MAX_SLUG = 40;
/**
 * A branch-safe slug of an issue title: ASCII letters and digits joined by single hyphens, at most
 * 40 characters, cut at a word boundary when possible. Accents are folded (`Café` → `cafe`); a
 * title with nothing usable gives `item`.
 */
function slugify(title) {
    const words = title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
    let slug = '';
    for (const word of words) {
        const next = slug === '' ? word : `${slug}-${word}`;
        if (next.length > MAX_SLUG) {
            if (slug === '')
                slug = word.slice(0, MAX_SLUG);
            break;
        }
        slug = next;
    }
    return slug || 'item';
}
/** The item's branch, `<prefix>/<id>-<slug>` (DESIGN §7). */
function branchName(prefix, id, title) {
    return `${prefix}/${id}-${slugify(title)}`;
}
/** Thrown when the action is about to write a branch it does not own. */
class BranchPrefixError extends Error {
    constructor(branch, prefix) {
        super(`Refusing to push '${branch}': the action only pushes branches under '${prefix}/' ` +
            `(labels.prefix in the config file). This is a safety rule (DESIGN §8.7) and cannot be turned off.`);
        this.name = 'BranchPrefixError';
    }
}
/**
 * Asserts that `branch` lies inside the action's namespace and is a plain, valid ref name, so that
 * no refspec trick (`a:b`, `+x`, `..`, `refs/...`) can widen a push.
 */
function assertOwnBranch(branch, prefix) {
    const rest = branch.startsWith(`${prefix}/`) ? branch.slice(prefix.length + 1) : '';
    const valid = rest !== '' &&
        /^[A-Za-z0-9._/-]+$/.test(branch) &&
        !branch.includes('..') &&
        !branch.includes('//') &&
        !branch.endsWith('/') &&
        !branch.endsWith('.lock') &&
        !branch.split('/').some((part) => part.startsWith('.') || part === '');
    if (!valid)
        throw new BranchPrefixError(branch, prefix);
}
/** The issue number of a `<prefix>/<n>-…` branch (DESIGN §7's branch name), if it is one. */
function branchItem(headRef, prefix) {
    if (!headRef.startsWith(`${prefix}/`))
        return undefined;
    const match = /^(\d+)(?:-|$)/.exec(headRef.slice(prefix.length + 1));
    const n = match ? Number(match[1]) : NaN;
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   kB: () => (/* binding */ isJobScoped)
/* harmony export */ });
/* unused harmony exports setGitHubClientDefaults, GITHUB_API_VERSION, SecretInRequestError */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9988);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _safety_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3836);







const ClientClass = _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E.plugin(logServerErrors, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
const PRODUCTION_DEFAULTS = {
    retry: { retries: 3, baseMs: 1000 },
    throttle: { retries: 3, maxWaitSeconds: 600, baseMs: 1000, spaceWrites: true },
};
let defaults = structuredClone(PRODUCTION_DEFAULTS);
/**
 * Changes the defaults of every client created afterwards in this process and returns a function
 * that restores the previous ones. For tests, which drive whole phases through `run()` and so cannot
 * pass options to the client a phase builds: they shorten waits to milliseconds.
 */
function setGitHubClientDefaults(next) {
    const previous = defaults;
    defaults = {
        retry: { ...previous.retry, ...next.retry },
        throttle: { ...previous.throttle, ...next.throttle },
    };
    return () => {
        defaults = previous;
    };
}
/** The REST API version every request asks for (GitHub keeps 2022-11-28 for at least 24 months). */
const GITHUB_API_VERSION = '2022-11-28';
/**
 * Builds the GitHub client. This is the only place one is built: every phase receives it as a port.
 *
 * Server errors (5xx, network failures) are retried by plugin-retry with a quadratic back-off.
 * Rate limits are left to plugin-throttling, which waits for `retry-after` (secondary limits) or
 * `x-ratelimit-reset` (primary limits) before retrying, up to `throttle.retries` times and only
 * while the wait stays under `throttle.maxWaitSeconds`.
 */
function createGitHubClient(options) {
    if (!options.token) {
        throw new Error('No GitHub token. Expected the github-token input (default: the workflow GITHUB_TOKEN); set it to secrets.GITHUB_TOKEN or a GitHub App token.');
    }
    if (!URL.canParse(options.baseUrl)) {
        throw new Error(`Invalid GitHub API URL '${options.baseUrl}'. Expected an absolute URL such as https://api.github.com or https://HOST/api/v3 (GITHUB_API_URL).`);
    }
    const log = options.log ?? _log_js__WEBPACK_IMPORTED_MODULE_1__;
    const r = { ...defaults.retry, ...options.retry };
    const t = { ...defaults.throttle, ...options.throttle };
    const unspaced = t.spaceWrites
        ? {}
        : {
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 }),
            search: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 0 }),
        };
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount < t.retries && retryAfter <= t.maxWaitSeconds) {
            log.warning(`GitHub ${kind} reached on ${what}; retrying in ${retryAfter}s (retry ${retryCount + 1} of ${t.retries}).`);
            return true;
        }
        log.warning(`GitHub ${kind} reached on ${what}; giving up after ${retryCount} retries (the next try would be in ${retryAfter}s, the limit is ${t.maxWaitSeconds}s).`);
        return false;
    };
    const client = new ClientClass({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'codex-orchestrator',
        // Octokit's request log reports every answer, a 404 the caller expects included, as `warn`:
        // debug output, not warnings on the run. Retries and rate limits are reported below.
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.debug(m),
            error: (m) => log.debug(m),
        },
        retry: {
            retries: r.retries,
            retryAfterBaseValue: r.baseMs,
            // Not retried: client errors that a second identical request cannot fix (400, 401, 404, 410,
            // 422, 451), and 403/429, which mean a rate limit or a missing permission. Rate limits belong
            // to plugin-throttling alone: it waits as long as GitHub says (`retry-after`,
            // `x-ratelimit-reset`), whereas plugin-retry would retry 429 on its own short back-off,
            // ignoring those headers and doubling the retries. A 403 that is not a rate limit is a
            // permission problem and fails at once with GitHub's message.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            ...unspaced,
            retryAfterBaseValue: t.baseMs,
            onRateLimit: onLimit('API rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    });
    clientLogs.set(client, { log, retries: r.retries });
    if (options.jobScoped)
        jobClients.add(client);
    // Pinned: 2026-03-10 is the first REST version with breaking changes, and an unpinned client
    // follows GitHub's default whenever it moves. Octokit has no option for a default header.
    client.hook.before('request', (request) => {
        request.headers['x-github-api-version'] = GITHUB_API_VERSION;
    });
    // The basic-auth form git pushes use, base64(`x-access-token:<token>`), is the token's base64 at
    // offset 0: the scanner finds it with every other encoding.
    guardSecrets(client, new _safety_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretScanner */ .Jq([{ name: 'the github-token', value: options.token }, ...(options.secrets ?? [])]));
    if (options.graphqlUrl) {
        // @octokit/graphql posts to `<baseUrl>/graphql`; with a GHES `…/api/v3` base it always uses
        // `…/api/graphql` (what GITHUB_GRAPHQL_URL says there too). Elsewhere the given url is used.
        client.graphql = client.graphql.defaults({ url: options.graphqlUrl.replace(/\/+$/, '') });
    }
    return client;
}
const clientLogs = new WeakMap();
const jobClients = new WeakSet();
/** Whether the client is one job's own (see GitHubClientOptions.jobScoped). */
const isJobScoped = (client) => jobClients.has(client);
/**
 * Logs each server error as it happens, before plugin-retry decides to try again; registered first so
 * its hook runs on every attempt (Octokit wraps hooks in registration order, the first innermost).
 */
function logServerErrors(octokit) {
    octokit.hook.error('request', (error, options) => {
        const status = error.status;
        const entry = clientLogs.get(octokit);
        if (entry && (status === undefined || status >= 500)) {
            const attempt = (options.request?.retryCount ?? 0) + 1;
            const path = String(options.url);
            entry.log.info(`GitHub API ${options.method} ${path} failed (${status ?? 'network error'}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}) on attempt ${attempt} of ${entry.retries + 1}.`);
        }
        throw error;
    });
}
/** Thrown instead of sending a request whose body or parameters hold a secret. */
class SecretInRequestError extends Error {
    found;
    constructor(method, url, 
    /** Which secret (its name, never its value), in which form, in which parameter. */
    found) {
        super(`Refused to send ${method} ${url}: its parameter '${found.parameter}' would carry ${found.secret} (${found.form}) to GitHub. ` +
            'Text the model wrote is posted as it is, so it held the secret; nothing was written. Check the run for a prompt injection.');
        this.found = found;
        this.name = 'SecretInRequestError';
    }
}
/**
 * Every request's parameters and body are checked for the job's secrets, in every encoding the
 * scanner knows, before they leave: what the action posts (comments, reviews, check runs, PR
 * bodies) carries text the model wrote, and a model steered by a prompt injection could copy a
 * secret it found into it. One check here covers every write, REST and GraphQL alike; the
 * Authorization header is the one place a token belongs.
 *
 * The parameters are read as one text, one string value per line, so that a secret split across
 * two parameters (half in the title, half in the body) is found too.
 */
function guardSecrets(client, scanner) {
    if (scanner.empty)
        return;
    client.hook.before('request', (options) => {
        const { headers: _headers, request: _request, ...rest } = options;
        const fields = stringFields(rest);
        const found = scanner.find(fields.map((f) => f.value).join('\n'));
        if (!found)
            return;
        const parameter = fieldsBetween(fields, found.start, found.end);
        throw new SecretInRequestError(String(options.method), String(options.url), {
            secret: found.secret,
            form: found.form,
            parameter,
        });
    });
}
/**
 * Every string in a request's parameters, with its path (`comments[0].body`). Keys are the
 * action's own (Octokit's parameter names, our GraphQL variables) and are left out, so that they
 * do not stand between the halves of a secret split across two parameters.
 */
function stringFields(value, path = '', out = []) {
    if (typeof value === 'string')
        out.push({ path: path || '(body)', value });
    else if (Array.isArray(value)) {
        for (const [i, v] of value.entries())
            stringFields(v, `${path}[${i}]`, out);
    }
    else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value))
            stringFields(v, path ? `${path}.${key}` : key, out);
    }
    return out;
}
/** The parameters a span of the joined text covers: `body`, or `title … body` when split across them. */
function fieldsBetween(fields, start, end) {
    const names = [];
    let offset = 0;
    for (const field of fields) {
        const fieldEnd = offset + field.value.length;
        if (fieldEnd > start && offset < end && !names.includes(field.path))
            names.push(field.path);
        offset = fieldEnd + 1;
    }
    return names.length <= 1 ? (names[0] ?? '(body)') : `${names[0]} … ${names.at(-1)}`;
}


/***/ }),

/***/ 6645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ writeComment),
/* harmony export */   Jp: () => (/* binding */ findMarkedComment),
/* harmony export */   Zd: () => (/* binding */ upsertMarkedComment),
/* harmony export */   b2: () => (/* binding */ listMarkedComments),
/* harmony export */   cG: () => (/* binding */ listIssueComments),
/* harmony export */   vv: () => (/* binding */ updateComment)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7369);



function hasMarker(body, marker) {
    return typeof marker === 'string'
        ? body.includes(marker)
        : new RegExp(marker.source, marker.flags).test(body);
}
/**
 * Every comment on the issue or PR that carries the marker AND was written by the action's own
 * identity, oldest first. A marker in anyone else's comment is ignored: copying the marker into a
 * comment must not let someone feed state to the action.
 */
async function listMarkedComments(client, repo, issueNumber, marker, identity, opts = {}) {
    const found = [];
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    // GitHub lists issue comments oldest first, so the first match is the oldest.
    for await (const page of pages) {
        for (const comment of page.data) {
            if (!(0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isIdentity */ .Lk)(comment.user, identity) || !hasMarker(comment.body ?? '', marker))
                continue;
            found.push({
                id: comment.id,
                body: comment.body ?? '',
                htmlUrl: comment.html_url,
                updatedAt: comment.updated_at,
            });
            if (opts.stopAtFirst)
                return found;
        }
    }
    return found;
}
/**
 * The action's marked comments this job already found or wrote, per job-scoped client: only the
 * action's identity writes them and jobs of one item do not overlap, so a job that saved its status
 * comment five times lists the issue's comments once, not six times.
 */
const knownComments = new WeakMap();
const knownKey = (repo, issueNumber, marker) => `${repo.owner}/${repo.repo}#${issueNumber}`.toLowerCase() +
    (typeof marker === 'string' ? `|${marker}` : `|/${marker.source}/${marker.flags}`);
/** A comment written some other way (by id) is read again next time, not taken from memory. */
function forget(client, id) {
    const perClient = knownComments.get(client);
    for (const [key, comment] of perClient ?? [])
        if (comment.id === id)
            perClient?.delete(key);
}
function remember(client, key, comment) {
    if (!(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .isJobScoped */ .kB)(client))
        return;
    let perClient = knownComments.get(client);
    if (!perClient) {
        perClient = new Map();
        knownComments.set(client, perClient);
    }
    // The same comment may be known under another marker (its status marker and its state marker).
    for (const [other, known] of perClient)
        if (known.id === comment.id)
            perClient.set(other, comment);
    perClient.set(key, comment);
}
/**
 * The action's own comment carrying the marker, or undefined. If several of its comments carry it
 * (a race between two jobs), the oldest wins, so every job settles on the same one.
 */
async function findMarkedComment(client, repo, issueNumber, marker, identity) {
    const key = knownKey(repo, issueNumber, marker);
    const known = knownComments.get(client)?.get(key);
    if (known)
        return known;
    const [first] = await listMarkedComments(client, repo, issueNumber, marker, identity, {
        stopAtFirst: true,
    });
    if (first)
        remember(client, key, first);
    return first;
}
/**
 * Creates the action's marked comment, or edits it in place: a re-run updates, never duplicates.
 * The caller embeds the marker in `body`; an identical body is left alone (no request, no edit
 * notification).
 */
async function upsertMarkedComment(client, repo, issueNumber, marker, body, identity, opts = {}) {
    if (!hasMarker(body, marker)) {
        throw new Error(`The comment body for #${issueNumber} does not contain its marker ${String(marker)}. ` +
            'Expected the marker inside the body (it is how the next run finds this comment); add it to the body.');
    }
    const existing = await findMarkedComment(client, repo, issueNumber, marker, identity);
    if (existing && existing.body === body) {
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`Comment ${existing.id} on #${issueNumber} is already up to date.`);
        return { id: existing.id, htmlUrl: existing.htmlUrl, created: false, written: false };
    }
    if (opts.dryRun) {
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`Dry run: would ${existing ? `update comment ${existing.id}` : 'create a comment'} on #${issueNumber}.`);
        return { id: existing?.id ?? 0, htmlUrl: existing?.htmlUrl ?? '', created: !existing, written: false };
    }
    const { data } = existing
        ? await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body })
        : await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    remember(client, knownKey(repo, issueNumber, marker), {
        id: data.id,
        body,
        htmlUrl: data.html_url,
        updatedAt: data.updated_at,
    });
    return { id: data.id, htmlUrl: data.html_url, created: !existing, written: true };
}
/** Creates a comment, or edits the given one; an unchanged body is not written again. */
async function writeComment(client, repo, number, body, existing) {
    if (existing?.body === body)
        return { id: existing.id, htmlUrl: '', written: false };
    if (existing) {
        forget(client, existing.id);
        const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
        return { id: data.id, htmlUrl: data.html_url, written: true };
    }
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body });
    return { id: data.id, htmlUrl: data.html_url, written: true };
}
/** Replaces the body of a comment the caller already found. */
async function updateComment(client, repo, id, body) {
    forget(client, id);
    await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
}
/** Every comment of an issue or pull request, oldest first. */
async function listIssueComments(client, repo, number) {
    const all = await client.paginate(client.rest.issues.listComments, {
        ...repo,
        issue_number: number,
        per_page: 100,
    });
    return all.map((c) => ({
        id: c.id,
        user: c.user ? { login: c.user.login, type: c.user.type } : null,
        createdAt: c.created_at,
        body: c.body ?? '',
    }));
}


/***/ }),

/***/ 1842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ primeDefaultBranch),
/* harmony export */   OR: () => (/* binding */ defaultBranch),
/* harmony export */   j8: () => (/* binding */ primeDefaultBranchFile),
/* harmony export */   sb: () => (/* binding */ readDefaultBranchFile)
/* harmony export */ });
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41);

const defaultBranches = new WeakMap();
const cacheOf = (client) => {
    let perClient = defaultBranches.get(client);
    if (!perClient) {
        perClient = new Map();
        defaultBranches.set(client, perClient);
    }
    return perClient;
};
const keyOf = (repo) => `${repo.owner}/${repo.repo}`.toLowerCase();
/**
 * The repository's default branch: the one the event payload names when given one that does,
 * else asked once per client and repository.
 */
function defaultBranch(client, repo, payload = {}) {
    const fromEvent = (0,_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .eventDefaultBranch */ .Ex)(payload);
    if (fromEvent)
        return Promise.resolve(fromEvent);
    const perClient = cacheOf(client);
    const key = keyOf(repo);
    let branch = perClient.get(key);
    if (!branch) {
        branch = client.rest.repos.get({ ...repo }).then(({ data }) => data.default_branch);
        perClient.set(key, branch);
        branch.catch(() => perClient.delete(key));
    }
    return branch;
}
/**
 * Records a default branch learnt from another query (the policy read at the start of every job
 * asks for it), so that no phase asks for it again.
 */
function primeDefaultBranch(client, repo, name) {
    cacheOf(client).set(keyOf(repo), Promise.resolve(name));
}
const knownFiles = new WeakMap();
/**
 * Records a default-branch file learnt from another query (the policy read at the start of every
 * job asks for the project instructions too), so that reading it costs no request.
 */
function primeDefaultBranchFile(client, repo, path, text) {
    let perClient = knownFiles.get(client);
    if (!perClient) {
        perClient = new Map();
        knownFiles.set(client, perClient);
    }
    perClient.set(`${keyOf(repo)}:${path}`, text);
}
/**
 * A file's text on the default branch, or undefined when it does not exist. Config, prompts and
 * rules are read from there and never from a pull request's head, so a PR cannot rewrite the
 * rules it is reviewed by (DESIGN §8.10).
 */
async function readDefaultBranchFile(client, repo, path) {
    const cleanPath = path.replace(/^\/+/, '');
    const known = knownFiles.get(client);
    const key = `${keyOf(repo)}:${cleanPath}`;
    if (known?.has(key))
        return known.get(key);
    const ref = await defaultBranch(client, repo);
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
/* harmony export */   JJ: () => (/* binding */ isGitHubToken),
/* harmony export */   L1: () => (/* binding */ actionIdentity),
/* harmony export */   Lk: () => (/* binding */ isIdentity),
/* harmony export */   OT: () => (/* binding */ appSlugOf)
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
/**
 * True when the action acts as `GITHUB_TOKEN`. What it pushes and opens then starts no workflow
 * (GitHub's rule against recursive runs), so a repository's CI never runs on its pull requests; a
 * GitHub App token (`<app-slug>[bot]`) or a user's token does not have that limit.
 */
function isGitHubToken(identity) {
    return identity.type === 'Bot' && identity.login.toLowerCase() === GITHUB_ACTIONS_BOT.login;
}
/** The app slug of a bot identity (`my-app[bot]` → `my-app`); undefined for a user. */
function appSlugOf(identity) {
    return identity.type === 'Bot' ? identity.login.replace(/\[bot\]$/i, '').toLowerCase() : undefined;
}
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

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ readIssue),
/* harmony export */   R7: () => (/* binding */ issueBasics),
/* harmony export */   qB: () => (/* binding */ getIssue)
/* harmony export */ });
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7448);

/** An issue, or undefined when it does not exist or is a pull request. */
async function getIssue(client, repo, number) {
    try {
        const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
        if (data.pull_request)
            return undefined;
        return {
            title: data.title,
            body: data.body ?? '',
            labels: (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .labelNames */ .l3)(data.labels),
            comments: data.comments,
        };
    }
    catch (error) {
        if ([404, 410].includes(error.status ?? 0))
            return undefined;
        throw error;
    }
}
/** `GET /repos/{owner}/{repo}/issues/{n}`: an issue or a pull request; throws when there is neither. */
async function readIssue(client, repo, number) {
    const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
    return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        state: data.state === 'open' ? 'open' : 'closed',
        isPull: Boolean(data.pull_request),
        labels: (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .labelNames */ .l3)(data.labels),
        author: data.user ? { login: data.user.login, type: data.user.type } : null,
        comments: data.comments,
    };
}
/** What every reader takes from a REST issue: its number, text, state and label names. */
const issueBasics = (i) => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    labels: (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .labelNames */ .l3)(i.labels),
});


/***/ }),

/***/ 7448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ addLabels),
/* harmony export */   VD: () => (/* binding */ LIFECYCLE),
/* harmony export */   Zw: () => (/* binding */ setLifecycleLabel),
/* harmony export */   cV: () => (/* binding */ ensureLabels),
/* harmony export */   l3: () => (/* binding */ labelNames),
/* harmony export */   tA: () => (/* binding */ removeLabel)
/* harmony export */ });
/* unused harmony exports LIFECYCLE_STATES, labelDefinitions, lifecycleStateOf */
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
/** The names of an issue's labels as the REST API lists them (a name, or an object with one). */
const labelNames = (labels) => labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
/** The lifecycle state shown by a set of label names (the first state label found), if any. */
function lifecycleStateOf(labels, prefix) {
    const names = LIFECYCLE(prefix);
    const set = new Set(labels.map((l) => l.toLowerCase()));
    return LIFECYCLE_STATES.find((state) => set.has(names[state].toLowerCase()));
}
/**
 * Creates the action's labels that the repository lacks; existing ones (and their colours) are left
 * alone. In a dry run nothing is created and `missing` names what would be.
 */
async function ensureLabels(client, repo, prefix, opts = {}) {
    const present = new Set((await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 })).map((l) => l.name.toLowerCase()));
    const created = [];
    const existing = [];
    const missing = [];
    for (const def of labelDefinitions(prefix)) {
        if (present.has(def.name.toLowerCase())) {
            existing.push(def.name);
            continue;
        }
        if (opts.dryRun) {
            missing.push(def.name);
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
    return { created, existing, missing };
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

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ WRITE_ROLES),
/* harmony export */   Vo: () => (/* binding */ collaboratorRole),
/* harmony export */   e8: () => (/* binding */ accountType)
/* harmony export */ });
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
/** The account type of a login, or undefined when there is no such account. */
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
/** Repository roles that may make the action work. */
const WRITE_ROLES = ['admin', 'maintain', 'write'];


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ getPull),
/* harmony export */   JL: () => (/* binding */ createDraftPull),
/* harmony export */   Qg: () => (/* binding */ findOwnReview),
/* harmony export */   aT: () => (/* binding */ markReadyForReview),
/* harmony export */   bx: () => (/* binding */ createReview),
/* harmony export */   i5: () => (/* binding */ requestReviewers),
/* harmony export */   pG: () => (/* binding */ listPullFiles),
/* harmony export */   pM: () => (/* binding */ findPull),
/* harmony export */   pZ: () => (/* binding */ updatePull),
/* harmony export */   xU: () => (/* binding */ findBranchPull)
/* harmony export */ });
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7369);

/** `GET /repos/{owner}/{repo}/pulls/{n}`, with the labels the lifecycle update needs. */
async function getPull(client, repo, number) {
    const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
    return { ...data, labels: data.labels.map((l) => l.name) };
}
/** Every changed file of the PR (`GET /pulls/{n}/files`, paginated; GitHub lists at most 3000). */
async function listPullFiles(client, repo, number) {
    const files = await client.paginate(client.rest.pulls.listFiles, {
        ...repo,
        pull_number: number,
        per_page: 100,
    });
    return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        patch: f.patch,
        previous_filename: f.previous_filename,
    }));
}
/**
 * The action's own PR review for this cycle and commit, found by the marker in its body, so a
 * re-run does not post a second one. Only reviews by the action's identity count.
 */
async function findOwnReview(client, repo, number, marker, identity) {
    const reviews = await client.paginate(client.rest.pulls.listReviews, {
        ...repo,
        pull_number: number,
        per_page: 100,
    });
    const own = reviews.find((r) => (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentity */ .Lk)(r.user, identity) && (r.body ?? '').includes(marker));
    return own ? { id: own.id } : undefined;
}
/** Posts the PR review (always event COMMENT: the action never approves and never requests changes). */
async function createReview(client, repo, number, payload) {
    const { data } = await client.rest.pulls.createReview({ ...repo, pull_number: number, ...payload });
    return { id: data.id, htmlUrl: data.html_url };
}
/** Turns a draft PR into one ready for review (there is no REST endpoint for this, only GraphQL). */
async function markReadyForReview(client, pullRequestNodeId) {
    await client.graphql('mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }', { id: pullRequestNodeId });
}
/** Requests reviews from the configured people and teams, leaving out the PR's author (GitHub refuses them). */
async function requestReviewers(client, repo, number, request) {
    const users = request.users.filter((u) => u.toLowerCase() !== request.author?.toLowerCase());
    const teams = [...request.teams];
    if (users.length === 0 && teams.length === 0)
        return { users, teams };
    await client.rest.pulls.requestReviewers({
        ...repo,
        pull_number: number,
        reviewers: users,
        team_reviewers: teams,
    });
    return { users, teams };
}
/** The PR whose head is the branch (open first, then the newest closed one); a re-run finds it again. */
async function findBranchPull(client, repo, branch) {
    const pulls = await client.paginate(client.rest.pulls.list, {
        ...repo,
        head: `${repo.owner}:${branch}`,
        state: 'all',
        per_page: 100,
    });
    const pick = pulls.find((p) => p.state === 'open') ?? pulls.sort((a, b) => b.number - a.number)[0];
    if (!pick)
        return undefined;
    return {
        number: pick.number,
        state: pick.state === 'open' ? 'open' : 'closed',
        merged: Boolean(pick.merged_at),
        draft: Boolean(pick.draft),
        htmlUrl: pick.html_url,
    };
}
/** Opens a draft PR of `branch` into `base`. */
async function createDraftPull(client, repo, pull) {
    const { data } = await client.rest.pulls.create({
        ...repo,
        head: pull.branch,
        base: pull.base,
        title: pull.title,
        body: pull.body,
        draft: true,
    });
    return { number: data.number, htmlUrl: data.html_url };
}
/** Replaces a PR's body, reopening it when it was closed without a merge. */
async function updatePull(client, repo, number, update) {
    const { data } = await client.rest.pulls.update({
        ...repo,
        pull_number: number,
        body: update.body,
        ...(update.reopen ? { state: 'open' } : {}),
    });
    return { number: data.number, htmlUrl: data.html_url };
}
/** A pull request, or undefined when there is none of that number. */
async function findPull(client, repo, number) {
    try {
        return await getPull(client, repo, number);
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   om: () => (/* binding */ safeLine),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony export clip */
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1373);
/** Markdown building blocks for everything the action posts: escaping for cells, fences and untrusted text. */

/** Escapes text for one markdown table cell: no pipes or line breaks may leave the cell. */
const cell = (text) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** A fence longer than any backtick run inside `text`, so a code block cannot be closed early. */
function fenceFor(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return '`'.repeat(longest + 1);
}
/** `text` clipped to `maxLength` characters, with `…` when something was cut. */
const clip = (text, maxLength) => text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
/**
 * Text from the model (or the issue) shown in something the action posts: clipped first, then
 * rendered with `renderModelMarkdown` (src/safety/markdown.ts), so it cannot open or close the
 * action's hidden blocks, load an image or mention anyone, and code in it stays as written.
 * Clipping first means a fence cut open is closed by the rendering, not left to swallow the rest.
 */
function safeText(text, maxLength = 2000) {
    return (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderModelMarkdown */ .pX)(clip(text, maxLength));
}
/** {@link safeText} for one line (a list item, a heading, a table cell): line breaks become spaces. */
function safeLine(text, maxLength = 500) {
    return (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderModelLine */ .G)(clip(text.replace(/\s*\r?\n\s*/g, ' '), maxLength));
}
/**
 * Text the action did not write (a docs item's id or file name) as one inline code span: line
 * breaks and other whitespace runs become one space (a line break inside a span would let the next
 * line start a heading, a list or a fence of its own), the span's backticks are longer than any run
 * inside, and the text is kept as written but for invisible characters and the action's marker
 * prefix ({@link renderModelCode}). In a table cell, pass `cell` to escape `|` as well.
 */
function inlineCode(text, options = {}) {
    const flat = (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderModelCode */ .rk)(clip(text.replace(/\s+/g, ' ').trim(), options.max ?? 200));
    const ticks = '`'.repeat(Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    const span = `${ticks}${pad}${flat || ' '}${pad}${ticks}`;
    return options.cell ? span.replace(/\|/g, '\\|') : span;
}


/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vi: () => (/* binding */ bindKey),
/* harmony export */   XF: () => (/* binding */ BlockKey),
/* harmony export */   lA: () => (/* binding */ blockContext),
/* harmony export */   wN: () => (/* binding */ jobSecret)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// The action keeps what it must read back (the item's state, the stored review) in hidden blocks of
// its own comments, and trusts only comments by its own identity. With the default token that
// identity, `github-actions[bot]`, is shared by every workflow of the repository: one that posts or
// edits a comment with text it was given can write a block too. A checksum does not help (whoever
// writes the block can recompute it), so each block carries an HMAC-SHA256 keyed from a secret the
// job holds, over exactly the bytes read back plus what the block is about (the repository, the
// item or pull request, for a review its cycle and head commit), so a genuine block copied onto
// another item or cycle does not authenticate either.
/** HKDF's info label: the same secret keys the session store (session-cipher.ts) under another label. */
const INFO = Buffer.from('codex-orchestrator block mac v1', 'utf8');
/**
 * The secret a job's keys derive from: the dedicated `session-key` when set, else the model key.
 * Empty when the job holds neither (a custom endpoint without a key): blocks are then unkeyed.
 */
const jobSecret = (inputs) => inputs.sessionKey || inputs.openaiApiKey;
/**
 * The key hidden blocks are authenticated with. The key bytes are a private field: the object can
 * be passed around (it rides on the action's identity) without the key showing in a log or a
 * JSON dump.
 */
class BlockKey {
    #key;
    constructor(key) {
        this.#key = key;
    }
    /** The key derived from `secret`; undefined for an empty secret (the job holds none). */
    static fromSecret(secret) {
        if (!secret)
            return undefined;
        return new BlockKey(Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hkdfSync)('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), INFO, 32)));
    }
    /**
     * The MAC (64 hex digits) of `text` for `context`. The context is length-prefixed, so no split
     * of the same bytes between context and text gives the same MAC.
     */
    sign(context, text) {
        const head = Buffer.from(context, 'utf8');
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', this.#key)
            .update(`${head.length}:`)
            .update(head)
            .update(text, 'utf8')
            .digest('hex');
    }
    /** Whether `tag` is the MAC of `text` for `context`, compared in constant time. */
    verify(context, text, tag) {
        if (!/^[0-9a-f]{64}$/.test(tag))
            return false;
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(Buffer.from(this.sign(context, text), 'hex'), Buffer.from(tag, 'hex'));
    }
}
/** `key` bound to `context` (see {@link blockContext}). */
const bindKey = (key, context) => ({
    sign: (text) => key.sign(context, text),
    verify: (text, tag) => key.verify(context, text, tag),
});
/**
 * What a block is about, as the context its MAC covers: its kind and format version, the
 * repository (lowercased: GitHub's names are case-insensitive), then `fields` in the order given.
 */
function blockContext(kind, repo, fields) {
    const lines = [`codex-orchestrator ${kind} v1`, `repo=${repo.owner}/${repo.repo}`.toLowerCase()];
    for (const [name, value] of Object.entries(fields))
        lines.push(`${name}=${value}`);
    return lines.join('\n');
}


/***/ }),

/***/ 2864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ itemCapReached),
/* harmony export */   MI: () => (/* binding */ estimateCostUsd),
/* harmony export */   P9: () => (/* binding */ describeCost),
/* harmony export */   ch: () => (/* binding */ costCell)
/* harmony export */ });
/* harmony import */ var _agent_pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3111);

/**
 * Why the item may start no further model run: its token or cost cap (DESIGN §8.9) is reached by
 * what every phase has spent on it so far, or a cost cap is set and a model the phase would run
 * has no price (fail closed: a cap that cannot be measured is not kept by guessing). Undefined
 * while it may run. Checked before each run, so one run can go past a cap; the next one does not
 * start.
 */
function itemCapReached(usage, config, planned = []) {
    const tokens = usage.inputTokens + usage.outputTokens;
    const tokenCap = config.budgets['item-token-cap'];
    if (tokenCap !== null && tokens >= tokenCap) {
        return `The item has used ${tokens} tokens, reaching budgets.item-token-cap (${tokenCap}). Raise the cap or split the item, then comment /codex retry.`;
    }
    const costCap = config.budgets['item-cost-cap-usd'];
    if (costCap === null)
        return undefined;
    const cost = estimateCostUsd(usage, config.pricing);
    if (cost >= costCap) {
        return `The item has cost an estimated $${cost.toFixed(2)}, reaching budgets.item-cost-cap-usd ($${costCap}). Raise the cap or split the item, then comment /codex retry.`;
    }
    const unpriced = planned.find((p) => !p.priced);
    if (unpriced) {
        const which = unpriced.model
            ? `the model '${unpriced.model}' (${unpriced.runtime}) has no price`
            : `the ${unpriced.runtime} runtime's model is not known in advance (set the model input)`;
        return `budgets.item-cost-cap-usd ($${costCap}) is set, but ${which}, so the cap could not be kept: no run was started. Price it in the config (pricing.models), choose a model of the price table (README, Runtimes), or remove the cost cap.`;
    }
    return undefined;
}
/**
 * The priced part of a usage in USD: the per-run costs summed into it (each run at its model's
 * price, src/agent/pricing.ts). A usage recorded before runs were priced one by one has none and
 * is estimated as a whole at the config's flat price, else the old default price.
 */
function estimateCostUsd(usage, pricing) {
    if (usage.costUsd !== undefined)
        return usage.costUsd;
    const price = (0,_agent_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .flatPrice */ .BX)(pricing) ?? _agent_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_PRICE */ .oH;
    return (0,_agent_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .costUsd */ .O4)(price, {
        input: Math.max(0, usage.inputTokens - usage.cachedInputTokens),
        cacheRead: usage.cachedInputTokens,
        cacheWrite: 0,
        cacheWrite1h: 0,
        output: usage.outputTokens,
    });
}
/**
 * The cost for people: "est. $0.12", or, when some tokens were spent on a model without a price,
 * "cost unknown (1,234 tokens on an unpriced model; $0.12 priced)". Never $0 for an unknown cost.
 */
function describeCost(usage, pricing) {
    const cost = estimateCostUsd(usage, pricing);
    const unpriced = usage.unpricedTokens ?? 0;
    if (unpriced === 0)
        return `est. $${cost.toFixed(2)}`;
    const priced = cost > 0 ? `; $${cost.toFixed(2)} priced` : '';
    return `cost unknown (${unpriced.toLocaleString('en-US')} tokens on an unpriced model${priced})`;
}
/**
 * An item's cost in a table (the dashboard, the retro): "$0.12" when every token was priced, else
 * {@link describeCost}'s "cost unknown (…; $0.12 priced)": the priced part alone is never the cost.
 */
function costCell(costUsd, unpricedTokens = 0) {
    if (unpricedTokens === 0)
        return `$${costUsd.toFixed(2)}`;
    return describeCost({
        inputTokens: 0,
        cachedInputTokens: 0,
        outputTokens: 0,
        reasoningOutputTokens: 0,
        costUsd,
        unpricedTokens,
    }, undefined);
}


/***/ }),

/***/ 8419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ UntrustedStateError),
/* harmony export */   Md: () => (/* binding */ encodeState),
/* harmony export */   UJ: () => (/* binding */ decodeState),
/* harmony export */   qq: () => (/* binding */ StateError),
/* harmony export */   yX: () => (/* binding */ STATUS_MARKER)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9257);

/** Marks the one status comment of a work item (DESIGN §3). */
const STATUS_MARKER = '<!-- codex-orchestrator:status -->';
const STATE_OPEN = '<!-- codex-orchestrator:state ';
const STATE_CLOSE = ' -->';
/** The hidden state could not be read: corrupt JSON, a schema mismatch, or a newer version. */
class StateError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'StateError';
    }
}
/**
 * The hidden state does not authenticate under the job's key: written without one (before the
 * MAC existed, or by a job without a secret), with another key, edited, or not written by the
 * action at all (another workflow posting as the same bot). It is not read.
 */
class UntrustedStateError extends StateError {
    constructor(message) {
        super(message);
        this.name = 'UntrustedStateError';
    }
}
const TAG = /^hmac-sha256=([0-9a-f]{64}) /;
/**
 * Serialises the state as a hidden HTML comment. JSON may hold `-->`, `--!>` or `<!--` inside
 * strings, which would end (or confuse) the comment; `<`, `>` and every `-` of a `--` run are
 * therefore written as \u escapes. `--` can only occur inside strings (a number never holds two
 * minus signs in a row), so the escapes are always valid JSON and parse back to the same text.
 * With `auth`, the JSON text as written is preceded by its MAC: `hmac-sha256=<hex> {…}`.
 */
function encodeState(state, auth) {
    const json = JSON.stringify(state)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/-(?=-)/g, '\\u002d');
    const tag = auth ? `hmac-sha256=${auth.sign(json)} ` : '';
    return `${STATE_OPEN}${tag}${json}${STATE_CLOSE}`;
}
/**
 * Reads the hidden state out of a status comment's body; undefined when the body holds none.
 * Only call this on a comment written by the action's own identity (see store.ts). With `auth`
 * (the job holds a key) the state's MAC must verify, else UntrustedStateError: the MAC is checked
 * on exactly the text that is then parsed. Without one, a state is read with or without a MAC
 * (nothing to check it with: the identity is all that is trusted). `where` names the comment in
 * error messages.
 */
function decodeState(body, where, auth) {
    // The rendered visible part never contains `<!--` (status.ts escapes `<`), so the last marker is ours.
    const start = body.lastIndexOf(STATE_OPEN);
    if (start < 0)
        return undefined;
    const end = body.indexOf('-->', start + STATE_OPEN.length);
    const inside = end < 0 ? undefined : body.slice(start + STATE_OPEN.length, end).trim();
    const tag = inside === undefined ? undefined : TAG.exec(inside);
    if (auth && (!tag || !auth.verify(inside.slice(tag[0].length), tag[1]))) {
        throw new UntrustedStateError(`The hidden state in ${where} does not authenticate under this job's key (session-key, else openai-api-key): ` +
            (tag
                ? 'it was edited, written with another key, or written by another workflow posting as the same bot.'
                : 'it carries no MAC (written before the MAC existed, by a job without a key, or by another workflow posting as the same bot).'));
    }
    if (inside === undefined)
        throw new StateError(`The hidden state in ${where} is not closed with '-->'. ${FIX}`);
    const text = tag ? inside.slice(tag[0].length) : inside;
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new StateError(`The hidden state in ${where} is not valid JSON. ${FIX}`, { cause: error });
    }
    const version = raw?.version;
    if (typeof version === 'number' && Number.isInteger(version) && version > _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_VERSION */ .nd) {
        throw new StateError(`The hidden state in ${where} has version ${version}, but this version of codex-orchestrator ` +
            `reads version ${_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_VERSION */ .nd} only. A newer release of the action wrote it: use that release ` +
            `(or newer) in this workflow, or delete the status comment to start the item over.`);
    }
    if (version !== _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_VERSION */ .nd) {
        throw new StateError(`The hidden state in ${where} has version ${JSON.stringify(version)}; expected ${_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_VERSION */ .nd}. ${FIX}`);
    }
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .itemStateSchema */ .U5.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
        throw new StateError(`The hidden state in ${where} is invalid: ${problems.join('; ')}. ${FIX}`);
    }
    return parsed.data;
}
const FIX = 'Delete the status comment to start the item over (the branch and PR are kept).';


/***/ }),

/***/ 2341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* reexport safe */ _budget_js__WEBPACK_IMPORTED_MODULE_0__.A3),
/* harmony export */   CJ: () => (/* reexport safe */ _transitions_js__WEBPACK_IMPORTED_MODULE_3__.CJ),
/* harmony export */   Ng: () => (/* reexport safe */ _transitions_js__WEBPACK_IMPORTED_MODULE_3__.Ng),
/* harmony export */   Rh: () => (/* reexport safe */ _transitions_js__WEBPACK_IMPORTED_MODULE_3__.Rh),
/* harmony export */   i3: () => (/* reexport safe */ _transitions_js__WEBPACK_IMPORTED_MODULE_3__.i3),
/* harmony export */   kE: () => (/* reexport safe */ _transitions_js__WEBPACK_IMPORTED_MODULE_3__.kE),
/* harmony export */   qq: () => (/* reexport safe */ _codec_js__WEBPACK_IMPORTED_MODULE_1__.qq),
/* harmony export */   rY: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_2__.rY),
/* harmony export */   v1: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_2__.v1),
/* harmony export */   x9: () => (/* reexport safe */ _schema_js__WEBPACK_IMPORTED_MODULE_2__.x9)
/* harmony export */ });
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2864);
/* harmony import */ var _codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8419);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9257);
/* harmony import */ var _transitions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2649);
/** The state of a work item (DESIGN §3): the public API for phases. */






/***/ }),

/***/ 9257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nd: () => (/* binding */ STATE_VERSION),
  v1: () => (/* binding */ issueOf),
  x9: () => (/* binding */ itemRef),
  U5: () => (/* binding */ itemStateSchema),
  rY: () => (/* binding */ newItemState)
});

// UNUSED EXPORTS: clarificationSchema, criterionSchema, devProgressSchema, escalationSchema, itemKeySchema, itemStatusSchema, planStateSchema, statePhaseSchema, timelineEntrySchema, usageSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/status.ts
const PHASE_STATUSES = [
    'complete',
    'tests_failed',
    'needs_clarification',
    'needs_decomposition',
    'changes_required',
    'pass',
    'blocked',
    'skipped',
    'error',
];

;// CONCATENATED MODULE: ./src/state/schema.ts



/**
 * Version of the hidden state JSON. Bump it when a field changes meaning; a newer version than
 * this code knows is refused with a clear error rather than half-read.
 */
const STATE_VERSION = 1;
const count = schemas/* number */.aig().int().nonnegative();
const iso = schemas/* string */.YjP().min(1);
const login = schemas/* string */.YjP().min(1);
const STATE_PHASES = [
    'control',
    ...inputs/* PHASES */.ZG.filter((p) => p !== 'auto'),
];
const statePhaseSchema = schemas/* enum */.k5n(STATE_PHASES);
/** `new` before any phase ran, `running` while one runs, else the last phase's result. */
/** `cancelled`: the job was cancelled while the phase ran; a re-run continues from the state. */
const itemStatusSchema = schemas/* enum */.k5n(['new', 'running', 'cancelled', ...PHASE_STATUSES]);
const usageSchema = schemas/* object */.Ikc({
    inputTokens: count,
    cachedInputTokens: count,
    outputTokens: count,
    reasoningOutputTokens: count,
    /** USD of the priced runs (src/agent/pricing.ts); absent from states written before runs were priced. */
    costUsd: schemas/* number */.aig().nonnegative().optional(),
    /** Tokens of runs on a model without a price: the item's cost is then unknown, never shown as 0. */
    unpricedTokens: count.optional(),
});
/**
 * A work item's key: the issue number on GitHub, the docs file's `id` in the local tracker. Docs ids
 * are checked when the backlog is read; here a string key is one line of printable characters, safe
 * in a file name, a branch name and a code span.
 */
const itemKeySchema = schemas/* union */.KCZ([
    schemas/* number */.aig().int().positive(),
    schemas/* string */.YjP()
        .min(1)
        .max(100)
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an item id of letters, digits, dot, underscore and hyphen'),
]);
/** How people read an item's key: `#12` for an issue, the id itself for a docs item. */
const itemRef = (item) => (typeof item === 'number' ? `#${item}` : item);
/**
 * The issue number of an item the GitHub tracker works on. Its states are read only from status
 * comments, whose item is the issue they sit on, so a docs id here is a bug, not an input.
 */
function issueOf(state) {
    if (typeof state.item !== 'number')
        throw new TypeError(`Expected an issue number, got the docs id '${state.item}'.`);
    return state.item;
}
/** One line of the phase timeline shown in the status comment. */
const timelineEntrySchema = schemas/* object */.Ikc({
    phase: statePhaseSchema,
    status: itemStatusSchema,
    /** ISO time the entry was written. */
    at: iso,
    runUrl: schemas/* string */.YjP().nullable(),
    /** Short reason for people (why skipped/blocked, what happened). */
    note: schemas/* string */.YjP().nullable(),
});
/** One acceptance criterion and its progress. `commit` is the sha of the commit that met it. */
const criterionSchema = schemas/* object */.Ikc({
    text: schemas/* string */.YjP().min(1),
    done: schemas/* boolean */.zMY(),
    commit: schemas/* string */.YjP().nullable(),
});
const planStateSchema = schemas/* object */.Ikc({
    summary: schemas/* string */.YjP(),
    risks: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** ISO time the plan was accepted (status `ready`). */
    plannedAt: iso,
});
const clarificationSchema = schemas/* object */.Ikc({
    /** 1 for the first round of questions, +1 for each re-plan that asked again. */
    round: schemas/* number */.aig().int().positive(),
    questions: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** ISO time the questions were posted (shown to people). */
    askedAt: iso,
    /**
     * The newest comment id on the issue once the questions were posted: later comments are the
     * answers. Ids, not times: GitHub's comment ids only grow, and the runner's clock is not GitHub's.
     */
    afterCommentId: count,
});
const escalationSchema = schemas/* object */.Ikc({
    /** Commands the agent ran (or tried) outside the allow-list. */
    commands: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** Changed paths that match a protected-path glob. */
    paths: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** The phase that escalated and must run again once approved (`dev` or `fix`). */
    phase: statePhaseSchema,
    raisedAt: iso,
    /** Set by `/codex approve` from a write-access user: the escalation above may go through. */
    approvedBy: login.nullable(),
    approvedAt: iso.nullable(),
});
/** Where dev stopped, so that a re-run continues rather than starts over. */
const devProgressSchema = schemas/* object */.Ikc({
    /** Model runs spent on this item so far (bounded by `max-iterations`). */
    iterations: count,
    /** Index into `criteria` of the criterion in progress, or null between criteria. */
    current: count.nullable(),
    /** The last dev result: complete | tests_failed | needs_decomposition | error. */
    result: schemas/* enum */.k5n(['complete', 'tests_failed', 'needs_decomposition', 'error']).nullable(),
    /** Tail of the last verification output (shown to people, given back to Codex). */
    verifyOutput: schemas/* string */.YjP().nullable(),
});
const itemStateSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(STATE_VERSION),
    /** The work item: its issue number (GitHub), or its docs id (the local tracker). */
    item: itemKeySchema,
    /** The last phase that started (null before any). */
    phase: statePhaseSchema.nullable(),
    status: itemStatusSchema,
    /** How many times `phase` has started in a row (1 on its first run). */
    attempt: count,
    reviewCycle: count,
    branch: schemas/* string */.YjP().nullable(),
    pr: schemas/* number */.aig().int().positive().nullable(),
    headSha: schemas/* string */.YjP().nullable(),
    /** Codex thread ids by role, e.g. `plan`, `dev:2` (criterion index), `review`, `fix`. */
    threads: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    consecutiveFailures: count,
    /** Tokens spent on this item across all phases. */
    usage: usageSchema,
    /** Fingerprints (`finding.id`) of the last review's findings, to notice when they come back. */
    reviewFingerprints: schemas/* array */.YOg(schemas/* string */.YjP()),
    plan: planStateSchema.nullable(),
    /** Acceptance criteria from the plan, with per-criterion progress. */
    criteria: schemas/* array */.YOg(criterionSchema),
    clarification: clarificationSchema.nullable(),
    /** Sub-issues created when the item was decomposed. */
    subIssues: schemas/* array */.YOg(schemas/* number */.aig().int().positive()),
    /** `/codex approve` of the plan (plan → dev). */
    approval: schemas/* object */.Ikc({ by: login, at: iso }).nullable(),
    escalation: escalationSchema.nullable(),
    dev: devProgressSchema,
    /** Set by `/codex stop`; cleared by `/codex resume`. Phases skip a stopped item. */
    stopped: schemas/* object */.Ikc({ by: login, at: iso }).nullable(),
    /**
     * Set when a person merged the item's pull request: the item is done (`<prefix>:done`). Absent
     * from states written before it existed, hence the default.
     */
    merged: schemas/* object */.Ikc({ pr: schemas/* number */.aig().int().positive(), by: login, at: iso }).nullable().default(null),
    /**
     * Set by the scan when it claims the item and dispatches `phase`: while no newer timeline entry
     * shows a run behind it, the item counts as in progress; a claim older than the phase timeout
     * is released by the next scan. Absent from states written before it existed.
     */
    claim: schemas/* object */.Ikc({ runUrl: schemas/* string */.YjP(), at: iso, phase: statePhaseSchema }).nullable().default(null),
    /**
     * The item's last Codex thread (the last dev or fix run), which fix resumes, and whether its
     * session went to the encrypted store (src/work/sessions.ts). Absent from older states.
     */
    session: schemas/* object */.Ikc({ threadId: schemas/* string */.YjP().min(1), phase: statePhaseSchema, stored: schemas/* boolean */.zMY(), at: iso })
        .nullable()
        .default(null),
    /**
     * The last fix round: the review cycle it answered, the findings it claimed to fix (to notice
     * them coming back), its summary (given to the next round), its commit. Absent from older states.
     */
    fix: schemas/* object */.Ikc({
        cycle: count,
        rounds: count,
        claimed: schemas/* array */.YOg(schemas/* string */.YjP()),
        summary: schemas/* string */.YjP().nullable(),
        commit: schemas/* string */.YjP().nullable(),
    })
        .nullable()
        .default(null),
    /** What a human must do next; null when nothing is needed. Shown in bold in the comment. */
    nextAction: schemas/* string */.YjP().nullable(),
    /** Newest last; capped so the comment stays below GitHub's size limit. */
    timeline: schemas/* array */.YOg(timelineEntrySchema),
});
/** The state of an item no phase has touched yet. */
function newItemState(item) {
    return {
        version: STATE_VERSION,
        item,
        phase: null,
        status: 'new',
        attempt: 0,
        reviewCycle: 0,
        branch: null,
        pr: null,
        headSha: null,
        threads: {},
        consecutiveFailures: 0,
        usage: { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, reasoningOutputTokens: 0 },
        reviewFingerprints: [],
        plan: null,
        criteria: [],
        clarification: null,
        subIssues: [],
        approval: null,
        escalation: null,
        dev: { iterations: 0, current: null, result: null, verifyOutput: null },
        stopped: null,
        merged: null,
        claim: null,
        session: null,
        fix: null,
        nextAction: null,
        timeline: [],
    };
}


/***/ }),

/***/ 2649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ startPhase),
/* harmony export */   Ng: () => (/* binding */ finishPhase),
/* harmony export */   Rh: () => (/* binding */ noteEvent),
/* harmony export */   i3: () => (/* binding */ replaceCriteria),
/* harmony export */   kE: () => (/* binding */ addItemUsage)
/* harmony export */ });
/* unused harmony export TIMELINE_LIMIT */
/* harmony import */ var _agent_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16);

/** Timeline entries kept in the state; older ones are dropped so the comment stays small. */
const TIMELINE_LIMIT = 30;
/** Results that count towards `consecutiveFailures` (and the scan's early exit). */
const FAILURES = new Set(['error', 'blocked', 'tests_failed']);
/** Results that show the item moved forward, which resets `consecutiveFailures`. */
const PROGRESS = new Set(['complete', 'pass', 'changes_required']);
const isoNow = (now) => (now ?? new Date()).toISOString();
function pushTimeline(state, entry) {
    return [...state.timeline, entry].slice(-TIMELINE_LIMIT);
}
/**
 * Marks a phase as running: `attempt` counts consecutive starts of the same phase, and a
 * `running` line is added to the timeline (replaced by finishPhase).
 */
function startPhase(state, phase, when = {}) {
    return {
        ...state,
        phase,
        status: 'running',
        attempt: state.phase === phase ? state.attempt + 1 : 1,
        timeline: pushTimeline(state, {
            phase,
            status: 'running',
            at: isoNow(when.now),
            runUrl: when.runUrl ?? null,
            note: null,
        }),
    };
}
/**
 * Records a phase's result. The phase's `running` line becomes the result line, so the timeline
 * shows one line per run. `nextAction` replaces what a human must do next (null: nothing).
 */
function finishPhase(state, phase, status, details) {
    const entry = {
        phase,
        status,
        at: isoNow(details.now),
        runUrl: details.runUrl ?? null,
        note: details.note ?? null,
    };
    const last = state.timeline.at(-1);
    const timeline = last && last.phase === phase && last.status === 'running'
        ? [...state.timeline.slice(0, -1), { ...entry, runUrl: entry.runUrl ?? last.runUrl }]
        : pushTimeline(state, entry);
    let consecutiveFailures = state.consecutiveFailures;
    if (FAILURES.has(status))
        consecutiveFailures += 1;
    else if (PROGRESS.has(status))
        consecutiveFailures = 0;
    return { ...state, phase, status, timeline, consecutiveFailures, nextAction: details.nextAction };
}
/** Adds one run's usage to the item's total. */
function addItemUsage(state, usage) {
    return { ...state, usage: (0,_agent_types_js__WEBPACK_IMPORTED_MODULE_0__/* .addUsage */ .v)(state.usage, usage) };
}
/**
 * Replaces the criteria with a new plan's, keeping progress on criteria whose text did not change
 * (a re-plan after partial dev work must not forget what was already committed).
 */
function replaceCriteria(state, texts) {
    const previous = new Map(state.criteria.map((c) => [normalise(c.text), c]));
    const criteria = texts.map((text) => {
        const old = previous.get(normalise(text));
        return { text, done: old?.done ?? false, commit: old?.commit ?? null };
    });
    return { ...state, criteria };
}
const normalise = (text) => text.trim().replace(/\s+/g, ' ').toLowerCase();
/**
 * Adds a `control` line to the timeline (an approval, a stop) without changing the item's phase
 * or status, so that `/codex retry` still knows which phase ran last.
 */
function noteEvent(state, note, runUrl, now) {
    return {
        ...state,
        timeline: pushTimeline(state, {
            phase: 'control',
            status: 'complete',
            at: isoNow(now),
            runUrl: runUrl ?? null,
            note,
        }),
    };
}


/***/ }),

/***/ 2762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JR: () => (/* binding */ loadItemState),
  n5: () => (/* binding */ renderWithinLimit),
  kL: () => (/* binding */ saveItemState),
  sl: () => (/* binding */ stateAuth)
});

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/state/budget.ts
var budget = __webpack_require__(2864);
// EXTERNAL MODULE: ./src/state/codec.ts
var codec = __webpack_require__(8419);
// EXTERNAL MODULE: ./src/report/icons.ts
var icons = __webpack_require__(3216);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/status.ts




/** Timeline rows shown in the comment (the state keeps a few more). */
const TIMELINE_ROWS = 12;
/** One line of text for list items and table cells. */
const inline = (text, maxLength = 500) => (0,markdown/* safeLine */.om)(text, maxLength).replace(/\|/g, '\\|');
const code = (text) => `\`${text.replace(/`/g, "'")}\``;
const formatNumber = (n) => n.toLocaleString('en-US');
/** Renders the whole status comment: marker, visible progress, hidden state (DESIGN §3). */
function renderStatusComment(state, options) {
    return `${renderStatusVisible(state, options)}\n\n${encodeState(state)}`;
}
/**
 * The visible part of the status comment (the marker first): what src/item/store.ts cuts to fit
 * GitHub's limit, keeping the hidden state whole.
 */
function renderStatusVisible(state, options) {
    const parts = [codec/* STATUS_MARKER */.yX, `## codex-orchestrator · #${state.item}`, headline(state)];
    if (options.notice)
        parts.push(options.notice);
    parts.push(state.nextAction
        ? `**What a human must do next:** ${inline(state.nextAction, 1000)}`
        : '**What a human must do next:** nothing for now.');
    if (state.stopped) {
        parts.push(`🛑 Stopped by ${code(state.stopped.by)} at ${state.stopped.at}: comment \`/codex resume\` to continue.`);
    }
    if (state.plan)
        parts.push(`### Plan\n${(0,markdown/* safeText */.Hk)(state.plan.summary, 4000)}`);
    if (state.status === 'needs_clarification' && state.clarification) {
        const questions = state.clarification.questions.map((q, i) => `${i + 1}. ${inline(q)}`);
        parts.push(`### Open questions (round ${state.clarification.round})\n${questions.join('\n')}`);
    }
    if (state.criteria.length > 0) {
        const done = state.criteria.filter((c) => c.done).length;
        const rows = state.criteria.map((c, i) => {
            const mark = c.done ? 'x' : ' ';
            const commit = c.commit ? ` (${code(c.commit.slice(0, 7))})` : '';
            const current = !c.done && state.dev.current === i ? ' ⏳' : '';
            return `- [${mark}] ${inline(c.text)}${commit}${current}`;
        });
        parts.push(`### Acceptance criteria — ${done}/${state.criteria.length} done\n${rows.join('\n')}`);
    }
    if (state.plan && state.plan.risks.length > 0) {
        parts.push(`### Risks\n${state.plan.risks.map((r) => `- ${inline(r)}`).join('\n')}`);
    }
    if (state.subIssues.length > 0) {
        parts.push(`### Sub-issues\n${state.subIssues.map((n) => `- [ ] #${n}`).join('\n')}`);
    }
    if (state.escalation)
        parts.push(renderEscalation(state.escalation));
    parts.push(renderTimeline(state));
    parts.push(renderFooter(state, options));
    return parts.join('\n\n');
}
function headline(state) {
    if (state.merged) {
        return `**Status:** ${icons/* STATUS_ICON */.t.complete} done: PR #${state.merged.pr} merged by ${(0,markdown/* safeText */.Hk)(`@${state.merged.by}`)}`;
    }
    const phase = state.phase ? ` after ${code(state.phase)}` : '';
    const attempt = state.attempt > 1 ? ` (attempt ${state.attempt})` : '';
    const cycle = state.reviewCycle > 0 ? ` · review cycle ${state.reviewCycle}` : '';
    const pr = state.pr ? ` · PR #${state.pr}` : '';
    return `**Status:** ${icons/* STATUS_ICON */.t[state.status]} ${code(state.status)}${phase}${attempt}${cycle}${pr}`;
}
function renderEscalation(escalation) {
    const lines = [
        escalation.approvedBy
            ? `### Escalation — approved by ${code(escalation.approvedBy)}`
            : '### Escalation — waiting for `/codex approve` from a user with write access',
    ];
    if (escalation.commands.length > 0) {
        lines.push('Commands outside the allow-list:', ...escalation.commands.map((c) => `- ${code(inline(c))}`));
    }
    if (escalation.paths.length > 0) {
        lines.push('Protected paths changed:', ...escalation.paths.map((p) => `- ${code(inline(p))}`));
    }
    return lines.join('\n');
}
function renderTimeline(state) {
    if (state.timeline.length === 0)
        return '_No phase has run yet._';
    const rows = state.timeline.slice(-TIMELINE_ROWS).map((entry) => {
        const run = entry.runUrl ? `[run](${entry.runUrl})` : '';
        return `| ${entry.at.replace('T', ' ').slice(0, 16)} | ${entry.phase} | ${icons/* STATUS_ICON */.t[entry.status]} ${entry.status} | ${run} | ${entry.note ? inline(entry.note, 200) : ''} |`;
    });
    return [
        '<details><summary>Timeline</summary>',
        '',
        '| When (UTC) | Phase | Result | Run | Note |',
        '|---|---|---|---|---|',
        ...rows,
        '',
        '</details>',
    ].join('\n');
}
function renderFooter(state, options) {
    const u = state.usage;
    const facts = [
        `**Usage so far:** ${formatNumber(u.inputTokens)} tokens in (${formatNumber(u.cachedInputTokens)} cached), ` +
            `${formatNumber(u.outputTokens)} out (${formatNumber(u.reasoningOutputTokens)} reasoning) · ${(0,budget/* describeCost */.P9)(u, options.pricing)}`,
    ];
    const where = [
        state.branch ? `branch ${code(state.branch)}` : '',
        state.pr ? `PR #${state.pr}` : '',
        options.runUrl ? `[last run](${options.runUrl})` : '',
    ].filter(Boolean);
    if (where.length > 0)
        facts.push(where.join(' · '));
    return facts.join('\n');
}

// EXTERNAL MODULE: ./src/safety/block-mac.ts
var block_mac = __webpack_require__(7953);
// EXTERNAL MODULE: ./src/state/schema.ts + 1 modules
var schema = __webpack_require__(9257);
// EXTERNAL MODULE: ./src/state/transitions.ts
var transitions = __webpack_require__(2649);
;// CONCATENATED MODULE: ./src/tracker/github/store.ts









/** GitHub refuses comment bodies above 65,536 characters. */
const MAX_BODY = limits/* MAX_COMMENT_BODY */.yc;
/** The item's state MAC: the identity's key bound to this repository and item; none without a key. */
function stateAuth(repo, issue, identity) {
    return identity.key && (0,block_mac/* bindKey */.Vi)(identity.key, (0,block_mac/* blockContext */.lA)('state', repo, { item: issue }));
}
/**
 * Reads the item's state from its status comment. Only a comment written by the action's own
 * identity counts (findMarkedComment filters by author): a state marker in anyone else's comment
 * is ignored, so nobody can feed state to the action. When the job holds a key, the state must
 * also authenticate under it (other workflows post as the same bot): one that does not is not
 * read, and the item starts from a fresh state, with a warning and a timeline note saying why
 * (the next save overwrites the untrusted block). Undefined when the item has no status comment
 * yet. Throws StateError for a corrupt state or one written by a newer release.
 */
async function loadItemState(client, repo, issue, identity) {
    const comment = await (0,comments/* findMarkedComment */.Jp)(client, repo, issue, codec/* STATUS_MARKER */.yX, identity);
    if (!comment)
        return undefined;
    let state;
    try {
        state = (0,codec/* decodeState */.UJ)(comment.body, `the status comment of #${issue} (${comment.htmlUrl})`, stateAuth(repo, issue, identity));
    }
    catch (error) {
        if (!(error instanceof codec/* UntrustedStateError */.CS))
            throw error;
        const why = `${error.message} It is not read: the item starts from a fresh state.`;
        log.warning(why);
        return {
            state: (0,transitions/* noteEvent */.Rh)((0,schema/* newItemState */.rY)(issue), `State not trusted, started fresh: ${error.message}`.slice(0, 500)),
            commentId: comment.id,
            untrusted: why,
        };
    }
    if (!state)
        return { state: (0,schema/* newItemState */.rY)(issue), commentId: comment.id };
    if (state.item !== issue) {
        throw new codec/* StateError */.qq(`The status comment ${comment.htmlUrl} on #${issue} holds the state of #${state.item}. ` +
            'Delete that comment to start the item over.');
    }
    return { state, commentId: comment.id };
}
/**
 * Renders the state (visible progress + hidden JSON) into the item's status comment, creating it
 * or editing it in place: one status comment per item, however often a job re-runs.
 */
async function saveItemState(client, repo, issue, identity, state, options) {
    const body = renderWithinLimit(state, { ...options, auth: stateAuth(repo, issue, identity) });
    if (options.dryRun)
        log.info(`[dry-run] Status comment of #${issue}:\n${body}`);
    const result = await (0,comments/* upsertMarkedComment */.Zd)(client, repo, issue, codec/* STATUS_MARKER */.yX, body, identity, {
        dryRun: options.dryRun,
    });
    return { commentId: result.id, body, written: result.written };
}
/**
 * The hidden state gets at most this much of the comment, so that the visible part keeps room for
 * the status, the next action and the criteria (the rest of it is cut to fit by fitBody).
 */
const MAX_STATE = 50_000;
/**
 * Renders the comment within GitHub's limit. The hidden state must stay whole (it is the item's
 * only storage), so when it alone is too long its texts are clipped, the display-only ones first
 * (the plan's summary and risks, the questions, timeline notes, the verification output), then the
 * acceptance criteria; the visible part is then cut to what is left, with a line saying so. The
 * full plan is in the plan job's summary and its events artifact.
 */
function renderWithinLimit(state, options) {
    const fitted = fitState(state);
    const notice = fitted.clippedTo === undefined
        ? undefined
        : `> ✂️ The plan's texts were too long for this comment: each is clipped to ${fitted.clippedTo.toLocaleString('en-US')} characters${fitted.criteria ? ', the acceptance criteria included' : ''}. The full plan is in the plan job's summary and its events artifact.`;
    const pricing = options.pricing ?? (0,config/* defaultConfig */.sb)().pricing;
    const visible = renderStatusVisible(fitted.state, { runUrl: options.runUrl, pricing, notice });
    return (0,limits/* fitBody */.KM)(visible, { max: MAX_BODY, hidden: (0,codec/* encodeState */.Md)(fitted.state, options.auth) });
}
/** The state with its texts clipped until its hidden block takes at most MAX_STATE characters. */
function fitState(state) {
    if ((0,codec/* encodeState */.Md)(state).length <= MAX_STATE)
        return { state };
    const verify = state.dev.verifyOutput;
    const base = {
        ...state,
        timeline: state.timeline.slice(-5),
        dev: { ...state.dev, verifyOutput: verify && verify.length > 2000 ? `…${verify.slice(-2000)}` : verify },
    };
    if ((0,codec/* encodeState */.Md)(base).length <= MAX_STATE)
        return { state: base };
    for (const criteria of [false, true]) {
        const at = (limit) => clipTexts(base, limit, criteria);
        if ((0,codec/* encodeState */.Md)(at(MIN_TEXT)).length > MAX_STATE)
            continue;
        // The longest clip that fits: binary search between MIN_TEXT (fits) and the longest text.
        let lo = MIN_TEXT;
        let hi = Math.max(MIN_TEXT, ...texts(base).map((t) => t.length));
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if ((0,codec/* encodeState */.Md)(at(mid)).length <= MAX_STATE)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { state: at(lo), clippedTo: lo, criteria };
    }
    throw new codec/* StateError */.qq(`The status comment of #${state.item} cannot hold its state even with every text clipped to ${MIN_TEXT} characters; ` +
        'GitHub allows 65,536 characters. Split the issue into smaller issues.');
}
/** The shortest a text is clipped to. */
const MIN_TEXT = 200;
const clipped = (text, limit) => text.length > limit ? `${text.slice(0, limit)}… [clipped]` : text;
function texts(state) {
    return [
        state.plan?.summary ?? '',
        ...(state.plan?.risks ?? []),
        ...(state.clarification?.questions ?? []),
        ...state.criteria.map((c) => c.text),
        ...state.timeline.map((e) => e.note ?? ''),
        state.nextAction ?? '',
    ];
}
function clipTexts(state, limit, criteria) {
    const clip = (text) => clipped(text, limit);
    return {
        ...state,
        plan: state.plan && {
            ...state.plan,
            summary: clip(state.plan.summary),
            risks: state.plan.risks.map(clip),
        },
        clarification: state.clarification && {
            ...state.clarification,
            questions: state.clarification.questions.map(clip),
        },
        timeline: state.timeline.map((e) => ({ ...e, note: e.note === null ? null : clip(e.note) })),
        nextAction: state.nextAction === null ? null : clip(state.nextAction),
        criteria: criteria ? state.criteria.map((c) => ({ ...c, text: clip(c.text) })) : state.criteria,
    };
}


/***/ })

};
