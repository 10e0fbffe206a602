export const id = 556;
export const ids = [556];
export const modules = {

/***/ 3851:
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


/***/ }),

/***/ 1078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IN: () => (/* binding */ replyAndResolveThread),
/* harmony export */   Mc: () => (/* binding */ byAction),
/* harmony export */   VL: () => (/* binding */ listChangeRequests),
/* harmony export */   s0: () => (/* binding */ listReviewThreads),
/* harmony export */   zq: () => (/* binding */ resolveReviewThread)
/* harmony export */ });
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7369);

const THREADS = `query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 50, after: $after) {
        nodes {
          id isResolved isOutdated path line
          comments(first: 50) { nodes { databaseId body author { __typename login } } }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;
/** Every review thread of the pull request, oldest first (50 comments per thread are read). */
async function listReviewThreads(client, repo, number) {
    const threads = [];
    let after = null;
    for (let page = 0; page < 20; page++) {
        const data = await client.graphql(THREADS, {
            owner: repo.owner,
            name: repo.repo,
            number,
            after,
        });
        const connection = data.repository?.pullRequest?.reviewThreads;
        if (!connection)
            break;
        for (const node of connection.nodes) {
            threads.push({
                id: node.id,
                isResolved: node.isResolved,
                isOutdated: node.isOutdated,
                path: node.path,
                line: node.line,
                comments: node.comments.nodes.map((c) => {
                    const type = c.author?.__typename;
                    const authorType = type === 'Bot' ? 'Bot' : type === 'User' ? 'User' : 'Other';
                    return {
                        databaseId: c.databaseId ?? 0,
                        body: c.body,
                        author: c.author ? (authorType === 'Bot' ? `${c.author.login}[bot]` : c.author.login) : undefined,
                        authorType,
                    };
                }),
            });
        }
        if (!connection.pageInfo.hasNextPage)
            break;
        after = connection.pageInfo.endCursor;
    }
    return threads;
}
/** Whether the action's own identity wrote the comment. */
const byAction = (comment, identity) => !!comment.author &&
    (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentity */ .Lk)({ login: comment.author, type: comment.authorType === 'Bot' ? 'Bot' : 'User' }, identity);
/** Marks a review thread resolved (GraphQL `resolveReviewThread`). */
async function resolveReviewThread(client, threadId) {
    await client.graphql('mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }', { id: threadId });
}
/**
 * Replies in a review thread (unless `body` is undefined) and resolves it, in one GraphQL request:
 * the mutations of one document run in order, so the reply lands before the thread closes.
 */
async function replyAndResolveThread(client, threadId, body) {
    if (body === undefined)
        return resolveReviewThread(client, threadId);
    await client.graphql(`mutation($id: ID!, $body: String!) {
      reply: addPullRequestReviewThreadReply(input: { pullRequestReviewThreadId: $id, body: $body }) { comment { id } }
      resolve: resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } }
    }`, { id: threadId, body });
}
/** The newest "changes requested" review of each author, oldest first (`GET /pulls/{n}/reviews`). */
async function listChangeRequests(client, repo, number) {
    const reviews = await client.paginate(client.rest.pulls.listReviews, {
        ...repo,
        pull_number: number,
        per_page: 100,
    });
    const latest = new Map();
    for (const r of reviews) {
        const login = r.user?.login;
        if (!login)
            continue;
        // A later approval or dismissal by the same person withdraws their change request.
        if (r.state !== 'CHANGES_REQUESTED') {
            if (r.state === 'APPROVED' || r.state === 'DISMISSED')
                latest.delete(login.toLowerCase());
            continue;
        }
        latest.set(login.toLowerCase(), {
            id: r.id,
            author: login,
            authorType: r.user?.type ?? 'User',
            body: r.body ?? '',
            commitId: r.commit_id ?? null,
        });
    }
    return [...latest.values()].sort((a, b) => a.id - b.id);
}


/***/ }),

/***/ 8556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixPhase: () => (/* binding */ fixPhase)
});

// EXTERNAL MODULE: ./src/action/engine.ts
var engine = __webpack_require__(8746);
// EXTERNAL MODULE: ./src/action/job.ts + 2 modules
var action_job = __webpack_require__(9869);
// EXTERNAL MODULE: ./src/agent/runtime.ts
var runtime = __webpack_require__(3981);
// EXTERNAL MODULE: ./src/engine/escalation.ts
var escalation = __webpack_require__(6649);
// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/verify/format.ts
var format = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/engine/session.ts + 1 modules
var engine_session = __webpack_require__(1632);
// EXTERNAL MODULE: ./src/engine/step.ts + 1 modules
var step = __webpack_require__(4724);
// EXTERNAL MODULE: ./src/engine/verification.ts
var verification = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/prompts/issue.ts
var issue = __webpack_require__(6184);
// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
;// CONCATENATED MODULE: ./src/engine/fix/prompt.ts





const oneLine = (text) => (0,sanitize/* sanitizeUntrusted */._2)(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** The most of the people's text one prompt carries, so that one long thread cannot crowd out the rest. */
const MAX_THREAD_CHARS = 8_000;
const MAX_REQUEST_CHARS = 8_000;
/**
 * The most all threads (and all change requests) together take of one prompt. Without a cap, 300
 * threads made a 2.4-million-character prompt that the model refused, so fix failed on every run;
 * with it the prompt stays under about 150,000 characters whatever the pull request holds.
 */
const MAX_THREADS_SECTION = 60_000;
const MAX_REQUESTS_SECTION = 30_000;
function findingText(f) {
    const where = f.line ? `${f.file}:${f.line}${f.end_line ? `-${f.end_line}` : ''}` : f.file;
    const lines = [`- \`${f.id}\` (${f.severity}) ${where}: ${f.title}`];
    if (f.body.trim())
        lines.push(`  ${f.body.trim().replace(/\n/g, '\n  ')}`);
    if (f.suggestion)
        lines.push(`  Suggested replacement:\n  ${f.suggestion.replace(/\n/g, '\n  ')}`);
    return lines.join('\n');
}
function reviewText(context) {
    const review = context.review?.review;
    if (!review)
        return '(No review of the action is on this pull request.)';
    if (context.findings.length === 0)
        return `(Review cycle ${context.review.cycle} asked for no changes; work on the threads and change requests.)`;
    const own = new Map(context.ownThreads.map((t) => [t.finding, t.id]));
    const body = [
        `Summary: ${review.summary}`,
        '',
        'Findings:',
        ...context.findings.map((f) => {
            const thread = own.get(f.id);
            return `${findingText(f)}${thread ? `\n  (Its inline thread: \`${thread}\`.)` : ''}`;
        }),
    ].join('\n');
    return (0,sanitize/* untrustedBlock */.C9)('review', (0,issue/* clip */.$)(body, 30_000));
}
function threadText(thread) {
    const where = thread.line ? `${thread.path}:${thread.line}` : thread.path;
    const comments = thread.comments.map((c) => `${c.author}: ${c.body}`).join('\n\n');
    return `### Thread \`${thread.id}\` on ${where}\n${(0,sanitize/* untrustedBlock */.C9)('review-thread', (0,issue/* clip */.$)(comments, MAX_THREAD_CHARS))}`;
}
/** Takes texts in order until the next one would pass `budget`; the rest are left out whole. */
function fitSection(items, render, budget) {
    const shown = [];
    let used = 0;
    for (const [i, item] of items.entries()) {
        const text = render(item);
        if (used + text.length > budget)
            return { shown, left: items.slice(i) };
        shown.push(text);
        used += text.length + 2;
    }
    return { shown, left: [] };
}
/**
 * The threads section: the newest threads first (GitHub lists them oldest first), as many as fit
 * in MAX_THREADS_SECTION, then a line saying how many threads and comments were left out. Those
 * stay unresolved, for a later round or a person.
 */
function threadsSection(threads) {
    if (threads.length === 0)
        return { text: '(No unresolved threads of people with write access.)', left: 0 };
    const fitted = fitSection([...threads].reverse(), threadText, MAX_THREADS_SECTION);
    if (fitted.left.length === 0)
        return { text: fitted.shown.join('\n\n'), left: 0 };
    const comments = fitted.left.reduce((n, t) => n + t.comments.length, 0);
    const note = `(${fitted.left.length} older unresolved thread(s) with ${comments} comment(s) are left out of this prompt to keep it ` +
        `within ${MAX_THREADS_SECTION.toLocaleString('en-US')} characters; they stay open. Work on the threads above.)`;
    return { text: [...fitted.shown, note].join('\n\n'), left: fitted.left.length };
}
function changeRequestsSection(requests) {
    const withText = requests.filter((r) => r.body.trim());
    if (withText.length === 0)
        return '(No change request with text.)';
    const fitted = fitSection([...withText].reverse(), (r) => `${r.author} requested changes:\n${(0,sanitize/* untrustedBlock */.C9)('change-request', (0,issue/* clip */.$)(r.body, MAX_REQUEST_CHARS))}`, MAX_REQUESTS_SECTION);
    if (fitted.left.length === 0)
        return fitted.shown.join('\n\n');
    const note = `(${fitted.left.length} older change request(s) are left out of this prompt to keep it within its budget.)`;
    return [...fitted.shown, note].join('\n\n');
}
/** The prompt of one fix round: `dev-auto-fix-review`, from the default branch when overridden. */
async function fixPrompt(session, context, resume) {
    const { env, tracker } = session;
    const { state } = context;
    const cycle = context.review?.cycle ?? 0;
    const threads = threadsSection(context.threads);
    if (threads.left > 0)
        log.info(`The prompt carries the ${context.threads.length - threads.left} newest of ${context.threads.length} unresolved threads; ${threads.left} older ones are left out (budget ${MAX_THREADS_SECTION} characters).`);
    const values = {
        repository: tracker.repository,
        change: context.change.title,
        pr_number: context.change.number,
        issue_number: String(context.item),
        item: (0,src_state/* itemRef */.x9)(context.item),
        branch: context.change.branch,
        cycle: String(cycle),
        max_cycles: String(env.maxReviewCycles),
        resume: resume.kind === 'resume'
            ? `You are continuing your earlier thread on this item (${state.session?.phase ?? 'dev'}): what you did and why is above.`
            : 'This is a fresh thread: the earlier one could not be restored, so read the code and the commits on the branch for what was done.',
        review: reviewText(context),
        threads: threads.text,
        change_requests: changeRequestsSection(context.changeRequests),
        plan: state.plan?.summary
            ? (0,sanitize/* sanitizeUntrusted */._2)(state.plan.summary)
            : '(No plan was written for this item.)',
        criteria: state.criteria.length > 0
            ? state.criteria.map((c, i) => `${i + 1}. ${oneLine(c.text)}`).join('\n')
            : '(No acceptance criteria.)',
        previous_fix: state.fix?.summary
            ? `Round ${state.fix.rounds} (for review cycle ${state.fix.cycle}): ${oneLine(state.fix.summary)}`
            : '(None: this is the first fix round.)',
    };
    const template = await (0,load/* loadPrompt */.hT)('dev-auto-fix-review', {
        overrides: env.config.prompts,
        readDefaultBranchFile: (path) => tracker.readDefaultBranchFile(path),
    });
    return (0,load/* fillPrompt */.y7)(template, values);
}
/** The follow-up in the same thread after the round's change failed the verification. */
function verifyFixPrompt(failure) {
    return [
        'The verification commands failed after your change (output below). Find the cause and fix the code',
        'so that they pass, without weakening, skipping or deleting tests. Answer with the same JSON object as',
        'before, covering the whole round (every finding and thread you fixed, including the earlier ones).',
        '',
        failure,
    ].join('\n');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/engine/fix/schema.ts

/** The fixer's answer after one round: what it fixed (by finding and thread id), and what not. */
const fixAnswerSchema = schemas/* object */.Ikc({
    summary: schemas/* string */.YjP().trim().min(1).max(4000),
    fixed_findings: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1).max(100)).max(200),
    fixed_threads: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1).max(200)).max(200),
    not_fixed: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP().trim().min(1).max(200), reason: schemas/* string */.YjP().trim().max(1000) }))
        .max(200),
});
/** Sent with `--output-schema` (OpenAI's strict subset: closed objects, every property required). */
const FIX_OUTPUT_SCHEMA = {
    json: {
        type: 'object',
        additionalProperties: false,
        required: ['summary', 'fixed_findings', 'fixed_threads', 'not_fixed'],
        properties: {
            summary: { type: 'string', description: 'What changed and how it was tested, for the commit.' },
            fixed_findings: {
                type: 'array',
                items: { type: 'string' },
                description: 'The ids of the review findings this round fixed.',
            },
            fixed_threads: {
                type: 'array',
                items: { type: 'string' },
                description: 'The ids of the review threads this round addressed.',
            },
            not_fixed: {
                type: 'array',
                description: 'Findings or threads left as they are, each with why.',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['id', 'reason'],
                    properties: { id: { type: 'string' }, reason: { type: 'string' } },
                },
            },
        },
    },
    zod: fixAnswerSchema,
};

