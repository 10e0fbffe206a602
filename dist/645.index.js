export const id = 645;
export const ids = [645];
export const modules = {

/***/ 3824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ mirrorIssue),
/* harmony export */   Hc: () => (/* binding */ DOCS_ITEM_MARKER),
/* harmony export */   oI: () => (/* binding */ parseDocsItemMarker)
/* harmony export */ });
/* unused harmony export docsItemMarker */
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
/** The id and file a mirror's body names, or undefined when it holds no well-formed marker. */
function parseDocsItemMarker(body) {
    const match = /<!-- codex-orchestrator:docs-item id=([^\s>]+) file=([^\s>]+) -->/.exec(body);
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
/** The mirror issue of a docs item: its title, the file's text below the front matter, the opt-in label. */
function mirrorIssue(item, optInLabel) {
    const file = item.source.kind === 'docs' ? item.source.file : item.id;
    const title = item.title.length > MAX_TITLE ? `${item.title.slice(0, MAX_TITLE - 1)}…` : item.title;
    const criteria = item.acceptanceCriteria.length > 0 && !/^#{1,6}[ \t]+acceptance criteria/im.test(item.body)
        ? `\n\n## Acceptance criteria\n${item.acceptanceCriteria.map((c) => `- [${c.done ? 'x' : ' '}] ${c.text}`).join('\n')}`
        : '';
    const body = [
        docsItemMarker(item.id, file),
        `> Mirrored from the docs backlog: \`${file.replace(/`/g, "'")}\` (id \`${item.id.replace(/`/g, "'")}\`). ` +
            'Edit the file, not this issue: the pull request for this item marks the file done.',
        `${item.body.trim()}${criteria}` || '_No description._',
    ].join('\n\n');
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

/***/ 1721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ normaliseTitle),
/* harmony export */   jp: () => (/* binding */ createSubIssues)
/* harmony export */ });
/* unused harmony exports subtaskMarker, findOwnSubIssue */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1373);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7369);




/** Statuses meaning "this API is not available here" (GHES without it, a feature turned off). */
const UNAVAILABLE = new Set([403, 404, 410]);
/** Lower case, punctuation and repeated spaces removed: two titles that only differ in those match. */
function normaliseTitle(title) {
    return title
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/** The hidden marker that names a sub-issue's parent and subtask, for duplicate detection. */
function subtaskMarker(parent, title) {
    const key = normaliseTitle(title).replace(/ /g, '-').slice(0, 80);
    return `<!-- codex-orchestrator:subtask parent=${parent} key=${key} -->`;
}
/**
 * Model-written text from untrusted input, rendered so it cannot pass as the action (no forged
 * marker, no mention, no remote image: renderModelMarkdown).
 */
function cleanBody(text) {
    return (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelMarkdown */ .pX)(text);
}
/**
 * The existing sub-issue for a subtask: one the action itself wrote (its identity) that carries the
 * subtask's marker. Anyone can open an issue with the same title, or paste the marker into one;
 * adopting that would let them choose what the item is blocked by and what gets worked on.
 */
function findOwnSubIssue(open, marker, identity) {
    return open.find((i) => (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isIdentity */ .Lk)(i.user, identity) && i.body.includes(marker));
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
    const identity = options.identity ?? (await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .actionIdentity */ .L1)(client));
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
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`Sub-issue for '${title}' exists already: #${existing.number}.`);
            subIssues.push({ number: existing.number, id: existing.id, title: existing.title, created: false });
            continue;
        }
        const lookalike = open.find((i) => !(0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isIdentity */ .Lk)(i.user, identity) && normaliseTitle(i.title) === normaliseTitle(title));
        if (lookalike) {
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`#${lookalike.number} has the same title as the subtask '${title}' but was opened by ${lookalike.user?.login ?? 'a deleted user'}, not ${identity.login}: it is not adopted.`);
        }
        const body = `${cleanBody(task.body).trim()}\n\n---\nPart of #${parent}.\n\n${marker}`;
        const labels = [options.labelPrefix, `priority:${task.priority}`];
        if (options.dryRun) {
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`[dry-run] Would create issue: ${JSON.stringify({ title, body, labels })}`);
            subIssues.push({ number: undefined, id: undefined, title, created: true });
            continue;
        }
        const { data } = await client.rest.issues.create({ ...repo, title, body, labels });
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`Created sub-issue #${data.number}: ${title}`);
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
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`GitHub's sub-issues API is not available here (${statusOf(error)}); listing them in the status comment.`);
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
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`#${sub.number} was not linked as a sub-issue of #${parent}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error)}`);
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
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`GitHub's issue dependencies API is not available here (${statusOf(error)}).`);
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
            _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`#${parent} blocked by #${sub.number} was not recorded: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error)}`);
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


