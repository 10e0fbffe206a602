export const id = 997;
export const ids = [997];
export const modules = {

/***/ 9992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ testsFailedRequest),
/* harmony export */   Rp: () => (/* binding */ createWorkItem)
/* harmony export */ });
/* unused harmony exports WORK_ITEM_SEARCH, workItemMarker, matchWorkItem, FAILURE_MAX_CHARS */
/* harmony import */ var _github_follow_ups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8006);
/* harmony import */ var _github_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7369);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1373);
/* harmony import */ var _safety_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3836);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8992);







/** How many of the newest issues are searched: follow-ups are recent, and the search stays bounded. */
const WORK_ITEM_SEARCH = 300;
const KEY = /[^\w:.#/-]+/g;
/** The hidden marker of a follow-up: one per key. */
function workItemMarker(key) {
    return `<!-- codex-orchestrator:work-item key=${key.replace(KEY, '-').slice(0, 120)} -->`;
}
const cleanTitle = (title) => title.replace(/\s+/g, ' ').trim().slice(0, 200);
/**
 * The issue a request is about, among `issues`: the action's own with the marker, else its own
 * with the same normalised title (open only). `similar` is someone else's open issue with the
 * title, which is linked, not adopted.
 */
function matchWorkItem(issues, request, identity) {
    const marker = workItemMarker(request.key);
    const title = (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseTitle */ .B)(cleanTitle(request.title));
    const mine = issues.filter((i) => (0,_github_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentity */ .Lk)(i.author, identity) && (i.state === 'open' || request.matchClosed !== false));
    // The marker counts only where bodyOf puts it, at the end: the body above it can hold copied text.
    const own = mine.find((i) => i.body.trimEnd().endsWith(marker)) ??
        mine.find((i) => i.state === 'open' && (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseTitle */ .B)(i.title) === title);
    const similar = own
        ? undefined
        : issues.find((i) => i.state === 'open' && !(0,_github_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentity */ .Lk)(i.author, identity) && (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseTitle */ .B)(i.title) === title);
    return { own, similar };
}
function bodyOf(request, similar) {
    const parts = [request.body.trim()];
    if (request.linkedTo)
        parts.push(`---\nFollow-up of #${request.linkedTo}.`);
    if (similar)
        parts.push(`See also #${similar.number}, which has the same title.`);
    parts.push(workItemMarker(request.key));
    return parts.join('\n\n');
}
/**
 * Creates the follow-up, or finds it again: the action's own issue for the key is edited when its
 * body changed (the newest failing output, say) and left alone otherwise. In a dry run (or when
 * the job may not write) it is printed instead.
 */
async function createWorkItem(job, request) {
    const issues = await (0,_github_follow_ups_js__WEBPACK_IMPORTED_MODULE_0__/* .listRecentIssues */ .g_)(job.client, job.repo, { state: 'all', max: WORK_ITEM_SEARCH });
    const { own, similar } = matchWorkItem(issues, request, job.identity);
    const title = cleanTitle(request.title);
    const body = bodyOf(request, similar);
    if (own) {
        if (own.body === body || own.state === 'closed')
            return { number: own.number, outcome: 'unchanged' };
        if (!job.writes) {
            _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`[dry-run] Would update #${own.number} (${title}):\n${body}`);
            return { number: own.number, outcome: 'unchanged' };
        }
        await (0,_github_follow_ups_js__WEBPACK_IMPORTED_MODULE_0__/* .updateIssueText */ .AX)(job.client, job.repo, own.number, { body });
        return { number: own.number, outcome: 'updated' };
    }
    const prefix = job.ctx.config.labels.prefix;
    const labels = [
        ...new Set([...(request.optIn ? [prefix] : []), `priority:${request.priority}`, ...request.labels]),
    ];
    if (!job.writes) {
        _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`[dry-run] Would create issue: ${JSON.stringify({ title, body, labels })}`);
        return { number: undefined, outcome: 'created' };
    }
    const created = await (0,_github_follow_ups_js__WEBPACK_IMPORTED_MODULE_0__/* .createIssue */ .Ko)(job.client, job.repo, { title, body, labels });
    _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Created follow-up #${created.number}: ${title}`);
    return { number: created.number, outcome: 'created' };
}
/** The most of a failing output a bug issue carries: its end, where the failure usually is. */
const FAILURE_MAX_CHARS = 8000;
/**
 * The bug issue of a `tests_failed` dev result: the failing command's output, secrets redacted and
 * the tail kept, in a fence it cannot close. The output is text the agent's code printed: inside
 * the fence it renders as written, but for invisible characters and the action's marker prefix
 * (renderModelCode), so it cannot carry a marker that makes this issue pass for another one. One
 * per item (key `tests-failed:<item>`): a re-run that fails again edits it with the newest output.
 */
function testsFailedRequest(input) {
    const redacted = (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .renderModelCode */ .rk)((0,_safety_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redactSecrets */ .fp)(input.failure.trimEnd()));
    const output = redacted.length > FAILURE_MAX_CHARS ? `[… clipped]\n${redacted.slice(-FAILURE_MAX_CHARS)}` : redacted;
    const fence = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .fenceFor */ .Lt)(output);
    const where = input.pr ? `the draft pull request #${input.pr}` : `the branch of #${input.item}`;
    return {
        key: `tests-failed:${input.item}`,
        title: `Failing verification: ${input.title}`,
        body: [
            `The verification of ${where} fails, and one fix by Codex did not make it pass. A person should look at it.`,
            `${fence}text\n${output || '(no output)'}\n${fence}`,
        ].join('\n\n'),
        priority: 'high',
        labels: ['bug'],
        optIn: false,
        linkedTo: input.item,
    };
}


/***/ }),

/***/ 6163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ runWithSchemaRetry)
/* harmony export */ });
/* unused harmony export schemaRetryPrompt */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16);


/** Asks again in the same thread after an answer that broke the output schema. */
function schemaRetryPrompt(problem) {
    return ('Your previous answer was not valid for the output schema: ' +
        `${problem.slice(0, 2000)}\n\nAnswer again with one JSON object that follows the output schema exactly, and nothing else.`);
}
/**
 * One run with an output schema. An answer that breaks the schema is asked for once more in the
 * same thread, which tells the model what was wrong; `usage` is what both runs spent.
 */
async function runWithSchemaRetry(agent, request) {
    const first = await agent.run(request);
    if (first.ok || first.kind !== 'invalid_output' || !first.threadId)
        return { result: first, usage: first.usage };
    _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`The ${request.label} answer broke the output schema (${first.message}); asking once more in the same thread.`);
    const second = await agent.run({
        ...request,
        prompt: schemaRetryPrompt(first.message),
        resumeThreadId: first.threadId,
        label: `${request.label} (retry)`,
    });
    return { result: second, usage: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .addUsage */ .v)(first.usage, second.usage) };
}


/***/ }),

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ openWorktree),
/* harmony export */   IL: () => (/* binding */ removeWorktree)
/* harmony export */ });
/* unused harmony export openDetachedWorktree */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9395);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(668);




/**
 * Creates a worktree for `branch` under `parentDir`, its HEAD detached at the base. A branch that
 * exists on origin (a re-run) is fetched and continued; otherwise the branch starts at origin's
 * default branch.
 */
async function openWorktree(git, options) {
    const { repoDir, branch, remote } = options;
    const tip = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteTip */ .W_)(git, repoDir, remote, branch);
    // Fetched either way: the PR's base, and what the dev job's commit log is counted from
    // (`refs/remotes/origin/<default>..HEAD`).
    const defaultTip = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchBranch */ .D_)(git, repoDir, remote, options.defaultBranch);
    const base = tip ? await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchBranch */ .D_)(git, repoDir, remote, branch) : defaultTip;
    if (tip && base !== tip) {
        throw new Error(`Origin's '${branch}' moved while it was fetched (${tip} → ${base}). Run the job again.`);
    }
    // A crashed job on a self-hosted runner can leave a stale registration behind.
    await git(['worktree', 'prune'], { cwd: repoDir });
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.parentDir, 'codex-worktree-'));
    // Detached: the checkout itself may have the branch checked out (a dispatch on that ref), and git
    // refuses a second checkout of one branch. Pushes name the branch explicitly (HEAD:refs/heads/…).
    await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .gitOk */ .Tt)(git, ['worktree', 'add', '--detach', dir, base], { cwd: repoDir });
    return { dir, branch, base, remoteTip: tip };
}
/**
 * A worktree of `ref` (a branch or a commit) under `parentDir`, its HEAD detached: what a commit
 * holds, to read or to run, without touching the checkout a person works in.
 */
async function openDetachedWorktree(git, repoDir, parentDir, ref) {
    await git(['worktree', 'prune'], { cwd: repoDir });
    const dir = await mkdtemp(join(parentDir, 'codex-worktree-'));
    await gitOk(git, ['worktree', 'add', '--detach', dir, ref], { cwd: repoDir });
    return dir;
}
/** Removes the worktree and its registration; never throws, so it is safe in a `finally`. */
async function removeWorktree(git, repoDir, dir) {
    const result = await git(['worktree', 'remove', '--force', '--force', dir], { cwd: repoDir }).catch(() => undefined);
    if (result?.exitCode !== 0) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        await git(['worktree', 'prune'], { cwd: repoDir }).catch(() => undefined);
    }
}


/***/ }),

/***/ 8006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ updateIssueText),
/* harmony export */   Ko: () => (/* binding */ createIssue),
/* harmony export */   g_: () => (/* binding */ listRecentIssues)
/* harmony export */ });
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7448);

/** The newest `max` issues (open, or open and closed), pull requests left out, newest first. */
async function listRecentIssues(client, repo, options) {
    const found = [];
    const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
        ...repo,
        state: options.state,
        sort: 'created',
        direction: 'desc',
        per_page: 100,
    });
    let seen = 0;
    for await (const page of pages) {
        for (const i of page.data) {
            seen += 1;
            if (!i.pull_request)
                found.push({
                    number: i.number,
                    title: i.title,
                    body: i.body ?? '',
                    state: i.state === 'closed' ? 'closed' : 'open',
                    labels: (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .labelNames */ .l3)(i.labels),
                    author: i.user ? { login: i.user.login, type: i.user.type } : null,
                });
            if (seen >= options.max)
                return found;
        }
    }
    return found;
}
/** Creates an issue; returns its number and address. */
async function createIssue(client, repo, issue) {
    const { data } = await client.rest.issues.create({ ...repo, ...issue });
    return { number: data.number, htmlUrl: data.html_url };
}
/** Replaces an issue's body (and title). */
async function updateIssueText(client, repo, number, text) {
    await client.rest.issues.update({ ...repo, issue_number: number, ...text });
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  retroPhase: () => (/* binding */ retroPhase)
});

