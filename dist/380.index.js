export const id = 380;
export const ids = [380];
export const modules = {

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

/***/ 1380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  controlPhase: () => (/* binding */ controlPhase)
});

// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/item/job.ts + 2 modules
var item_job = __webpack_require__(7950);
// EXTERNAL MODULE: ./src/item/store.ts + 1 modules
var store = __webpack_require__(5343);
// EXTERNAL MODULE: ./src/review/item.ts
var review_item = __webpack_require__(153);
// EXTERNAL MODULE: ./src/route.ts
var route = __webpack_require__(3322);
// EXTERNAL MODULE: ./src/safety/actor.ts + 1 modules
var actor = __webpack_require__(5930);
// EXTERNAL MODULE: ./src/state/index.ts + 1 modules
var src_state = __webpack_require__(5557);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/review/resolve.ts
var resolve = __webpack_require__(4432);
;// CONCATENATED MODULE: ./src/phases/control/pull-closed.ts







/**
 * One of the action's pull requests was closed (`pull_request.closed`, routed to the control
 * handler). Merged: the item is done — `<prefix>:done`, nothing left for a human. Closed without
 * merging: the item is blocked and the status comment says what a person can do. Bookkeeping only,
 * no model call.
 *
 * The facts come from GitHub's API (the pull request as it is now), not from the event, and the
 * item counts only when the PR's branch is `<prefix>/<n>-…` and issue #n's status comment — written
 * by the action's own identity — tracks this very PR. There is no actor gate: nobody asks for
 * anything here, the job records what GitHub reports, and only people with triage access or more
 * (or the PR's author, the action) can close a pull request at all.
 */
async function pullClosed(ctx) {
    if (!ctx.target)
        return { status: 'skipped', reason: 'The closed pull request has no number.' };
    const job = await (0,item_job/* openItemJob */.p4)(ctx);
    const pr = await (0,pulls/* getPull */.Cs)(job.client, job.repo, ctx.target);
    const base = { prNumber: pr.number, branch: pr.head.ref };
    const skip = (reason, item) => ({ status: 'skipped', reason, item, ...base });
    if (pr.state !== 'closed')
        return skip(`Pull request #${pr.number} is open again; nothing to record.`);
    if ((0,resolve/* fromFork */.NY)(pr))
        return skip(`Pull request #${pr.number} comes from a fork; it belongs to no work item.`);
    const item = (0,review_item/* branchItem */.AC)(pr.head.ref, ctx.config.labels.prefix);
    if (!item)
        return skip(`Pull request #${pr.number} (${pr.head.ref}) is not one of the action's branches.`);
    const state = (await (0,store/* loadItemState */.JR)(job.client, job.repo, item, job.identity))?.state;
    if (!state)
        return skip(`#${item} has no status comment by the action; nothing to record.`, item);
    if (state.pr !== pr.number) {
        return skip(`#${item} tracks ${state.pr ? `pull request #${state.pr}` : 'no pull request'}, not #${pr.number}; nothing to record.`, item);
    }
    if (pr.merged) {
        const by = pr.merged_by?.login ?? ctx.context.actor;
        const reason = `Pull request #${pr.number} was merged by ${by}: #${item} is done.`;
        if (state.merged?.pr !== pr.number) {
            const done = (0,src_state/* finishPhase */.Ng)({ ...state, merged: { pr: pr.number, by, at: pr.merged_at ?? new Date().toISOString() } }, 'control', 'complete', { runUrl: job.runUrl, note: `PR #${pr.number} merged by ${by}: done`, nextAction: null });
            await (0,item_job/* saveState */.LZ)(job, done);
        }
        else
            log.info(`#${item} already records the merge of #${pr.number}; only its label is checked.`);
        await (0,item_job/* setLabel */.je)(job, item, 'done');
        return { status: 'complete', reason, item, ...base };
    }
    return blockClosed(job, state, pr.number, ctx.context.actor, base);
}
/**
 * The item waits for a person: `/codex retry` runs dev again, which reopens the same PR (it never
 * opens a second one), or the issue is closed. Recorded as dev's result, so that retry restarts dev.
 */
async function blockClosed(job, state, pr, by, base) {
    const note = `PR #${pr} was closed without merging by ${by}`;
    const what = 'comment /codex retry to reopen it and run dev again, or close the issue.';
    const next = `PR #${pr} was closed without merging: ${what}`;
    // A re-run of the same event writes no second timeline line.
    if (state.timeline.at(-1)?.note !== note) {
        await (0,item_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'dev', 'blocked', { runUrl: job.runUrl, note, nextAction: next }));
    }
    await (0,item_job/* setLabel */.je)(job, state.item, 'blocked');
    return { status: 'blocked', reason: `${note}: ${what}`, item: state.item, ...base };
}

