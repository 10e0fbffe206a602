export const id = 890;
export const ids = [890];
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

/***/ 3824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ mirrorIssue),
/* harmony export */   Hc: () => (/* binding */ DOCS_ITEM_MARKER),
/* harmony export */   oI: () => (/* binding */ parseDocsItemMarker)
/* harmony export */ });
/* unused harmony export docsItemMarker */
/* harmony import */ var _report_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5356);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1373);



/**
 * A docs item's GitHub issue (DESIGN §6): opened when the item is first dispatched, so the phases
 * that work on issues treat both sources alike, and found again by the hidden marker below (in an
 * issue the action opened, never anyone else's). The dev phase reads the marker to know which
 * file its pull request marks done.
 */
/** What every docs-item marker starts with; the scan lists the action's issues carrying it. */
const DOCS_ITEM_MARKER = '<!-- codex-orchestrator:docs-item ';
/** `-` too: two in a row inside an HTML comment are not allowed, and `-->` would end it. */
const encode = (text) => encodeURIComponent(text).replace(/-/g, '%2D');
/** The marker naming the item's id and file (both percent-encoded, so nothing can end the comment). */
function docsItemMarker(id, file) {
    return `${DOCS_ITEM_MARKER}id=${encode(id)} file=${encode(file)} -->`;
}
/**
 * The id and file a mirror's body names, or undefined when it holds no well-formed marker. The
 * marker counts only where the action puts it, at the very start of the body: the body below it is
 * the docs file's text, which could hold a marker of its own.
 */
function parseDocsItemMarker(body) {
    const match = /^<!-- codex-orchestrator:docs-item id=([^\s>]+) file=([^\s>]+) -->/.exec(body);
    if (!match)
        return undefined;
    try {
        const id = decodeURIComponent(match[1]);
        const file = decodeURIComponent(match[2]);
        return id && file ? { id, file } : undefined;
    }
    catch {
        return undefined;
    }
}
/** GitHub refuses titles longer than 256 characters. */
const MAX_TITLE = 256;
/**
 * The mirror issue of a docs item: its title, the file's text below the front matter, the opt-in
 * label. The file's text is copied, so it is rendered like model text (no hidden comment, no
 * mention, no remote image: anyone who can open a pull request can write a docs file) and cut to
 * fit GitHub's limit on an issue body.
 */
function mirrorIssue(item, optInLabel) {
    const file = item.source.kind === 'docs' ? item.source.file : item.id;
    const flatTitle = item.title.replace(/\s+/g, ' ').trim();
    const title = flatTitle.length > MAX_TITLE ? `${flatTitle.slice(0, MAX_TITLE - 1)}…` : flatTitle;
    const criteria = item.acceptanceCriteria.length > 0 && !/^#{1,6}[ \t]+acceptance criteria/im.test(item.body)
        ? `\n\n## Acceptance criteria\n${item.acceptanceCriteria.map((c) => `- [${c.done ? 'x' : ' '}] ${c.text.replace(/\s+/g, ' ')}`).join('\n')}`
        : '';
    const marker = docsItemMarker(item.id, file);
    const visible = [
        `> Mirrored from the docs backlog: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(file, { max: 300 })} (id ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(item.id)}). ` +
            'Edit the file, not this issue: the pull request for this item marks the file done.',
        (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderModelMarkdown */ .pX)(`${item.body.trim()}${criteria}`) || '_No description._',
    ].join('\n\n');
    const where = `the docs file ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(file, { max: 300 })}`;
    const body = `${marker}\n\n${(0,_report_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .capMarkdown */ .y3)(visible, _report_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COMMENT_BODY */ .yc - marker.length - 2, where)}`;
    return { title, body, labels: [optInLabel] };
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

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  devPhase: () => (/* binding */ devPhase)
});

// EXTERNAL MODULE: ./src/action/engine.ts
var engine = __webpack_require__(8746);
// EXTERNAL MODULE: ./src/action/job.ts + 2 modules
var action_job = __webpack_require__(9869);
// EXTERNAL MODULE: ./src/action/work-items.ts
var work_items = __webpack_require__(9992);
// EXTERNAL MODULE: ./src/engine/escalation.ts
var escalation = __webpack_require__(6649);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/verify/format.ts
var format = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/prompts/issue.ts
var issue = __webpack_require__(6184);
// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/engine/session.ts + 1 modules
var engine_session = __webpack_require__(1632);
;// CONCATENATED MODULE: ./src/engine/prompt.ts





