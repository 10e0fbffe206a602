export const id = 330;
export const ids = [330];
export const modules = {

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  controlPhase: () => (/* binding */ controlPhase)
});

// EXTERNAL MODULE: ./src/github/labels.ts
var labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/safety/actor.ts
var actor = __webpack_require__(9315);
// EXTERNAL MODULE: ./src/state/index.ts + 3 modules
var src_state = __webpack_require__(9774);
// EXTERNAL MODULE: ./src/review/item.ts
var review_item = __webpack_require__(153);
// EXTERNAL MODULE: ./src/phases/work-item.ts + 1 modules
var work_item = __webpack_require__(7529);
;// CONCATENATED MODULE: ./src/phases/pull-closed.ts




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
    const job = await (0,work_item/* openItemJob */.p4)(ctx);
    const { data: pr } = await job.client.rest.pulls.get({ ...job.repo, pull_number: ctx.target });
    const base = { prNumber: pr.number, branch: pr.head.ref };
    const skip = (reason, item) => ({ status: 'skipped', reason, item, ...base });
    if (pr.state !== 'closed')
        return skip(`Pull request #${pr.number} is open again; nothing to record.`);
    if (pr.head.repo?.full_name !== pr.base.repo.full_name)
        return skip(`Pull request #${pr.number} comes from a fork; it belongs to no work item.`);
    const item = (0,review_item/* branchItem */.AC)(pr.head.ref, ctx.config.labels.prefix);
    if (!item)
        return skip(`Pull request #${pr.number} (${pr.head.ref}) is not one of the action's branches.`);
    const state = (await (0,src_state/* loadItemState */.JR)(job.client, job.repo, item, job.identity))?.state;
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
            await (0,work_item/* saveState */.LZ)(job, done);
        }
        else
            log.info(`#${item} already records the merge of #${pr.number}; only its label is checked.`);
        await (0,work_item/* setLabel */.je)(job, item, 'done');
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
        await (0,work_item/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'dev', 'blocked', { runUrl: job.runUrl, note, nextAction: next }));
    }
    await (0,work_item/* setLabel */.je)(job, state.item, 'blocked');
    return { status: 'blocked', reason: `${note}: ${what}`, item: state.item, ...base };
}

// EXTERNAL MODULE: ./src/phases/route.ts
var route = __webpack_require__(2657);
;// CONCATENATED MODULE: ./src/phases/control.ts







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
    const job = await (0,work_item/* openItemJob */.p4)(ctx);
    const gate = await (0,work_item/* gateTrigger */.yL)(job);
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const by = (0,work_item/* commenterOf */.wv)(ctx)?.login ?? ctx.context.actor;
    if (command === 'approve' && !(await (0,actor/* hasWriteAccess */.sv)(job.client, job.repo, by))) {
        return { status: 'skipped', reason: `/codex approve by '${by}' ignored: approving needs write access.` };
    }
    const item = await workItemOf(job, ctx.target);
    const loaded = await (0,src_state/* loadItemState */.JR)(job.client, job.repo, item, job.identity);
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
        await (0,work_item/* setLabel */.je)(job, state.item, 'ready');
        return finish(job, approved, 'dev', `${by} approved ${state.plan ? 'the plan' : 'the item'}; dev starts.`);
    },
    async stop(job, state, by) {
        const stopped = (0,src_state/* noteEvent */.Rh)({ ...state, stopped: { by, at: new Date().toISOString() } }, `stopped by ${by}`, job.runUrl);
        const label = (0,labels/* LIFECYCLE */.VD)(job.ctx.config.labels.prefix).stop;
        if (job.writes)
            await (0,labels/* addLabels */.Nl)(job.client, job.repo, state.item, [label]);
        else
            log.info(`[dry-run] Would add the label ${label} to #${state.item}.`);
        await (0,work_item/* saveState */.LZ)(job, stopped);
        return {
            status: 'complete',
            reason: `#${state.item} stopped by ${by}. Comment /codex resume to continue.`,
        };
    },
    async resume(job, state, by) {
        const label = (0,labels/* LIFECYCLE */.VD)(job.ctx.config.labels.prefix).stop;
        if (job.writes)
            await (0,labels/* removeLabel */.tA)(job.client, job.repo, state.item, label);
        else
            log.info(`[dry-run] Would remove the label ${label} from #${state.item}.`);
        const resumed = (0,src_state/* noteEvent */.Rh)({ ...state, stopped: null }, `resumed by ${by}`, job.runUrl);
        // A phase that was cut short (running, or skipped because of the stop) starts again.
        const interrupted = ['running', 'skipped', 'error'].includes(state.status)
            ? restartable(state.phase)
            : undefined;
        if (!interrupted) {
            await (0,work_item/* saveState */.LZ)(job, resumed);
            return { status: 'complete', reason: `#${state.item} resumed by ${by}; nothing was interrupted.` };
        }
        return finish(job, resumed, interrupted, `#${state.item} resumed by ${by}; ${interrupted} runs again.`);
    },
    async status(job, state) {
        await (0,work_item/* saveState */.LZ)(job, state);
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
    const off = (0,work_item/* dispatchOff */.qe)(job);
    await (0,work_item/* saveState */.LZ)(job, off ? { ...state, nextAction: (0,work_item/* startByHand */.Lu)(phase, state.item, off) } : state);
    const dispatched = await (0,work_item/* chain */.cy)(job, phase, state.item);
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


/***/ }),

