export const id = 630;
export const ids = [630];
export const modules = {

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

/***/ 2630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanPhase: () => (/* binding */ scanPhase)
});

// EXTERNAL MODULE: ./src/action/job.ts + 2 modules
var action_job = __webpack_require__(9869);
// EXTERNAL MODULE: ./src/backlog/dashboard.ts + 1 modules
var backlog_dashboard = __webpack_require__(4307);
// EXTERNAL MODULE: ./src/backlog/problems.ts
var backlog_problems = __webpack_require__(2771);
// EXTERNAL MODULE: ./src/backlog/queue.ts
var backlog_queue = __webpack_require__(3176);
;// CONCATENATED MODULE: ./src/backlog/queue-output.ts
/** The `queue` output of a scan (DESIGN §9), also what `scan --json` prints under `queue`. */
function queueOutput(view) {
    return view.ready.map(({ item, phase }) => ({
        item: item.source.kind === 'github' ? item.source.number : item.id,
        title: item.title,
        priority: item.priority,
        milestone: item.milestone ?? null,
        phase,
        ...(item.source.kind === 'docs' ? { file: item.source.file } : {}),
    }));
}

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/backlog.ts + 1 modules
var github_backlog = __webpack_require__(8370);
// EXTERNAL MODULE: ./src/github/labels.ts
var labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/github/marked-issues.ts
var marked_issues = __webpack_require__(7696);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/backlog/docs.ts
var backlog_docs = __webpack_require__(7496);
// EXTERNAL MODULE: ./src/backlog/mirror.ts
var mirror = __webpack_require__(3824);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/tracker/github/backlog.ts
var tracker_github_backlog = __webpack_require__(9853);
// EXTERNAL MODULE: ./src/tracker/github/store.ts + 1 modules
var store = __webpack_require__(2762);
;// CONCATENATED MODULE: ./src/phases/scan/backlog.ts







/**
 * Loads the configured source, with `reads` for the GitHub one (their follow-up request carries
 * the scan's own issues and the recently closed ones). A docs item's issue (its mirror) is linked
 * by {@link linkMirrors}, once the action's own issues are known.
 */
async function loadScanBacklog(job, reads) {
    const { config, context } = job.ctx;
    const issues = new Map();
    if (config.backlog.source === 'docs') {
        const docs = await (0,backlog_docs/* loadDocsBacklog */.hk)(context.workspace, config.backlog.docs);
        return { source: 'docs', ...docs, failFast: docs.problems.length > 0, warnings: [], issues };
    }
    const prefix = config.labels.prefix;
    const { listed, ...backlog } = await (0,tracker_github_backlog/* loadGitHubBacklog */.TT)(reads, {
        prefix,
        trusted: (user) => (0,identity/* isIdentity */.Lk)(user, job.identity),
    });
    for (const i of listed) {
        issues.set(`#${i.number}`, {
            number: i.number,
            labels: i.labels,
            // Unknown (an older payload): read, to be safe.
            comments: i.comments ?? 1,
            state: i.state,
            closedAt: null,
        });
    }
    return { source: 'github', ...backlog, failFast: false, issues };
}
/** Links each docs item to its mirror among the action's own issues (oldest first wins). */
function linkMirrors(backlog, own) {
    if (backlog.source !== 'docs')
        return;
    const ids = new Set(backlog.items.map((i) => i.id));
    // Oldest first: should a race ever have opened two mirrors, every scan settles on the first.
    for (const issue of own) {
        const marker = (0,mirror/* parseDocsItemMarker */.oI)(issue.body);
        if (!marker || !ids.has(marker.id) || backlog.issues.has(marker.id))
            continue;
        backlog.issues.set(marker.id, {
            number: issue.number,
            labels: issue.labels,
            comments: issue.comments,
            state: issue.state,
            closedAt: issue.closedAt,
        });
    }
}
/**
 * Whether the issue may have a status comment worth a read: it has comments, and a lifecycle
 * label (other than done) shows the action has touched it. The scan's own claim sets
 * `in-progress`, so a claimed item is always read.
 */
