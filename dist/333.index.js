export const id = 333;
export const ids = [333];
export const modules = {

/***/ 3333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   controlPhase: () => (/* binding */ controlPhase)
/* harmony export */ });
/* harmony import */ var _github_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7448);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _safety_actor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9315);
/* harmony import */ var _state_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9774);
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
        const label = (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .LIFECYCLE */ .VD)(job.ctx.config.labels.prefix).stop;
        if (job.writes)
            await (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .addLabels */ .Nl)(job.client, job.repo, state.item, [label]);
        else
            _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`[dry-run] Would add the label ${label} to #${state.item}.`);
        await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .saveState */ .LZ)(job, stopped);
        return {
            status: 'complete',
            reason: `#${state.item} stopped by ${by}. Comment /codex resume to continue.`,
        };
    },
    async resume(job, state, by) {
        const label = (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .LIFECYCLE */ .VD)(job.ctx.config.labels.prefix).stop;
        if (job.writes)
            await (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .removeLabel */ .tA)(job.client, job.repo, state.item, label);
        else
            _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`[dry-run] Would remove the label ${label} from #${state.item}.`);
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
    const off = (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .dispatchOff */ .qe)(job);
    await (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .saveState */ .LZ)(job, off ? { ...state, nextAction: (0,_work_item_js__WEBPACK_IMPORTED_MODULE_5__/* .startByHand */ .Lu)(phase, state.item, off) } : state);
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


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cy: () => (/* binding */ chain),
  wv: () => (/* binding */ commenterOf),
  qe: () => (/* binding */ dispatchOff),
  yL: () => (/* binding */ gateTrigger),
  p4: () => (/* binding */ openItemJob),
  LZ: () => (/* binding */ saveState),
  je: () => (/* binding */ setLabel),
  Lu: () => (/* binding */ startByHand)
});

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
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
            `${error.message}. ${dispatchFix(error.status)}`, { cause: error });
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
/**
 * The branch to dispatch on: the repository's default branch, from the event payload when it
 * carries one, else from the API. Not GITHUB_REF: on a pull request event that is `refs/pull/N/merge`.
 */
async function dispatchRef(client, repo, payload) {
    const fromPayload = payload.repository?.default_branch;
    if (typeof fromPayload === 'string' && fromPayload !== '')
        return fromPayload;
    return (0,content/* defaultBranch */.O)(client, repo);
}

// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/labels.ts
var labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/safety/gate.ts
var gate = __webpack_require__(1643);
// EXTERNAL MODULE: ./src/state/index.ts + 3 modules
var src_state = __webpack_require__(9774);
;// CONCATENATED MODULE: ./src/phases/work-item.ts






async function openItemJob(ctx) {
    const client = ctx.github();
    const { context } = ctx;
    return {
        client,
        repo: { owner: context.owner, repo: context.repo },
        identity: await (0,identity/* actionIdentity */.L1)(client),
        runUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
        writes: !ctx.inputs.dryRun && ctx.inputs.autonomy !== 'observe',
        ctx,
    };
}
/** The author of the comment that triggered the job (issue_comment events), if any. */
const commenterOf = (ctx) => (0,gate/* commenterOf */.w)(ctx.context.payload);
/** The actor gate (DESIGN §8.1) for an item job: see src/safety/gate.ts. */
function gateTrigger(job) {
    const { ctx } = job;
    return (0,gate/* gateTrigger */.y)(job.client, job.repo, job.identity, {
        actor: ctx.context.actor,
        payload: ctx.context.payload,
        allowedUsers: ctx.inputs.allowedUsers,
        allowedBots: ctx.inputs.allowedBots,
    });
}
/** Saves the state to the status comment (printed instead when the job may not write). */
function saveState(job, state) {
    return (0,src_state/* saveItemState */.kL)(job.client, job.repo, state.item, job.identity, state, {
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
    await (0,labels/* setLifecycleLabel */.Zw)(job.client, job.repo, item, prefix, state, { current });
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
    const ref = ctx.inputs.dispatch === 'none' || !ctx.context.workflowFile
        ? ''
        : await dispatchRef(job.client, job.repo, ctx.context.payload);
    return dispatchPhase(job.client, job.repo, {
        mode: ctx.inputs.dispatch,
        workflowFile: ctx.context.workflowFile,
        ref,
        phase,
        target: item,
        dryRun: !job.writes,
    });
}


/***/ })

};