// EXTERNAL MODULE: ./src/action/job.ts + 2 modules
var action_job = __webpack_require__(9869);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/backlog/model.ts
var model = __webpack_require__(4730);
;// CONCATENATED MODULE: ./src/backlog/retro-findings.ts


/** The items still to do: a done or deprecated item is neither a duplicate nor stale. */
const openItems = (items) => items.filter((i) => !(0,model/* isResolved */.ZY)(i.status));
/** Criteria compared as a set of normalised lines: reordered or re-punctuated lists still match. */
function criteriaKey(item) {
    const lines = item.acceptanceCriteria.map((c) => (0,src_text/* normaliseTitle */.B)(c.text)).filter((t) => t !== '');
    return [...new Set(lines)].sort().join('\n');
}
function byCreation(a, b) {
    if (a.order !== undefined && b.order !== undefined && a.order !== b.order)
        return a.order - b.order;
    return (0,model/* compareIds */.q3)(a.id, b.id);
}
/**
 * Pairs of open items with the same normalised title or the same (non-empty) acceptance criteria.
 * Items are grouped by key, so a large backlog costs one pass, not a comparison of every pair.
 * Within a group each later item pairs with the earliest, which is what a merge keeps.
 */
function findDuplicates(items) {
    const pairs = new Map();
    const group = (key, by) => {
        const groups = new Map();
        for (const item of openItems(items)) {
            const k = key(item);
            if (k === '')
                continue;
            const list = groups.get(k) ?? [];
            list.push(item);
            groups.set(k, list);
        }
        for (const list of groups.values()) {
            if (list.length < 2)
                continue;
            const [first, ...rest] = [...list].sort(byCreation);
            for (const item of rest) {
                const id = `${item.id}\0${first.id}`;
                const found = pairs.get(id) ?? { source: item.id, target: first.id, by: [] };
                if (!found.by.includes(by))
                    found.by.push(by);
                pairs.set(id, found);
            }
        }
    };
    group((i) => (0,src_text/* normaliseTitle */.B)(i.title), 'title');
    group(criteriaKey, 'criteria');
    return [...pairs.values()].sort((a, b) => (0,model/* compareIds */.q3)(a.source, b.source) || (0,model/* compareIds */.q3)(a.target, b.target));
}
const DAY_MS = 86_400_000;
/**
 * Open items whose last activity is at least `staleDays` days before `now`. Items without a known
 * last activity (docs files) are never stale: the file's age is not the work's.
 */
function findStale(items, staleDays, now) {
    const found = [];
    for (const item of openItems(items)) {
        if (!item.updatedAt)
            continue;
        const at = Date.parse(item.updatedAt);
        if (!Number.isFinite(at))
            continue;
        const days = Math.floor((now.getTime() - at) / DAY_MS);
        if (days >= staleDays)
            found.push({ item: item.id, days, updatedAt: item.updatedAt });
    }
    return found.sort((a, b) => b.days - a.days || (0,model/* compareIds */.q3)(a.item, b.item));
}
/**
 * Open items waiting (directly) for an item whose pull request was closed unmerged: nothing will
 * unblock them until a person decides what happens to the abandoned work. `abandoned` maps an item
 * id to the number of that pull request.
 */
function findBlockedByAbandoned(dag, abandoned) {
    const found = [];
    for (const item of dag.items.values()) {
        if ((0,model/* isResolved */.ZY)(item.status))
            continue;
        for (const blocker of dag.blockers.get(item.id) ?? []) {
            const pr = abandoned.get(blocker);
            if (pr !== undefined)
                found.push({ item: item.id, blocker, pr });
        }
    }
    return found.sort((a, b) => (0,model/* compareIds */.q3)(a.item, b.item) || (0,model/* compareIds */.q3)(a.blocker, b.blocker));
}
/** Every finding of a backlog. */
function retroFindings(input) {
    return {
        duplicates: findDuplicates(input.items),
        stale: findStale(input.items, input.staleDays, input.now),
        blockedByAbandoned: findBlockedByAbandoned(input.dag, input.abandoned),
    };
}

// EXTERNAL MODULE: ./src/state/budget.ts
var budget = __webpack_require__(2864);
;// CONCATENATED MODULE: ./src/backlog/retro-outcomes.ts

const BLOCKED = new Set(['blocked', 'error', 'tests_failed']);
const WAITING = new Set(['needs_clarification', 'needs_decomposition']);
/**
 * Whether the item was worked on since `since` (any timeline line or pull request closing at or
 * after it); every touched item counts when there was no retro before.
 */