;// CONCATENATED MODULE: ./src/engine/fix/round.ts











const TRAILER_CYCLE = 'Codex-Fix-Cycle';
const TRAILER_FINDINGS = 'Codex-Fixed';
const TRAILER_THREADS = 'Codex-Fixed-Threads';
/** The round's one commit message: the cycle, the summary, and what it claims to fix (trailers). */
function fixCommitMessage(item, cycle, answer, threadId) {
    const first = answer.summary.split(/(?<=\.)\s|\n/)[0].trim();
    const subject = `Fix review cycle ${cycle}: ${first}`;
    const short = subject.length > 72 ? `${subject.slice(0, 71)}…` : subject;
    const trailers = [
        `Codex-Item: ${(0,src_state/* itemRef */.x9)(item)}`,
        `${TRAILER_CYCLE}: ${cycle}`,
        ...(answer.fixed_findings.length > 0 ? [`${TRAILER_FINDINGS}: ${answer.fixed_findings.join(', ')}`] : []),
        ...(answer.fixed_threads.length > 0 ? [`${TRAILER_THREADS}: ${answer.fixed_threads.join(', ')}`] : []),
        ...(threadId ? [`Codex-Thread: ${threadId}`] : []),
    ];
    return `${short}\n\n${answer.summary.trim()}\n\n${trailers.join('\n')}\n`;
}
/**
 * A re-run of a fix job whose round already reached origin: the action's commit for this cycle
 * after the reviewed head, up to `tip` (the branch as the job found it; after a release, as pushed).
 * It is not made again; the rest of the job (threads, state, dispatch) is.
 */