;// CONCATENATED MODULE: ./src/phases/control/index.ts









/** Phases a `/codex retry` or `/codex resume` may start again. */
const RESTARTABLE = new Set(['plan', 'dev', 'review', 'fix', 'verify']);
/**
 * The operator's slash commands that change no code (DESIGN §5): `/codex approve`, `stop`,
 * `resume`, `status`, `retry`. Bookkeeping only: the status comment, labels, and the dispatch of
 * the phase that should run next. Who commented is checked (not only the workflow's actor); an
 * unauthorised commenter is ignored without a write or a model call.
 */
const controlPhase = async (ctx) => {
    if (ctx.command === route/* PULL_CLOSED */.pr)
        return pullClosed(ctx);
    const command = ctx.command;
    if (!command || !route/* CONTROL_COMMANDS */.JK.includes(command)) {
        return {
            status: 'error',
            reason: `Unknown control command '${ctx.command ?? ''}'. Expected one of: ${route/* CONTROL_COMMANDS */.JK.join(', ')}.`,
        };
    }
    if (!ctx.target)
        return { status: 'skipped', reason: `/codex ${command} names no issue or pull request.` };
    const job = await (0,item_job/* openItemJob */.p4)(ctx);
    const gate = await (0,item_job/* gateTrigger */.yL)(job);
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const by = (0,item_job/* commenterOf */.wv)(ctx)?.login ?? ctx.context.actor;
    if (command === 'approve' && !(await (0,actor/* hasWriteAccess */.sv)(job.client, job.repo, by))) {
        return { status: 'skipped', reason: `/codex approve by '${by}' ignored: approving needs write access.` };
    }
    const item = await workItemOf(job, ctx.target);
    const loaded = await (0,store/* loadItemState */.JR)(job.client, job.repo, item, job.identity);
    const state = loaded?.state ?? (0,src_state/* newItemState */.rY)(item);
    const result = await COMMANDS[command](job, state, by);
    return { item, ...result };
};
const COMMANDS = {
    async approve(job, state, by) {
        if (state.stopped)
            return stoppedResult(state);
        if (state.merged)
            return doneResult(state);
        const at = new Date().toISOString();
        const escalation = state.escalation;
        if (escalation && !escalation.approvedBy) {
            const next = restartable(escalation.phase) ?? 'dev';
            const approved = (0,src_state/* noteEvent */.Rh)({ ...state, escalation: { ...escalation, approvedBy: by, approvedAt: at }, nextAction: null }, `escalation approved by ${by}`, job.runUrl);
            return finish(job, approved, next, `${by} approved the escalation; ${next} runs again.`);
        }
        const unplanned = withoutPlan(state);
        if (unplanned)
            return { status: 'skipped', reason: `/codex approve by ${by} refused: ${unplanned}` };
        const approved = (0,src_state/* noteEvent */.Rh)({ ...state, approval: { by, at }, nextAction: null }, `plan approved by ${by}`, job.runUrl);
        await (0,item_job/* setLabel */.je)(job, state.item, 'ready');
        return finish(job, approved, 'dev', `${by} approved the plan; dev starts.`);
    },
    async stop(job, state, by) {
        const stopped = (0,src_state/* noteEvent */.Rh)({ ...state, stopped: { by, at: new Date().toISOString() } }, `stopped by ${by}`, job.runUrl);
        await (0,item_job/* setStopLabel */.$_)(job, state.item, true);
        await (0,item_job/* saveState */.LZ)(job, stopped);
        return {
            status: 'complete',
            reason: `#${state.item} stopped by ${by}. Comment /codex resume to continue.`,
        };
    },
    async resume(job, state, by) {
        await (0,item_job/* setStopLabel */.$_)(job, state.item, false);
        const resumed = (0,src_state/* noteEvent */.Rh)({ ...state, stopped: null }, `resumed by ${by}`, job.runUrl);
        // A phase that was cut short (running, or skipped because of the stop) starts again.
        const interrupted = ['running', 'skipped', 'error'].includes(state.status)
            ? restartable(state.phase)
            : undefined;
        if (!interrupted) {
            await (0,item_job/* saveState */.LZ)(job, resumed);
            return { status: 'complete', reason: `#${state.item} resumed by ${by}; nothing was interrupted.` };
        }
        return finish(job, resumed, interrupted, `#${state.item} resumed by ${by}; ${interrupted} runs again.`);
    },
    async status(job, state) {
        await (0,item_job/* saveState */.LZ)(job, state);
        return { status: 'complete', reason: `Refreshed the status comment of #${state.item}.` };
    },
    async retry(job, state, by) {
        if (state.stopped)
            return stoppedResult(state);
        if (state.merged)
            return doneResult(state);
        const phase = restartable(state.phase);
        if (!phase) {
            return { status: 'skipped', reason: `Nothing to retry on #${state.item}: no phase has run on it yet.` };
        }
        return finish(job, (0,src_state/* noteEvent */.Rh)(state, `retry of ${phase} by ${by}`, job.runUrl), phase, `${by} retried ${phase}.`);
    },
};
function restartable(phase) {
    return phase && RESTARTABLE.has(phase) ? phase : undefined;
}
/**
 * Why there is no plan to approve, if there is none: approving would start dev on nothing a person
 * has seen. An approval is checked against the last plan run, not any older plan: questions asked
 * after a plan mean that plan is no longer the one to build.
 */