function touchedSince(item, since) {
    if (item.state.phase === null)
        return false;
    if (!since)
        return true;
    const from = Date.parse(since);
    const after = (at) => at !== null && Date.parse(at) >= from;
    return item.state.timeline.some((t) => after(t.at)) || item.pulls.some((p) => after(p.closedAt));
}
function resultOf(item) {
    const { state } = item;
    if (state.merged || item.pulls.some((p) => p.state === 'merged'))
        return { result: 'done', why: null };
    const note = [...state.timeline].reverse().find((t) => t.note)?.note ?? null;
    if (state.stopped)
        return { result: 'stopped', why: `stopped by ${state.stopped.by}` };
    if (state.escalation && !state.escalation.approvedBy)
        return { result: 'waiting for a human', why: 'an escalation waits for /codex approve' };
    if (BLOCKED.has(state.status))
        return { result: 'blocked', why: note ?? state.nextAction };
    if (WAITING.has(state.status))
        return { result: 'waiting for a human', why: state.nextAction ?? note };
    return { result: 'in progress', why: null };
}
const newest = (pulls) => pulls.reduce((a, p) => (a === null || p.number > a.number ? p : a), null);
/** One row of the table per item. */
function itemOutcome(item, pricing) {
    const u = item.state.usage;
    return {
        item: item.number,
        title: item.title,
        ...resultOf(item),
        reviewCycles: item.state.reviewCycle,
        pr: newest(item.pulls),
        escalated: item.state.escalation !== null,
        tokens: u.inputTokens + u.outputTokens,
        costUsd: (0,budget/* estimateCostUsd */.MI)(u, pricing),
        ...(u.unpricedTokens ? { unpricedTokens: u.unpricedTokens } : {}),
    };
}
function median(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** The totals over the rows and every pull request of the touched items. */
function retroFigures(outcomes, pulls) {
    const done = outcomes.filter((o) => o.result === 'done').length;
    const merged = pulls.filter((p) => p.state === 'merged');
    const reviewed = outcomes.filter((o) => o.reviewCycles > 0 || o.pr !== null).map((o) => o.reviewCycles);
    const tokens = outcomes.reduce((n, o) => n + o.tokens, 0);
    const costUsd = outcomes.reduce((n, o) => n + o.costUsd, 0);
    const unpricedTokens = outcomes.reduce((n, o) => n + (o.unpricedTokens ?? 0), 0);
    return {
        attempted: outcomes.length,
        done,
        blocked: outcomes.filter((o) => o.result === 'blocked').length,
        medianReviewCycles: median(reviewed),
        merged: merged.length,
        closedUnmerged: pulls.filter((p) => p.state === 'closed').length,
        reworkRate: merged.length === 0 ? null : merged.filter((p) => p.foreignCommits > 0).length / merged.length,
        tokens,
        costUsd,
        ...(unpricedTokens > 0 ? { unpricedTokens } : {}),
        tokensPerDone: done === 0 ? null : Math.round(tokens / done),
        costPerDoneUsd: done === 0 ? null : costUsd / done,
    };
}
/**
 * Items whose newest pull request was closed without a merge while the item is not done: the
 * work was abandoned, and whatever waits for it is stuck (see findBlockedByAbandoned).
 */
function abandonedItems(items) {
    const found = new Map();
    for (const item of items) {
        const pr = newest(item.pulls);
        if (pr?.state === 'closed' && !item.state.merged)
            found.set(item.number, pr.number);
    }
    return found;
}

// EXTERNAL MODULE: ./src/agent/retry.ts
var retry = __webpack_require__(6163);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./schemas/retro.json
const retro_namespaceObject = /*#__PURE__*/JSON.parse('{"type":"object","additionalProperties":false,"required":["summary","deprecations","merges","priority_changes","recommendations","next_priority_item","new_items"],"properties":{"summary":{"type":"string","description":"What happened since the last retrospective and what it means, in a few sentences."},"deprecations":{"type":"array","description":"Backlog items that should be dropped (closed as not planned). Each item is a backlog id, such as #12.","items":{"type":"object","additionalProperties":false,"required":["item","reason"],"properties":{"item":{"type":"string"},"reason":{"type":"string"}}}},"merges":{"type":"array","description":"Duplicate pairs: source is closed as a duplicate of target. Both are backlog ids.","items":{"type":"object","additionalProperties":false,"required":["source","target","reason"],"properties":{"source":{"type":"string"},"target":{"type":"string"},"reason":{"type":"string"}}}},"priority_changes":{"type":"array","description":"Backlog items whose priority should change; old is the priority the backlog lists now.","items":{"type":"object","additionalProperties":false,"required":["item","old","new","reason"],"properties":{"item":{"type":"string"},"old":{"type":"string","enum":["critical","high","medium","low"]},"new":{"type":"string","enum":["critical","high","medium","low"]},"reason":{"type":"string"}}}},"recommendations":{"type":"array","description":"Advice for the team. items lists the backlog ids the advice is about (empty when none).","items":{"type":"object","additionalProperties":false,"required":["text","items"],"properties":{"text":{"type":"string"},"items":{"type":"array","items":{"type":"string"}}}}},"next_priority_item":{"type":["string","null"],"description":"The backlog id that should be worked on next, or null."},"new_items":{"type":"array","description":"Follow-up work the backlog lacks, each a future issue (at most five).","items":{"type":"object","additionalProperties":false,"required":["title","body","priority","component"],"properties":{"title":{"type":"string"},"body":{"type":"string"},"priority":{"type":"string","enum":["critical","high","medium","low"]},"component":{"type":["string","null"],"description":"A component label such as area:api, or null."}}}}}}');
;// CONCATENATED MODULE: ./src/engine/retro/schema.ts



/** Bounds that keep one answer from closing half the backlog or flooding the report. */
const RETRO_LIMITS = { changes: 20, recommendations: 20, newItems: 5, text: 4000, id: 200 };
const schema_text = schemas/* string */.YjP().max(RETRO_LIMITS.text);
const reason = schemas/* string */.YjP().trim().min(1).max(RETRO_LIMITS.text);
const id = schemas/* string */.YjP().trim().min(1).max(RETRO_LIMITS.id);
const priority = schemas/* enum */.k5n(model/* PRIORITIES */.BE);
/** The retro answer (DESIGN §4), as schemas/retro.json describes it. */
const retroAnswerSchema = schemas/* strictObject */.rej({
    summary: schema_text,
    deprecations: schemas/* array */.YOg(schemas/* strictObject */.rej({ item: id, reason })).max(RETRO_LIMITS.changes),
    merges: schemas/* array */.YOg(schemas/* strictObject */.rej({ source: id, target: id, reason })).max(RETRO_LIMITS.changes),
    priority_changes: schemas/* array */.YOg(schemas/* strictObject */.rej({ item: id, old: priority, new: priority, reason }))
        .max(RETRO_LIMITS.changes),
    recommendations: schemas/* array */.YOg(schemas/* strictObject */.rej({ text: reason, items: schemas/* array */.YOg(id).max(RETRO_LIMITS.changes) }))
        .max(RETRO_LIMITS.recommendations),
    next_priority_item: id.nullable(),
    new_items: schemas/* array */.YOg(schemas/* strictObject */.rej({
        title: schemas/* string */.YjP().trim().min(1).max(200),
        body: schema_text,
        priority,
        component: schemas/* string */.YjP()
            .trim()
            .regex(/^[\w.:/-]{1,50}$/, { error: 'a label name: letters, digits, and . : / - _' })
            .nullable(),
    }))
        .max(RETRO_LIMITS.newItems),
});
/** What the agent runner sends (`--output-schema`) and checks the answer with. */
const RETRO_OUTPUT_SCHEMA = {
    json: retro_namespaceObject,
    zod: retroAnswerSchema,
};
/** `#12` as the model may also write it (`12`, `# 12`): the backlog's spelling when that is known. */
function resolveId(raw, evidence) {
    const value = raw.trim();
    if (evidence.items.has(value))
        return value;
    const number = /^#?\s*(\d+)$/.exec(value)?.[1];
    if (number && evidence.items.has(`#${number}`))
        return `#${number}`;
    return undefined;
}
const quote = (s) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
/**
 * Keeps only the parts of the answer that name items in the evidence (the backlog): anything
 * else is dropped with a note, so text planted in an issue or comment that names some other issue
 * (the dashboard, a pull request, a number that does not exist) changes nothing. An item is
 * closed at most once: a second deprecation or merge of it is dropped, and so is a priority
 * change of an item that is being closed. A priority change whose `old` is not the item's
 * priority is dropped too: the model misread the backlog.
 */
function screenAnswer(answer, evidence) {
    const dropped = [];
    const closing = new Set();
    const known = (raw, what) => {
        const found = resolveId(raw, evidence);
        if (!found)
            dropped.push(`${what}: ${quote(raw)} is not an item of the backlog.`);
        return found;
    };
    const deprecations = [];
    for (const d of answer.deprecations) {
        const item = known(d.item, 'A deprecation');
        if (!item)
            continue;
        if (closing.has(item)) {
            dropped.push(`A second change closing ${item} was dropped.`);
            continue;
        }
        closing.add(item);
        deprecations.push({ ...d, item });
    }
    const merges = [];
    for (const m of answer.merges) {
        const source = known(m.source, 'A merge source');
        const target = known(m.target, 'A merge target');
        if (!source || !target)
            continue;
        if (source === target) {
            dropped.push(`A merge of ${source} into itself was dropped.`);
            continue;
        }
        if (closing.has(source) || closing.has(target)) {
            dropped.push(`A merge of ${source} into ${target} was dropped: one of them is closed by another change.`);
            continue;
        }
        closing.add(source);
        merges.push({ ...m, source, target });
    }
    const priority_changes = [];
    for (const p of answer.priority_changes) {
        const item = known(p.item, 'A priority change');
        if (!item)
            continue;
        const current = evidence.items.get(item)?.priority;
        if (closing.has(item))
            dropped.push(`The priority change of ${item} was dropped: it is closed by another change.`);
        else if (p.old === p.new)
            dropped.push(`The priority change of ${item} changes nothing (${p.old}).`);
        else if (current !== p.old)
            dropped.push(`The priority change of ${item} was dropped: its priority is ${current}, not ${p.old}.`);
        else if (priority_changes.some((c) => c.item === item))
            dropped.push(`A second priority change of ${item} was dropped.`);
        else
            priority_changes.push({ ...p, item });
    }
    const recommendations = [];
    for (const r of answer.recommendations) {
        // Items written in the text count as named too: `#n` there must be a backlog item as well.
        const named = [...r.items, ...[...r.text.matchAll(/#\d+/g)].map((m) => m[0])];
        const unknown = named.filter((n) => !resolveId(n, evidence));
        if (unknown.length > 0) {
            dropped.push(`A recommendation was dropped: it names ${unknown.map(quote).join(', ')}, not in the backlog.`);
            continue;
        }
        recommendations.push({ ...r, items: r.items.map((n) => resolveId(n, evidence)) });
    }
    let next = answer.next_priority_item;
    if (next !== null) {
        const item = known(next, 'The next priority item');
        next = item && !closing.has(item) ? item : null;
    }
    return {
        answer: { ...answer, deprecations, merges, priority_changes, recommendations, next_priority_item: next },
        dropped,
    };
}

;// CONCATENATED MODULE: ./src/engine/retro/ask.ts




/**
 * One read-only run of prompts/retro.md with the retro schema (an answer that breaks it is asked
 * for once more), for the Action's retro and the MCP server's run_retrospective. A prompt that
 * cannot be loaded (a missing `prompts.retro` override) throws; a runtime that cannot start or
 * fails is an `error` with the reason.
 */
async function askRetro(parts) {
    const prompt = await (0,load/* renderPrompt */.nQ)('retro', parts.values, parts.prompts);
    try {
        const agent = await parts.agent();
        const { result, usage } = await (0,retry/* runWithSchemaRetry */.P)(agent, {
            prompt,
            cwd: parts.cwd,
            sandbox: 'read-only',
            outputSchema: RETRO_OUTPUT_SCHEMA,
            timeoutMs: parts.timeoutMs,
            signal: parts.signal,
            label: 'retro',
        });
        if (result.ok)
            return { kind: 'answer', answer: result.output, usage };
        const invalid = result.kind === 'invalid_output';
        return {
            kind: invalid ? 'blocked' : 'error',
            reason: invalid
                ? `The retrospective's answer did not match the retro schema twice: ${result.message}`
                : `The retrospective failed (${result.kind}): ${result.message}`,
            usage,
        };
    }
    catch (error) {
        return {
            kind: 'error',
            reason: `The retrospective could not run: ${(0,errors/* errorMessage */.g)(error)}`,
            usage: undefined,
        };
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/backlog/docs-file.ts + 1 modules
var docs_file = __webpack_require__(94);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var safety_markdown = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/engine/retro/docs-changes.ts






/** The changes of an answer, deprecations first; priority changes only when asked for. */
function docsChanges(answer, options) {
    return [
        ...answer.deprecations.map((d) => ({
            kind: 'deprecate',
            item: d.item,
            detail: d.reason,
            line: (0,safety_markdown/* renderModelMarkdown */.pX)(d.reason),
            fields: { status: 'deprecated' },
        })),
        ...answer.merges.map((m) => ({
            kind: 'merge',
            item: m.source,
            detail: `duplicate of ${m.target}: ${m.reason}`,
            line: `duplicate of ${(0,markdown/* inlineCode */.ti)(m.target, { max: 100 })}: ${(0,safety_markdown/* renderModelMarkdown */.pX)(m.reason)}`,
            fields: { status: 'deprecated', duplicate_of: m.target },
        })),
        ...(options.priorities
            ? answer.priority_changes.map((p) => ({
                kind: 'priority',
                item: p.item,
                detail: `${p.old} → ${p.new}: ${p.reason}`,
                line: `${p.old} → ${p.new}: ${(0,safety_markdown/* renderModelMarkdown */.pX)(p.reason)}`,
                fields: { priority: p.new },
            }))
            : []),
    ];
}
/**
 * The item's file relative to the repository root, when it has one that stays inside it (never
 * `..`, an absolute path or `.git/`); undefined otherwise.
 */
function docsFileOf(item) {
    if (item?.source.kind !== 'docs')
        return undefined;
    const file = (0,external_node_path_.normalize)(item.source.file).replace(/\\/g, '/');
    return !(0,external_node_path_.isAbsolute)(file) && !file.split('/').includes('..') && !file.startsWith('.git/') ? file : undefined;
}
/**
 * The blob of each item file as the retro read it (before any model call), so a file a person
 * changes in the meantime can be told apart and left alone.
 */
async function readDocsBlobs(dir, items, git = (0,exec/* createGitExec */.ON)()) {
    const files = [...new Set(items.map(docsFileOf).filter((f) => f !== undefined))];
    if (files.length === 0)
        return new Map();
    const out = await (0,exec/* gitOk */.Tt)(git, ['hash-object', '--', ...files], { cwd: dir });
    const blobs = out.split('\n');
    return new Map(files.map((f, i) => [f, blobs[i] ?? '']));
}
/** Writes one change into `file` under `dir` and stages it; false when the file already said so. */
async function writeDocsChange(git, dir, file, change) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), 'utf8');
    const next = (0,docs_file/* setFrontMatterFields */.cU)(text, change.fields);
    if (next === text)
        return false;
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, file), next);
    await (0,exec/* gitOk */.Tt)(git, ['add', '--', file], { cwd: dir });
    return true;
}

// EXTERNAL MODULE: ./src/prompts/issue.ts
var issue = __webpack_require__(6184);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
;// CONCATENATED MODULE: ./src/engine/retro/prompt.ts



/** What the prompt carries of the backlog: enough to judge, bounded for a large one. */
const MAX_ITEMS = 200;
const MAX_BODY = 600;
const MAX_SECTION = 60_000;
function backlogText(items) {
    const lines = items.slice(0, MAX_ITEMS).map((i) => {
        const criteria = i.acceptanceCriteria.map((c) => `  - [${c.done ? 'x' : ' '}] ${(0,issue/* clip */.$)(c.text, 200)}`);
        return [
            `### ${i.id} (${i.priority}, ${i.status}${i.blockedBy.length > 0 ? `, blocked by ${i.blockedBy.join(', ')}` : ''})`,
            `Title: ${i.title}`,
            `Labels: ${i.labels.join(', ') || '(none)'}`,
            (0,issue/* clip */.$)(i.body.trim(), MAX_BODY) || '(no description)',
            ...(criteria.length > 0 ? ['Acceptance criteria:', ...criteria] : []),
        ].join('\n');
    });
    if (items.length > MAX_ITEMS)
        lines.push(`(${items.length - MAX_ITEMS} more items not shown)`);
    return (0,issue/* clip */.$)(lines.join('\n\n'), MAX_SECTION);
}
/** The row of an issue the Action worked, with its newest pull request. */
const pullRequestRow = (o) => ({
    item: `#${o.item}`,
    title: o.title,
    result: o.result,
    why: o.why,
    reviewCycles: o.reviewCycles,
    change: `PR ${o.pr ? `#${o.pr.number} ${o.pr.state}${o.pr.foreignCommits > 0 ? `, ${o.pr.foreignCommits} commits by people` : ''}` : 'none'}`,
    tokens: o.tokens,
    costUsd: o.costUsd,
    unpricedTokens: o.unpricedTokens,
});
function outcomesText(outcomes, figures) {
    const rows = outcomes.map((o) => `- ${o.item} "${(0,issue/* clip */.$)(o.title, 120)}": ${o.result}${o.why ? ` (${(0,issue/* clip */.$)(o.why, 300)})` : ''}; review cycles ${o.reviewCycles}; ` +
        `${o.change}; ${o.tokens} tokens, ${(0,budget/* costCell */.ch)(o.costUsd, o.unpricedTokens)}`);
    const totals = Object.entries(figures)
        .map(([k, v]) => `${k}: ${v === null ? 'n/a' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : v}`)
        .join(', ');
    return (0,issue/* clip */.$)([...rows, '', `Totals: ${totals}`].join('\n'), MAX_SECTION);
}
function findingsText(findings) {
    const lines = [
        ...findings.duplicates.map((d) => `- Candidate duplicate: ${d.source} of ${d.target} (same ${d.by.join(' and ')})`),
        ...findings.stale.map((s) => `- Stale: ${s.item}, no activity for ${s.days} days`),
        ...findings.blockedByAbandoned.map((b) => `- ${b.item} waits for ${b.blocker}, whose pull request #${b.pr} was closed unmerged`),
    ];
    return lines.length > 0 ? lines.join('\n') : '(none)';
}
/**
 * The values of prompts/retro.md (the Action's retro and the MCP server's run_retrospective).
 * Titles, bodies and the reasons in the status comments come from people or from a model that read
 * them: they go in delimited blocks. The findings hold only ids and numbers the engine computed.
 */
function retroPromptValues(input) {
    return {
        repository: input.repository,
        outcomes: input.outcomes.length > 0
            ? (0,sanitize/* untrustedBlock */.C9)('outcomes', outcomesText(input.outcomes, input.figures))
            : 'No item was worked on since the last retrospective.',
        findings: findingsText(input.findings),
        backlog: input.items.length > 0 ? (0,sanitize/* untrustedBlock */.C9)('backlog', backlogText(input.items)) : '(the backlog is empty)',
    };
}

// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/action/work-items.ts
var work_items = __webpack_require__(9992);
// EXTERNAL MODULE: ./src/github/comments.ts
var github_comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(7369);
;// CONCATENATED MODULE: ./src/github/human-changes.ts

const ISSUES_PER_QUERY = 50;
/** The newest timeline items read per issue; more since `since` counts as a change. */
const ITEMS_PER_ISSUE = 100;
/** Timeline items that change an issue, and how the report words each. */
const ITEMS = {
    ISSUE_COMMENT: { type: 'IssueComment', what: 'commented', who: 'author' },
    LABELED_EVENT: { type: 'LabeledEvent', what: 'added a label', who: 'actor' },
    UNLABELED_EVENT: { type: 'UnlabeledEvent', what: 'removed a label', who: 'actor' },
    RENAMED_TITLE_EVENT: { type: 'RenamedTitleEvent', what: 'renamed it', who: 'actor' },
    REOPENED_EVENT: { type: 'ReopenedEvent', what: 'reopened it', who: 'actor' },
    ASSIGNED_EVENT: { type: 'AssignedEvent', what: 'assigned it', who: 'actor' },
    UNASSIGNED_EVENT: { type: 'UnassignedEvent', what: 'unassigned it', who: 'actor' },
    MILESTONED_EVENT: { type: 'MilestonedEvent', what: 'set a milestone', who: 'actor' },
    DEMILESTONED_EVENT: { type: 'DemilestonedEvent', what: 'removed the milestone', who: 'actor' },
};
const actorFields = '{ login __typename }';
const itemFields = Object.values(ITEMS)
    .map(({ type, who }) => `... on ${type} { createdAt ${who} ${actorFields} }`)
    .join(' ');
const loginOf = (actor) => actor ? (actor.__typename === 'Bot' ? `${actor.login}[bot]` : actor.login) : 'a deleted account';
/**
 * For each issue, the newest change since `since` by anyone but the action (undefined: none). An
 * issue with more timeline items since then than are read counts as changed. Numbers that name no
 * issue are left out of the answer.
 */
async function humanChangesSince(client, repo, numbers, since, identity) {
    const found = new Map();
    const unique = [...new Set(numbers)].filter((n) => Number.isSafeInteger(n) && n > 0);
    const other = (actor) => !actor ||
        !(0,github_identity/* isIdentity */.Lk)({ login: loginOf(actor), type: actor.__typename === 'Bot' ? 'Bot' : 'User' }, identity);
    const from = Date.parse(since);
    for (let i = 0; i < unique.length; i += ISSUES_PER_QUERY) {
        const batch = unique.slice(i, i + ISSUES_PER_QUERY);
        // Numbers are integers checked above, so writing them into the document is safe.
        const fields = batch
            .map((n) => `i${n}: issue(number: ${n}) { createdAt author ${actorFields} lastEditedAt editor ${actorFields} ` +
            `timelineItems(since: $since, last: ${ITEMS_PER_ISSUE}, itemTypes: [${Object.keys(ITEMS).join(', ')}]) ` +
            `{ pageInfo { hasPreviousPage } nodes { __typename ${itemFields} } } }`)
            .join('\n');
        const query = `query RetroHumanChanges($owner: String!, $name: String!, $since: DateTime!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`;
        let answer;
        try {
            answer = await client.graphql(query, { owner: repo.owner, name: repo.repo, since });
        }
        catch (error) {
            // A number that names no issue is an error next to the data of the others (type NOT_FOUND).
            const partial = error.data;
            const errors = error.errors ?? [];
            if (!partial || errors.some((e) => e.type !== 'NOT_FOUND'))
                throw error;
            answer = partial;
        }
        for (const n of batch) {
            const issue = answer.repository?.[`i${n}`];
            if (!issue)
                continue;
            const changes = [];
            const note = (actor, at, what) => {
                if (at && Date.parse(at) >= from && other(actor))
                    changes.push({ by: loginOf(actor), at, what });
            };
            note(issue.author, issue.createdAt, 'opened it');
            note(issue.editor, issue.lastEditedAt, 'edited the description');
            const nodes = issue.timelineItems.nodes.filter((x) => x !== null);
            for (const item of nodes) {
                const kind = Object.values(ITEMS).find((k) => k.type === item.__typename);
                if (kind)
                    note(kind.who === 'actor' ? (item.actor ?? null) : (item.author ?? null), item.createdAt, kind.what);
            }
            if (changes.length === 0 && issue.timelineItems.pageInfo.hasPreviousPage) {
                changes.push({ by: 'someone', at: since, what: `made more than ${ITEMS_PER_ISSUE} changes` });
            }
            found.set(n, changes.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0]);
        }
    }
    return found;
}