async function findRoundCommit(session, cycle, reviewedHead, tip = session.wt.base) {
    const { git, wt } = session;
    if (!reviewedHead)
        return undefined;
    const known = await git(['cat-file', '-e', `${reviewedHead}^{commit}`], { cwd: wt.dir });
    if (known.exitCode !== 0 || !(await (0,commit/* isAncestor */.QX)(git, wt.dir, reviewedHead, tip)))
        return undefined;
    const out = await (0,exec/* gitOk */.Tt)(git, ['log', `--format=%H%x1f%ae%x1f%B%x1e`, `${reviewedHead}..${tip}`], {
        cwd: wt.dir,
    });
    for (const entry of out.split('\x1e')) {
        const [sha = '', email = '', body = ''] = entry.trim().split('\x1f');
        if (email !== session.author.email)
            continue;
        const trailer = (key) => new RegExp(`^${key}: (.*)$`, 'm').exec(body)?.[1]?.trim();
        if (trailer(TRAILER_CYCLE) !== String(cycle))
            continue;
        const list = (key) => (trailer(key) ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        const summary = body.split('\n\n')[1]?.trim() || 'The fix round of this cycle.';
        const parent = await (0,exec/* gitOk */.Tt)(git, ['rev-parse', `${sha}^`], { cwd: wt.dir });
        log.info(`Cycle ${cycle}'s fix round is already on the branch (${sha.slice(0, 7)}); it is not made again.`);
        return {
            kind: 'pushed',
            sha,
            base: parent,
            answer: {
                summary,
                fixed_findings: list(TRAILER_FINDINGS),
                fixed_threads: list(TRAILER_THREADS),
                not_fixed: [],
            },
            changed: await (0,commit/* changedPaths */.vl)(git, wt.dir, parent, sha),
            report: undefined,
            threadId: trailer('Codex-Thread'),
            recovered: true,
        };
    }
    return undefined;
}
/**
 * One fix round: a run (resuming the item's thread when it was restored) with the command audit,
 * the verification with one more run in the same thread when it fails, and ONE commit on the PR
 * branch, pushed fast-forward only.
 */
async function fixRound(session, context, resume) {
    const { env } = session;
    const cycle = context.review?.cycle ?? 0;
    const verifier = await (0,verification/* sessionVerifier */.F)(session);
    if (verifier.kind === 'refused')
        return { kind: 'error', reason: verifier.reason, threadId: undefined };
    const stop = (0,engine_session/* deadlineStop */.hu)(session, 'the fix run was not started') ??
        (0,src_state/* itemCapReached */.A3)(session.state.usage, env.config, env.plannedRuns('fix'));
    if (stop)
        return { kind: 'blocked', reason: stop, threadId: undefined };
    const base = await (0,commit/* headSha */.xF)(session.git, session.wt.dir);
    let first = await run(session, await fixPrompt(session, context, resume), resume, 'fix round');
    if (first.kind === 'failed' && first.failure === 'thread_mismatch' && resume.kind === 'resume') {
        log.info('Codex did not resume the restored thread; the round runs in a fresh thread with the same context.');
        const fresh = { kind: 'fresh', reason: 'the restored thread could not be resumed' };
        first = await run(session, await fixPrompt(session, context, fresh), fresh, 'fix round (fresh thread)');
    }
    const settled = await settle(session, first, base, cycle);
    if (settled.kind !== 'ok')
        return settled.outcome;
    let answer = settled.answer;
    let threadId = first.threadId;
    const verify = verifier.kind === 'ready' ? verifier.run : undefined;
    let report = verify ? await verify() : undefined;
    if (report &&
        verify &&
        !report.ok &&
        !(0,engine_session/* deadlineStop */.hu)(session, 'the verification fix run') &&
        !(0,src_state/* itemCapReached */.A3)(session.state.usage, env.config, env.plannedRuns('fix')) &&
        threadId) {
        const again = await run(session, verifyFixPrompt((0,format/* verifyFailureText */.Jw)(report)), { kind: 'resume', threadId }, 'fix round: verification');
        const next = await settle(session, again, base, cycle);
        if (next.kind === 'ok') {
            answer = next.answer;
            threadId = again.threadId ?? threadId;
            report = await verify();
        }
        else if (again.kind === 'escalated')
            return next.outcome;
    }
    if (report)
        (0,engine_session/* update */.yo)(session, {
            ...session.state,
            dev: { ...session.state.dev, verifyOutput: (0,format/* verifyStateText */.mB)(report) },
        });
    // One commit per round: whatever the runs committed is folded into the round's commit.
    await (0,exec/* gitOk */.Tt)(session.git, ['reset', '--soft', base], { cwd: session.wt.dir });
    const sha = await (0,commit/* commitStaged */.u$)(session.git, session.wt.dir, fixCommitMessage(session.item, cycle, answer, threadId), session.author);
    if (!sha)
        return { kind: 'no_progress', answer, threadId };
    const pushed = await (0,engine_session/* push */.VC)(session);
    if (report && !report.ok)
        return { kind: 'tests_failed', sha: pushed, answer, report, threadId };
    return {
        kind: 'pushed',
        sha: pushed,
        base,
        answer,
        changed: await (0,commit/* changedPaths */.vl)(session.git, session.wt.dir, base, pushed),
        report,
        threadId,
        recovered: false,
    };
}
/** One run of the fixer, with its usage and thread recorded. */
async function run(session, prompt, resume, label) {
    const { env } = session;
    const criterionMs = env.config.budgets['criterion-timeout-minutes'] * 60_000;
    const outcome = await (0,step/* runStep */.e)({
        agent: await env.agent('fix'),
        git: session.git,
        dir: session.wt.dir,
        prompt,
        label,
        timeoutMs: Math.max(1, Math.min(criterionMs, (0,engine_session/* timeLeft */.f$)(session))),
        deniedCommands: env.config.commands.deny,
        networkAccess: env.config.sandbox.network,
        allow: env.config.commands.allow,
        protectedPaths: env.config['protected-paths'],
        author: session.author,
        message: (summary) => `Fix round (in progress)\n\n${summary}\n`,
        resumeThreadId: resume.kind === 'resume' ? resume.threadId : undefined,
        outputSchema: FIX_OUTPUT_SCHEMA,
    });
    (0,engine_session/* spend */.Rf)(session, outcome.usage);
    if (outcome.threadId) {
        session.lastThread = outcome.threadId;
        (0,engine_session/* update */.yo)(session, { ...session.state, threads: { ...session.state.threads, fix: outcome.threadId } });
    }
    session.log.push(`${label}: ${outcome.kind}${'sha' in outcome && outcome.sha ? ` (${outcome.sha.slice(0, 7)})` : ''}`);
    if (outcome.kind === 'failed')
        log.info(outcome.message);
    return outcome;
}
/**
 * A run's outcome as the round sees it: an answer to go on with, or how the round stops. An
 * escalated round is held as the round's one commit (message and trailers included, like a pushed
 * round), so that once approved it is pushed as the round it is and a re-run finds it on the branch.
 */
async function settle(session, outcome, base, cycle) {
    const threadId = outcome.threadId;
    switch (outcome.kind) {
        case 'committed':
            return { kind: 'ok', answer: outcome.answer };
        case 'escalated': {
            await (0,exec/* gitOk */.Tt)(session.git, ['reset', '--soft', base], { cwd: session.wt.dir });
            await (0,commit/* commitStaged */.u$)(session.git, session.wt.dir, fixCommitMessage(session.item, cycle, outcome.answer, threadId), session.author);
            const held = await (0,escalation/* holdForApproval */.G)(session, outcome.report, null, 'fix');
            return { kind: 'stop', outcome: { kind: 'blocked', reason: held.reason, threadId } };
        }
        case 'needs_decomposition':
            return { kind: 'stop', outcome: { kind: 'blocked', reason: outcome.summary, threadId } };
        case 'failed': {
            if (outcome.failure === 'timeout') {
                const minutes = session.env.config.budgets['criterion-timeout-minutes'];
                return {
                    kind: 'stop',
                    outcome: {
                        kind: 'blocked',
                        reason: `The fix run did not finish within budgets.criterion-timeout-minutes (${minutes}) or the job's time left; its changes were dropped.`,
                        threadId,
                    },
                };
            }
            return { kind: 'stop', outcome: { kind: 'error', reason: outcome.message, threadId } };
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/fix/stops.ts
/**
 * The findings a fix round claimed to fix that the next review reports again (DESIGN §7: the loop
 * stops rather than repeat itself). Empty when the last round answered this cycle, or none came back.
 */
function findingsBack(state, cycle, findings) {
    const last = state.fix;
    if (!last || last.cycle >= cycle)
        return [];
    return findings.filter((f) => last.claimed.includes(f.id));
}
/**
 * Records a fix round whose commit reached the branch (pushed, or pushed with the verification
 * still failing): the cycle it answered, the round's number, what it claimed to fix (to notice the
 * findings coming back), its summary for the next round, its commit as the new head.
 */
function recordRound(state, cycle, round) {
    const rounds = state.fix && state.fix.cycle === cycle ? state.fix.rounds : (state.fix?.rounds ?? 0) + 1;
    return {
        ...state,
        headSha: round.sha,
        fix: {
            cycle,
            rounds,
            claimed: round.answer.fixed_findings,
            summary: round.answer.summary,
            commit: round.sha,
        },
    };
}

// EXTERNAL MODULE: ./src/engine/resume.ts
var engine_resume = __webpack_require__(99);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/branch.ts
var branch = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/git/remote.ts
var git_remote = __webpack_require__(668);
// EXTERNAL MODULE: ./src/git/worktree.ts
var worktree = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/action/actor.ts
var actor = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/action/review/resolve.ts
var resolve = __webpack_require__(3851);
// EXTERNAL MODULE: ./src/github/comments.ts
var github_comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/github/threads.ts
var github_threads = __webpack_require__(1078);
// EXTERNAL MODULE: ./src/payload.ts
var payload = __webpack_require__(41);
// EXTERNAL MODULE: ./src/tracker/github/review/previous.ts
var previous = __webpack_require__(378);
;// CONCATENATED MODULE: ./src/phases/fix/context.ts









/**
 * The pull request and work item a fix job is for: the target is the PR (a review's dispatch, a
 * comment, a change request) or the item's issue (`/codex retry`, an approval), whose state names
 * its PR. Skipped: a PR of no work item, one closed or from a fork, a stopped or closed item.
 */
async function openFix(job, target) {
    const { client, repo } = job;
    const prefix = job.ctx.config.labels.prefix;
    const skip = (reason) => ({ kind: 'skip', reason });
    // A pull request first: the usual target, and GET pulls/{n} answers 404 for an issue.
    const direct = await (0,pulls/* findPull */.pM)(client, repo, target);
    let pr;
    let item;
    if (direct) {
        pr = direct;
        const fromBranch = (0,branch/* branchItem */.AC)(pr.head.ref, prefix);
        if (!fromBranch)
            return skip(`Pull request #${target} (${pr.head.ref}) is not one of the orchestrator's branches.`);
        item = fromBranch;
    }
    else {
        item = target;
    }
    const opened = await (0,action_job/* openIssueItem */.R9)(job, item, 'fix');
    if (opened.kind === 'skip')
        return skip(opened.reason);
    const { state } = opened;
    if (!direct) {
        if (!state.pr)
            return skip(`#${item} has no pull request yet; there is nothing to fix.`);
        pr = await (0,pulls/* getPull */.Cs)(client, repo, state.pr);
    }
    pr = pr;
    if (state.pr !== null && state.pr !== pr.number)
        return skip(`#${item} tracks pull request #${state.pr}, not #${pr.number}.`);
    if (pr.state !== 'open')
        return skip(`Pull request #${pr.number} is ${pr.merged ? 'merged' : 'closed'}; only open pull requests are fixed.`);
    if ((0,resolve/* fromFork */.NY)(pr))
        return skip(`Pull request #${pr.number} comes from a fork; fix pushes only to the repository's own branches.`);
    if (state.merged)
        return skip(`#${item} is done: its pull request was merged.`);
    const [comments, threads, requests] = await Promise.all([
        (0,github_comments/* listMarkedComments */.b2)(client, repo, pr.number, previous/* ANY_REVIEW_MARKER */.xQ, job.identity),
        (0,github_threads/* listReviewThreads */.s0)(client, repo, pr.number),
        (0,github_threads/* listChangeRequests */.VL)(client, repo, pr.number),
    ]);
    const review = (0,previous/* latestReview */.YS)(comments, { key: job.identity.key, repo, pr: pr.number });
    const allowed = actorGate(job);
    const kept = (thread) => keep(thread, job.identity, allowed);
    const people = [];
    const own = [];
    for (const thread of threads.filter((t) => !t.isResolved)) {
        const root = thread.comments[0];
        if (!root)
            continue;
        if ((0,github_threads/* byAction */.Mc)(root, job.identity)) {
            // Only threads of the latest review's findings: older ones are the review's to carry forward.
            const finding = findingOf(root.body, review);
            if (finding)
                own.push(toFixThread(thread, job.identity, finding, await kept(thread)));
        }
        else if (root.authorType === 'User' && root.author && (await allowed(root.author, 'User'))) {
            people.push(toFixThread(thread, job.identity, undefined, await kept(thread)));
        }
    }
    const changeRequests = [];
    for (const request of requests) {
        if (request.authorType === 'User' && (await allowed(request.author, 'User')))
            changeRequests.push(request);
    }
    const findings = review?.review?.status === 'changes_required' ? review.review.findings : [];
    return {
        kind: 'open',
        pr,
        item,
        change: { title: `pull request #${pr.number}`, number: String(pr.number), branch: pr.head.ref },
        issue: opened.issue,
        labels: opened.labels,
        state,
        review,
        findings,
        threads: people,
        ownThreads: own,
        changeRequests,
    };
}
/**
 * For a `pull_request_review` event: the reviewer must be a person with write access (the route
 * already left out bots). Anyone else's change request is skipped before anything is read.
 */
async function reviewerGate(job) {
    const { ctx } = job;
    if (ctx.context.eventName !== 'pull_request_review')
        return undefined;
    const user = (0,payload/* obj */.WL)((0,payload/* obj */.WL)(ctx.context.payload.review).user);
    const login = (0,payload/* str */.gx)(user.login);
    const type = (0,payload/* str */.gx)(user.type);
    const check = await (0,actor/* checkActor */.A)(job.client, job.repo, {
        actor: login,
        actorType: type === 'Bot' || type === 'Organization' ? type : 'User',
        allowedUsers: ctx.inputs.allowedUsers,
        allowedBots: [],
    });
    return check.allowed ? undefined : `The change request of '${login}' is not acted on: ${check.reason}`;
}
/**
 * The actor gate every trigger passes (src/safety/actor.ts), memoised: whose words in a pull
 * request's threads reach the model. A person needs write access or a place in `allowed-users`, a
 * bot a place in `allowed-bots`; one request per person however many comments they wrote.
 */
function actorGate(job) {
    const { client, repo, ctx } = job;
    const known = new Map();
    return (login, type) => {
        const key = `${type} ${login.toLowerCase()}`;
        let answer = known.get(key);
        if (!answer) {
            answer = (0,actor/* checkActor */.A)(client, repo, {
                actor: login,
                actorType: type,
                allowedUsers: ctx.inputs.allowedUsers,
                allowedBots: ctx.inputs.allowedBots,
            })
                .then((check) => check.allowed)
                .catch(() => false);
            known.set(key, answer);
        }
        return answer;
    };
}
/**
 * The thread's comments that count: the action's own, and those of accounts the actor gate lets
 * through. Anyone else's reply inside a maintainer's thread (another bot, a reader) stays out of
 * the prompt, as it would if it had opened a thread of its own.
 */
async function keep(thread, identity, allowed) {
    const kept = [];
    for (const c of thread.comments) {
        if (!c.author)
            continue;
        const counts = (0,github_threads/* byAction */.Mc)(c, identity) || (c.authorType !== 'Other' && (await allowed(c.author, c.authorType)));
        if (counts)
            kept.push({ author: c.author, body: c.body });
    }
    return kept;
}
const REPLY = /<!-- codex-orchestrator:fix-reply cycle=(\d+) -->/;
function toFixThread(thread, identity, finding, comments) {
    const replied = thread.comments
        .filter((c) => (0,github_threads/* byAction */.Mc)(c, identity))
        .flatMap((c) => {
        const cycle = REPLY.exec(c.body)?.[1];
        return cycle ? [Number(cycle)] : [];
    });
    const author = thread.comments[0]?.author ?? '';
    return { id: thread.id, path: thread.path, line: thread.line, author, finding, comments, replied };
}
/**
 * The finding an inline comment of the action's carries: the review's findings are matched by the
 * id the comment shows in backticks. Only ids of the stored review count, so nothing else is read.
 */
function findingOf(body, review) {
    return review?.review?.findings.find((f) => body.includes(`(\`${f.id}\`)`))?.id;
}

// EXTERNAL MODULE: ./src/tracker/github/remains.ts
var github_remains = __webpack_require__(1559);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var markdown = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/phases/fix/replies.ts



/** Marks the action's reply in a thread, so a re-run of the same cycle does not reply twice. */
const fixReplyMarker = (cycle) => `<!-- codex-orchestrator:fix-reply cycle=${cycle} -->`;
/**
 * The threads this round may close: those whose finding (or whose own id) the answer claims AND
 * whose file the round's commit changed. A claim without a change to that code proves nothing, so
 * those threads stay open for the next review or a person.
 */
function threadsToClose(context, answer, changed) {
    const files = new Set(changed);
    const findings = new Set(answer.fixed_findings);
    const threads = new Set(answer.fixed_threads);
    return [
        ...context.threads.filter((t) => threads.has(t.id)),
        ...context.ownThreads.filter((t) => (t.finding && findings.has(t.finding)) || threads.has(t.id)),
    ].filter((t) => files.has(t.path));
}
/** Replies in and resolves each thread; returns one line per thread for the job summary. */
async function closeThreads(job, threads, round) {
    const marker = fixReplyMarker(round.cycle);
    const body = [
        `Addressed in ${round.sha.slice(0, 12)} (fix round for review cycle ${round.cycle}).`,
        '',
        (0,markdown/* renderModelMarkdown */.pX)(round.summary),
        '',
        marker,
    ].join('\n');
    const lines = [];
    for (const thread of threads) {
        const where = `${thread.path}${thread.line ? `:${thread.line}` : ''}`;
        if (!job.writes) {
            log.info(`[dry-run] Would reply in and resolve the thread ${thread.id} on ${where}:\n${body}`);
            lines.push(`Would reply in and resolve the thread on ${where}.`);
            continue;
        }
        // A re-run after a reply that landed only resolves (the reply carries this cycle's marker).
        await (0,github_threads/* replyAndResolveThread */.IN)(job.client, thread.id, thread.replied.includes(round.cycle) ? undefined : body);
        lines.push(`Replied in and resolved the thread on ${where}${thread.finding ? ` (\`${thread.finding}\`)` : ''}.`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/phases/fix/finish.ts








/** What the automated rounds tried, for the "what remains" summary. */
function tried(state, extra = []) {
    const last = state.fix;
    const lines = last?.summary
        ? [
            `Fix round ${last.rounds} for review cycle ${last.cycle}${last.commit ? ` (${last.commit.slice(0, 7)})` : ''}: ${last.summary}`,
        ]
        : [];
    return [...lines, ...extra];
}
/**
 * Ends the loop for a person: the "what remains" comment on the PR, the short form as the status
 * comment's next action, `<prefix>:blocked`, result `blocked`. `state` is the item's latest.
 */
async function stopLoop(job, context, stop, state = context.state, extra = {}) {
    const remains = {
        pr: context.pr.number,
        item: context.item,
        why: stop.why,
        findings: context.findings,
        threads: context.threads.length,
        tried: tried(state, stop.tried),
        next: stop.next,
    };
    await (0,github_remains/* postRemains */.QV)(job, remains);
    const line = (0,github_remains/* remainsLine */.eM)(remains);
    const started = state.status === 'running' && state.phase === 'fix'
        ? state
        : (0,src_state/* startPhase */.CJ)(state, 'fix', { runUrl: job.runUrl });
    await (0,action_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(started, 'fix', 'blocked', {
        runUrl: job.runUrl,
        note: stop.why.slice(0, 300),
        nextAction: line,
    }));
    await (0,action_job/* setLabel */.je)(job, context.item, 'blocked');
    return {
        status: 'blocked',
        reason: stop.why,
        item: context.item,
        prNumber: context.pr.number,
        branch: context.pr.head.ref,
        summary: line,
        ...extra,
    };
}
/** Records the round: threads, the session, the state and label, and the dispatch of the next review. */
async function finishRound(session, context, outcome, resume) {
    const { job, ctx } = session;
    const cycle = context.review?.cycle ?? 0;
    const pr = context.pr.number;
    const base = { item: context.item, prNumber: pr, branch: context.pr.head.ref, usage: session.usage };
    const summaryLines = [...session.log];
    if (resume?.kind === 'fresh')
        summaryLines.push(`Fresh Codex thread: ${resume.reason}.`);
    else if (resume?.kind === 'resume')
        summaryLines.push(`Resumed the item's Codex thread ${resume.threadId}.`);
    let state = session.state;
    if (session.lastThread && outcome.kind !== 'error') {
        state = await (0,engine_resume/* saveLastThread */.w)({
            store: session.tracker.sessions,
            agent: await ctx.agent(),
            state,
            threadId: session.lastThread,
            phase: 'fix',
            writes: job.writes,
        });
    }
    // Every outcome below saves the state itself.
    await session.progress.settle();
    if (outcome.kind === 'blocked') {
        const next = state.escalation
            ? 'Review the escalation (and the held commits comment); a user with write access comments /codex approve to let it through.'
            : outcome.reason;
        return stopLoop(job, context, { why: outcome.reason, next }, state, { usage: session.usage });
    }
    if (outcome.kind === 'error') {
        const done = (0,src_state/* finishPhase */.Ng)(state, 'fix', 'error', {
            runUrl: job.runUrl,
            note: outcome.reason.slice(0, 300),
            nextAction: 'Look at the run log, then comment /codex retry to run fix again.',
        });
        await (0,action_job/* saveState */.LZ)(job, done);
        await (0,action_job/* setLabel */.je)(job, context.item, 'blocked');
        return { ...base, status: 'error', reason: outcome.reason, summary: summaryLines.join('\n') };
    }
    if (outcome.kind === 'no_progress') {
        return stopLoop(job, context, {
            why: `The fix round for review cycle ${cycle} changed nothing, so another review would see the same code.`,
            next: `Fix the findings on the branch ${context.pr.head.ref} by hand, or answer them in review threads, then comment /codex review on PR #${pr}.`,
            tried: [`Fix round for review cycle ${cycle} (no change): ${outcome.answer.summary}`],
        }, state, { usage: session.usage });
    }
    state = recordRound(state, cycle, outcome);
    if (outcome.kind === 'tests_failed') {
        const reason = `The fix round's commit ${outcome.sha.slice(0, 7)} is pushed, but the verification still fails: ${(0,format/* verifyFailureText */.Jw)(outcome.report, 300)}`;
        await (0,action_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'fix', 'tests_failed', {
            runUrl: job.runUrl,
            note: reason.slice(0, 300),
            nextAction: `The verification fails on PR #${pr}: fix it on the branch ${context.pr.head.ref}, then comment /codex review.`,
        }));
        await (0,action_job/* setLabel */.je)(job, context.item, 'blocked');
        return {
            ...base,
            status: 'tests_failed',
            reason,
            summary: [...summaryLines, (0,format/* verifyMarkdown */.vB)(outcome.report, 3000)].join('\n\n'),
        };
    }
    const closing = threadsToClose(context, outcome.answer, outcome.changed);
    const threadLines = await log.group('Reply to and resolve the fixed threads', () => closeThreads(job, closing, { cycle, sha: outcome.sha, summary: outcome.answer.summary }));
    const off = (0,action_job/* dispatchOff */.qe)(job);
    const reason = `${outcome.recovered ? 'The fix round was already pushed' : 'Pushed the fix round'} for review cycle ${cycle} ` +
        `(${outcome.sha.slice(0, 7)}: ${outcome.answer.fixed_findings.length} finding(s), ${closing.length} thread(s) resolved); review cycle ${cycle + 1} is next.`;
    await (0,action_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'fix', 'complete', {
        runUrl: job.runUrl,
        note: reason.slice(0, 300),
        nextAction: off ? (0,action_job/* startByHand */.Lu)('review', pr, off) : null,
    }));
    // The item's label is in-progress since this job started (index.ts): no second write.
    const dispatched = await (0,action_job/* chain */.cy)(job, 'review', pr);
    if (!dispatched.dispatched)
        log.info(dispatched.reason);
    return {
        ...base,
        status: 'complete',
        reason,
        nextPhase: 'review',
        summary: [
            `**Branch:** \`${context.pr.head.ref}\` · commit \`${outcome.sha.slice(0, 12)}\``,
            summaryLines.map((l) => `- ${l}`).join('\n'),
            threadLines.map((l) => `- ${l}`).join('\n'),
            outcome.report ? `**Verification:**\n${(0,format/* verifyMarkdown */.vB)(outcome.report, 3000)}` : '',
        ]
            .filter(Boolean)
            .join('\n\n'),
    };
}

;// CONCATENATED MODULE: ./src/phases/fix/index.ts


















/**
 * The fixer (DESIGN §7): one round on the pull request's branch for the latest review's findings
 * (read back only from the action's own review comment), the unresolved threads and the change
 * requests of people with write access. It resumes the item's last Codex thread from the session
 * store, makes one commit, verifies, pushes (never forcing: a person's commits are built on),
 * resolves the threads it fixed, and dispatches the next review. It stops as `blocked`, with what
 * remains, at the cycle cap, when a round changes nothing, or when the findings it fixed come back.
 */
const fixPhase = async (ctx) => {
    const deadline = Date.now() + ctx.config.budgets['phase-timeout-minutes'] * 60_000;
    const target = ctx.target;
    if (!target) {
        return {
            status: 'error',
            reason: 'The fix phase needs a pull request (or its issue), and none was given. Set the target input, or comment /codex fix on the pull request.',
        };
    }
    const job = await (0,action_job/* openItemJob */.p4)(ctx);
    const gate = await log.group('Check who asked for the fix', async () => {
        const actor = await (0,action_job/* gateTrigger */.yL)(job);
        if (!actor.allowed)
            return actor.reason;
        return reviewerGate(job);
    });
    if (typeof gate === 'string')
        return { status: 'skipped', reason: gate };
    const opened = await log.group(`Read pull request and item for #${target}`, () => openFix(job, target));
    if (opened.kind === 'skip')
        return { status: 'skipped', reason: opened.reason };
    const context = opened;
    const { pr, item, state } = context;
    const base = { item, prNumber: pr.number, branch: pr.head.ref };
    logContext(context);
    const prefix = ctx.config.labels.prefix;
    try {
        (0,branch/* assertOwnBranch */.Pn)(pr.head.ref, prefix);
    }
    catch (error) {
        return { ...base, status: 'skipped', reason: (0,errors/* errorMessage */.g)(error) };
    }
    const escalation = state.escalation;
    if (escalation && !escalation.approvedBy) {
        return {
            ...base,
            status: 'blocked',
            reason: `#${item} waits for /codex approve of its escalation (see the status comment); nothing was run.`,
        };
    }
    const releasing = escalation?.approvedBy && escalation.phase === 'fix';
    const cycle = context.review?.cycle ?? 0;
    const work = context.findings.length + context.threads.length + context.changeRequests.length;
    if (work === 0 && !releasing) {
        const latest = context.review
            ? `the latest review (cycle ${cycle}) is \`${context.review.review?.status ?? 'unreadable'}\``
            : 'the pull request has no readable review of the action (a review comment whose stored review does not authenticate is ignored: see the log)';
        return {
            ...base,
            status: 'skipped',
            reason: `Nothing to fix on PR #${pr.number}: ${latest}, and no person with write access has an open thread or change request.`,
        };
    }
    // The stops that need no model call: the cap, the same findings back, the item's budget.
    const max = ctx.inputs.maxReviewCycles;
    if (cycle >= max && !releasing) {
        return stopLoop(job, context, {
            why: `Review cycle ${cycle} of ${max} was the last automated one (max-review-cycles), so no fix round runs after it.`,
            next: `Fix the remaining findings on the branch ${pr.head.ref} yourself, then comment /codex review on PR #${pr.number}, or raise max-review-cycles.`,
        });
    }
    const back = findingsBack(state, cycle, context.findings);
    if (back.length > 0) {
        return stopLoop(job, context, {
            why: `The findings the last fix round claimed to fix came back in review cycle ${cycle}: ${back.map((f) => f.id).join(', ')}. Another automated round would likely repeat it.`,
            next: `Look at those findings on PR #${pr.number}: fix them by hand (or tell the reviewer why they are wrong in a thread), then comment /codex review.`,
        });
    }
    const capped = (0,src_state/* itemCapReached */.A3)(state.usage, ctx.config, (0,runtime.plannedRuns)(ctx));
    if (capped)
        return stopLoop(job, context, { why: capped, next: capped });
    const git = (0,exec/* createGitExec */.ON)();
    const repoDir = ctx.context.workspace;
    const leaked = await (0,git_remote/* persistedCredentials */.Oo)(git, repoDir);
    if (leaked.length > 0) {
        const why = `The checkout left credentials in .git/config (${leaked.join(', ')}), where the agent could read them. Set \`persist-credentials: false\` on actions/checkout.`;
        return stopLoop(job, context, { why, next: why });
    }
    const remote = await (0,git_remote/* originRemote */.lY)(git, repoDir, ctx.inputs.githubToken);
    const main = await (0,content/* defaultBranch */.OR)(job.client, job.repo);
    let running = (0,src_state/* startPhase */.CJ)(state, 'fix', { runUrl: job.runUrl });
    await (0,action_job/* saveState */.LZ)(job, running);
    await (0,action_job/* setLabel */.je)(job, item, 'in-progress', context.labels);
    let wt;
    try {
        wt = await (0,worktree/* openWorktree */.Gc)(git, {
            repoDir,
            parentDir: ctx.context.runnerTemp,
            branch: pr.head.ref,
            defaultBranch: main,
            remote,
        });
    }
    catch (error) {
        const reason = `Could not prepare the worktree of ${pr.head.ref}: ${(0,errors/* errorMessage */.g)(error)}`;
        running = (0,src_state/* finishPhase */.Ng)(running, 'fix', 'error', {
            runUrl: job.runUrl,
            note: reason.slice(0, 300),
            nextAction: RETRY,
        });
        await (0,action_job/* saveState */.LZ)(job, running);
        return { ...base, status: 'error', reason };
    }
    const session = (0,engine/* openJobSession */.mC)(job, { git, wt, remote }, { item, issue: context.issue, state: running, defaultBranch: main, deadline });
    const round = {};
    try {
        let outcome;
        try {
            outcome =
                (await findRoundCommit(session, cycle, context.review?.headSha)) ??
                    (releasing
                        ? await releaseRound(session, cycle, context.review?.headSha)
                        : await modelRound(session, context, round));
        }
        catch (error) {
            if (!(0,engine_session/* pushStopped */.mH)(error))
                log.info(`Fix failed: ${error instanceof Error && error.stack ? error.stack : (0,errors/* errorMessage */.g)(error)}`);
            const kind = (0,engine_session/* pushStopped */.mH)(error) ? 'blocked' : 'error';
            outcome = { kind, reason: (0,errors/* errorMessage */.g)(error), threadId: undefined };
        }
        return await finishRound(session, context, outcome, round.resume);
    }
    finally {
        await (0,worktree/* removeWorktree */.IL)(git, repoDir, wt.dir);
    }
};
/** A model round, resuming the item's last thread when the store gives it back. */
async function modelRound(session, context, round) {
    const { ctx, job } = session;
    const store = session.tracker.sessions;
    const resume = await (0,engine_resume/* restoreLastThread */.H)(store, await ctx.agent(), session.state);
    round.resume = resume;
    if (resume.kind === 'fresh')
        session.state = (0,src_state/* noteEvent */.Rh)(session.state, `fix starts a fresh Codex thread: ${resume.reason}`, job.runUrl);
    return fixRound(session, context, resume);
}
/**
 * An approved escalation of a fix round: its held commit is pushed as it was, no model runs. The
 * held commit carries the round's trailers (round.ts), so what it fixed is read back from it.
 */
async function releaseRound(session, cycle, reviewedHead) {
    const before = session.pushed;
    await (0,escalation/* releaseApproved */.r)(session);
    const round = await findRoundCommit(session, cycle, reviewedHead, session.pushed);
    if (round)
        return { ...round, base: before, recovered: false };
    return {
        kind: 'pushed',
        sha: session.pushed,
        base: before,
        answer: {
            summary: session.state.fix?.summary ?? 'The held fix round, approved by a person.',
            fixed_findings: [],
            fixed_threads: [],
            not_fixed: [],
        },
        changed: [],
        report: undefined,
        threadId: undefined,
        recovered: true,
    };
}
const RETRY = 'Look at the run log, then comment /codex retry to run fix again.';
function logContext(context) {
    const review = context.review;
    log.info(review
        ? `Latest review: cycle ${review.cycle} of head ${review.headSha ?? '(unknown)'}, ${review.review ? `${review.review.status}, ${review.review.findings.length} finding(s)` : 'its JSON is unreadable'}.`
        : 'No review of the action on this pull request.');
    log.info(`Head ${context.pr.head.sha}; ${context.threads.length} unresolved thread(s) of people with write access, ` +
        `${context.ownThreads.length} of the action's own findings, ${context.changeRequests.length} change request(s).`);
}


/***/ }),

/***/ 1559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ postRemains),
/* harmony export */   eM: () => (/* binding */ remainsLine)
/* harmony export */ });
/* unused harmony exports REMAINS_MARKER, renderRemains */
/* harmony import */ var _github_comments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6645);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1373);




