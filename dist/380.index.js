export const id = 380;
export const ids = [380];
export const modules = {

/***/ 1380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  controlPhase: () => (/* binding */ controlPhase)
});

// EXTERNAL MODULE: ./src/item/job.ts + 2 modules
var item_job = __webpack_require__(7950);
// EXTERNAL MODULE: ./src/item/store.ts + 1 modules
var store = __webpack_require__(5343);
// EXTERNAL MODULE: ./src/route.ts
var route = __webpack_require__(3322);
// EXTERNAL MODULE: ./src/safety/actor.ts + 1 modules
var actor = __webpack_require__(5930);
// EXTERNAL MODULE: ./src/state/index.ts + 1 modules
var src_state = __webpack_require__(5557);
// EXTERNAL MODULE: ./src/git/branch.ts
var branch = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
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
    const item = (0,branch/* branchItem */.AC)(pr.head.ref, ctx.config.labels.prefix);
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
    const item = await (0,item_job/* workItemOf */.wy)(job, ctx.target);
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
        return finish(job, approved, 'dev', `${by} approved the plan; dev starts.`, () => (0,item_job/* setLabel */.je)(job, state.item, 'ready'));
    },
    async stop(job, state, by) {
        const stopped = (0,src_state/* noteEvent */.Rh)({ ...state, stopped: { by, at: new Date().toISOString() } }, `stopped by ${by}`, job.runUrl);
        await (0,item_job/* saveState */.LZ)(job, stopped);
        await (0,item_job/* setStopLabel */.$_)(job, state.item, true);
        return {
            status: 'complete',
            reason: `#${state.item} stopped by ${by}. Comment /codex resume to continue.`,
        };
    },
    async resume(job, state, by) {
        const resumed = (0,src_state/* noteEvent */.Rh)({ ...state, stopped: null }, `resumed by ${by}`, job.runUrl);
        // A phase that was cut short (running, or skipped because of the stop) starts again.
        const interrupted = ['running', 'skipped', 'error'].includes(state.status)
            ? restartable(state.phase)
            : undefined;
        if (!interrupted) {
            await (0,item_job/* saveState */.LZ)(job, resumed);
            await (0,item_job/* setStopLabel */.$_)(job, state.item, false);
            return { status: 'complete', reason: `#${state.item} resumed by ${by}; nothing was interrupted.` };
        }
        return finish(job, resumed, interrupted, `#${state.item} resumed by ${by}; ${interrupted} runs again.`, () => (0,item_job/* setStopLabel */.$_)(job, state.item, false));
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
/**
 * Saves the state, then sets the labels, then starts `phase`. The save comes first: the next job
 * reads it, and a label set before a save that failed would say what the state does not (seen:
 * `codex:ready` with the plan still "running", and `/codex approve` then refused: "no plan yet").
 */
async function finish(job, state, phase, reason, setLabels) {
    const off = (0,item_job/* dispatchOff */.qe)(job);
    await (0,item_job/* saveState */.LZ)(job, off ? { ...state, nextAction: (0,item_job/* startByHand */.Lu)(phase, state.item, off) } : state);
    await setLabels?.();
    const dispatched = await (0,item_job/* chain */.cy)(job, phase, state.item);
    const note = dispatched.dispatched ? '' : ` (${phase} was not dispatched: ${dispatched.reason})`;
    return { status: 'complete', reason: `${reason}${note}`, nextPhase: phase };
}


/***/ }),

/***/ 4432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NY: () => (/* binding */ fromFork),
/* harmony export */   YG: () => (/* binding */ skipReason),
/* harmony export */   xC: () => (/* binding */ resolvePullTarget)
/* harmony export */ });
/* harmony import */ var _route_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3322);

/**
 * The pull request to review: the job's target (the `target` input, else the event's subject, as
 * `resolveRoute` took it), checked against what the event says it is. Which comments start a
 * review is routing's business (`resolveRoute`), not this one's.
 */
function resolvePullTarget(eventName, payload, target) {
    const subject = (0,_route_js__WEBPACK_IMPORTED_MODULE_0__/* .eventSubject */ .r5)({ eventName, payload });
    const number = target ?? subject?.number;
    if (number === undefined) {
        return {
            kind: 'error',
            reason: `The review phase found no pull request in the '${eventName || '(none)'}' event. Set the input 'target' to the pull request number, or run it on pull_request or '/codex review' comment events.`,
        };
    }
    if (subject?.kind === 'issue' && subject.number === number) {
        // A comment on an issue is a person's slip; an issues event sent to review is the workflow's.
        const reason = `#${number} is an issue, not a pull request; the review phase reviews pull requests.`;
        return eventName === 'issue_comment'
            ? { kind: 'skip', reason: `${reason} '/codex review' works on pull requests only.` }
            : { kind: 'error', reason: `${reason} Set the input 'target' to a pull request number.` };
    }
    return { kind: 'pr', number };
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