// EXTERNAL MODULE: ./src/github/labels.ts
var github_labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
;// CONCATENATED MODULE: ./src/github/retro.ts


const issueOf = (i) => ({
    ...(0,issues/* issueBasics */.R7)(i),
    updatedAt: i.updated_at ?? i.created_at,
    comments: i.comments ?? 0,
    author: i.user ? { login: i.user.login, type: i.user.type } : null,
});
/**
 * Issues carrying `label` (open and closed) updated at or after `since`, newest activity first, at
 * most `max`: the items the orchestrator may have touched since the last retro.
 */
async function listLabelledIssues(client, repo, options) {
    const found = [];
    const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
        ...repo,
        state: options.state ?? 'all',
        labels: options.label,
        sort: 'updated',
        direction: 'desc',
        per_page: 100,
        ...(options.since ? { since: options.since } : {}),
    });
    for await (const page of pages) {
        for (const issue of page.data) {
            if (issue.pull_request)
                continue;
            found.push(issueOf(issue));
            if (found.length >= options.max)
                return found;
        }
    }
    return found;
}
/**
 * The action's pull requests (head branch `<prefix>/…`) updated at or after `since`, newest
 * first, at most `max`. GitHub lists pulls by `updated` without a `since` filter, so the pages stop
 * at the first older one.
 */