const oneLine = (text) => (0,sanitize/* sanitizeUntrusted */._2)(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
function taskText(session, task) {
    const criteria = session.state.criteria;
    if (task.kind === 'fix') {
        return ('The verification commands failed after the acceptance criteria were implemented (see "Verification" ' +
            'below). Find the cause and fix the code so that they pass. Do not weaken, skip or delete tests to make ' +
            'them pass.');
    }
    const criterion = criteria[task.index];
    return `Meet acceptance criterion ${task.index + 1} of ${criteria.length}:\n\n> ${oneLine(criterion.text)}`;
}
/**
 * The prompt of one developer run: `dev-auto-parallel`, from the default branch when overridden.
 * The template is read once per job, not once per run.
 */
async function devPrompt(session, task) {
    const { tracker, state } = session;
    const criteria = state.criteria.map((c, i) => `${i + 1}. ${c.done ? '✓ ' : ''}${oneLine(c.text)}`);
    const done = await (0,engine_session/* branchCommits */.rj)(session);
    const values = {
        repository: tracker.repository,
        issue_number: String(session.item),
        branch: session.wt.branch,
        task: taskText(session, task),
        plan: state.plan?.summary
            ? (0,sanitize/* sanitizeUntrusted */._2)(state.plan.summary)
            : '(No plan was written for this item.)',
        criteria: criteria.join('\n'),
        done: done.length > 0
            ? done
                .map((c) => `- ${oneLine(c.subject)}${c.body ? `: ${oneLine(c.body).slice(0, 400)}` : ''}`)
                .join('\n')
            : '(Nothing yet: this is the first change on the branch.)',
        verification: task.kind === 'fix'
            ? task.failure
            : '(Not run yet: the orchestrator runs the verification commands after the criteria.)',
        issue: (0,issue/* issueBlock */.N)(session.issue),
    };
    session.template ??= (0,load/* loadPrompt */.hT)('dev-auto-parallel', {
        overrides: session.env.config.prompts,
        readDefaultBranchFile: (path) => tracker.readDefaultBranchFile(path),
    });
    return (0,load/* fillPrompt */.y7)(await session.template, values);
}
/** The commit message: names the criterion (or the fix), then the developer's summary. */
function commitMessage(session, task, summary, threadId) {
    const n = session.state.criteria.length;
    const subject = task.kind === 'fix'
        ? 'Fix the failing verification'
        : `Criterion ${task.index + 1}/${n}: ${oneLine(session.state.criteria[task.index].text)}`;
    const short = subject.length > 72 ? `${subject.slice(0, 71)}…` : subject;
    const trailers = [
        `Codex-Item: ${(0,src_state/* itemRef */.x9)(session.item)}`,
        ...(task.kind === 'criterion' ? [`Codex-Criterion: ${task.index + 1}`] : []),
        ...(threadId ? [`Codex-Thread: ${threadId}`] : []),
    ];
    const full = task.kind === 'criterion' && subject !== short ? `${subject}\n\n` : '';
    return `${short}\n\n${full}${summary.trim()}\n\n${trailers.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/engine/step.ts + 1 modules
var step = __webpack_require__(4724);
// EXTERNAL MODULE: ./src/engine/verification.ts
var verification = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/engine/loop.ts







/**
 * One developer run for a task, with the state bookkeeping around it. `cutByDeadline`: the run hit
 * its timeout, and that timeout was the time left of the job, not the criterion's own.
 */
async function loop_step(session, task) {
    const { env } = session;
    const key = task.kind === 'fix' ? 'dev:fix' : `dev:${task.index}`;
    (0,engine_session/* update */.yo)(session, {
        ...session.state,
        dev: {
            ...session.state.dev,
            iterations: session.state.dev.iterations + 1,
            current: task.kind === 'fix' ? null : task.index,
        },
    });
    const agent = await env.agent('dev');
    const prompt = await devPrompt(session, task);
    // A run ends at the criterion timeout or at the job's deadline, whichever comes first.
    const criterionMs = env.config.budgets['criterion-timeout-minutes'] * 60_000;
    const timeoutMs = Math.max(1, Math.min(criterionMs, (0,engine_session/* timeLeft */.f$)(session)));
    const outcome = await (0,step/* runStep */.e)({
        agent,
        git: session.git,
        dir: session.wt.dir,
        prompt,
        label: task.kind === 'fix'
            ? 'verification fix'
            : `criterion ${task.index + 1}/${session.state.criteria.length}`,
        timeoutMs,
        deniedCommands: env.config.commands.deny,
        networkAccess: env.config.sandbox.network,
        allow: env.config.commands.allow,
        protectedPaths: env.config['protected-paths'],
        author: session.author,
        message: (summary, threadId) => commitMessage(session, task, summary, threadId),
    });
    (0,engine_session/* spend */.Rf)(session, outcome.usage);
    if (outcome.kind === 'failed')
        log.info(outcome.message);
    if (outcome.threadId) {
        session.lastThread = outcome.threadId;
        (0,engine_session/* update */.yo)(session, { ...session.state, threads: { ...session.state.threads, [key]: outcome.threadId } });
    }
    session.log.push(`${task.kind === 'fix' ? 'Verification fix' : `Criterion ${task.index + 1}`}: ${outcome.kind}` +
        ('sha' in outcome && outcome.sha ? ` (${outcome.sha.slice(0, 7)})` : ''));
    const cutByDeadline = outcome.kind === 'failed' && outcome.failure === 'timeout' && timeoutMs < criterionMs;
    return { ...outcome, cutByDeadline };
}
/**
 * The acceptance criteria one at a time (finished ones are skipped: a re-run continues), a push
 * after each, then the verification with one fix run. Escalations, budgets and failures stop it.
 */
async function developAndVerify(session) {
    const { env } = session;
    const commands = env.config.verify.commands;
    const verifier = await (0,verification/* sessionVerifier */.F)(session);
    if (verifier.kind === 'refused')
        return { status: 'error', reason: verifier.reason };
    for (let index = 0; index < session.state.criteria.length; index++) {
        if (session.state.criteria[index].done)
            continue;
        const stop = session.halt?.() ??
            (0,engine_session/* deadlineStop */.hu)(session, `criterion ${index + 1} was not started`) ??
            (0,engine_session/* budgetStop */.g3)(session);
        if (stop)
            return { status: 'blocked', reason: stop };
        const total = session.state.criteria.length;
        session.observer?.criterionStarted?.(index, total, session.state.criteria[index].text);
        const outcome = await loop_step(session, { kind: 'criterion', index });
        if (outcome.cutByDeadline) {
            const what = `criterion ${index + 1} was cut short and its changes were dropped`;
            return { status: 'blocked', reason: (0,engine_session/* deadlineReason */.Xp)(session, what) };
        }
        if (outcome.kind === 'failed' && outcome.failure === 'timeout') {
            // A budget, like the token cap (DESIGN §8.9): a person decides, the action did not break.
            const minutes = env.config.budgets['criterion-timeout-minutes'];
            return {
                status: 'blocked',
                reason: `Criterion ${index + 1} did not finish within budgets.criterion-timeout-minutes (${minutes}); its changes were dropped. ` +
                    `Raise the timeout or split the criterion, then ${session.tracker.say.retry}.`,
            };
        }
        if (outcome.kind === 'failed')
            return { status: 'error', reason: outcome.message };
        if (outcome.kind === 'needs_decomposition') {
            return {
                status: 'needs_decomposition',
                reason: `Criterion ${index + 1} is too big for one change: ${outcome.summary}`,
            };
        }
        if (outcome.kind === 'escalated')
            return { status: 'blocked', ...(await (0,escalation/* holdForApproval */.G)(session, outcome.report, index)) };
        const sha = await (0,engine_session/* push */.VC)(session);
        const criteria = session.state.criteria.map((c, i) => i === index ? { ...c, done: true, commit: outcome.sha ? sha : null } : c);
        if (!outcome.sha)
            log.info(`Criterion ${index + 1}: the run changed nothing; recorded as done without a commit.`);
        (0,engine_session/* update */.yo)(session, { ...session.state, criteria, dev: { ...session.state.dev, current: null } });
        session.observer?.criterionDone?.(index, total, outcome.sha ? sha : null);
    }
    if (verifier.kind === 'none') {
        return {
            status: 'complete',
            report: undefined,
            reason: 'Every criterion is done; no verify.commands are configured.',
        };
    }
    const halted = session.halt?.();
    if (halted)
        return { status: 'blocked', reason: halted };
    const verify = async () => {
        const report = await verifier.run();
        session.observer?.verified?.(report);
        return report;
    };
    let report = await verify();
    if (!report.ok) {
        const late = (0,engine_session/* deadlineStop */.hu)(session, 'the verification failed and its fix run was not started');
        if (late)
            return blockedWithReport(session, report, late);
        const stop = (0,engine_session/* budgetStop */.g3)(session);
        if (!stop) {
            const outcome = await loop_step(session, { kind: 'fix', failure: (0,format/* verifyFailureText */.Jw)(report) });
            if (outcome.kind === 'escalated') {
                return { status: 'blocked', ...(await (0,escalation/* holdForApproval */.G)(session, outcome.report, null)) };
            }
            if (outcome.cutByDeadline) {
                const what = 'the verification fix run was cut short and its changes were dropped';
                return blockedWithReport(session, report, (0,engine_session/* deadlineReason */.Xp)(session, what));
            }
            if (outcome.kind === 'committed') {
                await (0,engine_session/* push */.VC)(session);
                report = await verify();
            }
        }
    }
    (0,engine_session/* update */.yo)(session, { ...session.state, dev: { ...session.state.dev, verifyOutput: (0,format/* verifyStateText */.mB)(report) } });
    return report.ok
        ? {
            status: 'complete',
            report,
            reason: `Every criterion is done and ${commands.length} verification command(s) pass.`,
        }
        : {
            status: 'tests_failed',
            report,
            reason: `Verification still fails after one fix run: ${(0,format/* verifyFailureText */.Jw)(report, 300)}`,
        };
}
/** Blocked after a failed verification: its output stays in the state for the person who continues. */
function blockedWithReport(session, report, reason) {
    (0,engine_session/* update */.yo)(session, { ...session.state, dev: { ...session.state.dev, verifyOutput: (0,format/* verifyStateText */.mB)(report) } });
    return { status: 'blocked', reason };
}

// EXTERNAL MODULE: ./src/engine/resume.ts
var resume = __webpack_require__(99);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/branch.ts
var git_branch = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/git/remote.ts
var git_remote = __webpack_require__(668);
// EXTERNAL MODULE: ./src/git/worktree.ts
var worktree = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var safety_markdown = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/state/budget.ts
var budget = __webpack_require__(2864);
;// CONCATENATED MODULE: ./src/tracker/github/pull-request.ts






/** Marks the PRs the action opened for an item (in the body, invisible). */
const prMarker = (item) => `<!-- codex-orchestrator:pr item=${item} -->`;
const n = (value) => value.toLocaleString('en-US');
/** The draft PR's body: "Closes #N", summary, criteria checklist, verification, usage. */
function renderPullRequestBody(body) {
    const parts = [`Closes #${body.item}`];
    if (body.attention)
        parts.push(`> [!WARNING]\n> ${(0,markdown/* safeText */.Hk)(body.attention, 1000).replace(/\n/g, '\n> ')}`);
    const summary = [
        body.planSummary ? (0,markdown/* safeText */.Hk)(body.planSummary, 4000) : '',
        ...body.summaries.map((s) => `- ${(0,markdown/* safeLine */.om)(s, 1000)}`),
    ].filter(Boolean);
    parts.push(`## Summary\n${summary.length > 0 ? summary.join('\n\n') : '_No summary._'}`);
    if (body.criteria.length > 0) {
        const rows = body.criteria.map((c) => {
            const commit = c.commit ? ` (${c.commit.slice(0, 7)})` : c.done ? ' (no change needed)' : '';
            return `- [${c.done ? 'x' : ' '}] ${(0,markdown/* safeLine */.om)(c.text, 500)}${commit}`;
        });
        parts.push(`## Acceptance criteria\n${rows.join('\n')}`);
    }
    // The output of code the agent wrote, in a fence: it must not carry one of the action's markers.
    parts.push(`## Verification\n${(0,safety_markdown/* renderModelCode */.rk)(body.verification)}`);
    const u = body.usage;
    parts.push(`## Usage\n${n(u.inputTokens)} tokens in (${n(u.cachedInputTokens)} cached), ${n(u.outputTokens)} out ` +
        `(${n(u.reasoningOutputTokens)} reasoning) · ${(0,budget/* describeCost */.P9)(u, body.pricing)}`);
    return (0,limits/* fitBody */.KM)(parts.join('\n\n'), {
        where: "the dev job's summary and the branch's commit messages",
        hidden: `<sub>Opened by codex-orchestrator. A person reviews and merges it.</sub>\n${prMarker(body.item)}`,
    });
}
/**
 * Opens the item's draft PR, or updates the one the branch already has: never a second PR. A PR
 * that was closed without merging is reopened; a merged one is reported and left alone.
 */
async function upsertPullRequest(client, repo, options) {
    const existing = await (0,pulls/* findBranchPull */.xU)(client, repo, options.branch);
    if (existing?.merged)
        return { status: 'merged', number: existing.number, htmlUrl: existing.htmlUrl };
    if (options.dryRun) {
        log.info(`[dry-run] Would ${existing ? `update PR #${existing.number}` : 'open a draft PR'} ${options.branch} → ${options.base}: ` +
            `${JSON.stringify({ title: options.title, body: options.body })}`);
        return { status: 'dry_run', number: existing?.number ?? 0, htmlUrl: existing?.htmlUrl ?? '' };
    }
    if (existing) {
        const updated = await (0,pulls/* updatePull */.pZ)(client, repo, existing.number, {
            body: options.body,
            reopen: existing.state === 'closed',
        });
        return { status: 'updated', ...updated };
    }
    const created = await (0,pulls/* createDraftPull */.JL)(client, repo, options);
    return { status: 'created', ...created };
}

// EXTERNAL MODULE: ./src/backlog/mirror.ts
var mirror = __webpack_require__(3824);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/backlog/docs-file.ts + 1 modules
var docs_file = __webpack_require__(94);
// EXTERNAL MODULE: ./src/backlog/problems.ts
var problems = __webpack_require__(2771);
// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
;// CONCATENATED MODULE: ./src/engine/docs-item.ts









/**
 * Marks a docs item done on its branch (DESIGN §6): `status: done` and every criterion ticked, one
 * commit, so merging the reviewed change is what archives the item. Returns a problem for people
 * when it could not (the file is gone, moved, linked or no longer the item), else undefined.
 *
 * The file is read from the branch, which the agent wrote: the commit goes on top of it, so it must
 * start from the branch's text. That is safe because the front matter reader runs nothing (any
 * opener but `---` is a problem, reported here) and a link is refused before anything is read or
 * written through it.
 */
async function markItemFileDone(session, target) {
    const { wt } = session;
    const path = (0,external_node_path_.normalize)(target.file).replace(/\\/g, '/');
    if ((0,external_node_path_.isAbsolute)(path) || path.split('/').includes('..') || path.startsWith('.git/')) {
        return `The docs file '${target.file}' named by ${(0,src_state/* itemRef */.x9)(session.item)} is outside the repository; it was not marked done.`;
    }
    const full = (0,external_node_path_.join)(wt.dir, path);
    let text;
    try {
        // No link anywhere on the way: reading or writing through one would reach another file.
        if ((await (0,promises_.realpath)(full)) !== (0,external_node_path_.join)(await (0,promises_.realpath)(wt.dir), path)) {
            return `The docs file ${path} of ${(0,src_state/* itemRef */.x9)(session.item)} is a symbolic link (or in a linked folder) on the branch; it was not marked done.`;
        }
        // A pipe the agent left in its place would block the read forever.
        if (!(await (0,promises_.stat)(full)).isFile())
            throw new Error('not a file');
        text = await (0,promises_.readFile)(full, 'utf8');
    }
    catch {
        return `The docs file ${path} of ${(0,src_state/* itemRef */.x9)(session.item)} is not on the branch; it was not marked done.`;
    }
    const parsed = (0,docs_file/* parseIssueFile */.TP)(path, text);
    if (parsed.item?.id !== target.id) {
        const problem = parsed.item ? undefined : parsed.problems[0];
        return problem
            ? `${(0,problems/* describeProblem */.BJ)(problem)} The docs item '${target.id}' of ${(0,src_state/* itemRef */.x9)(session.item)} was not marked done.`
            : `${path} no longer holds the docs item '${target.id}'; it was not marked done.`;
    }
    const done = (0,docs_file/* markItemDone */.fc)(text);
    if (done === text)
        return undefined;
    await (0,promises_.writeFile)((0,external_node_path_.join)(wt.dir, path), done);
    await (0,exec/* gitOk */.Tt)(session.git, ['add', '--', path], { cwd: wt.dir });
    const sha = await (0,commit/* commitStaged */.u$)(session.git, wt.dir, `Mark docs item ${target.id} done\n\nSets status: done in ${path} and ticks its acceptance criteria; merging this pull request archives the item.`, session.author);
    if (sha)
        await (0,engine_session/* push */.VC)(session);
    log.info(`Marked the docs item ${target.id} done in ${path}.`);
    return undefined;
}

// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
;// CONCATENATED MODULE: ./src/phases/dev/docs-item.ts





/**
 * A docs backlog item's pull request marks its file done (DESIGN §6): `status: done` and every
 * criterion ticked, committed on the item's branch, so merging the reviewed PR is what archives
 * the item. Nothing is ever pushed to the default branch. Only an issue the action opened (the
 * scan's mirror) is trusted with the marker naming the file; the file must still hold that id
 * (the engine's markItemFileDone checks that, and everything about the file).
 */
async function markDocsItemDone(session) {
    if (!session.issue.body.includes(mirror/* DOCS_ITEM_MARKER */.Hc))
        return undefined;
    const marker = (0,mirror/* parseDocsItemMarker */.oI)(session.issue.body);
    if (!marker)
        return undefined;
    const { job } = session;
    const issue = await (0,issues/* readIssue */.OS)(job.client, job.repo, session.item);
    if (!(0,identity/* isIdentity */.Lk)(issue.author, job.identity)) {
        log.info(`#${session.item} carries a docs-item marker but was not opened by the action: ignored.`);
        return undefined;
    }
    return markItemFileDone(session, { file: marker.file, id: marker.id });
}

;// CONCATENATED MODULE: ./src/phases/dev/report.ts


// What a person reads after a dev job: the next action in the status comment, the job summary.
/** The next action after a dev failure that a re-run may fix. */
const RETRY = 'Look at the run log, then comment /codex retry to run dev again.';
const NEXT_ACTION = {
    complete: (s, _r, pr) => reviewByHand(s, pr),
    tests_failed: (s, _r, pr) => `The verification fails${pr ? ` on PR #${pr}` : ''}: fix it on the branch ${s.wt.branch}, then comment /codex retry.`,
    blocked: (s, reason) => s.state.escalation
        ? 'Review the escalation (and the held commits comment); a user with write access comments /codex approve to let it through.'
        : reason,
    needs_decomposition: () => 'The item is too big for one pull request: split it (comment /codex plan to re-plan it).',
    error: () => RETRY,
};
/** Whether dev starts the review of its pull request itself (autonomy `draft` and `loop` do). */
const startsReview = (autonomy) => autonomy === 'draft' || autonomy === 'loop';
/**
 * What a person does for a complete item whose review the action does not start: autonomy `plan`
 * starts nothing on its own, and without dispatch nothing can be started. Null when review follows.
 */
function reviewByHand(session, pr) {
    if (!pr)
        return null;
    const { autonomy } = session.ctx.inputs;
    const why = !startsReview(autonomy)
        ? `autonomy \`${autonomy}\` starts nothing on its own`
        : (0,action_job/* dispatchOff */.qe)(session.job);
    return why ? `Comment \`/codex review\` on PR #${pr} to have it reviewed (${why}).` : null;
}
/** What a human must do next after dev ended in `status` (null: nothing). */
function devNextAction(session, status, reason, pr) {
    return NEXT_ACTION[status](session, reason, pr);
}
/** The dev job's summary: branch, criteria, one line per run, the verification. */
function jobSummary(session, outcome) {
    const criteria = session.state.criteria.map((c, i) => `- [${c.done ? 'x' : ' '}] ${i + 1}. ${c.text.replace(/\s+/g, ' ').slice(0, 200)}`);
    const parts = [`**Branch:** \`${session.wt.branch}\``, criteria.join('\n')];
    if (session.log.length > 0)
        parts.push(`**Runs:**\n${session.log.map((l) => `- ${l}`).join('\n')}`);
    if ('report' in outcome && outcome.report)
        parts.push(`**Verification:**\n${(0,format/* verifyMarkdown */.vB)(outcome.report, 3000)}`);
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/phases/dev/index.ts



















/**
 * The developer and tester (DESIGN §7): the item's acceptance criteria one at a time in a worktree
 * of its branch, a commit and a push after each, then the verification (one fix run), then a draft
 * PR "Closes #N". Every run is audited; an escalation holds the commits until `/codex approve`.
 */
const devPhase = async (ctx) => {
    // budgets.phase-timeout-minutes bounds the whole job, counted from its start (DESIGN §8.9).
    const deadline = Date.now() + ctx.config.budgets['phase-timeout-minutes'] * 60_000;
    const opened = await (0,action_job/* openItemPhase */.nL)(ctx, 'dev', 'trigger it from an issue labelled ready or a /codex approve comment');
    if (opened.kind === 'done')
        return opened.result;
    const { job, item, issue, labels } = opened;
    let { state } = opened;
    const prefix = ctx.config.labels.prefix;
    if (state.escalation && !state.escalation.approvedBy) {
        return {
            status: 'blocked',
            item,
            reason: `#${item} waits for /codex approve of its escalation (see the status comment); nothing was run.`,
        };
    }
    const branch = state.branch ?? (0,git_branch/* branchName */.at)(prefix, item, issue.title);
    try {
        (0,git_branch/* assertOwnBranch */.Pn)(branch, prefix);
    }
    catch (error) {
        // The job fails, and the status comment says so too rather than the last phase's result.
        const reason = (0,errors/* errorMessage */.g)(error);
        const next = `The status comment records the branch '${branch}', outside '${prefix}/', so dev stopped before any work. ` +
            'If labels.prefix changed, restore it; otherwise delete the status comment to start the item over. Then comment /codex retry.';
        return finishEarly(job, state, labels, 'error', reason, next);
    }
    if (state.criteria.length === 0) {
        // No criteria: one run covers the item, tracked like a criterion so a re-run knows it is done.
        state = {
            ...state,
            criteria: [{ text: `Resolve the issue: ${issue.title}`, done: false, commit: null }],
        };
    }
    const git = (0,exec/* createGitExec */.ON)();
    const repoDir = ctx.context.workspace;
    const leaked = await (0,git_remote/* persistedCredentials */.Oo)(git, repoDir);
    if (leaked.length > 0) {
        return finishEarly(job, state, labels, 'blocked', credentialsReason(leaked));
    }
    const remote = await (0,git_remote/* originRemote */.lY)(git, repoDir, ctx.inputs.githubToken);
    const base = await (0,content/* defaultBranch */.OR)(job.client, job.repo);
    state = (0,src_state/* startPhase */.CJ)({ ...state, branch }, 'dev', { runUrl: job.runUrl });
    await (0,action_job/* saveState */.LZ)(job, state);
    await (0,action_job/* setLabel */.je)(job, item, 'in-progress', labels);
    let wt;
    try {
        wt = await (0,worktree/* openWorktree */.Gc)(git, {
            repoDir,
            parentDir: ctx.context.runnerTemp,
            branch,
            defaultBranch: base,
            remote,
        });
    }
    catch (error) {
        // The status comment must not stay "running" with the item in progress.
        const reason = `Could not prepare the worktree of ${branch}: ${(0,errors/* errorMessage */.g)(error)}`;
        await (0,action_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'dev', 'error', {
            runUrl: job.runUrl,
            note: reason.slice(0, 300),
            nextAction: RETRY,
        }));
        await (0,action_job/* setLabel */.je)(job, item, 'blocked');
        return { status: 'error', reason, item, branch };
    }
    const checkout = { git, wt, remote };
    const session = (0,engine/* openJobSession */.mC)(job, checkout, { item, issue, state, defaultBranch: base, deadline });
    try {
        let outcome;
        try {
            await (0,engine_session/* recoverFromBranch */.BN)(session);
            if (session.state.escalation?.approvedBy)
                await (0,escalation/* releaseApproved */.r)(session);
            outcome = await developAndVerify(session);
        }
        catch (error) {
            if (!(0,engine_session/* pushStopped */.mH)(error))
                log.info(`Dev failed: ${error instanceof Error && error.stack ? error.stack : (0,errors/* errorMessage */.g)(error)}`);
            outcome = {
                status: (0,engine_session/* pushStopped */.mH)(error) ? 'blocked' : 'error',
                reason: (0,errors/* errorMessage */.g)(error),
            };
        }
        return await finish(session, outcome);
    }
    finally {
        await (0,worktree/* removeWorktree */.IL)(git, repoDir, wt.dir);
    }
};
function credentialsReason(keys) {
    return (`The checkout left credentials in .git/config (${keys.join(', ')}), where the agent could read them. ` +
        'Set `persist-credentials: false` on actions/checkout: the action pushes with its own token, passed only to git push.');
}
/**
 * Records a dev run that stopped before any work (status comment and label) and ends with `status`.
 * `labels` are the issue's, as read at the start: nothing has changed them yet.
 */
async function finishEarly(job, state, labels, status, reason, nextAction = reason) {
    const done = (0,src_state/* finishPhase */.Ng)((0,src_state/* startPhase */.CJ)(state, 'dev', { runUrl: job.runUrl }), 'dev', status, {
        runUrl: job.runUrl,
        note: reason.slice(0, 300),
        nextAction,
    });
    await (0,action_job/* saveState */.LZ)(job, done);
    await (0,action_job/* setLabel */.je)(job, (0,src_state/* issueOf */.v1)(state), 'blocked', labels);
    return { status, reason, item: (0,src_state/* issueOf */.v1)(state) };
}
/** The PR (complete or tests_failed), labels, the final state, the dispatch of review. */
async function finish(session, outcome) {
    const { job, ctx, item } = session;
    let prNumber = session.state.pr ?? undefined;
    let reason = outcome.reason;
    if (outcome.status === 'complete') {
        // A docs item's PR also marks its file done; a failure here leaves the PR without it, said so.
        const problem = await markDocsItemDone(session).catch((error) => `The docs file could not be marked done: ${(0,errors/* errorMessage */.g)(error)}`);
        if (problem) {
            log.warning(problem);
            reason = `${reason} ${problem}`;
        }
    }
    if (outcome.status === 'complete' || outcome.status === 'tests_failed') {
        const body = renderPullRequestBody({
            item,
            planSummary: session.state.plan?.summary,
            summaries: (await (0,engine_session/* branchCommits */.rj)(session)).map((c) => `${c.subject}${c.body ? ` — ${c.body}` : ''}`),
            criteria: session.state.criteria,
            verification: outcome.report
                ? (0,format/* verifyMarkdown */.vB)(outcome.report)
                : (0,format/* verifyMarkdown */.vB)({ ok: true, results: [], skipped: [] }),
            usage: session.state.usage,
            pricing: ctx.config.pricing,
            attention: outcome.status === 'tests_failed'
                ? 'The verification fails (see below); the orchestrator stopped here.'
                : undefined,
        });
        const pr = await upsertPullRequest(job.client, job.repo, {
            branch: session.wt.branch,
            base: session.defaultBranch,
            title: session.issue.title,
            body,
            dryRun: !job.writes,
        });
        if (pr.status === 'merged') {
            outcome = {
                status: 'blocked',
                reason: `PR #${pr.number} of ${session.wt.branch} is already merged; nothing more to do here.`,
            };
            reason = outcome.reason;
        }
        else if (pr.number > 0) {
            prNumber = pr.number;
        }
    }
    const next = devNextAction(session, outcome.status, reason, prNumber);
    let state = {
        ...session.state,
        pr: prNumber ?? null,
        dev: {
            ...session.state.dev,
            result: outcome.status === 'blocked' ? session.state.dev.result : outcome.status,
        },
    };
    if (session.lastThread) {
        // Fix resumes this thread in a later job, on a fresh runner: its session goes to the store.
        state = await (0,resume/* saveLastThread */.w)({
            store: session.tracker.sessions,
            agent: await ctx.agent(),
            state,
            threadId: session.lastThread,
            phase: 'dev',
            writes: job.writes,
        });
    }
    state = (0,src_state/* finishPhase */.Ng)(state, 'dev', outcome.status, {
        runUrl: job.runUrl,
        note: reason.slice(0, 300),
        nextAction: next,
    });
    await session.progress.final(state);
    session.state = state;
    await (0,action_job/* setLabel */.je)(job, item, outcome.status === 'complete' ? 'in-progress' : 'blocked');
    if (outcome.status === 'tests_failed' && outcome.report) {
        const failure = (0,format/* verifyFailureText */.Jw)(outcome.report);
        const bug = await (0,work_items/* createWorkItem */.Rp)(job, (0,work_items/* testsFailedRequest */.ML)({ item, title: session.issue.title, failure, pr: prNumber }));
        if (bug.number)
            reason += ` Bug #${bug.number} holds the failing output.`;
    }
    let nextPhase;
    if (outcome.status === 'complete') {
        nextPhase = 'review';
        if (!prNumber)
            log.info('[dry-run] Would dispatch review for the new pull request.');
        else if (startsReview(ctx.inputs.autonomy)) {
            const dispatched = await (0,action_job/* chain */.cy)(job, 'review', prNumber);
            if (!dispatched.dispatched)
                log.info(dispatched.reason);
        }
    }
    return {
        status: outcome.status,
        reason,
        item,
        prNumber,
        branch: session.wt.branch,
        usage: session.usage,
        nextPhase,
        summary: jobSummary(session, outcome),
    };
}


/***/ })

};