/***/ }),

/***/ 403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ testsFailedRequest),
/* harmony export */   Rp: () => (/* binding */ createWorkItem)
/* harmony export */ });
/* unused harmony exports WORK_ITEM_SEARCH, workItemMarker, matchWorkItem, FAILURE_MAX_CHARS */
/* harmony import */ var _github_follow_ups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8006);
/* harmony import */ var _github_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7369);
/* harmony import */ var _github_subissues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1721);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5625);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);
/* harmony import */ var _safety_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3836);






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
    const title = (0,_github_subissues_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseTitle */ .BU)(cleanTitle(request.title));
    const mine = issues.filter((i) => (0,_github_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentity */ .Lk)(i.author, identity) && (i.state === 'open' || request.matchClosed !== false));
    const own = mine.find((i) => i.body.includes(marker)) ??
        mine.find((i) => i.state === 'open' && (0,_github_subissues_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseTitle */ .BU)(i.title) === title);
    const similar = own
        ? undefined
        : issues.find((i) => i.state === 'open' && !(0,_github_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentity */ .Lk)(i.author, identity) && (0,_github_subissues_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseTitle */ .BU)(i.title) === title);
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
            _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`[dry-run] Would update #${own.number} (${title}):\n${body}`);
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
        _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`[dry-run] Would create issue: ${JSON.stringify({ title, body, labels })}`);
        return { number: undefined, outcome: 'created' };
    }
    const created = await (0,_github_follow_ups_js__WEBPACK_IMPORTED_MODULE_0__/* .createIssue */ .Ko)(job.client, job.repo, { title, body, labels });
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Created follow-up #${created.number}: ${title}`);
    return { number: created.number, outcome: 'created' };
}
/** The most of a failing output a bug issue carries: its end, where the failure usually is. */
const FAILURE_MAX_CHARS = 8000;
/**
 * The bug issue of a `tests_failed` dev result: the failing command's output, secrets redacted and
 * the tail kept, in a fence it cannot close. One per item (key `tests-failed:<item>`): a re-run
 * that fails again edits it with the newest output.
 */
function testsFailedRequest(input) {
    const redacted = (0,_safety_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redactSecrets */ .fp)(input.failure.trimEnd());
    const output = redacted.length > FAILURE_MAX_CHARS ? `[… clipped]\n${redacted.slice(-FAILURE_MAX_CHARS)}` : redacted;
    const fence = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fenceFor */ .Lt)(output);
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