function inFlight(issue, prefix) {
    if (issue.comments === 0 || issue.state === 'closed')
        return false;
    const names = (0,labels/* LIFECYCLE */.VD)(prefix);
    const held = [
        names['needs-clarification'],
        names.ready,
        names['in-progress'],
        names['in-review'],
        names.blocked,
    ].map((l) => l.toLowerCase());
    return issue.labels.some((l) => held.includes(l.toLowerCase()));
}
/** Reads the status comment of every in-flight item: one read each, none for the rest. */
async function readStates(job, backlog) {
    const prefix = job.ctx.config.labels.prefix;
    const states = new Map();
    for (const [id, issue] of backlog.issues) {
        if (!inFlight(issue, prefix))
            continue;
        states.set(id, await readState(job, issue.number));
    }
    return states;
}
/** The item's state from its status comment; a corrupt one is reported, not thrown. */
async function readState(job, number) {
    try {
        const loaded = await (0,store/* loadItemState */.JR)(job.client, job.repo, number, job.identity);
        return loaded ? { kind: 'state', state: loaded.state } : { kind: 'none' };
    }
    catch (error) {
        return { kind: 'unreadable', message: (0,errors/* errorMessage */.g)(error) };
    }
}

// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
;// CONCATENATED MODULE: ./src/phases/scan/signals.ts
const ms = (iso) => Date.parse(iso);
/** The scan's claim, while no run has started behind it (no timeline entry newer than the claim). */
function activeClaim(state) {
    const claim = state.claim;
    if (!claim)
        return null;
    const at = ms(claim.at);
    return state.timeline.some((e) => ms(e.at) > at) ? null : claim;
}
/** An active claim older than the phase timeout: the dispatched run never started. */
function staleClaim(state, clock) {
    const claim = activeClaim(state);
    return claim && clock.now - ms(claim.at) > clock.timeoutMs ? claim : null;
}
/**
 * A run that started this long ago and never recorded an end has died (a job is cut at the phase
 * timeout; twice that leaves room for a slow runner): the item waits for `/codex retry` rather
 * than holding the serial queue forever.
 */
const DEAD_RUN_FACTOR = 2;
const lastEntry = (state) => state.timeline.at(-1);
const waiting = (reason) => ({ kind: 'waiting', reason });
/** The hold of an item from its state. A stale claim is the caller's to release first. */
function holdOf(state, clock) {
    if (state.stopped)
        return { kind: 'stopped', by: state.stopped.by };
    if (state.merged)
        return { kind: 'done' };
    const claim = activeClaim(state);
    if (claim)
        return { kind: 'in_progress', why: `claimed for ${claim.phase} by ${claim.runUrl}` };
    const escalation = state.escalation;
    if (escalation && !escalation.approvedBy)
        return waiting('escalation held: a person with write access reviews it and comments /codex approve');
    const phase = state.phase ?? 'plan';
    const next = state.nextAction;
    switch (state.status) {
        case 'new':
        case 'skipped':
            return { kind: 'free', phase: state.plan && state.approval ? 'dev' : 'plan' };
        case 'running': {
            const started = lastEntry(state)?.at;
            if (started && clock.now - ms(started) > DEAD_RUN_FACTOR * clock.timeoutMs)
                return waiting(`the ${phase} run started at ${started} never finished; check its log, then comment /codex retry`);
            return { kind: 'in_progress', why: `${phase} is running` };
        }
        case 'cancelled':
            return waiting(`the ${phase} run was cancelled; comment /codex retry`);
        case 'needs_clarification':
            return waiting('questions open (needs clarification)');
        case 'needs_decomposition':
            return waiting(next ?? 'split into sub-issues: comment /codex plan once they are done');
        case 'blocked':
        case 'error':
        case 'tests_failed':
            return waiting(`${state.status.replace('_', ' ')} in ${phase}: ${next ?? 'see the status comment'}`);
        case 'complete':
            // An approved plan goes to dev; the approval itself dispatched it, and a dispatch that was
            // lost (or turned off) is made good here. Dev is safe to run twice.
            if (phase === 'plan' && state.approval)
                return { kind: 'free', phase: 'dev' };
            if (phase === 'plan' && next)
                return waiting(`approval pending: ${next}`);
            return next ? waiting(next) : { kind: 'in_progress', why: `${phase} finished; the next phase runs` };
        case 'pass':
            return waiting(next ?? 'a person reviews and merges the pull request');
        default:
            return next ? waiting(next) : { kind: 'in_progress', why: `${phase}: ${state.status}` };
    }
}
/**
 * Blocked, error and failed tests are failures; a human's stop, questions, an escalation hold and
 * anything still running are not; a finished phase or a merge is a success.
 */