async function listActionPulls(client, repo, options) {
    const found = [];
    const from = options.since ? Date.parse(options.since) : Number.NEGATIVE_INFINITY;
    const pages = client.paginate.iterator(client.rest.pulls.list, {
        ...repo,
        state: 'all',
        sort: 'updated',
        direction: 'desc',
        per_page: 100,
    });
    for await (const page of pages) {
        for (const pr of page.data) {
            if (Date.parse(pr.updated_at) < from)
                return found;
            if (!pr.head.ref.startsWith(`${options.prefix}/`))
                continue;
            found.push({
                number: pr.number,
                headRef: pr.head.ref,
                state: pr.merged_at ? 'merged' : pr.state === 'closed' ? 'closed' : 'open',
                closedAt: pr.merged_at ?? pr.closed_at ?? null,
                updatedAt: pr.updated_at,
            });
            if (found.length >= options.max)
                return found;
        }
    }
    return found;
}
/**
 * Commits on the pull request's branch that someone other than the action wrote: rework a person
 * had to do. Merge commits (updating the branch from its base) are not rework. A commit whose email
 * GitHub maps to no account counts as foreign unless its author name is the action's login.
 */
async function countForeignCommits(client, repo, pull, identity) {
    const commits = await client.paginate(client.rest.pulls.listCommits, {
        ...repo,
        pull_number: pull,
        per_page: 100,
    });
    return commits.filter((c) => {
        if (c.parents.length > 1)
            return false;
        const account = c.author && 'login' in c.author ? c.author : null;
        if (account)
            return !(0,github_identity/* isIdentity */.Lk)(account, identity);
        return c.commit.author?.name?.toLowerCase() !== identity.login.toLowerCase();
    }).length;
}
/** One issue as it is now (re-read just before the retro changes it). */
async function readRetroIssue(client, repo, number) {
    const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
    return issueOf(data);
}
/** Closes an issue with a reason: `not_planned` for a deprecation, `duplicate` for a merge. */
async function closeIssueAs(client, repo, number, reason) {
    await client.rest.issues.update({ ...repo, issue_number: number, state: 'closed', state_reason: reason });
}
/**
 * The action's own issues carrying `marker`, newest first, among the newest `max` issues (labelled
 * `label` when given): the retro reports, the dashboard. Someone else's issue with the marker is
 * ignored.
 */
async function listOwnMarkedIssues(client, repo, options) {
    const found = [];
    const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
        ...repo,
        state: options.state ?? 'all',
        ...(options.label ? { labels: options.label } : {}),
        sort: 'created',
        direction: options.direction ?? 'desc',
        per_page: 100,
    });
    let seen = 0;
    for await (const page of pages) {
        for (const raw of page.data) {
            seen += 1;
            const issue = issueOf(raw);
            if (!raw.pull_request &&
                (0,github_identity/* isIdentity */.Lk)(issue.author, options.identity) &&
                issue.body.includes(options.marker))
                found.push(issue);
            if (seen >= options.max)
                return found;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/phases/retro/apply.ts







const P_LABEL = /^p[0-3]$/i;
const NAMED_LABEL = /^priority[ \t]*:[ \t]*(critical|high|medium|low)$/i;
const P_OF = { critical: 'P0', high: 'P1', medium: 'P2', low: 'P3' };
/** The labels that set a priority, and the label for `priority` in the style the item uses. */
function priorityLabels(labels, priority) {
    const remove = labels.filter((l) => P_LABEL.test(l.trim()) || NAMED_LABEL.test(l.trim()));
    const usesP = remove.some((l) => P_LABEL.test(l.trim()));
    return { remove, add: usesP ? P_OF[priority] : `priority:${priority}` };
}
const numberOf = (id) => Number(/^#(\d+)$/.exec(id)?.[1] ?? Number.NaN);
const same = (a, kind, item) => a.kind === kind && a.item === item;
async function applyAnswer(job, answer, backlog, context) {
    const applied = [];
    const skipped = [];
    const by = `the [retrospective](${context.reportLink})`;
    const { retro, labels } = job.ctx.config;
    const since = new Date(Date.parse(context.at) - retro['stale-days'] * DAY).toISOString();
    const lately = `in the last ${retro['stale-days']} day(s) (retro.stale-days)`;
    const isClose = (kind) => kind === 'merge' || kind === 'deprecate';
    let closed = context.before.filter((a) => isClose(a.kind)).length;
    /** Runs `change` on the item unless it was applied already, or a person changed the item since the read. */
    const attempt = async (kind, id, detail, change, bound) => {
        const done = context.before.find((a) => same(a, kind, id));
        if (done) {
            applied.push(done);
            return;
        }
        const left = context.beforeSkipped.find((a) => same(a, kind, id));
        if (left) {
            skipped.push(left);
            return;
        }
        const read = backlog.get(id);
        const n = numberOf(id);
        if (!read || !Number.isSafeInteger(n))
            return;
        const held = await bound?.();
        if (held) {
            skipped.push({ kind, item: id, detail: `${detail} (left open: ${held})` });
            return;
        }
        const now = await readRetroIssue(job.client, job.repo, n);
        if (now.state !== 'open' || now.updatedAt !== read.updatedAt) {
            skipped.push({
                kind,
                item: id,
                detail: `${detail} (changed since the retrospective read it at ${read.updatedAt})`,
            });
            return;
        }
        if (!job.writes)
            log.info(`[dry-run] Would ${kind} ${id}: ${detail}`);
        else
            await change(n);
        applied.push({ kind, item: id, detail });
        if (isClose(kind))
            closed += 1;
    };
    // Closes, duplicates first (closing one loses nothing), at most retro.max-closes of them per run.
    const closes = [
        ...answer.merges.map((m) => ({ kind: 'merge', item: m.source, target: m.target })),
        ...answer.deprecations.map((d) => ({ kind: 'deprecate', item: d.item, target: undefined })),
    ];
    const changedLately = await humanChanges(job, closes, backlog, context, since);
    const closeBound = (item, target) => async () => {
        const change = changedLately.get(item);
        if (change) {
            const open = target
                ? (await readRetroIssue(job.client, job.repo, numberOf(target))).state === 'open'
                : false;
            if (!open)
                return `${change.by} ${change.what} on ${change.at.slice(0, 10)}, ${lately}`;
        }
        if (closed >= retro['max-closes'])
            return `this run already closed ${closed}, the limit of retro.max-closes (${retro['max-closes']})`;
        return undefined;
    };
    const merges = new Map(answer.merges.map((m) => [m.source, m]));
    const deprecations = new Map(answer.deprecations.map((d) => [d.item, d]));
    for (const c of closes) {
        const m = c.kind === 'merge' ? merges.get(c.item) : undefined;
        if (m) {
            await attempt('merge', m.source, `duplicate of ${m.target}: ${m.reason}`, async (n) => {
                await (0,github_comments/* writeComment */.HF)(job.client, job.repo, n, `Duplicate of ${m.target}. Closed by ${by}: ${(0,safety_markdown/* renderModelMarkdown */.pX)(m.reason)}`, undefined);
                await closeIssueAs(job.client, job.repo, n, 'duplicate');
            }, closeBound(m.source, m.target));
            continue;
        }
        const d = deprecations.get(c.item);
        if (!d)
            continue;
        await attempt('deprecate', d.item, d.reason, async (n) => {
            await (0,github_comments/* writeComment */.HF)(job.client, job.repo, n, `Closed as not planned by ${by}: ${(0,safety_markdown/* renderModelMarkdown */.pX)(d.reason)}`, undefined);
            await closeIssueAs(job.client, job.repo, n, 'not_planned');
        }, closeBound(d.item, undefined));
    }
    for (const p of answer.priority_changes) {
        await attempt('reprioritise', p.item, `${p.old} → ${p.new}: ${p.reason}`, async (n) => {
            const labels = backlog.get(p.item)?.labels ?? [];
            const { remove, add } = priorityLabels(labels, p.new);
            await (0,github_labels/* addLabels */.Nl)(job.client, job.repo, n, [add]);
            for (const label of remove)
                if (label !== add)
                    await (0,github_labels/* removeLabel */.tA)(job.client, job.repo, n, label);
        });
    }
    for (const item of answer.new_items) {
        const key = `retro:${item.title}`;
        const done = context.before.find((a) => same(a, 'create', key));
        if (done) {
            applied.push(done);
            continue;
        }
        // A component naming the action's own labels (`codex`, `codex:ready`) would opt the item in.
        const component = item.component && !ownLabel(item.component, labels.prefix) ? item.component : null;
        const made = await (0,work_items/* createWorkItem */.Rp)(job, {
            key,
            title: item.title,
            body: `${(0,safety_markdown/* renderModelMarkdown */.pX)(item.body)}\n\nRecommended by ${by}. Not in the backlog until a person adds the \`${labels.prefix}\` label.`,
            priority: item.priority,
            labels: component ? [component] : [],
            optIn: false,
        });
        const left = item.component && !component ? `; its label \`${(0,safety_markdown/* renderModelLine */.G)(item.component)}\` was left off` : '';
        applied.push({
            kind: 'create',
            item: key,
            detail: `${made.number ? `#${made.number}` : '(dry run)'} ${(0,safety_markdown/* renderModelLine */.G)(item.title)} (${made.outcome}, not opted in${left})`,
        });
    }
    return { applied, skipped };
}
const DAY = 86_400_000;
/** `codex`, `codex:ready`, … : labels that put an item in the action's hands. */
const ownLabel = (label, prefix) => {
    const l = label.trim().toLowerCase();
    const p = prefix.toLowerCase();
    return l === p || l.startsWith(`${p}:`);
};
/**
 * Who other than the action changed each item to be closed since `since`: asked in one request,
 * and only for items whose last activity (as the backlog read gave it) falls in that window.
 */
async function humanChanges(job, closes, backlog, context, since) {
    const recent = closes.filter((c) => {
        if ([...context.before, ...context.beforeSkipped].some((a) => same(a, c.kind, c.item)))
            return false;
        const updated = backlog.get(c.item)?.updatedAt;
        return !updated || Date.parse(updated) >= Date.parse(since);
    });
    const numbers = recent.map((c) => numberOf(c.item)).filter(Number.isSafeInteger);
    if (numbers.length === 0)
        return new Map();
    const found = await humanChangesSince(job.client, job.repo, numbers, since, job.identity);
    const changes = new Map();
    for (const c of recent) {
        const change = found.get(numberOf(c.item));
        if (change)
            changes.set(c.item, change);
    }
    return changes;
}

// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/git/push.ts
var push = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/git/remote.ts
var git_remote = __webpack_require__(668);
// EXTERNAL MODULE: ./src/git/worktree.ts
var worktree = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/tracker/github/tracker.ts + 1 modules
var tracker = __webpack_require__(3002);
;// CONCATENATED MODULE: ./src/phases/retro/apply-docs.ts











/** The branch one retro run's docs changes go on. */
const retroBranch = (prefix, runId) => `${prefix}/retro-${runId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
async function applyDocsAnswer(job, answer, backlog, context) {
    const plan = docsChanges(answer, { priorities: false });
    const applied = [];
    const skipped = [];
    const pending = [];
    const same = (a, p) => a.kind === p.kind && a.item === p.item;
    for (const p of plan) {
        const done = context.before.find((a) => same(a, p));
        const left = context.beforeSkipped.find((a) => same(a, p));
        if (done)
            applied.push(done);
        else if (left)
            skipped.push(left);
        else
            pending.push(p);
    }
    if (applied.length === 0 && pending.length === 0)
        return { applied, skipped, pull: undefined };
    const { ctx } = job;
    const git = (0,exec/* createGitExec */.ON)();
    const repoDir = ctx.context.workspace;
    const prefix = ctx.config.labels.prefix;
    const branch = retroBranch(prefix, context.runId);
    const remote = await (0,git_remote/* originRemote */.lY)(git, repoDir, ctx.inputs.githubToken);
    const base = await (0,content/* defaultBranch */.OR)(job.client, job.repo);
    const wt = await (0,worktree/* openWorktree */.Gc)(git, {
        repoDir,
        parentDir: ctx.context.runnerTemp,
        branch,
        defaultBranch: base,
        remote,
    });
    try {
        const lines = [];
        for (const p of pending) {
            const file = docsFileOf(backlog.get(p.item));
            if (!file)
                continue;
            const read = context.readBlobs.get(file);
            const now = await git(['rev-parse', `refs/remotes/origin/${base}:${file}`], { cwd: repoDir });
            if (!read || now.exitCode !== 0 || now.stdout.trim() !== read) {
                skipped.push({
                    kind: p.kind,
                    item: p.item,
                    detail: `${p.detail} (${file} changed on ${base} since the retrospective read it)`,
                });
                continue;
            }
            await writeDocsChange(git, wt.dir, file, p);
            lines.push(`- ${p.kind} ${(0,markdown/* inlineCode */.ti)(p.item, { max: 100 })} (${file})`);
            applied.push({ kind: p.kind, item: p.item, detail: p.detail });
        }
        const sha = await (0,commit/* commitStaged */.u$)(git, wt.dir, `Apply the retrospective of run ${context.runId}\n\n${lines.join('\n')}`, (0,tracker/* authorFor */.F)(job.identity));
        if (!job.writes) {
            if (sha)
                log.info(`[dry-run] Would push ${sha} to ${branch} and open a pull request.`);
            return { applied, skipped, pull: undefined };
        }
        if (sha) {
            const pushed = await (0,push/* pushBranch */.TV)(git, { dir: wt.dir, remote, branch, prefix, base: wt.base });
            if (pushed.status === 'foreign') {
                throw new Error(`Origin's '${branch}' has commits the retrospective did not write (${pushed.foreignCommits.slice(0, 3).join('; ')}); nothing was pushed. Delete the branch and re-run the job.`);
            }
            log.info(`Pushed the retrospective's docs changes to ${branch} (${pushed.sha}).`);
        }
        if (!sha && !wt.remoteTip)
            return { applied, skipped, pull: undefined };
        const found = await (0,pulls/* findBranchPull */.xU)(job.client, job.repo, branch);
        if (found)
            return { applied, skipped, pull: { number: found.number, htmlUrl: found.htmlUrl } };
        const pull = await (0,pulls/* createDraftPull */.JL)(job.client, job.repo, {
            branch,
            base,
            title: `Retrospective: deprecate ${applied.length} docs backlog item(s)`,
            body: pullBody(plan, applied, context.reportLink),
        });
        log.info(`Opened #${pull.number} with the retrospective's docs changes.`);
        return { applied, skipped, pull };
    }
    finally {
        await (0,worktree/* removeWorktree */.IL)(git, repoDir, wt.dir);
    }
}
function pullBody(plan, applied, reportLink) {
    const lines = plan
        .filter((p) => applied.some((a) => a.kind === p.kind && a.item === p.item))
        .map((p) => `- **${p.kind}** ${(0,markdown/* inlineCode */.ti)(p.item, { max: 100 })}: ${p.line}`);
    return [
        `Changes to the docs backlog from the [retrospective](${reportLink}). Merging this pull request applies them; closing it leaves the backlog as it is.`,
        lines.join('\n'),
    ].join('\n\n');
}