function withoutPlan(state) {
    if (state.phase === 'plan' && state.status === 'needs_clarification')
        return `#${state.item} has open questions: answer the questions first (a reply plans it again).`;
    if (state.phase === 'plan' && state.status === 'needs_decomposition')
        return `#${state.item} was split into sub-issues: work on them, then comment /codex plan here.`;
    if (!state.plan)
        return `#${state.item} has no plan yet: comment /codex plan first.`;
    return undefined;
}
function doneResult(state) {
    return {
        status: 'skipped',
        reason: `#${state.item} is done: its PR #${state.merged?.pr} was merged by ${state.merged?.by}.`,
    };
}
function stoppedResult(state) {
    return {
        status: 'skipped',
        reason: `#${state.item} was stopped by ${state.stopped?.by}; comment /codex resume first.`,
    };
}
/** Saves the state, then starts `phase` (the save comes first: the next job reads it). */
async function finish(job, state, phase, reason) {
    const off = (0,item_job/* dispatchOff */.qe)(job);
    await (0,item_job/* saveState */.LZ)(job, off ? { ...state, nextAction: (0,item_job/* startByHand */.Lu)(phase, state.item, off) } : state);
    const dispatched = await (0,item_job/* chain */.cy)(job, phase, state.item);
    const note = dispatched.dispatched ? '' : ` (${phase} was not dispatched: ${dispatched.reason})`;
    return { status: 'complete', reason: `${reason}${note}`, nextPhase: phase };
}
/**
 * The work item a command is about. On one of the action's pull requests (branch
 * `<prefix>/<issue>-<slug>`) that is the issue, whose status comment holds the state.
 */