function outcomeOf(state) {
    if (state.stopped)
        return 'neutral';
    if (state.merged)
        return 'success';
    if (state.escalation && !state.escalation.approvedBy)
        return 'neutral';
    if (state.status === 'blocked' || state.status === 'error' || state.status === 'tests_failed')
        return 'failure';
    if (state.status === 'complete' || state.status === 'pass')
        return 'success';
    return 'neutral';
}
/** The event of an item's state (undefined before any phase ran). */
function outcomeEvent(item, state) {
    const last = lastEntry(state);
    if (!last)
        return undefined;
    const note = state.nextAction ?? last.note ?? state.status;
    return { item, at: last.at, outcome: outcomeOf(state), note };
}
/**
 * The failures in a row, newest first: from the newest event back to the first success, ignoring
 * neutral ones and anything before `since` (when the last stop issue was closed: closing it lifts
 * the stop, so what failed before does not count again).
 */
function failuresInARow(events, since) {
    const sorted = [...events]
        .filter((e) => since === undefined || ms(e.at) > ms(since))
        .sort((a, b) => ms(b.at) - ms(a.at));
    const failures = [];
    for (const event of sorted) {
        if (event.outcome === 'success')
            break;
        if (event.outcome === 'failure')
            failures.push(event);
    }
    return failures;
}

;// CONCATENATED MODULE: ./src/phases/scan/claims.ts









const has = (labels, name) => labels.some((l) => l.toLowerCase() === name.toLowerCase());
/**
 * Claims up to `count` ready items, in queue order. Each one is re-checked just before (its issue
 * and status comment read again: another run may have taken it since the scan's first read), a
 * docs item is mirrored to an issue the first time, and the claim is recorded in the item's state
 * with the `in-progress` label. Dispatching is the caller's.
 */
async function claimReady(job, backlog, ready, count, clock) {
    const claims = [];
    for (const entry of ready) {
        if (claims.length >= count)
            break;
        const claim = await claimOne(job, backlog, entry, clock);
        if (claim)
            claims.push(claim);
    }
    return claims;
}
async function claimOne(job, backlog, entry, clock) {
    const prefix = job.ctx.config.labels.prefix;
    const names = (0,labels/* LIFECYCLE */.VD)(prefix);
    const { item } = entry;
    const linked = backlog.issues.get(item.id);
    if (!linked) {
        if (item.source.kind !== 'docs')
            return undefined;
        const number = await claims_mirror(job, item, [names['opt-in'], names['in-progress']]);
        if (number === undefined)
            return { item, number, phase: entry.phase, mirrored: true };
        await recordClaim(job, (0,src_state/* newItemState */.rY)(number), entry.phase, clock);
        return { item, number, phase: entry.phase, mirrored: true };
    }
    const issue = await (0,issues/* readIssue */.OS)(job.client, job.repo, linked.number);
    const skip = (why) => {
        log.info(`Not claiming ${item.id} (#${linked.number}): ${why}.`);
        return undefined;
    };
    if (issue.state !== 'open')
        return skip('its issue was closed since the scan began');
    if (has(issue.labels, names.stop))
        return skip(`it carries ${names.stop}`);
    const read = issue.comments > 0 ? await readState(job, linked.number) : { kind: 'none' };
    if (read.kind === 'unreadable')
        return skip(`its status comment cannot be read: ${read.message}`);
    let state = read.kind === 'state' ? read.state : (0,src_state/* newItemState */.rY)(linked.number);
    if (staleClaim(state, clock))
        state = { ...state, claim: null };
    const hold = holdOf(state, clock);
    if (hold.kind !== 'free')
        return skip(`its status comment says ${hold.kind.replace('_', ' ')}`);
    await recordClaim(job, state, hold.phase, clock);
    await (0,action_job/* setLabel */.je)(job, linked.number, 'in-progress', issue.labels);
    return { item, number: linked.number, phase: hold.phase, mirrored: false };
}
/** Records the claim in the state (a timeline line says so too). */
async function recordClaim(job, state, phase, clock) {
    const now = new Date(clock.now);
    const claimed = (0,src_state/* noteEvent */.Rh)({ ...state, claim: { runUrl: job.runUrl, at: now.toISOString(), phase } }, `claimed by the scan for ${phase}`, job.runUrl, now);
    await (0,action_job/* saveState */.LZ)(job, claimed);
}
/** Opens the docs item's issue (a dry run prints it); its number, or undefined in a dry run. */
async function claims_mirror(job, item, labels) {
    const issue = (0,mirror/* mirrorIssue */.DX)(item, labels[0]);
    if (!job.writes) {
        log.info(`[dry-run] Would open an issue for the docs item ${item.id}:\n${issue.title}\n\n${issue.body}`);
        return undefined;
    }
    const made = await (0,marked_issues/* createIssue */.Ko)(job.client, job.repo, { ...issue, labels });
    log.info(`Mirrored the docs item ${item.id} to #${made.number}.`);
    return made.number;
}
/** Releases a claim whose run never started, with a note in the status comment. */
async function releaseClaim(job, number, state) {
    const claim = state.claim;
    const minutes = job.ctx.config.budgets['phase-timeout-minutes'];
    const released = (0,src_state/* noteEvent */.Rh)({ ...state, claim: null }, `claim for ${claim?.phase ?? 'a phase'} (${claim?.runUrl ?? 'unknown run'}) released: no run started within ${minutes} minutes`, job.runUrl);
    await (0,action_job/* saveState */.LZ)(job, released);
    log.info(`Released the stale claim on #${number}.`);
    return released;
}