// EXTERNAL MODULE: ./src/backlog/docs.ts
var backlog_docs = __webpack_require__(7496);
// EXTERNAL MODULE: ./src/git/branch.ts
var branch = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/github/backlog.ts + 1 modules
var backlog = __webpack_require__(8370);
// EXTERNAL MODULE: ./src/tracker/github/backlog.ts
var github_backlog = __webpack_require__(9853);
// EXTERNAL MODULE: ./src/tracker/github/store.ts + 1 modules
var store = __webpack_require__(2762);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/phases/retro/stored.ts



/**
 * A retro report's hidden state: when it read the repository, its figures (the next retro's
 * trend), the abandoned work it knew of, the answer it acted on and what it applied. Stored like
 * the review JSON (src/review/stored.ts): base64url JSON with its checksum in one hidden block, read
 * only from the action's own report, only when the block is there exactly once and intact. Model
 * text in the report is rendered with renderModelMarkdown, which cannot write `<!--`.
 */
/** Marks a retro report; `run=<id>` names the workflow run, so a re-run edits its own report. */
const RETRO_MARKER = '<!-- codex-orchestrator:retro';
const retroMarker = (runId) => `${RETRO_MARKER} run=${runId} -->`;
const PREFIX = 'codex-orchestrator:retro-state';
const OPENER = /<!--\s*codex-orchestrator:retro-state/gi;
const BLOCK = /<!-- codex-orchestrator:retro-state sha256=([0-9a-f]{64}) ([A-Za-z0-9_-]+) -->/;
const figures = schemas/* object */.Ikc({
    attempted: schemas/* number */.aig(),
    done: schemas/* number */.aig(),
    blocked: schemas/* number */.aig(),
    medianReviewCycles: schemas/* number */.aig().nullable(),
    merged: schemas/* number */.aig(),
    closedUnmerged: schemas/* number */.aig(),
    reworkRate: schemas/* number */.aig().nullable(),
    tokens: schemas/* number */.aig(),
    costUsd: schemas/* number */.aig(),
    unpricedTokens: schemas/* number */.aig().optional(),
    tokensPerDone: schemas/* number */.aig().nullable(),
    costPerDoneUsd: schemas/* number */.aig().nullable(),
});
const change = schemas/* object */.Ikc({ kind: schemas/* string */.YjP(), item: schemas/* string */.YjP(), detail: schemas/* string */.YjP() });
const retroStateSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    runId: schemas/* string */.YjP(),
    /** ISO time this retro read the repository: the next one looks at what happened after it. */
    at: schemas/* string */.YjP(),
    figures,
    /** Items whose newest pull request was closed unmerged (issue number → pull request). */
    abandoned: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig().int().positive(), schemas/* number */.aig().int().positive()])),
    /** The screened answer the report shows, so a re-run of the run acts on the same one. */
    answer: retroAnswerSchema.nullable(),
    /** The notes on what screening dropped from the model's answer. */
    dropped: schemas/* array */.YOg(schemas/* string */.YjP()),
    applied: schemas/* array */.YOg(change),
    skipped: schemas/* array */.YOg(change),
});
const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
function encodeRetroState(state) {
    const json = JSON.stringify(state);
    return `<!-- ${PREFIX} sha256=${sha256(json)} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}
/** The state of a report body, or undefined when absent, repeated, altered or invalid. */
function decodeRetroState(body) {
    if ((body.match(OPENER)?.length ?? 0) !== 1)
        return undefined;
    const block = BLOCK.exec(body);
    if (!block)
        return undefined;
    const [, checksum, encoded] = block;
    const json = Buffer.from(encoded, 'base64url').toString('utf8');
    if (sha256(json) !== checksum)
        return undefined;
    try {
        const parsed = retroStateSchema.safeParse(JSON.parse(json));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** The run id a report body names (`<!-- codex-orchestrator:retro run=… -->`), if any. */
function reportRunId(body) {
    return /<!-- codex-orchestrator:retro run=([\w.-]+) -->/.exec(body)?.[1];
}

;// CONCATENATED MODULE: ./src/phases/retro/gather.ts












/** Bounds of one retro's reads: a week of a busy repository fits; beyond that, the newest count. */
const RETRO_READ_LIMITS = { reports: 100, items: 100, pulls: 100, mergedPulls: 50 };
/** The action's reports, newest first; only its own issues or comments count. */
async function findReports(job, place, runId) {
    let found;
    if (place.kind === 'issue') {
        const issues = await listOwnMarkedIssues(job.client, job.repo, {
            label: place.label,
            marker: RETRO_MARKER,
            identity: job.identity,
            max: RETRO_READ_LIMITS.reports,
        });
        found = issues.map((i) => ({
            id: i.number,
            body: i.body,
            runId: reportRunId(i.body),
            state: decodeRetroState(i.body),
            link: `#${i.number}`,
        }));
    }
    else {
        const comments = await (0,github_comments/* listMarkedComments */.b2)(job.client, job.repo, place.issue, RETRO_MARKER, job.identity);
        found = comments.reverse().map((c) => ({
            id: c.id,
            body: c.body,
            runId: reportRunId(c.body),
            state: decodeRetroState(c.body),
            link: c.htmlUrl,
        }));
    }
    const own = found.find((r) => r.runId === runId);
    const previous = found.find((r) => r.runId !== runId && r.state !== undefined);
    return { own, previous };
}
async function readBacklog(job) {
    const { config, context } = job.ctx;
    if (config.backlog.source === 'docs') {
        const docs = await (0,backlog_docs/* loadDocsBacklog */.hk)((0,external_node_path_.join)(context.workspace), config.backlog.docs);
        return { source: 'docs', items: docs.items, dag: docs.dag, problems: docs.problems.length };
    }
    const gh = await (0,github_backlog/* loadGitHubBacklog */.TT)((0,backlog/* backlogReads */.F)(job.client, job.repo), {
        prefix: config.labels.prefix,
        trusted: (user) => (0,github_identity/* isIdentity */.Lk)(user, job.identity),
    });
    return { source: 'github', items: gh.items, dag: gh.dag, problems: gh.problems.length };
}
/**
 * Every item the orchestrator may have touched since `since`: the labelled issues updated since,
 * each with its state from the action's own status comment, and the action's pull requests
 * updated since, with their fate (merged PRs with the commits someone else added).
 */
