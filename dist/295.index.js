export const id = 295;
export const ids = [295];
export const modules = {

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

/***/ 7295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QUESTIONS_MARKER: () => (/* binding */ QUESTIONS_MARKER),
  planPhase: () => (/* binding */ planPhase)
});

// EXTERNAL MODULE: ./src/action/actor.ts
var actor = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/action/engine.ts
var engine = __webpack_require__(8746);
// EXTERNAL MODULE: ./src/action/job.ts + 2 modules
var action_job = __webpack_require__(9869);
// EXTERNAL MODULE: ./src/agent/runtime.ts
var runtime = __webpack_require__(3981);
// EXTERNAL MODULE: ./src/agent/retry.ts
var retry = __webpack_require__(6163);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./schemas/plan.json
const plan_namespaceObject = /*#__PURE__*/JSON.parse('{"type":"object","additionalProperties":false,"required":["status","summary","acceptance_criteria","questions","subtasks","risks"],"properties":{"status":{"type":"string","enum":["ready","needs_clarification","needs_decomposition"],"description":"ready: the item can be built as planned; needs_clarification: a human must answer the questions first; needs_decomposition: too big for one pull request, split into subtasks."},"summary":{"type":"string","description":"What will be built and how, in a few sentences."},"acceptance_criteria":{"type":"array","description":"Checkable outcomes, one per entry, each small enough for one commit. Empty unless status is ready.","items":{"type":"string"}},"questions":{"type":"array","description":"Questions a human must answer before work can start. Empty unless status is needs_clarification.","items":{"type":"string"}},"subtasks":{"type":"array","description":"Independent pieces, each a future issue. Empty unless status is needs_decomposition.","items":{"type":"object","additionalProperties":false,"required":["title","body","priority"],"properties":{"title":{"type":"string"},"body":{"type":"string","description":"The sub-issue\'s description, including its acceptance criteria."},"priority":{"type":"string","enum":["critical","high","medium","low"]}}}},"risks":{"type":"array","description":"What could go wrong or needs a human\'s attention during review.","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./src/engine/plan/schema.ts


/** Bounds that keep one answer from flooding the repository with issues or the comment with text. */
const PLAN_LIMITS = { criteria: 20, questions: 10, subtasks: 10, text: 4000 };
const schema_text = schemas/* string */.YjP().max(PLAN_LIMITS.text);
const line = schemas/* string */.YjP().trim().min(1).max(PLAN_LIMITS.text);
/** The plan answer (DESIGN §4), as schemas/plan.json describes it, plus the rules JSON Schema cannot say. */
const planAnswerSchema = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['ready', 'needs_clarification', 'needs_decomposition']),
    summary: schema_text,
    acceptance_criteria: schemas/* array */.YOg(line).max(PLAN_LIMITS.criteria),
    questions: schemas/* array */.YOg(line).max(PLAN_LIMITS.questions),
    subtasks: schemas/* array */.YOg(schemas/* object */.Ikc({
        title: schemas/* string */.YjP().trim().min(1).max(200),
        body: schema_text,
        priority: schemas/* enum */.k5n(['critical', 'high', 'medium', 'low']),
    }))
        .max(PLAN_LIMITS.subtasks),
    risks: schemas/* array */.YOg(line).max(PLAN_LIMITS.criteria),
})
    .superRefine((plan, ctx) => {
    if (plan.status === 'needs_clarification' && plan.questions.length === 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['questions'],
            message: 'needs_clarification needs at least one question',
        });
    }
    if (plan.status === 'needs_decomposition' && plan.subtasks.length < 2) {
        ctx.addIssue({
            code: 'custom',
            path: ['subtasks'],
            message: 'needs_decomposition needs at least two subtasks',
        });
    }
});
/** What the agent runner sends (`--output-schema`) and checks the answer with. */
const PLAN_OUTPUT_SCHEMA = {
    json: plan_namespaceObject,
    zod: planAnswerSchema,
};

;// CONCATENATED MODULE: ./src/engine/plan/run.ts


/**
 * The planner (DESIGN §1): one read-only run in the plan schema, with one retry in the same thread
 * for an answer that breaks it. The one code path for the Action's plan phase and the CLI's loop.
 */