// EXTERNAL MODULE: ./src/backlog/model.ts
var model = __webpack_require__(4730);
;// CONCATENATED MODULE: ./src/phases/scan/done.ts

/**
 * What finished: the GitHub source lists open issues only, so its done items come from one page of
 * recently closed ones; a docs item is done in its file, and its closed mirror says when.
 */
/** A closed issue as a work item, for the dashboard's "recently done". */
function closedItem(issue) {
    return {
        id: `#${issue.number}`,
        title: issue.title,
        body: '',
        priority: model/* DEFAULT_PRIORITY */.PC,
        milestone: undefined,
        status: 'done',
        blockedBy: [],
        blocking: [],
        acceptanceCriteria: [],
        labels: [],
        source: { kind: 'github', number: issue.number },
        order: issue.number,
    };
}
/** Recently done, newest first. */
function doneItems(backlog, view, closed) {
    if (backlog.source === 'github') {
        const open = view.done.map((i) => i.id);
        return [...open, ...closed.filter((c) => c.reason !== 'not_planned').map(closedItem)];
    }
    const closedAt = (item) => backlog.issues.get(item.id)?.closedAt ?? '';
    return [...view.done].sort((a, b) => closedAt(b).localeCompare(closedAt(a))).map((i) => i.id);
}
/**
 * Successes the status comments of open items cannot show: issues closed as completed (GitHub),
 * and closed mirrors of items done in their files (docs). Each resets the failure count.
 */