/***/ 7645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  devPhase: () => (/* binding */ devPhase)
});

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
// EXTERNAL MODULE: ./src/item/job.ts + 2 modules
var item_job = __webpack_require__(7950);
// EXTERNAL MODULE: ./src/item/work-items.ts
var work_items = __webpack_require__(403);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/state/index.ts + 1 modules
var src_state = __webpack_require__(5557);
// EXTERNAL MODULE: ./src/verify/format.ts
var format = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/work/escalation.ts + 1 modules
var escalation = __webpack_require__(6664);
// EXTERNAL MODULE: ./src/prompts/issue.ts
var issue = __webpack_require__(6184);
// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
// EXTERNAL MODULE: ./src/work/session.ts + 1 modules
var work_session = __webpack_require__(1683);
;// CONCATENATED MODULE: ./src/work/prompt.ts





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
    const { job, state } = session;
    const criteria = state.criteria.map((c, i) => `${i + 1}. ${c.done ? '✓ ' : ''}${oneLine(c.text)}`);
    const done = await (0,work_session/* branchCommits */.rj)(session);
    const values = {
        repository: `${job.repo.owner}/${job.repo.repo}`,
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
        overrides: session.ctx.config.prompts,
        readDefaultBranchFile: (path) => (0,content/* readDefaultBranchFile */.sb)(job.client, job.repo, path),
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
        `Codex-Item: #${session.item}`,
        ...(task.kind === 'criterion' ? [`Codex-Criterion: ${task.index + 1}`] : []),
        ...(threadId ? [`Codex-Thread: ${threadId}`] : []),
    ];
    const full = task.kind === 'criterion' && subject !== short ? `${subject}\n\n` : '';
    return `${short}\n\n${full}${summary.trim()}\n\n${trailers.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/work/step.ts + 1 modules
var step = __webpack_require__(7207);
// EXTERNAL MODULE: ./src/work/verification.ts
var verification = __webpack_require__(4362);
;// CONCATENATED MODULE: ./src/work/loop.ts







/**
 * One developer run for a task, with the state bookkeeping around it. `cutByDeadline`: the run hit
 * its timeout, and that timeout was the time left of the job, not the criterion's own.
 */
async function loop_step(session, task) {
    const { ctx } = session;
    const key = task.kind === 'fix' ? 'dev:fix' : `dev:${task.index}`;
    (0,work_session/* update */.yo)(session, {
        ...session.state,
        dev: {
            ...session.state.dev,
            iterations: session.state.dev.iterations + 1,
            current: task.kind === 'fix' ? null : task.index,
        },
    });
    const agent = await ctx.agent();
    const prompt = await devPrompt(session, task);
    // A run ends at the criterion timeout or at the job's deadline, whichever comes first.
    const criterionMs = ctx.config.budgets['criterion-timeout-minutes'] * 60_000;
    const timeoutMs = Math.max(1, Math.min(criterionMs, (0,work_session/* timeLeft */.f$)(session)));
    const outcome = await (0,step/* runStep */.e)({
        agent,
        git: session.git,
        dir: session.wt.dir,
        prompt,
        label: task.kind === 'fix'
            ? 'verification fix'
            : `criterion ${task.index + 1}/${session.state.criteria.length}`,
        timeoutMs,
        deniedCommands: ctx.config.commands.deny,
        networkAccess: ctx.config.sandbox.network,
        allow: ctx.config.commands.allow,
        protectedPaths: ctx.config['protected-paths'],
        author: session.author,
        message: (summary, threadId) => commitMessage(session, task, summary, threadId),
    });
    (0,work_session/* spend */.Rf)(session, outcome.usage);
    if (outcome.kind === 'failed')
        log.info(outcome.message);
    if (outcome.threadId) {
        session.lastThread = outcome.threadId;
        (0,work_session/* update */.yo)(session, { ...session.state, threads: { ...session.state.threads, [key]: outcome.threadId } });
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
    const { ctx } = session;
    const commands = ctx.config.verify.commands;
    const verifier = await (0,verification/* sessionVerifier */.F)(session);
    if (verifier.kind === 'refused')
        return { status: 'error', reason: verifier.reason };
    for (let index = 0; index < session.state.criteria.length; index++) {
        if (session.state.criteria[index].done)
            continue;
        const stop = (0,work_session/* deadlineStop */.hu)(session, `criterion ${index + 1} was not started`) ?? (0,work_session/* budgetStop */.g3)(session);
        if (stop)
            return { status: 'blocked', reason: stop };
        const outcome = await loop_step(session, { kind: 'criterion', index });
        if (outcome.cutByDeadline) {
            const what = `criterion ${index + 1} was cut short and its changes were dropped`;
            return { status: 'blocked', reason: (0,work_session/* deadlineReason */.Xp)(session, what) };
        }
        if (outcome.kind === 'failed' && outcome.failure === 'timeout') {
            // A budget, like the token cap (DESIGN §8.9): a person decides, the action did not break.
            const minutes = ctx.config.budgets['criterion-timeout-minutes'];
            return {
                status: 'blocked',
                reason: `Criterion ${index + 1} did not finish within budgets.criterion-timeout-minutes (${minutes}); its changes were dropped. ` +
                    'Raise the timeout or split the criterion, then comment /codex retry.',
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
        const sha = await (0,work_session/* push */.VC)(session);
        const criteria = session.state.criteria.map((c, i) => i === index ? { ...c, done: true, commit: outcome.sha ? sha : null } : c);
        if (!outcome.sha)
            log.info(`Criterion ${index + 1}: the run changed nothing; recorded as done without a commit.`);
        (0,work_session/* update */.yo)(session, { ...session.state, criteria, dev: { ...session.state.dev, current: null } });
    }
    if (verifier.kind === 'none') {
        return {
            status: 'complete',
            report: undefined,
            reason: 'Every criterion is done; no verify.commands are configured.',
        };
    }
    const verify = verifier.run;
    let report = await verify();
    if (!report.ok) {
        const late = (0,work_session/* deadlineStop */.hu)(session, 'the verification failed and its fix run was not started');
        if (late)
            return blockedWithReport(session, report, late);
        const stop = (0,work_session/* budgetStop */.g3)(session);
        if (!stop) {
            const outcome = await loop_step(session, { kind: 'fix', failure: (0,format/* verifyFailureText */.Jw)(report) });
            if (outcome.kind === 'escalated') {
                return { status: 'blocked', ...(await (0,escalation/* holdForApproval */.G)(session, outcome.report, null)) };
            }
            if (outcome.cutByDeadline) {
                const what = 'the verification fix run was cut short and its changes were dropped';
                return blockedWithReport(session, report, (0,work_session/* deadlineReason */.Xp)(session, what));
            }
            if (outcome.kind === 'committed') {
                await (0,work_session/* push */.VC)(session);
                report = await verify();
            }
        }
    }
    (0,work_session/* update */.yo)(session, { ...session.state, dev: { ...session.state.dev, verifyOutput: (0,format/* verifyStateText */.mB)(report) } });
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
    (0,work_session/* update */.yo)(session, { ...session.state, dev: { ...session.state.dev, verifyOutput: (0,format/* verifyStateText */.mB)(report) } });
    return { status: 'blocked', reason };
}

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
;// CONCATENATED MODULE: ./src/work/pull-request.ts






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
        `(${n(u.reasoningOutputTokens)} reasoning) · est. $${(0,budget/* estimateCostUsd */.M)(u, body.pricing).toFixed(2)}`);
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

// EXTERNAL MODULE: ./src/work/resume.ts + 3 modules
var resume = __webpack_require__(1992);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/backlog/docs-file.ts + 1 modules
var docs_file = __webpack_require__(94);
// EXTERNAL MODULE: ./src/backlog/mirror.ts
var mirror = __webpack_require__(3824);
// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
;// CONCATENATED MODULE: ./src/phases/dev/docs-item.ts










/**
 * A docs backlog item's pull request marks its file done (DESIGN §6): `status: done` and every
 * criterion ticked, committed on the item's branch, so merging the reviewed PR is what archives
 * the item. Nothing is ever pushed to the default branch. Only an issue the action opened (the
 * scan's mirror) is trusted with the marker naming the file; the file must still hold that id.
 */
async function markDocsItemDone(session) {
    if (!session.issue.body.includes(mirror/* DOCS_ITEM_MARKER */.Hc))
        return undefined;
    const marker = (0,mirror/* parseDocsItemMarker */.oI)(session.issue.body);
    if (!marker)
        return undefined;
    const { job, wt } = session;
    const issue = await (0,issues/* readIssue */.OS)(job.client, job.repo, session.item);
    if (!(0,identity/* isIdentity */.Lk)(issue.author, job.identity)) {
        log.info(`#${session.item} carries a docs-item marker but was not opened by the action: ignored.`);
        return undefined;
    }
    const path = (0,external_node_path_.normalize)(marker.file).replace(/\\/g, '/');
    if ((0,external_node_path_.isAbsolute)(path) || path.split('/').includes('..') || path.startsWith('.git/')) {
        return `The docs file '${marker.file}' named by #${session.item} is outside the repository; it was not marked done.`;
    }
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(wt.dir, path), 'utf8');
    }
    catch {
        return `The docs file ${path} of #${session.item} is not on the branch; it was not marked done.`;
    }
    if ((0,docs_file/* parseIssueFile */.TP)(path, text).item?.id !== marker.id) {
        return `${path} no longer holds the docs item '${marker.id}'; it was not marked done.`;
    }
    const done = (0,docs_file/* markItemDone */.fc)(text);
    if (done === text)
        return undefined;
    await (0,promises_.writeFile)((0,external_node_path_.join)(wt.dir, path), done);
    await (0,exec/* gitOk */.Tt)(session.git, ['add', '--', path], { cwd: wt.dir });
    const sha = await (0,commit/* commitStaged */.u$)(session.git, wt.dir, `Mark docs item ${marker.id} done\n\nSets status: done in ${path} and ticks its acceptance criteria; merging this pull request archives the item.`, session.author);
    if (sha)
        await (0,work_session/* push */.VC)(session);
    log.info(`Marked the docs item ${marker.id} done in ${path}.`);
    return undefined;
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
        : (0,item_job/* dispatchOff */.qe)(session.job);
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
    const opened = await (0,item_job/* openItemPhase */.nL)(ctx, 'dev', 'trigger it from an issue labelled ready or a /codex approve comment');
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
    await (0,item_job/* saveState */.LZ)(job, state);
    await (0,item_job/* setLabel */.je)(job, item, 'in-progress', labels);
    let wt;
    try {
        wt = await (0,worktree/* openWorktree */.G)(git, {
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
        await (0,item_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'dev', 'error', {
            runUrl: job.runUrl,
            note: reason.slice(0, 300),
            nextAction: RETRY,
        }));
        await (0,item_job/* setLabel */.je)(job, item, 'blocked');
        return { status: 'error', reason, item, branch };
    }
    const checkout = { git, wt, remote };
    const session = (0,work_session/* openWorkSession */.E7)(job, checkout, { item, issue, state, defaultBranch: base, deadline });
    try {
        let outcome;
        try {
            await (0,work_session/* recoverFromBranch */.BN)(session);
            if (session.state.escalation?.approvedBy)
                await (0,escalation/* releaseApproved */.r)(session);
            outcome = await developAndVerify(session);
        }
        catch (error) {
            if (!(error instanceof work_session/* ForeignCommitsError */.Hm))
                log.info(`Dev failed: ${error instanceof Error && error.stack ? error.stack : (0,errors/* errorMessage */.g)(error)}`);
            outcome = {
                status: error instanceof work_session/* ForeignCommitsError */.Hm ? 'blocked' : 'error',
                reason: (0,errors/* errorMessage */.g)(error),
            };
        }
        return await finish(session, outcome);
    }
    finally {
        await (0,worktree/* removeWorktree */.I)(git, repoDir, wt.dir);
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
    await (0,item_job/* saveState */.LZ)(job, done);
    await (0,item_job/* setLabel */.je)(job, state.item, 'blocked', labels);
    return { status, reason, item: state.item };
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
            summaries: (await (0,work_session/* branchCommits */.rj)(session)).map((c) => `${c.subject}${c.body ? ` — ${c.body}` : ''}`),
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
        state = await (0,resume/* saveLastThread */.wR)({
            store: (0,resume/* jobSessionStore */.t0)(ctx, session.git, session.remote),
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
    await (0,item_job/* setLabel */.je)(job, item, outcome.status === 'complete' ? 'in-progress' : 'blocked');
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
            const dispatched = await (0,item_job/* chain */.cy)(job, 'review', prNumber);
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