/**
 * The "what remains" summary of a review → fix loop that stopped (DESIGN §7): one comment on the
 * pull request, edited in place, so the person who takes over finds the open findings, what the
 * automated rounds tried, and what to do next in one place. Review writes it at the cycle cap, fix
 * at its own stops; the status comment carries the short form (`remainsLine`).
 */
const REMAINS_MARKER = '<!-- codex-orchestrator:remains -->';
function renderRemains(r) {
    const rows = r.findings.map((f) => `| \`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(f.id, 100))}\` | ${f.severity} | \`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(f.line ? `${f.file}:${f.line}` : f.file, 200))}\` | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderModelLine */ .G)(f.title))} |`);
    return [
        REMAINS_MARKER,
        `### What remains on #${r.pr} (item #${r.item})`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(r.why, 1000),
        '',
        rows.length > 0
            ? ['**Open findings**', '', '| id | severity | where | finding |', '|---|---|---|---|', ...rows].join('\n')
            : '**Open findings:** none from the automated review.',
        r.threads > 0 ? `\n**Unresolved review threads of people:** ${r.threads}.` : '',
        '',
        r.tried.length > 0
            ? `**What was tried**\n${r.tried.map((t) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(t.replace(/\s*\n\s*/g, ' '), 600)}`).join('\n')}`
            : '**What was tried:** no automated fix round.',
        '',
        `**Next human step:** ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(r.next, 1000)}`,
    ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n');
}
/** The status comment's short form: why, the open finding ids, the next step. */
function remainsLine(r) {
    const ids = r.findings.map((f) => f.id);
    const open = ids.length > 0
        ? `${ids.length} finding(s) remain (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})`
        : 'no automated finding remains';
    const threads = r.threads > 0 ? ` and ${r.threads} review thread(s) of people` : '';
    return `${r.why} ${open}${threads}; see "What remains" on PR #${r.pr}. ${r.next}`;
}
/** Writes (or updates) the summary on the pull request; printed instead when the job may not write. */
async function postRemains(job, r) {
    const body = renderRemains(r);
    if (!job.writes)
        _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`[dry-run] "What remains" comment on #${r.pr}:\n${body}`);
    await (0,_github_comments_js__WEBPACK_IMPORTED_MODULE_0__/* .upsertMarkedComment */ .Zd)(job.client, job.repo, r.pr, REMAINS_MARKER, body, job.identity, {
        dryRun: !job.writes,
    });
}


/***/ })

};