async function readTouched(job, since) {
    const prefix = job.ctx.config.labels.prefix;
    const pulls = [];
    let merged = 0;
    for (const pr of await listActionPulls(job.client, job.repo, {
        prefix,
        since,
        max: RETRO_READ_LIMITS.pulls,
    })) {
        const item = (0,branch/* branchItem */.AC)(pr.headRef, prefix);
        if (item === undefined)
            continue;
        let foreignCommits = 0;
        if (pr.state === 'merged' && merged < RETRO_READ_LIMITS.mergedPulls) {
            merged += 1;
            foreignCommits = await countForeignCommits(job.client, job.repo, pr.number, job.identity);
        }
        pulls.push({ number: pr.number, item, state: pr.state, foreignCommits, closedAt: pr.closedAt });
    }
    const issues = await listLabelledIssues(job.client, job.repo, {
        label: prefix,
        since,
        max: RETRO_READ_LIMITS.items,
    });
    const items = [];
    for (const issue of issues) {
        // No comments: no status comment, so nothing the orchestrator did (and no request to look).
        if (issue.comments === 0)
            continue;
        try {
            const loaded = await (0,store/* loadItemState */.JR)(job.client, job.repo, issue.number, job.identity);
            if (!loaded || loaded.state.phase === null)
                continue;
            items.push({
                number: issue.number,
                title: issue.title,
                state: loaded.state,
                pulls: pulls.filter((p) => p.item === issue.number),
            });
        }
        catch (error) {
            log.warning(`The retrospective leaves #${issue.number} out: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    return { items, pulls };
}

// EXTERNAL MODULE: ./src/backlog/dashboard.ts + 1 modules
var backlog_dashboard = __webpack_require__(4307);
// EXTERNAL MODULE: ./src/github/follow-ups.ts
var follow_ups = __webpack_require__(8006);
;// CONCATENATED MODULE: ./src/phases/retro/publish.ts





/** The label of the report issues: how the next retro finds them in a bounded list. */
const retroLabel = (prefix) => `${prefix}:retro`;
/**
 * Where this retro's report goes (config `retro.report`): a new issue, or a comment on the
 * dashboard, the action's own issue carrying the dashboard marker. Without a dashboard yet (no
 * scan ran), the report is an issue after all, and the log says so.
 */
async function reportPlace(job) {
    const prefix = job.ctx.config.labels.prefix;
    if (job.ctx.config.retro.report === 'dashboard-comment') {
        const [dashboard] = await listOwnMarkedIssues(job.client, job.repo, {
            state: 'open',
            direction: 'asc',
            marker: backlog_dashboard/* DASHBOARD_MARKER */.UM,
            identity: job.identity,
            max: 300,
        });
        if (dashboard)
            return { kind: 'dashboard', issue: dashboard.number };
        log.warning('retro.report is dashboard-comment, but there is no dashboard issue yet; the report is an issue.');
    }
    return { kind: 'issue', label: retroLabel(prefix) };
}
/** Where the report is, for links in what the retro writes. */
function reportLink(job, place, report) {
    const base = `${job.ctx.context.serverUrl}/${job.repo.owner}/${job.repo.repo}`;
    return place.kind === 'issue' ? `${base}/issues/${report.id}` : report.link;
}
/**
 * Writes the report: this run's report is edited in place (a re-run never opens a second one), an
 * unchanged body is not written again. Printed instead when the job may not write.
 */
async function publishReport(job, place, own, report) {
    if (!job.writes) {
        log.info(`[dry-run] The retrospective report:\n${report.body}`);
        return { id: own?.id ?? 0, link: own?.link ?? '', written: false };
    }
    if (place.kind === 'dashboard') {
        const written = await (0,github_comments/* writeComment */.HF)(job.client, job.repo, place.issue, report.body, own);
        return { id: written.id, link: written.htmlUrl || (own?.link ?? ''), written: written.written };
    }
    if (own) {
        if (own.body === report.body)
            return { id: own.id, link: own.link, written: false };
        await (0,follow_ups/* updateIssueText */.AX)(job.client, job.repo, own.id, { body: report.body });
        return { id: own.id, link: own.link, written: true };
    }
    const created = await (0,follow_ups/* createIssue */.Ko)(job.client, job.repo, {
        title: report.title,
        body: report.body,
        labels: [place.label],
    });
    return { id: created.number, link: `#${created.number}`, written: true };
}

;// CONCATENATED MODULE: ./src/phases/retro/report.ts




/** GitHub allows 65,536 characters in an issue body or comment; stay clear of it. */
const REPORT_MAX_CHARS = 60_000;
const usd = (n) => `$${n.toFixed(2)}`;
const pct = (n) => (n === null ? '—' : `${Math.round(n * 100)}%`);
const num = (n) => (n === null ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(1));
const line = (text, max = 300) => (0,safety_markdown/* renderModelLine */.G)(text.length > max ? `${text.slice(0, max)}…` : text);
/**
 * An item as the report names it: `#12` as a link, a docs id (front matter, which anyone who can
 * open a pull request writes) as one code span that no line break or backtick in it can leave.
 */
const ref = (id) => (/^#\d+$/.test(id) ? id : (0,markdown/* inlineCode */.ti)(id, { max: 100 }));
function outcomesTable(outcomes, rows) {
    if (outcomes.length === 0)
        return ['_No item was worked on since the last retrospective._'];
    const out = [
        '| item | result | why | review cycles | PR | rework | tokens | cost |',
        '|---|---|---|---|---|---|---|---|',
    ];
    for (const o of outcomes.slice(0, rows)) {
        const pr = o.pr ? `#${o.pr.number} ${o.pr.state === 'closed' ? 'closed unmerged' : o.pr.state}` : '—';
        const rework = o.pr?.state === 'merged' ? (o.pr.foreignCommits > 0 ? `yes (${o.pr.foreignCommits})` : 'no') : '—';
        out.push(`| #${o.item} ${(0,markdown/* cell */.Hn)(line(o.title, 80))} | ${o.result}${o.escalated ? ' (escalated)' : ''} | ${(0,markdown/* cell */.Hn)(o.why ? line(o.why, 200) : '—')} | ${o.reviewCycles} | ${pr} | ${rework} | ${o.tokens} | ${(0,budget/* costCell */.ch)(o.costUsd, o.unpricedTokens)} |`);
    }
    if (outcomes.length > rows)
        out.push('', `_…and ${outcomes.length - rows} more items (cut to fit GitHub's limit)._`);
    return out;
}
const FIGURES = [
    ['attempted', 'items attempted', num, 'none'],
    ['done', 'done', num, 'up'],
    ['blocked', 'blocked', num, 'down'],
    ['medianReviewCycles', 'median review cycles', num, 'down'],
    ['merged', 'PRs merged', num, 'up'],
    ['closedUnmerged', 'PRs closed unmerged', num, 'down'],
    ['reworkRate', 'rework rate', pct, 'down'],
    ['tokensPerDone', 'tokens per done item', num, 'down'],
    ['costPerDoneUsd', 'cost per done item', (n) => (n === null ? '—' : usd(n)), 'down'],
];
function trend(now, before, better) {
    if (now === null || before === null)
        return '—';
    if (Math.abs(now - before) < 1e-9)
        return '→';
    const up = now > before;
    if (better === 'none')
        return up ? '↑' : '↓';
    return `${up ? '↑' : '↓'} ${up === (better === 'up') ? 'better' : 'worse'}`;
}
function figuresTable(figures, previous) {
    const out = ['| figure | this retro | last retro | trend |', '|---|---|---|---|'];
    for (const [key, label, show, better] of FIGURES) {
        const before = previous ? previous.figures[key] : null;
        // A cost with tokens on an unpriced model is unknown: its priced part is never shown as it.
        const shown = (f, n) => key === 'costPerDoneUsd' && n !== null && (f.unpricedTokens ?? 0) > 0
            ? (0,budget/* costCell */.ch)(n, f.unpricedTokens)
            : show(n);
        out.push(`| ${label} | ${shown(figures, figures[key])} | ${previous ? shown(previous.figures, before) : '—'} | ${trend(figures[key], before, better)} |`);
    }
    return out;
}
function findingLines(findings) {
    const id = ref;
    const out = [];
    for (const d of findings.duplicates)
        out.push(`- Possible duplicate: ${id(d.source)} of ${id(d.target)} (same ${d.by.join(' and ')}).`);
    for (const s of findings.stale)
        out.push(`- Stale: ${id(s.item)}, no activity for ${s.days} days.`);
    for (const b of findings.blockedByAbandoned)
        out.push(`- ${id(b.item)} waits for ${id(b.blocker)}, whose pull request #${b.pr} was closed without a merge.`);
    return out.length > 0 ? out : ['_Nothing found._'];
}
function answerLines(answer) {
    const out = [];
    const list = (title, items) => {
        if (items.length > 0)
            out.push('', `**${title}**`, '', ...items);
    };
    list('Deprecate', answer.deprecations.map((d) => `- ${ref(d.item)}: ${line(d.reason)}`));
    list('Merge duplicates', answer.merges.map((m) => `- ${ref(m.source)} into ${ref(m.target)}: ${line(m.reason)}`));
    list('Change priority', answer.priority_changes.map((p) => `- ${ref(p.item)}: ${p.old} → ${p.new}: ${line(p.reason)}`));
    list('Recommendations', answer.recommendations.map((r) => `- ${line(r.text, 1000)}`));
    list('New items', answer.new_items.map((n) => `- ${line(n.title, 200)} (${n.priority}${n.component ? `, ${line(n.component, 50)}` : ''})`));
    out.push('', `**Next priority item:** ${answer.next_priority_item ? ref(answer.next_priority_item) : 'none named'}`);
    return out;
}
const changeLine = (c) => `- ${c.kind} ${ref(c.item)}: ${line(c.detail, 500)}`;
function render(input, rows) {
    const { state } = input;
    const since = input.previous
        ? `Since the last retrospective (${input.previous.at}${input.previous.link ? `, ${input.previous.link}` : ''}).`
        : 'The first retrospective: everything the orchestrator worked on so far.';
    const parts = [
        retroMarker(state.runId),
        `## 🔁 Retrospective of ${state.at.slice(0, 10)}`,
        `${since} [Run](${input.runUrl}).`,
        '### Summary',
        input.answer
            ? (0,safety_markdown/* renderModelMarkdown */.pX)(input.answer.summary.trim() || '_(no summary)_')
            : `⛔ ${line(input.blockedReason ?? 'No answer.', 1000)}`,
        '### Outcomes',
        ...outcomesTable(input.outcomes, rows),
        '',
        ...figuresTable(state.figures, input.previous),
        '### Findings',
        ...findingLines(input.findings),
        '### Recommendations',
        ...(input.answer ? answerLines(input.answer) : ['_None: the model gave no usable answer._']),
    ];
    if (input.dropped.length > 0)
        parts.push('', '**Dropped** (they named something outside the backlog):', '', ...input.dropped.map((d) => `- ${line(d, 300)}`));
    parts.push('### Applied');
    if (input.applyNote)
        parts.push(input.applyNote);
    if (input.applied.length > 0)
        parts.push(...input.applied.map(changeLine));
    else if (!input.applyNote)
        parts.push('_Nothing to apply._');
    if (input.skipped.length > 0)
        parts.push('', '**Left alone** (each with the reason):', '', ...input.skipped.map(changeLine));
    parts.push('', encodeRetroState(state));
    return parts.join('\n');
}
/** The report body, always under {@link REPORT_MAX_CHARS}: fewer table rows until it fits. */
function renderReport(input) {
    for (const rows of [500, 200, 50, 10, 0]) {
        const body = render(input, rows);
        if (body.length <= REPORT_MAX_CHARS)
            return body;
    }
    // Only a huge backlog or answer gets here: no findings, and the answer left out of the state
    // (a re-run then asks again rather than store what does not fit).
    const lean = { ...input, findings: { duplicates: [], stale: [], blockedByAbandoned: [] }, dropped: [] };
    for (const state of [input.state, { ...input.state, answer: null, dropped: [] }]) {
        const body = render({ ...lean, state }, 0);
        if (body.length <= REPORT_MAX_CHARS)
            return body;
    }
    const state = { ...input.state, answer: null, dropped: [] };
    return `${retroMarker(state.runId)}\n_The retrospective is too long to show._\n\n${encodeRetroState(state)}`;
}

;// CONCATENATED MODULE: ./src/phases/retro/index.ts














/**
 * The retrospective (DESIGN §1): reads the backlog and what became of the items and pull requests
 * the orchestrator touched since the last retro, computes the outcomes and findings, asks Codex
 * (read-only) for recommendations with them as evidence, and writes one report per run. It changes
 * the backlog only with `retro.apply: true`, and only items that were in the evidence.
 */
const retroPhase = async (ctx) => {
    const job = await (0,action_job/* openItemJob */.p4)(ctx);
    const gate = await (0,action_job/* gateTrigger */.yL)(job);
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const runId = ctx.context.runId;
    // Everything the model sees is read first, deterministically.
    const place = await reportPlace(job);
    const reports = await findReports(job, place, runId);
    const own = reports.own?.state;
    const at = own?.at ?? new Date().toISOString();
    const since = reports.previous?.state.at;
    const backlog = await readBacklog(job);
    const apply = ctx.config.retro.apply;
    // What each docs file was when read: one a person changes on the default branch later is left alone.
    const readBlobs = apply && backlog.source === 'docs'
        ? await readDocsBlobs(ctx.context.workspace, backlog.items)
        : new Map();
    const touched = await readTouched(job, since);
    const worked = touched.items.filter((i) => touchedSince(i, since));
    const outcomes = worked.map((i) => itemOutcome(i, ctx.config.pricing));
    const figures = retroFigures(outcomes, touched.pulls);
    const abandoned = carryAbandoned(reports.previous?.state.abandoned ?? [], touched.items);
    const findings = retroFindings({
        items: backlog.items,
        dag: backlog.dag,
        abandoned: new Map(abandoned.map(([item, pr]) => [`#${item}`, pr])),
        staleDays: ctx.config.retro['stale-days'],
        now: new Date(at),
    });
    const evidence = new Map(backlog.items.map((i) => [i.id, i]));
    let answer = own?.answer ?? null;
    let dropped = own?.dropped ?? [];
    let blockedReason = null;
    let status = 'complete';
    let usage;
    if (!answer) {
        const asked = await askWithEvidence(ctx, job, { items: backlog.items, outcomes, figures, findings });
        usage = asked.usage;
        if (asked.kind === 'answer') {
            const screened = screenAnswer(asked.answer, { items: evidence });
            answer = screened.answer;
            dropped = screened.dropped;
            for (const note of dropped)
                log.info(`Dropped from the retro answer: ${note}`);
        }
        else {
            blockedReason = asked.reason;
            status = asked.kind;
        }
    }
    let applyNote = null;
    let result = { applied: own?.applied ?? [], skipped: own?.skipped ?? [] };
    const state = () => ({
        version: 1,
        runId,
        at,
        figures,
        abandoned,
        answer,
        dropped,
        applied: result.applied,
        skipped: result.skipped,
    });
    const render = () => renderReport({
        state: state(),
        runUrl: job.runUrl,
        previous: reports.previous
            ? {
                at: reports.previous.state.at,
                figures: reports.previous.state.figures,
                link: reports.previous.link,
            }
            : null,
        outcomes,
        findings,
        answer,
        blockedReason,
        dropped,
        applied: result.applied,
        skipped: result.skipped,
        applyNote,
    });
    const title = `Retrospective ${at.slice(0, 10)}`;
    if (!apply)
        applyNote = '_Recommendations only: `retro.apply` is off, so nothing was changed._';
    else if (!job.writes)
        applyNote = '_Dry run: nothing was changed; these changes would be applied._';
    else if (backlog.source === 'docs')
        applyNote =
            '_Docs backlog: deprecations and merges are proposed in a pull request; priority changes and new items stay recommendations._';
    let published = reports.own;
    if (answer && apply) {
        // The report exists before the changes, so every change can link to it (a re-run's already does).
        let first = published;
        if (!first) {
            first = await publishReport(job, place, published, { title, body: render() });
            published = { id: first.id, body: render(), link: first.link, runId, state: state() };
        }
        const context = {
            reportLink: reportLink(job, place, first),
            at,
            before: own?.applied ?? [],
            beforeSkipped: own?.skipped ?? [],
        };
        if (backlog.source === 'github')
            result = await applyAnswer(job, answer, evidence, context);
        else {
            const docs = await applyDocsAnswer(job, answer, evidence, { ...context, runId, readBlobs });
            result = docs;
            if (docs.pull && job.writes)
                applyNote = `_Docs backlog: the changes below are in pull request #${docs.pull.number}; merging it applies them. Priority changes and new items stay recommendations._`;
        }
    }
    const body = render();
    const written = await publishReport(job, place, published, { title, body });
    const where = place.kind === 'issue' ? `#${written.id}` : `the dashboard #${place.issue}`;
    const reason = status === 'complete'
        ? `Retrospective of ${outcomes.length} item(s) written to ${where}; ${result.applied.length} change(s) applied, ${result.skipped.length} left alone.`
        : `${blockedReason} The report with the outcomes is in ${where}.`;
    return { status, reason, usage, summary: summaryOf(outcomes.length, figures, result, dropped.length) };
};
/**
 * The abandoned work the last retro knew of, plus the pull requests closed unmerged since, minus
 * the items that moved on (done, or with a newer pull request).
 */
function carryAbandoned(before, items) {
    const map = new Map(before);
    for (const item of items) {
        if (item.state.merged || item.pulls.some((p) => p.state !== 'closed'))
            map.delete(item.number);
    }
    for (const [item, pr] of abandonedItems(items))
        map.set(item, pr);
    return [...map.entries()].sort((a, b) => a[0] - b[0]);
}
/** The read-only run of the engine's retro, with the issues' outcomes and the Action's prompt source. */
function askWithEvidence(ctx, job, input) {
    return askRetro({
        agent: () => ctx.agent(),
        values: retroPromptValues({
            repository: `${job.repo.owner}/${job.repo.repo}`,
            ...input,
            outcomes: input.outcomes.map(pullRequestRow),
            figures: { ...input.figures },
        }),
        prompts: {
            overrides: ctx.config.prompts,
            readDefaultBranchFile: (path) => (0,content/* readDefaultBranchFile */.sb)(job.client, job.repo, path),
        },
        cwd: ctx.context.workspace,
        timeoutMs: ctx.config.budgets['phase-timeout-minutes'] * 60_000,
        signal: ctx.signal,
    });
}
function summaryOf(items, figures, result, dropped) {
    return [
        `**Retrospective:** ${items} item(s), ${figures.done} done, ${figures.blocked} blocked; ` +
            `${figures.merged} PR(s) merged, ${figures.closedUnmerged} closed unmerged.`,
        `Applied ${result.applied.length}, left alone ${result.skipped.length}, dropped ${dropped}.`,
    ].join('\n\n');
}


/***/ }),

/***/ 6184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip),
/* harmony export */   N: () => (/* binding */ issueBlock)
/* harmony export */ });
/* harmony import */ var _safety_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1947);

/** The most of an issue's text a prompt carries: one long issue must not crowd out the rest. */
const MAX_ISSUE_CHARS = 30_000;
/** Cuts text at `max` characters, saying so, so that the model knows it did not see everything. */
const clip = (text, max) => text.length > max ? `${text.slice(0, max)}\n[… clipped]` : text;
/** The issue as the plan and dev prompts show it: title and body, clipped, sanitised and delimited. */
const issueBlock = (issue) => (0,_safety_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .untrustedBlock */ .C9)('issue', clip(`# ${issue.title}\n\n${issue.body}`, MAX_ISSUE_CHARS));


/***/ })

};