async function workItemOf(job, target) {
    const issue = await (0,issues/* readIssue */.O)(job.client, job.repo, target);
    if (!issue.isPull)
        return target;
    const pr = await (0,pulls/* getPull */.Cs)(job.client, job.repo, target);
    return (0,review_item/* branchItem */.AC)(pr.head.ref, job.ctx.config.labels.prefix) ?? target;
}


/***/ }),

/***/ 153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ branchItem),
/* harmony export */   Lp: () => (/* binding */ cycleMismatch),
/* harmony export */   M8: () => (/* binding */ stoppedReason),
/* harmony export */   fj: () => (/* binding */ findReviewItem)
/* harmony export */ });
/* harmony import */ var _github_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5039);
/* harmony import */ var _github_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7448);
/* harmony import */ var _item_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5343);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5625);
/* harmony import */ var _state_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5557);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4432);






/** The issue number of a `<prefix>/<n>-…` branch (DESIGN §7's branch name), if it is one. */
function branchItem(headRef, prefix) {
    if (!headRef.startsWith(`${prefix}/`))
        return undefined;
    const match = /^(\d+)(?:-|$)/.exec(headRef.slice(prefix.length + 1));
    const n = match ? Number(match[1]) : NaN;
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
/**
 * Finds the PR's work item: the issue of its first "Closes #n" (already read, `closes`), else the
 * issue of its `<prefix>/<n>-…` branch; it counts only when that issue holds a status comment by the
 * action's identity (loadItemState ignores everyone else's). Costs at most one request when the PR
 * closes an issue (none when the issue has no comments), two when only the branch names it.
 * A PR from a fork never belongs to an item: its branch name and body are the fork author's.
 */
async function findReviewItem(options) {
    const { client, repo, identity, pr, closes } = options;
    if ((0,_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .fromFork */ .NY)(pr))
        return undefined;
    const issue = closes?.issue ?? branchItem(pr.head.ref, options.prefix);
    if (issue === undefined || closes?.info.comments === 0)
        return undefined;
    let loaded;
    try {
        loaded = await (0,_item_store_js__WEBPACK_IMPORTED_MODULE_2__/* .loadItemState */ .JR)(client, repo, issue, identity);
    }
    catch (error) {
        // The review does not need the state; a broken one must not stop it, only its recording.
        if (!(error instanceof _state_index_js__WEBPACK_IMPORTED_MODULE_4__/* .StateError */ .qq))
            throw error;
        _log_js__WEBPACK_IMPORTED_MODULE_3__.warning(`${error.message} The review goes on without recording it in #${issue}.`);
        return undefined;
    }
    if (!loaded)
        return undefined;
    const { state, commentId } = loaded;
    if (state.pr !== null && state.pr !== pr.number && state.branch !== pr.head.ref) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`#${issue} tracks pull request #${state.pr} (branch ${state.branch ?? 'unknown'}), not #${pr.number}: this review is not recorded there.`);
        return undefined;
    }
    const info = closes?.info ?? (await (0,_github_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .getIssue */ .q)(client, repo, issue));
    if (!info)
        return undefined;
    return { issue, info, state, commentId };
}
/** Why the review must not run for this item (`/codex stop`, or the stop label), if it must not. */
function stoppedReason(item, prefix) {
    const { stopped } = item.state;
    if (stopped)
        return `#${item.issue} was stopped by ${stopped.by}; comment /codex resume on it to continue.`;
    const stop = (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LIFECYCLE */ .VD)(prefix).stop;
    if (item.info.labels.some((l) => l.toLowerCase() === stop.toLowerCase()))
        return `#${item.issue} carries the '${stop}' label; remove it to continue.`;
    return undefined;
}
/**
 * Compares the item's recorded review cycle with the one the PR's review comments give.
 *
 * The review comments are authoritative: the cycle counts reviews of this PR's head commits, the
 * comment is written before the status comment (a run that fails between the two leaves the state
 * behind, never ahead), and it is what fix reads back (DESIGN §3). The state's `reviewCycle` is a
 * mirror written after each review, so a disagreement is reported and then overwritten. Expected:
 * the state is at the cycle (a re-run, or fix already counted it) or one behind (a new head commit).
 */