async function askPlanner(env, prompt, cwd) {
    const agent = await env.agent('plan');
    return (0,retry/* runWithSchemaRetry */.P)(agent, {
        prompt,
        cwd,
        sandbox: 'read-only',
        outputSchema: PLAN_OUTPUT_SCHEMA,
        timeoutMs: env.config.budgets['phase-timeout-minutes'] * 60_000,
        label: 'plan',
    });
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var markdown = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(7369);
;// CONCATENATED MODULE: ./src/github/subissues.ts





/** Statuses meaning "this API is not available here" (GHES without it, a feature turned off). */
const UNAVAILABLE = new Set([403, 404, 410]);
/** Lower case, punctuation and repeated spaces removed: two titles that only differ in those match. */
/** The hidden marker that names a sub-issue's parent and subtask, for duplicate detection. */
function subtaskMarker(parent, title) {
    const key = (0,src_text/* normaliseTitle */.B)(title).replace(/ /g, '-').slice(0, 80);
    return `<!-- codex-orchestrator:subtask parent=${parent} key=${key} -->`;
}
/**
 * Model-written text from untrusted input, rendered so it cannot pass as the action (no forged
 * marker, no mention, no remote image: renderModelMarkdown).
 */
function cleanBody(text) {
    return (0,markdown/* renderModelMarkdown */.pX)(text);
}
/**
 * The existing sub-issue for a subtask: one the action itself wrote (its identity) that carries the
 * subtask's marker. Anyone can open an issue with the same title, or paste the marker into one;
 * adopting that would let them choose what the item is blocked by and what gets worked on.
 */
function findOwnSubIssue(open, marker, identity) {
    return open.find((i) => (0,github_identity/* isIdentity */.Lk)(i.user, identity) && i.body.includes(marker));
}
const statusOf = (error) => error.status;
/**
 * Creates the sub-issues of a decomposed item, never twice: an open issue the action wrote with the
 * subtask's marker is reused (an issue someone else opened is never adopted, whatever its title or
 * body; see findOwnSubIssue). Links them with GitHub's sub-issues API
 * where it answers, records "blocked by" dependencies where that API exists, and keeps
 * "Blocked by #n" lines in a marked block of the parent's body (which the scan also reads).
 */
async function createSubIssues(client, repo, parent, subtasks, options) {
    const identity = options.identity ?? (await (0,github_identity/* actionIdentity */.L1)(client));
    const open = (await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 }))
        .filter((issue) => !issue.pull_request && issue.number !== parent)
        .map((issue) => ({
        number: issue.number,
        id: issue.id,
        title: issue.title,
        body: issue.body ?? '',
        user: issue.user ?? null,
    }));
    const subIssues = [];
    for (const task of subtasks) {
        const title = task.title.replace(/\s+/g, ' ').trim().slice(0, 200);
        const marker = subtaskMarker(parent, title);
        const existing = findOwnSubIssue(open, marker, identity);
        if (existing) {
            log.info(`Sub-issue for '${title}' exists already: #${existing.number}.`);
            subIssues.push({ number: existing.number, id: existing.id, title: existing.title, created: false });
            continue;
        }
        const lookalike = open.find((i) => !(0,github_identity/* isIdentity */.Lk)(i.user, identity) && (0,src_text/* normaliseTitle */.B)(i.title) === (0,src_text/* normaliseTitle */.B)(title));
        if (lookalike) {
            log.info(`#${lookalike.number} has the same title as the subtask '${title}' but was opened by ${lookalike.user?.login ?? 'a deleted user'}, not ${identity.login}: it is not adopted.`);
        }
        const body = `${cleanBody(task.body).trim()}\n\n---\nPart of #${parent}.\n\n${marker}`;
        const labels = [options.labelPrefix, `priority:${task.priority}`];
        if (options.dryRun) {
            log.info(`[dry-run] Would create issue: ${JSON.stringify({ title, body, labels })}`);
            subIssues.push({ number: undefined, id: undefined, title, created: true });
            continue;
        }
        const { data } = await client.rest.issues.create({ ...repo, title, body, labels });
        log.info(`Created sub-issue #${data.number}: ${title}`);
        open.push({ number: data.number, id: data.id, title, body, user: identity });
        subIssues.push({ number: data.number, id: data.id, title, created: true });
    }
    if (options.dryRun)
        return { subIssues, linkedBy: 'task-list', dependencies: false };
    const real = subIssues.filter((s) => s.id !== undefined);
    const linkedBy = (await linkSubIssues(client, repo, parent, real)) ? 'sub-issues' : 'task-list';
    const dependencies = await addBlockedBy(client, repo, parent, real);
    await writeBlockedByLines(client, repo, parent, real.map((s) => s.number));
    return { subIssues, linkedBy, dependencies };
}
/** Links sub-issues to the parent; false when the sub-issues API does not answer here. */
async function linkSubIssues(client, repo, parent, subs) {
    let linked;
    try {
        const current = await client.paginate(client.rest.issues.listSubIssues, {
            ...repo,
            issue_number: parent,
            per_page: 100,
        });
        linked = new Set(current.map((i) => i.id));
    }
    catch (error) {
        if (!UNAVAILABLE.has(statusOf(error) ?? 0))
            throw error;
        log.info(`GitHub's sub-issues API is not available here (${statusOf(error)}); listing them in the status comment.`);
        return false;
    }
    for (const sub of subs) {
        if (linked.has(sub.id))
            continue;
        try {
            await client.rest.issues.addSubIssue({ ...repo, issue_number: parent, sub_issue_id: sub.id });
        }
        catch (error) {
            // 422: #n already has another parent; it stays where a person put it.
            if (statusOf(error) !== 422)
                throw error;
            log.info(`#${sub.number} was not linked as a sub-issue of #${parent}: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    return true;
}
/** Records "#parent is blocked by #n" with GitHub's issue dependencies; false when not available. */
async function addBlockedBy(client, repo, parent, subs) {
    let blockers;
    try {
        const current = await client.paginate(client.rest.issues.listDependenciesBlockedBy, {
            ...repo,
            issue_number: parent,
            per_page: 100,
        });
        blockers = new Set(current.map((i) => i.id));
    }
    catch (error) {
        if (!UNAVAILABLE.has(statusOf(error) ?? 0))
            throw error;
        log.info(`GitHub's issue dependencies API is not available here (${statusOf(error)}).`);
        return false;
    }
    for (const sub of subs) {
        if (blockers.has(sub.id))
            continue;
        try {
            await client.rest.issues.addBlockedByDependency({ ...repo, issue_number: parent, issue_id: sub.id });
        }
        catch (error) {
            if (statusOf(error) !== 422)
                throw error;
            log.info(`#${parent} blocked by #${sub.number} was not recorded: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    return true;
}
const BLOCK_OPEN = '<!-- codex-orchestrator:blocked-by -->';
const BLOCK_CLOSE = '<!-- /codex-orchestrator:blocked-by -->';
/** Keeps one marked "Blocked by #n" block at the end of the parent's body, replaced on every run. */
async function writeBlockedByLines(client, repo, parent, numbers) {
    if (numbers.length === 0)
        return;
    const { data } = await client.rest.issues.get({ ...repo, issue_number: parent });
    const body = data.body ?? '';
    const block = [BLOCK_OPEN, ...numbers.map((n) => `Blocked by #${n}`), BLOCK_CLOSE].join('\n');
    const start = body.indexOf(BLOCK_OPEN);
    const end = body.indexOf(BLOCK_CLOSE);
    const next = start >= 0 && end > start
        ? `${body.slice(0, start)}${block}${body.slice(end + BLOCK_CLOSE.length)}`
        : `${body.trimEnd()}\n\n${block}`;
    if (next !== body)
        await client.rest.issues.update({ ...repo, issue_number: parent, body: next });
}

// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/prompts/issue.ts
var prompts_issue = __webpack_require__(6184);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
;// CONCATENATED MODULE: ./src/phases/plan/input.ts





/** Comments given to the planner: the newest ones, each clipped (the prompt must stay bounded). */
const MAX_COMMENTS = 30;
const MAX_COMMENT_CHARS = 8000;
/**
 * The comments a planner may read: written by people with write access (DESIGN §8.2: the rest is
 * left out), not by the action itself (its status and question comments are in the prompt already).
 */
async function readDiscussion(job, issue) {
    const all = await (0,comments/* listIssueComments */.cG)(job.client, job.repo, issue);
    const kept = [];
    for (const comment of all) {
        const user = comment.user;
        if (!user || (0,github_identity/* isIdentity */.Lk)(user, job.identity) || user.type === 'Bot')
            continue;
        if (!(await (0,actor/* hasWriteAccess */.s)(job.client, job.repo, user.login)))
            continue;
        kept.push({ id: comment.id, login: user.login, createdAt: comment.createdAt, body: comment.body });
    }
    return { comments: kept.slice(-MAX_COMMENTS), lastId: Math.max(0, ...all.map((c) => c.id)) };
}
const block = (c) => `Comment by ${c.login} at ${c.createdAt}:\n${(0,sanitize/* untrustedBlock */.C9)('comment', (0,prompts_issue/* clip */.$)(c.body, MAX_COMMENT_CHARS))}`;
/**
 * The values of prompts/plan.md. All text from people goes through untrustedBlock (sanitised,
 * delimited); the questions the planner asked before came from a model that read untrusted text,
 * so they are delimited too.
 */
function planPromptValues(job, issue, discussion, state) {
    const clarification = state.clarification;
    let qa = 'This is the first planning round: no questions were asked yet.';
    if (clarification) {
        const answers = discussion.filter((c) => c.id > clarification.afterCommentId);
        const questions = clarification.questions.map((q, i) => `${i + 1}. ${q}`).join('\n');
        qa = [
            `In round ${clarification.round} (${clarification.askedAt}) you asked:`,
            (0,sanitize/* untrustedBlock */.C9)('questions', questions),
            answers.length > 0
                ? `Answers since then, by people with write access:\n\n${answers.map(block).join('\n\n')}`
                : 'Nobody with write access has answered since. The issue text may have been edited instead.',
        ].join('\n\n');
    }
    return {
        repository: `${job.repo.owner}/${job.repo.repo}`,
        issue_number: String(issue.number),
        issue: (0,prompts_issue/* issueBlock */.N)(issue),
        discussion: discussion.length > 0 ? discussion.map(block).join('\n\n') : '(no comments)',
        clarification: qa,
    };
}

;// CONCATENATED MODULE: ./src/phases/plan/index.ts















/** Marks the one comment that holds the planner's questions; edited in place each round. */
const QUESTIONS_MARKER = '<!-- codex-orchestrator:questions -->';
const RETRY = 'Comment `/codex plan` to plan again (check the run log first).';
const skipped = (reason, item) => ({ status: 'skipped', reason, item });
/**
 * The planner/architect (DESIGN §1): reads the issue and the discussion by people with write
 * access, asks Codex (read-only) for a plan in the plan schema, and records the outcome: questions
 * (the first human gate), a ready plan (then dev, depending on autonomy), or sub-issues.
 */
const planPhase = async (ctx) => {
    const opened = await (0,action_job/* openItemPhase */.nL)(ctx, 'plan', 'trigger it from an issue event or a /codex plan comment');
    if (opened.kind === 'done')
        return opened.result;
    const { job, item, issue, labels } = opened;
    let { state } = opened;
    if (ctx.command === 'answer') {
        const author = (0,action_job/* commenterOf */.wv)(ctx)?.login ?? '';
        if (!(await (0,actor/* hasWriteAccess */.s)(job.client, job.repo, author))) {
            return skipped(`The reply by '${author}' is not an answer: only people with write access answer.`, item);
        }
    }
    const capped = (0,src_state/* itemCapReached */.A3)(state.usage, ctx.config, (0,runtime.plannedRuns)(ctx));
    if (capped) {
        const blocked = (0,src_state/* finishPhase */.Ng)((0,src_state/* startPhase */.CJ)(state, 'plan', { runUrl: job.runUrl }), 'plan', 'blocked', {
            note: capped,
            runUrl: job.runUrl,
            nextAction: capped,
        });
        await (0,action_job/* saveState */.LZ)(job, blocked);
        await (0,action_job/* setLabel */.je)(job, item, 'blocked', labels);
        return { status: 'blocked', reason: capped, item };
    }
    const issueText = { number: item, ...issue };
    const discussion = await readDiscussion(job, item);
    const values = planPromptValues(job, issueText, discussion.comments, state);
    const prompt = await (0,load/* renderPrompt */.nQ)('plan', values, {
        overrides: ctx.config.prompts,
        readDefaultBranchFile: (path) => (0,content/* readDefaultBranchFile */.sb)(job.client, job.repo, path),
    });
    // Saved once the prompt is known to render: a broken template fails without a stale "running".
    state = (0,src_state/* startPhase */.CJ)(state, 'plan', { runUrl: job.runUrl });
    await (0,action_job/* saveState */.LZ)(job, state);
    let asked;
    try {
        asked = await askPlanner((0,engine/* engineEnv */.aV)(ctx), prompt, ctx.context.workspace);
    }
    catch (error) {
        // The job fails (main.ts reports it); the status comment must not stay "running".
        const note = `The planner could not run: ${(0,errors/* errorMessage */.g)(error)}`;
        await (0,action_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'plan', 'error', { note, runUrl: job.runUrl, nextAction: RETRY }));
        throw error;
    }
    const { result, usage } = asked;
    state = (0,src_state/* addItemUsage */.kE)(state, usage);
    if (result.threadId)
        state = { ...state, threads: { ...state.threads, plan: result.threadId } };
    if (!result.ok) {
        const invalid = result.kind === 'invalid_output';
        const reason = invalid
            ? `The planner's answer did not match the plan schema twice: ${result.message}`
            : `The planner failed (${result.kind}): ${result.message}`;
        state = (0,src_state/* finishPhase */.Ng)(state, 'plan', invalid ? 'blocked' : 'error', {
            note: reason,
            runUrl: job.runUrl,
            nextAction: RETRY,
        });
        // The state first: a label whose state failed to save would promise what is not recorded.
        await (0,action_job/* saveState */.LZ)(job, state);
        if (invalid)
            await (0,action_job/* setLabel */.je)(job, item, 'blocked', labels);
        return { status: invalid ? 'blocked' : 'error', reason, item, usage };
    }
    const answer = result.output;
    log.info(`Plan for #${item}:\n${JSON.stringify(answer, null, 2)}`);
    const outcome = await recordPlan(job, { item, lastCommentId: discussion.lastId }, state, answer);
    // Saved before the label is set and dev is dispatched: the dev job reads the plan from the status
    // comment, and a label set before a failed save (`ready` with the plan still "running") made
    // `/codex approve` refuse with "no plan yet".
    await (0,action_job/* saveState */.LZ)(job, outcome.state);
    await (0,action_job/* setLabel */.je)(job, item, outcome.label, labels);
    let reason = outcome.result.reason;
    if (outcome.result.nextPhase === 'dev') {
        const dispatched = await (0,action_job/* chain */.cy)(job, 'dev', item);
        reason += dispatched.dispatched ? ' Dev was started.' : ` Dev was not started: ${dispatched.reason}`;
    }
    return { ...outcome.result, reason, item, plan: answer, usage, summary: planSummary(answer) };
};
/** One read-only run with the plan schema (an answer that breaks it is asked for once more). */
/**
 * Records a valid plan answer: questions, sub-issues, the state and the label to set (the caller
 * saves the state first, then sets the label), the next phase.
 */
async function recordPlan(job, { item, lastCommentId }, before, answer) {
    const { ctx } = job;
    const prefix = ctx.config.labels.prefix;
    const now = new Date().toISOString();
    const finish = (state, status, note, nextAction) => (0,src_state/* finishPhase */.Ng)(state, 'plan', status, { note, runUrl: job.runUrl, nextAction });
    if (answer.status === 'needs_clarification') {
        const round = (before.clarification?.round ?? 0) + 1;
        const body = (0,limits/* fitBody */.KM)([
            QUESTIONS_MARKER,
            `### ❓ Questions before work starts on #${item} (round ${round})`,
            questionList(answer.questions),
            'Reply in a comment (people with write access only): the plan runs again with your answer. ' +
                'Or edit the issue and comment `/codex plan`.',
        ].join('\n\n'));
        const posted = await (0,comments/* upsertMarkedComment */.Zd)(job.client, job.repo, item, QUESTIONS_MARKER, body, job.identity, {
            dryRun: !job.writes,
        });
        const afterCommentId = Math.max(lastCommentId, posted.id);
        if (!job.writes)
            log.info(`[dry-run] Questions comment on #${item}:\n${body}`);
        const state = finish({ ...before, clarification: { round, questions: answer.questions, askedAt: now, afterCommentId } }, 'needs_clarification', `${answer.questions.length} question(s), round ${round}`, 'Answer the questions in a comment (write access needed), or edit the issue and comment `/codex plan`.');
        return {
            state,
            label: 'needs-clarification',
            result: { status: 'needs_clarification', reason: `Asked ${answer.questions.length} question(s).` },
        };
    }
    // The questions comment no longer invites a reply that would re-plan: it says they were answered.
    if (before.clarification)
        await closeQuestions(job, item, before.clarification);
    if (answer.status === 'needs_decomposition') {
        const made = await createSubIssues(job.client, job.repo, item, answer.subtasks, {
            labelPrefix: prefix,
            dryRun: !job.writes,
        });
        const numbers = made.subIssues.flatMap((s) => (s.number ? [s.number] : []));
        const list = numbers.map((n) => `#${n}`).join(', ') || '(dry run)';
        const state = finish({
            ...before,
            subIssues: numbers,
            plan: { summary: answer.summary, risks: answer.risks, plannedAt: now },
        }, 'needs_decomposition', `split into ${made.subIssues.length} sub-issues`, `This issue is blocked by its sub-issues ${list}; they are planned on their own. When they are done, comment \`/codex plan\` here.`);
        return {
            state,
            label: 'blocked',
            result: {
                status: 'needs_decomposition',
                reason: `Split into ${made.subIssues.length} sub-issues: ${list}.`,
            },
        };
    }
    let state = (0,src_state/* replaceCriteria */.i3)({ ...before, plan: { summary: answer.summary, risks: answer.risks, plannedAt: now } }, answer.acceptance_criteria);
    const autonomy = ctx.inputs.autonomy;
    const reason = `Planned with ${answer.acceptance_criteria.length} acceptance criteria.`;
    if (autonomy === 'loop') {
        const off = (0,action_job/* dispatchOff */.qe)(job);
        state = off
            ? finish(state, 'complete', 'plan ready', (0,action_job/* startByHand */.Lu)('dev', item, off))
            : finish(state, 'complete', 'plan ready; dev dispatched', null);
        return { state, label: 'ready', result: { status: 'complete', reason, nextPhase: 'dev' } };
    }
    const next = autonomy === 'plan'
        ? 'The plan is ready. Autonomy is `plan`, so nothing more happens on its own: comment `/codex approve` to start development.'
        : `Review the plan, then comment \`/codex approve\` to start development (or remove and re-add the label \`${prefix}:ready\`).`;
    state = finish(state, 'complete', 'plan ready; waiting for approval', next);
    return { state, label: 'ready', result: { status: 'complete', reason: `${reason} Waiting for approval.` } };
}
const questionList = (questions) => questions.map((q, i) => `${i + 1}. ${(0,report_markdown/* safeLine */.om)(q, 1000)}`).join('\n');
/** Marks the questions comment as answered (edited in place; unchanged on a later re-plan). */
async function closeQuestions(job, item, clarification) {
    const body = (0,limits/* fitBody */.KM)([
        QUESTIONS_MARKER,
        `### ✅ Questions answered (#${item}, round ${clarification.round})`,
        questionList(clarification.questions),
        'The plan was made with the answers: see the status comment.',
    ].join('\n\n'));
    await (0,comments/* upsertMarkedComment */.Zd)(job.client, job.repo, item, QUESTIONS_MARKER, body, job.identity, {
        dryRun: !job.writes,
    });
}
/**
 * The plan for the job summary, whole (every text unclipped): the status comment and the questions
 * comment are cut to GitHub's limit and send people here for the rest.
 */
function planSummary(answer) {
    const full = Number.POSITIVE_INFINITY;
    const lines = [`**Plan:** ${answer.status}`, '', (0,report_markdown/* safeText */.Hk)(answer.summary, full)];
    const list = (title, items) => {
        if (items.length > 0)
            lines.push('', `#### ${title}`, ...items);
    };
    list('Acceptance criteria', answer.acceptance_criteria.map((c) => `- [ ] ${(0,report_markdown/* safeLine */.om)(c, full)}`));
    list('Questions', answer.questions.map((q) => `- ❓ ${(0,report_markdown/* safeLine */.om)(q, full)}`));
    list('Risks', answer.risks.map((r) => `- ${(0,report_markdown/* safeLine */.om)(r, full)}`));
    list('Sub-issues', answer.subtasks.map((s) => `- 🧩 **${(0,report_markdown/* safeLine */.om)(s.title, full)}** (${s.priority})\n\n${indent((0,report_markdown/* safeText */.Hk)(s.body, full))}`));
    return lines.join('\n');
}
const indent = (text) => text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');


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
