export const id = 333;
export const ids = [333];
export const modules = {

/***/ 3333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   controlPhase: () => (/* binding */ controlPhase)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3966);
/* harmony import */ var _github_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7448);
/* harmony import */ var _safety_actor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9315);
/* harmony import */ var _state_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8276);
/* harmony import */ var _route_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2657);
/* harmony import */ var _work_item_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7529);






/** Phases a `/codex retry` or `/codex resume` may start again. */
const RESTARTABLE = new Set(['plan', 'dev', 'review', 'fix', 'verify']);
/**
 * The operator's slash commands that change no code (DESIGN §5): `/codex approve`, `stop`,
 * `resume`, `status`, `retry`. Bookkeeping only: the status comment, labels, and the dispatch of
 * the phase that should run next. Who commented is checked (not only the workflow's actor); an
 * unauthorised commenter is ignored without a write or a model call.
 */
const controlPhase = async (ctx) => {
    const command = ctx.command;
    if (!command || !_route_js__WEBPACK_IMPORTED_MODULE_4__/* .CONTROL_COMMANDS */ .JK.includes(command)) {
        return {
            status: 'error',
            reason: `Unknown control command '${ctx.command ?? ''}'. Expected one of: ${_route_js__WEBPACK_IMPORTED_MODULE_4__/* .CONTROL_COMMANDS */ .JK.join(', ')}.`,
        };
    }
    if (!ctx.target)
        return { status: 'skipped', reason: `/codex ${command} names no issue or pull request.` };
    const job = await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .openItemJob */ .p4)(ctx);
    const gate = await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .gateTrigger */ .yL)(job);
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const by = (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .commenterOf */ .wv)(ctx)?.login ?? ctx.context.actor;
    if (command === 'approve' && !(await (0,_safety_actor_js__WEBPACK_IMPORTED_MODULE_2__/* .hasWriteAccess */ .sv)(job.client, job.repo, by))) {
        return { status: 'skipped', reason: `/codex approve by '${by}' ignored: approving needs write access.` };
    }
    const item = await workItemOf(job, ctx.target);
    const loaded = await (0,_state_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadItemState */ .JR)(job.client, job.repo, item, job.identity);
    const state = loaded?.state ?? (0,_state_index_js__WEBPACK_IMPORTED_MODULE_3__/* .newItemState */ .rY)(item);
    const result = await COMMANDS[command](job, state, by);
    return { item, ...result };
};
const COMMANDS = {
    async approve(job, state, by) {
        if (state.stopped)
            return stoppedResult(state);
        const at = new Date().toISOString();
        const escalation = state.escalation;
        if (escalation && !escalation.approvedBy) {
            const next = restartable(escalation.phase) ?? 'dev';
            const approved = (0,_state_index_js__WEBPACK_IMPORTED_MODULE_3__/* .noteEvent */ .Rh)({ ...state, escalation: { ...escalation, approvedBy: by, approvedAt: at }, nextAction: null }, `escalation approved by ${by}`, job.runUrl);
            return finish(job, approved, next, `${by} approved the escalation; ${next} runs again.`);
        }
        const approved = (0,_state_index_js__WEBPACK_IMPORTED_MODULE_3__/* .noteEvent */ .Rh)({ ...state, approval: { by, at }, nextAction: null }, `plan approved by ${by}`, job.runUrl);
        await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .setLabel */ .je)(job, state.item, 'ready');
        return finish(job, approved, 'dev', `${by} approved ${state.plan ? 'the plan' : 'the item'}; dev starts.`);
    },
    async stop(job, state, by) {
        const stopped = (0,_state_index_js__WEBPACK_IMPORTED_MODULE_3__/* .noteEvent */ .Rh)({ ...state, stopped: { by, at: new Date().toISOString() } }, `stopped by ${by}`, job.runUrl);
        const label = (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LIFECYCLE */ .VD)(job.ctx.config.labels.prefix).stop;
        if (job.writes)
            await (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .addLabels */ .Nl)(job.client, job.repo, state.item, [label]);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`[dry-run] Would add the label ${label} to #${state.item}.`);
        await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .saveState */ .LZ)(job, stopped);
        return {
            status: 'complete',
            reason: `#${state.item} stopped by ${by}. Comment /codex resume to continue.`,
        };
    },
    async resume(job, state, by) {
        const label = (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .LIFECYCLE */ .VD)(job.ctx.config.labels.prefix).stop;
        if (job.writes)
            await (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .removeLabel */ .tA)(job.client, job.repo, state.item, label);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`[dry-run] Would remove the label ${label} from #${state.item}.`);
        const resumed = (0,_state_index_js__WEBPACK_IMPORTED_MODULE_3__/* .noteEvent */ .Rh)({ ...state, stopped: null }, `resumed by ${by}`, job.runUrl);
        // A phase that was cut short (running, or skipped because of the stop) starts again.
        const interrupted = ['running', 'skipped', 'error'].includes(state.status)
            ? restartable(state.phase)
            : undefined;
        if (!interrupted) {
            await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .saveState */ .LZ)(job, resumed);
            return { status: 'complete', reason: `#${state.item} resumed by ${by}; nothing was interrupted.` };
        }
        return finish(job, resumed, interrupted, `#${state.item} resumed by ${by}; ${interrupted} runs again.`);
    },
    async status(job, state) {
        await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .saveState */ .LZ)(job, state);
        return { status: 'complete', reason: `Refreshed the status comment of #${state.item}.` };
    },
    async retry(job, state, by) {
        if (state.stopped)
            return stoppedResult(state);
        const phase = restartable(state.phase);
        if (!phase) {
            return { status: 'skipped', reason: `Nothing to retry on #${state.item}: no phase has run on it yet.` };
        }
        return finish(job, (0,_state_index_js__WEBPACK_IMPORTED_MODULE_3__/* .noteEvent */ .Rh)(state, `retry of ${phase} by ${by}`, job.runUrl), phase, `${by} retried ${phase}.`);
    },
};
function restartable(phase) {
    return phase && RESTARTABLE.has(phase) ? phase : undefined;
}
function stoppedResult(state) {
    return {
        status: 'skipped',
        reason: `#${state.item} was stopped by ${state.stopped?.by}; comment /codex resume first.`,
    };
}
/** Saves the state, then starts `phase` (the save comes first: the next job reads it). */
async function finish(job, state, phase, reason) {
    await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .saveState */ .LZ)(job, state);
    const dispatched = await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .chain */ .cy)(job, phase, state.item);
    const note = dispatched.dispatched ? '' : ` (${phase} was not dispatched: ${dispatched.reason})`;
    return { status: 'complete', reason: `${reason}${note}`, nextPhase: phase };
}
/**
 * The work item a command is about. On one of the action's pull requests (branch
 * `<prefix>/<issue>-<slug>`) that is the issue, whose status comment holds the state.
 */
async function workItemOf(job, target) {
    const prefix = job.ctx.config.labels.prefix;
    const { data: issue } = await job.client.rest.issues.get({ ...job.repo, issue_number: target });
    if (!issue.pull_request)
        return target;
    const { data: pr } = await job.client.rest.pulls.get({ ...job.repo, pull_number: target });
    const match = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(\\d+)-`).exec(pr.head.ref);
    return match ? Number(match[1]) : target;
}


/***/ })

};