function cycleMismatch(decision, item, prNumber) {
    const recorded = item.state.reviewCycle;
    if (recorded === decision.cycle || recorded === decision.cycle - 1)
        return undefined;
    return (`The status comment of #${item.issue} records review cycle ${recorded}, but the review comments on PR #${prNumber} ` +
        `make this cycle ${decision.cycle}. The review comments count: cycle ${decision.cycle} is reviewed and recorded.`);
}


/***/ }),

/***/ 4432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NY: () => (/* binding */ fromFork),
/* harmony export */   YG: () => (/* binding */ skipReason),
/* harmony export */   xC: () => (/* binding */ resolvePullTarget)
/* harmony export */ });
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41);
/* harmony import */ var _route_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3322);


/**
 * Finds the pull request to review: the `target` input (or the routed target), else the event's
 * pull request. A comment triggers a review only with `/codex review` on a pull request, so a
 * workflow that runs the review phase on every `issue_comment` stays quiet for other comments.
 */
function resolvePullTarget(eventName, payload, target) {
    if (eventName === 'issue_comment') {
        const issue = (0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(payload.issue);
        if (!issue.pull_request)
            return {
                kind: 'skip',
                reason: `#${(0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(issue.number) || issue.number} is an issue, not a pull request; '/codex review' works on pull requests only.`,
            };
        const command = (0,_route_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSlashCommand */ .My)((0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(payload.comment).body));
        if (command !== 'review') {
            return {
                kind: 'skip',
                reason: command
                    ? `The comment holds '/codex ${command}', not '/codex review'.`
                    : 'The comment holds no /codex review command.',
            };
        }
        const number = target ?? (0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveInt */ .NJ)(issue.number);
        if (number === undefined)
            return { kind: 'error', reason: 'The issue_comment event names no pull request number.' };
        return { kind: 'pr', number };
    }
    if (target !== undefined)
        return { kind: 'pr', number: target };
    const fromEvent = (0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveInt */ .NJ)((0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(payload.pull_request).number) ??
        (eventName === 'workflow_dispatch' ? (0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveInt */ .NJ)((0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(payload.inputs).target) : undefined) ??
        (eventName === 'repository_dispatch' ? (0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveInt */ .NJ)((0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(payload.client_payload).target) : undefined);
    if (fromEvent !== undefined)
        return { kind: 'pr', number: fromEvent };
    return {
        kind: 'error',
        reason: `The review phase found no pull request in the '${eventName || '(none)'}' event. Set the input 'target' to the pull request number, or run it on pull_request or '/codex review' comment events.`,
    };
}
/** The parts of `GET /pulls/{n}` the review reads. */
/** Whether the PR's head is in another repository (a fork, or a deleted one): its branch and text are not ours. */
const fromFork = (pr) => pr.head.repo?.full_name !== pr.base.repo.full_name;
/** Why this PR is not reviewed (closed, or from a fork when forks are not allowed); undefined to go on. */
function skipReason(pr, allowForks) {
    if (pr.state !== 'open')
        return `Pull request #${pr.number} is ${pr.merged ? 'merged' : 'closed'}; only open pull requests are reviewed.`;
    if (fromFork(pr) && !allowForks) {
        return (`Pull request #${pr.number} comes from a fork (${pr.head.repo?.full_name ?? 'a deleted repository'}); forks are not reviewed by default ` +
            "(DESIGN §8.7). Set 'review.allow-forks: true' in the config file to review them.");
    }
    return undefined;
}


/***/ })

};