function recentEvents(backlog, closed) {
    if (backlog.source === 'github')
        return closed
            .filter((c) => c.reason === 'completed' || c.reason === null)
            .map((c) => ({ item: `#${c.number}`, at: c.closedAt, outcome: 'success', note: 'closed' }));
    const events = [];
    for (const item of backlog.items) {
        const issue = backlog.issues.get(item.id);
        if (item.status === 'done' && issue?.closedAt)
            events.push({ item: `#${issue.number}`, at: issue.closedAt, outcome: 'success', note: 'done' });
    }
    return events;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/phases/scan/meta.ts




/**
 * The two issues the scan keeps about the whole backlog: the dashboard, and the "orchestrator
 * stopped" issue of the early exit. Each is found by its marker among the issues the action
 * opened, created once, and edited only when its body changed.
 */
/** Marks the early-exit issue; while one is open, the scan dispatches nothing. */
const STOPPED_MARKER = '<!-- codex-orchestrator:stopped -->';
/** Every marker of the action's issues starts with this: one list finds them all. */
const OWN_MARKER_PREFIX = '<!-- codex-orchestrator:';
const DASHBOARD_TITLE = 'codex-orchestrator: backlog dashboard';
const STOPPED_TITLE = 'codex-orchestrator stopped: repeated failures';
/**
 * A marker counts only where the action puts it, on the first line of a body it wrote: the action
 * also copies text it did not write into its issues (a docs file into its mirror, a failing
 * command's output into a bug issue), and a marker in that text must not make the issue the
 * dashboard or stop the scan.
 */
function findMetaIssues(own) {
    const dashboard = own.find((i) => i.body.startsWith(backlog_dashboard/* DASHBOARD_MARKER */.UM));
    const stops = own.filter((i) => i.body.startsWith(STOPPED_MARKER));
    const stopped = stops.find((i) => i.state === 'open');
    const liftedAt = stops
        .map((i) => i.closedAt)
        .filter((at) => at !== null)
        .sort()
        .at(-1);
    return { dashboard, stopped, liftedAt };
}
/** Creates the issue, or edits it when the body differs; a dry run prints instead. */
async function upsertOwnIssue(job, existing, issue) {
    if (existing && existing.body === issue.body) {
        log.info(`The ${issue.what} #${existing.number} is up to date.`);
        return { number: existing.number, created: false, written: false };
    }
    if (!job.writes) {
        log.info(`[dry-run] Would ${existing ? `update the ${issue.what} #${existing.number}` : `open the ${issue.what}`}:\n${issue.body}`);
        return { number: existing?.number, created: !existing, written: false };
    }
    if (existing) {
        await (0,marked_issues/* updateIssueText */.AX)(job.client, job.repo, existing.number, { body: issue.body });
        return { number: existing.number, created: false, written: true };
    }
    const made = await (0,marked_issues/* createIssue */.Ko)(job.client, job.repo, { title: issue.title, body: issue.body });
    log.info(`Opened the ${issue.what} #${made.number}.`);
    return { number: made.number, created: true, written: true };
}
/**
 * The stop issue's body: the failed items and why, and how to lift the stop. Why comes from the
 * status comments, which carry text the model (or a reviewer's answer) wrote: it is rendered like
 * model text, so it mentions nobody and loads nothing.
 */
function stoppedBody(failures, limit) {
    const oneLine = (text) => (0,markdown/* safeLine */.om)(text, 300);
    return [
        STOPPED_MARKER,
        '## ⛔ codex-orchestrator stopped',
        `${failures.length} items in a row ended blocked or with an error (consecutive-failure-limit: ${limit}), so the nightly scan starts no new work:`,
        failures.map((f) => `- ${f.item} (${f.at}): ${oneLine(f.note)}`).join('\n'),
        'Look at these items and what made them fail (their status comments say), fix the cause, then **close this issue**: closing it lifts the stop, and the next scan starts work again.',
    ].join('\n\n');
}

;// CONCATENATED MODULE: ./src/phases/scan/outputs.ts
/**
 * The scan's `queue` and `matrix` outputs, cut to what GitHub takes: a job's outputs may hold 1 MB
 * in all (a 10,000-item queue is about 6 MB, and a larger value fails the job when it ends), and a
 * matrix may start at most 256 jobs. What the queue leaves out is counted, for the log and the job
 * summary; a scan never claims more items than a matrix can start.
 */
/** Half of GitHub's 1 MB for a job's outputs: the rest is for the others (matrix, status, …). */
const MAX_QUEUE_BYTES = 512 * 1024;
/** GitHub starts at most 256 jobs from one matrix. */
const MAX_MATRIX_JOBS = 256;
/** The first entries of the queue whose JSON array fits in `maxBytes` (UTF-8). */
function capQueue(entries, maxBytes = MAX_QUEUE_BYTES) {
    let bytes = 2; // []
    let kept = 0;
    for (const entry of entries) {
        const size = Buffer.byteLength(JSON.stringify(entry), 'utf8') + (kept > 0 ? 1 : 0);
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        kept += 1;
    }
    return { kept: entries.slice(0, kept), left: entries.length - kept };
}
/** The line that says what the queue cap left out, for the log and the summary; undefined when nothing. */
function leftOutNote(queue) {
    if (queue.left === 0)
        return undefined;
    const total = queue.kept.length + queue.left;
    return `The queue output lists the first ${queue.kept.length} of ${total} ready items (${queue.left} left out): GitHub takes at most 1 MB of outputs from a job. The dashboard and \`codex-orchestrator scan\` show them all.`;
}

// EXTERNAL MODULE: ./src/state/budget.ts
var budget = __webpack_require__(2864);
;// CONCATENATED MODULE: ./src/phases/scan/view.ts





const view_has = (labels, name) => labels.some((l) => l.toLowerCase() === name.toLowerCase());
/**
 * Folds the read states into holds. It also corrects each item's status where the status comment
 * knows better than the labels a GitHub item's status came from (a released claim leaves an
 * `in-progress` label behind; a merge is done whatever the labels say).
 */
function stateView(backlog, states, clock, config) {
    const prefix = config.labels.prefix;
    const stop = (0,labels/* LIFECYCLE */.VD)(prefix).stop;
    const holds = new Map();
    const usage = new Map();
    const events = [];
    const stale = [];
    for (const item of backlog.items) {
        const issue = backlog.issues.get(item.id);
        if (!issue)
            continue;
        if (issue.state === 'closed' && backlog.source === 'docs') {
            // A mirror closed without its file marked done: a person closed it; the item is not
            // mirrored a second time, and waits for the file (or the issue) to say what to do.
            holds.set(item.id, {
                kind: 'waiting',
                reason: `its issue #${issue.number} is closed: reopen it, or set the file's status`,
            });
            continue;
        }
        if (view_has(issue.labels, stop)) {
            holds.set(item.id, { kind: 'stopped', by: `the label ${stop}` });
            continue;
        }
        const read = states.get(item.id);
        if (!read || read.kind === 'none')
            continue;
        if (read.kind === 'unreadable') {
            holds.set(item.id, { kind: 'waiting', reason: `its status comment cannot be read: ${read.message}` });
            continue;
        }
        let state = read.state;
        if (staleClaim(state, clock)) {
            stale.push({ id: item.id, number: issue.number, state });
            state = { ...state, claim: null };
        }
        const hold = holdOf(state, clock);
        holds.set(item.id, hold);
        if (hold.kind === 'done')
            item.status = 'done';
        else if (hold.kind === 'free' && backlog.source === 'github')
            item.status = 'open';
        const tokens = state.usage.inputTokens + state.usage.outputTokens;
        if (tokens > 0)
            usage.set(item.id, {
                tokens,
                costUsd: (0,budget/* estimateCostUsd */.MI)(state.usage, config.pricing),
                ...(state.usage.unpricedTokens ? { unpricedTokens: state.usage.unpricedTokens } : {}),
            });
        const event = outcomeEvent(`#${issue.number}`, state);
        if (event)
            events.push(event);
    }
    const fromStates = {
        claimed: (item) => holds.get(item.id)?.kind === 'in_progress',
        stopped: (item) => holds.get(item.id)?.kind === 'stopped',
        waitingForHuman: (item) => {
            const hold = holds.get(item.id);
            return hold?.kind === 'waiting' ? hold.reason : undefined;
        },
        nextPhase: (item) => {
            const hold = holds.get(item.id);
            return hold?.kind === 'free' ? hold.phase : 'plan';
        },
    };
    return { holds, signals: (0,backlog_queue/* combineSignals */.FR)(fromStates, (0,tracker_github_backlog/* labelSignals */.Gd)(prefix)), usage, events, stale };
}

;// CONCATENATED MODULE: ./src/phases/scan/index.ts


















/** Closed issues shown under "recently done" (one page of the list). */
const RECENTLY_DONE = 10;
/**
 * The nightly backlog scan (DESIGN §6), no model call: reads the backlog and what the status
 * comments say, claims the next ready item(s) and dispatches their phase (serial by default, a
 * `matrix` for fan-out when max-parallel > 1), and keeps the dashboard issue current. It stops
 * itself after repeated failures, and `codex:stop` on the dashboard stops it outright. A docs
 * backlog with problems fails the job (the problems are on the dashboard and in the summary).
 */
const scanPhase = async (ctx) => {
    const job = await (0,action_job/* openItemJob */.p4)(ctx);
    const gate = await (0,action_job/* gateTrigger */.yL)(job);
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const prefix = ctx.config.labels.prefix;
    const names = (0,labels/* LIFECYCLE */.VD)(prefix);
    const github = ctx.config.backlog.source === 'github';
    // The action's own issues and the recently closed ones ride on the backlog's one GraphQL request.
    const reads = (0,github_backlog/* backlogReads */.F)(job.client, job.repo, log.info, {
        own: { login: job.identity.login },
        ...(github ? { closed: { label: prefix, count: RECENTLY_DONE } } : {}),
    });
    const backlog = await loadScanBacklog(job, reads);
    const riders = await reads.riders();
    const own = await (0,marked_issues/* ownMarkedIssues */.hR)(job.client, job.repo, job.identity, OWN_MARKER_PREFIX, {
        issues: riders.own?.issues ?? [],
        after: riders.own?.after ?? null,
    });
    const meta = findMetaIssues(own);
    if (meta.dashboard?.labels.some((l) => l.toLowerCase() === names.stop.toLowerCase())) {
        return {
            status: 'skipped',
            reason: `STOP: the dashboard #${meta.dashboard.number} carries ${names.stop}; nothing is dispatched or written until it is removed.`,
        };
    }
    linkMirrors(backlog, own);
    for (const warning of backlog.warnings)
        log.warning(warning);
    const clock = {
        now: Date.now(),
        timeoutMs: ctx.config.budgets['phase-timeout-minutes'] * 60_000,
    };
    const states = backlog.failFast ? new Map() : await readStates(job, backlog);
    const sv = stateView(backlog, states, clock, ctx.config);
    const closed = github ? (riders.closed ?? []) : [];
    const view = (0,backlog_queue/* computeQueue */.R6)(backlog.dag, backlog.milestones, sv.signals);
    const capped = capQueue(queueOutput(view));
    const queue = capped.kept;
    const cut = leftOutNote(capped);
    if (cut)
        log.warning(cut);
    const dashboard = (v, stoppedIssue) => writeDashboard(job, meta, backlog, v, sv, closed, stoppedIssue);
    if (backlog.failFast) {
        await dashboard(view);
        const problems = (0,backlog_problems/* sortProblems */.dS)(backlog.problems);
        const list = problems.slice(0, 20).map((p) => `- ${(0,backlog_problems/* describeProblem */.BJ)(p)}`);
        return {
            status: 'blocked',
            reason: `The docs backlog has ${problems.length} problem(s); nothing is dispatched until they are fixed (see the dashboard).`,
            queue,
            summary: [
                '#### Backlog problems',
                ...list,
                ...(problems.length > 20 ? [`- … and ${problems.length - 20} more`] : []),
            ].join('\n'),
            // Fail fast is a red run: the same files make `codex-orchestrator scan` exit 1.
            fail: true,
        };
    }
    for (const s of sv.stale)
        if (job.writes)
            await releaseClaim(job, s.number, s.state);
    const limit = ctx.config['consecutive-failure-limit'];
    const failures = failuresInARow([...sv.events, ...recentEvents(backlog, closed)], meta.liftedAt);
    if (meta.stopped || failures.length >= limit) {
        return earlyExit(job, meta, failures, limit, (n) => dashboard(view, n), queue);
    }
    const maxParallel = ctx.config['max-parallel'];
    const slots = Math.max(0, maxParallel - view.inProgress.length);
    // Never more than a matrix can start (256 jobs); max-parallel (at most 20) stays far below it.
    const count = Math.min(slots, (0,config/* itemsPerScan */.h3)(ctx.config), view.ready.length, MAX_MATRIX_JOBS);
    const claims = count > 0 ? await claimReady(job, backlog, view.ready, count, clock) : [];
    // A claim labels a GitHub issue `in-progress`, and the next scan reads its status from that
    // label: the dashboard says so now, or the next scan would find it changed and write it again.
    if (backlog.source === 'github' && job.writes)
        for (const c of claims)
            c.item.status = 'in_progress';
    const after = claims.length > 0 ? (0,backlog_queue/* computeQueue */.R6)(backlog.dag, backlog.milestones, withClaims(sv, claims)) : view;
    await dashboard(after);
    const matrix = maxParallel > 1
        ? {
            include: job.writes
                ? claims.flatMap((c) => (c.number ? [{ item: c.number, phase: c.phase }] : []))
                : [],
        }
        : undefined;
    if (maxParallel > 1 && !job.writes)
        log.info(`[dry-run] Would output the matrix ${JSON.stringify({ include: claims.map((c) => ({ item: c.number ?? c.item.id, phase: c.phase })) })}.`);
    const lines = [];
    if (maxParallel === 1) {
        for (const c of claims) {
            if (c.number === undefined) {
                lines.push(`${c.item.id}: would be mirrored to an issue and ${c.phase} dispatched (dry run).`);
                continue;
            }
            const dispatched = await (0,action_job/* chain */.cy)(job, c.phase, c.number);
            lines.push(dispatched.dispatched
                ? `#${c.number}: ${c.phase} dispatched.`
                : `#${c.number}: ${c.phase} not dispatched: ${dispatched.reason}`);
        }
    }
    else {
        for (const c of claims)
            lines.push(`#${c.number ?? c.item.id}: claimed for ${c.phase} (matrix).`);
    }
    const first = claims[0];
    const summary = scanSummary(backlog, view, cut ? [...lines, cut] : lines);
    if (!first) {
        const why = view.ready.length === 0
            ? 'Nothing is ready.'
            : slots === 0
                ? `${view.inProgress.map((i) => i.id).join(', ')} in progress (max-parallel ${maxParallel}): nothing new starts.`
                : 'No ready item could be claimed (see the log).';
        return { status: 'skipped', reason: why, queue, ...(matrix ? { matrix } : {}), summary };
    }
    return {
        status: 'complete',
        reason: `Claimed ${claims.map((c) => `${c.number ? `#${c.number}` : c.item.id} (${c.phase})`).join(', ')}. ${lines.join(' ')}`.trim(),
        item: first.number,
        nextPhase: maxParallel === 1 ? first.phase : undefined,
        queue,
        ...(matrix ? { matrix } : {}),
        summary,
    };
};
/** The signals with this scan's claims added, for the dashboard written after them. */
function withClaims(sv, claims) {
    const ids = new Set(claims.map((c) => c.item.id));
    return {
        ...sv.signals,
        claimed: (item) => ids.has(item.id) || sv.signals.claimed(item),
    };
}
async function writeDashboard(job, meta, backlog, view, sv, closed, stoppedIssue) {
    const body = (0,backlog_dashboard/* renderDashboard */.pF)({
        dag: backlog.dag,
        view,
        problems: backlog.failFast ? backlog.problems : [],
        usage: sv.usage,
        recentlyDone: doneItems(backlog, view, closed),
        stoppedIssue,
    });
    if (!body.includes(backlog_dashboard/* DASHBOARD_MARKER */.UM))
        throw new Error('The dashboard body lacks its marker.');
    await upsertOwnIssue(job, meta.dashboard, { title: DASHBOARD_TITLE, body, what: 'dashboard' });
}
/** Repeated failures: no dispatch, one stop issue naming them, the retrospective once. */
async function earlyExit(job, meta, failures, limit, dashboard, queue) {
    if (meta.stopped && failures.length < limit) {
        await dashboard(meta.stopped.number);
        return {
            status: 'skipped',
            reason: `Stopped after repeated failures: see #${meta.stopped.number}; closing it lifts the stop.`,
            queue,
        };
    }
    const written = await upsertOwnIssue(job, meta.stopped, {
        title: STOPPED_TITLE,
        body: stoppedBody(failures, limit),
        what: 'stop issue',
    });
    await dashboard(written.number);
    const named = failures.map((f) => f.item).join(', ');
    if (!written.created) {
        return {
            status: 'skipped',
            reason: `Stopped after repeated failures (${named}): see #${written.number}; closing it lifts the stop.`,
            queue,
        };
    }
    let retro;
    try {
        const dispatched = await (0,action_job/* chain */.cy)(job, 'retro', written.number ?? 0);
        retro = dispatched.dispatched
            ? 'The retrospective (retro) was dispatched'
            : `Retro was not dispatched: ${dispatched.reason}`;
    }
    catch (error) {
        retro = `Retro could not be dispatched: ${(0,errors/* errorMessage */.g)(error)}`;
    }
    return {
        status: 'blocked',
        reason: `${failures.length} items in a row ended blocked or with an error (${named}): the scan stopped and opened ${written.number ? `#${written.number}` : 'a stop issue (dry run)'}. ${retro}.`,
        queue,
    };
}
function scanSummary(backlog, view, lines) {
    const counts = `${view.ready.length} ready · ${view.inProgress.length} in progress · ${view.blocked.length} blocked · ${view.waiting.length} waiting for a human · ${view.done.length} done`;
    return [
        `**Backlog** (${backlog.source}): ${backlog.items.length} items — ${counts}`,
        ...(lines.length > 0 ? ['', ...lines.map((l) => `- ${l}`)] : []),
    ].join('\n');
}


/***/ })

};