/***/ 5485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ getPull),
/* harmony export */   Lp: () => (/* binding */ writeReviewComment),
/* harmony export */   Qg: () => (/* binding */ findOwnReview),
/* harmony export */   _U: () => (/* binding */ createCheckRun),
/* harmony export */   aT: () => (/* binding */ markReadyForReview),
/* harmony export */   bx: () => (/* binding */ createReview),
/* harmony export */   i5: () => (/* binding */ requestReviewers),
/* harmony export */   pG: () => (/* binding */ listPullFiles),
/* harmony export */   qB: () => (/* binding */ getIssue)
/* harmony export */ });
/* harmony import */ var _github_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7369);

/**
 * The pull-request calls the review phase makes that the shared GitHub layer (src/github) does not
 * offer. Each is one request (or one paginated listing) on the one client.
 */
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
/** An issue, or undefined when it does not exist or is a pull request. */
async function getIssue(client, repo, number) {
    try {
        const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
        if (data.pull_request)
            return undefined;
        return {
            title: data.title,
            body: data.body ?? '',
            labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
            comments: data.comments,
        };
    }
    catch (error) {
        if ([404, 410].includes(error.status ?? 0))
            return undefined;
        throw error;
    }
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
    const own = reviews.find((r) => (0,_github_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentity */ .Lk)(r.user, identity) && (r.body ?? '').includes(marker));
    return own ? { id: own.id } : undefined;
}
/** Posts the PR review (always event COMMENT: the action never approves and never requests changes). */
async function createReview(client, repo, number, payload) {
    const { data } = await client.rest.pulls.createReview({ ...repo, pull_number: number, ...payload });
    return { id: data.id, htmlUrl: data.html_url };
}
/** Creates the review comment, or edits the one of this cycle; an unchanged body is not written again. */
async function writeReviewComment(client, repo, number, body, existing) {
    if (existing?.body === body)
        return { id: existing.id, htmlUrl: '', written: false };
    if (existing) {
        const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
        return { id: data.id, htmlUrl: data.html_url, written: true };
    }
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body });
    return { id: data.id, htmlUrl: data.html_url, written: true };
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
/**
 * Creates the check run without looking for an existing one first (one request instead of two).
 * Only for the first review of a commit: the review comment is written before the check run, so
 * a commit without this cycle's comment has no check run of ours yet. Re-runs go through
 * `upsertCheckRun`, which finds the run by `external_id` — the same value is set here.
 */
async function createCheckRun(client, repo, check) {
    const { data } = await client.rest.checks.create({
        ...repo,
        name: check.name,
        head_sha: check.headSha,
        status: check.status,
        conclusion: check.conclusion,
        completed_at: new Date().toISOString(),
        external_id: 'codex-orchestrator',
        output: {
            title: check.title,
            summary: check.summary,
            ...(check.text !== undefined ? { text: check.text } : {}),
            ...(check.annotations.length > 0 ? { annotations: check.annotations } : {}),
        },
    });
    return { id: data.id, htmlUrl: data.html_url ?? '' };
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
/* harmony import */ var _github_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7448);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _state_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9774);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5485);




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
    if (pr.head.repo?.full_name !== pr.base.repo.full_name)
        return undefined;
    const issue = closes?.issue ?? branchItem(pr.head.ref, options.prefix);
    if (issue === undefined || closes?.info.comments === 0)
        return undefined;
    let loaded;
    try {
        loaded = await (0,_state_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadItemState */ .JR)(client, repo, issue, identity);
    }
    catch (error) {
        // The review does not need the state; a broken one must not stop it, only its recording.
        if (!(error instanceof _state_index_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq))
            throw error;
        _log_js__WEBPACK_IMPORTED_MODULE_1__.warning(`${error.message} The review goes on without recording it in #${issue}.`);
        return undefined;
    }
    if (!loaded)
        return undefined;
    const { state, commentId } = loaded;
    if (state.pr !== null && state.pr !== pr.number && state.branch !== pr.head.ref) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`#${issue} tracks pull request #${state.pr} (branch ${state.branch ?? 'unknown'}), not #${pr.number}: this review is not recorded there.`);
        return undefined;
    }
    const info = closes?.info ?? (await (0,_github_js__WEBPACK_IMPORTED_MODULE_3__/* .getIssue */ .qB)(client, repo, issue));
    if (!info)
        return undefined;
    return { issue, info, state, commentId };
}
/** Why the review must not run for this item (`/codex stop`, or the stop label), if it must not. */
function stoppedReason(item, prefix) {
    const { stopped } = item.state;
    if (stopped)
        return `#${item.issue} was stopped by ${stopped.by}; comment /codex resume on it to continue.`;
    const stop = (0,_github_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .LIFECYCLE */ .VD)(prefix).stop;
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


/***/ })

};
