export const id = 926;
export const ids = [926];
export const modules = {

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

/***/ 2926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixPhase: () => (/* binding */ fixPhase)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/branch.ts
var branch = __webpack_require__(8030);
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
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/state/index.ts + 1 modules
var src_state = __webpack_require__(5557);
// EXTERNAL MODULE: ./src/work/escalation.ts + 1 modules
var escalation = __webpack_require__(6664);
// EXTERNAL MODULE: ./src/work/resume.ts + 3 modules
var work_resume = __webpack_require__(1992);
// EXTERNAL MODULE: ./src/work/session.ts + 1 modules
var work_session = __webpack_require__(1683);
// EXTERNAL MODULE: ./src/github/comments.ts
var github_comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/github/threads.ts
var github_threads = __webpack_require__(1078);
// EXTERNAL MODULE: ./src/payload.ts
var payload = __webpack_require__(41);
// EXTERNAL MODULE: ./src/review/previous.ts
var previous = __webpack_require__(203);
// EXTERNAL MODULE: ./src/review/resolve.ts
var resolve = __webpack_require__(4432);
// EXTERNAL MODULE: ./src/safety/actor.ts + 1 modules
var actor = __webpack_require__(5930);
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
    const opened = await (0,item_job/* openIssueItem */.R9)(job, item, 'fix');
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
    const review = (0,previous/* latestReview */.YS)(comments);
    const writers = writeAccessCheck(client, repo, job.identity);
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
                own.push(toFixThread(thread, job.identity, finding, await keep(thread, writers)));
        }
        else if (root.authorType === 'User' && root.author && (await writers(root.author))) {
            people.push(toFixThread(thread, job.identity, undefined, await keep(thread, writers)));
        }
    }
    const changeRequests = [];
    for (const request of requests) {
        if (request.authorType === 'User' && (await writers(request.author)))
            changeRequests.push(request);
    }
    const findings = review?.review?.status === 'changes_required' ? review.review.findings : [];
    return {
        kind: 'open',
        pr,
        item,
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
    const check = await (0,actor/* checkActor */.AB)(job.client, job.repo, {
        actor: login,
        actorType: type === 'Bot' || type === 'Organization' ? type : 'User',
        allowedUsers: ctx.inputs.allowedUsers,
        allowedBots: [],
    });
    return check.allowed ? undefined : `The change request of '${login}' is not acted on: ${check.reason}`;
}
/** Memoised write-access lookups: one request per person however many threads they opened. */
function writeAccessCheck(client, repo, identity) {
    const known = new Map();
    return (login) => {
        const key = login.toLowerCase();
        if (key === identity.login.toLowerCase())
            return Promise.resolve(false);
        let answer = known.get(key);
        if (!answer) {
            answer = (0,actor/* hasWriteAccess */.sv)(client, repo, login).catch(() => false);
            known.set(key, answer);
        }
        return answer;
    };
}
/** The thread's comments that count: the action's own and those of people with write access. */
async function keep(thread, writers) {
    const kept = [];
    for (const c of thread.comments) {
        if (!c.author)
            continue;
        if (c.authorType === 'Bot' || (c.authorType === 'User' && (await writers(c.author))))
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

// EXTERNAL MODULE: ./src/verify/format.ts
var format = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/work/remains.ts
var work_remains = __webpack_require__(2028);
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
    await (0,work_remains/* postRemains */.QV)(job, remains);
    const line = (0,work_remains/* remainsLine */.eM)(remains);
    const started = state.status === 'running' && state.phase === 'fix'
        ? state
        : (0,src_state/* startPhase */.CJ)(state, 'fix', { runUrl: job.runUrl });
    await (0,item_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(started, 'fix', 'blocked', {
        runUrl: job.runUrl,
        note: stop.why.slice(0, 300),
        nextAction: line,
    }));
    await (0,item_job/* setLabel */.je)(job, context.item, 'blocked');
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
        state = await (0,work_resume/* saveLastThread */.wR)({
            store: (0,work_resume/* jobSessionStore */.t0)(ctx, session.git, session.remote),
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
        await (0,item_job/* saveState */.LZ)(job, done);
        await (0,item_job/* setLabel */.je)(job, context.item, 'blocked');
        return { ...base, status: 'error', reason: outcome.reason, summary: summaryLines.join('\n') };
    }
    if (outcome.kind === 'no_progress') {
        return stopLoop(job, context, {
            why: `The fix round for review cycle ${cycle} changed nothing, so another review would see the same code.`,
            next: `Fix the findings on the branch ${context.pr.head.ref} by hand, or answer them in review threads, then comment /codex review on PR #${pr}.`,
            tried: [`Fix round for review cycle ${cycle} (no change): ${outcome.answer.summary}`],
        }, state, { usage: session.usage });
    }
    const rounds = state.fix && state.fix.cycle === cycle ? state.fix.rounds : (state.fix?.rounds ?? 0) + 1;
    state = {
        ...state,
        headSha: outcome.sha,
        fix: {
            cycle,
            rounds,
            claimed: outcome.answer.fixed_findings,
            summary: outcome.answer.summary,
            commit: outcome.sha,
        },
    };
    if (outcome.kind === 'tests_failed') {
        const reason = `The fix round's commit ${outcome.sha.slice(0, 7)} is pushed, but the verification still fails: ${(0,format/* verifyFailureText */.Jw)(outcome.report, 300)}`;
        await (0,item_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'fix', 'tests_failed', {
            runUrl: job.runUrl,
            note: reason.slice(0, 300),
            nextAction: `The verification fails on PR #${pr}: fix it on the branch ${context.pr.head.ref}, then comment /codex review.`,
        }));
        await (0,item_job/* setLabel */.je)(job, context.item, 'blocked');
        return {
            ...base,
            status: 'tests_failed',
            reason,
            summary: [...summaryLines, (0,format/* verifyMarkdown */.vB)(outcome.report, 3000)].join('\n\n'),
        };
    }
    const closing = threadsToClose(context, outcome.answer, outcome.changed);
    const threadLines = await log.group('Reply to and resolve the fixed threads', () => closeThreads(job, closing, { cycle, sha: outcome.sha, summary: outcome.answer.summary }));
    const off = (0,item_job/* dispatchOff */.qe)(job);
    const reason = `${outcome.recovered ? 'The fix round was already pushed' : 'Pushed the fix round'} for review cycle ${cycle} ` +
        `(${outcome.sha.slice(0, 7)}: ${outcome.answer.fixed_findings.length} finding(s), ${closing.length} thread(s) resolved); review cycle ${cycle + 1} is next.`;
    await (0,item_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'fix', 'complete', {
        runUrl: job.runUrl,
        note: reason.slice(0, 300),
        nextAction: off ? (0,item_job/* startByHand */.Lu)('review', pr, off) : null,
    }));
    // The item's label is in-progress since this job started (index.ts): no second write.
    const dispatched = await (0,item_job/* chain */.cy)(job, 'review', pr);
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

// EXTERNAL MODULE: ./src/git/commit.ts
var commit = __webpack_require__(5895);
// EXTERNAL MODULE: ./src/work/step.ts + 1 modules
var step = __webpack_require__(7207);
// EXTERNAL MODULE: ./src/work/verification.ts
var verification = __webpack_require__(4362);
// EXTERNAL MODULE: ./src/prompts/issue.ts
var issue = __webpack_require__(6184);
// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
;// CONCATENATED MODULE: ./src/phases/fix/prompt.ts




const oneLine = (text) => (0,sanitize/* sanitizeUntrusted */._2)(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** The most of the people's text one prompt carries, so that one long thread cannot crowd out the rest. */
const MAX_THREAD_CHARS = 8_000;
const MAX_REQUEST_CHARS = 8_000;
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
/** The prompt of one fix round: `dev-auto-fix-review`, from the default branch when overridden. */
async function fixPrompt(job, context, resume) {
    const { state } = context;
    const cycle = context.review?.cycle ?? 0;
    const values = {
        repository: `${job.repo.owner}/${job.repo.repo}`,
        pr_number: String(context.pr.number),
        issue_number: String(context.item),
        branch: context.pr.head.ref,
        cycle: String(cycle),
        max_cycles: String(job.ctx.inputs.maxReviewCycles),
        resume: resume.kind === 'resume'
            ? `You are continuing your earlier thread on this item (${state.session?.phase ?? 'dev'}): what you did and why is above.`
            : 'This is a fresh thread: the earlier one could not be restored, so read the code and the commits on the branch for what was done.',
        review: reviewText(context),
        threads: context.threads.length > 0
            ? context.threads.map(threadText).join('\n\n')
            : '(No unresolved threads of people with write access.)',
        change_requests: context.changeRequests.filter((r) => r.body.trim()).length > 0
            ? context.changeRequests
                .filter((r) => r.body.trim())
                .map((r) => `${r.author} requested changes:\n${(0,sanitize/* untrustedBlock */.C9)('change-request', (0,issue/* clip */.$)(r.body, MAX_REQUEST_CHARS))}`)
                .join('\n\n')
            : '(No change request with text.)',
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
        overrides: job.ctx.config.prompts,
        readDefaultBranchFile: (path) => (0,content/* readDefaultBranchFile */.sb)(job.client, job.repo, path),
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
;// CONCATENATED MODULE: ./src/phases/fix/schema.ts

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

;// CONCATENATED MODULE: ./src/phases/fix/round.ts











const TRAILER_CYCLE = 'Codex-Fix-Cycle';
const TRAILER_FINDINGS = 'Codex-Fixed';
const TRAILER_THREADS = 'Codex-Fixed-Threads';
/** The round's one commit message: the cycle, the summary, and what it claims to fix (trailers). */
function fixCommitMessage(item, cycle, answer, threadId) {
    const first = answer.summary.split(/(?<=\.)\s|\n/)[0].trim();
    const subject = `Fix review cycle ${cycle}: ${first}`;
    const short = subject.length > 72 ? `${subject.slice(0, 71)}…` : subject;
    const trailers = [
        `Codex-Item: #${item}`,
        `${TRAILER_CYCLE}: ${cycle}`,
        ...(answer.fixed_findings.length > 0 ? [`${TRAILER_FINDINGS}: ${answer.fixed_findings.join(', ')}`] : []),
        ...(answer.fixed_threads.length > 0 ? [`${TRAILER_THREADS}: ${answer.fixed_threads.join(', ')}`] : []),
        ...(threadId ? [`Codex-Thread: ${threadId}`] : []),
    ];
    return `${short}\n\n${answer.summary.trim()}\n\n${trailers.join('\n')}\n`;
}
/**
 * A re-run of a fix job whose round already reached origin: the action's commit for this cycle
 * after the reviewed head. It is not made again; the rest of the job (threads, state, dispatch) is.
 */
async function findRoundCommit(session, cycle, reviewedHead) {
    const { git, wt } = session;
    if (!reviewedHead)
        return undefined;
    const known = await git(['cat-file', '-e', `${reviewedHead}^{commit}`], { cwd: wt.dir });
    if (known.exitCode !== 0 || !(await (0,commit/* isAncestor */.QX)(git, wt.dir, reviewedHead, wt.base)))
        return undefined;
    const out = await (0,exec/* gitOk */.Tt)(git, ['log', `--format=%H%x1f%ae%x1f%B%x1e`, `${reviewedHead}..${wt.base}`], {
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
    const { ctx } = session;
    const cycle = context.review?.cycle ?? 0;
    const verifier = await (0,verification/* sessionVerifier */.F)(session);
    if (verifier.kind === 'refused')
        return { kind: 'error', reason: verifier.reason, threadId: undefined };
    const stop = (0,work_session/* deadlineStop */.hu)(session, 'the fix run was not started') ?? (0,src_state/* itemCapReached */.A3)(session.state.usage, ctx.config);
    if (stop)
        return { kind: 'blocked', reason: stop, threadId: undefined };
    const base = await (0,commit/* headSha */.xF)(session.git, session.wt.dir);
    let first = await run(session, await fixPrompt(session.job, context, resume), resume, 'fix round');
    if (first.kind === 'failed' && first.failure === 'thread_mismatch' && resume.kind === 'resume') {
        log.info('Codex did not resume the restored thread; the round runs in a fresh thread with the same context.');
        const fresh = { kind: 'fresh', reason: 'the restored thread could not be resumed' };
        first = await run(session, await fixPrompt(session.job, context, fresh), fresh, 'fix round (fresh thread)');
    }
    const settled = await settle(session, first);
    if (settled.kind !== 'ok')
        return settled.outcome;
    let answer = settled.answer;
    let threadId = first.threadId;
    const verify = verifier.kind === 'ready' ? verifier.run : undefined;
    let report = verify ? await verify() : undefined;
    if (report &&
        verify &&
        !report.ok &&
        !(0,work_session/* deadlineStop */.hu)(session, 'the verification fix run') &&
        !(0,src_state/* itemCapReached */.A3)(session.state.usage, ctx.config) &&
        threadId) {
        const again = await run(session, verifyFixPrompt((0,format/* verifyFailureText */.Jw)(report)), { kind: 'resume', threadId }, 'fix round: verification');
        const next = await settle(session, again);
        if (next.kind === 'ok') {
            answer = next.answer;
            threadId = again.threadId ?? threadId;
            report = await verify();
        }
        else if (again.kind === 'escalated')
            return next.outcome;
    }
    if (report)
        (0,work_session/* update */.yo)(session, {
            ...session.state,
            dev: { ...session.state.dev, verifyOutput: (0,format/* verifyStateText */.mB)(report) },
        });
    // One commit per round: whatever the runs committed is folded into the round's commit.
    await (0,exec/* gitOk */.Tt)(session.git, ['reset', '--soft', base], { cwd: session.wt.dir });
    const sha = await (0,commit/* commitStaged */.u$)(session.git, session.wt.dir, fixCommitMessage(session.item, cycle, answer, threadId), session.author);
    if (!sha)
        return { kind: 'no_progress', answer, threadId };
    const pushed = await (0,work_session/* push */.VC)(session);
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
    const { ctx } = session;
    const criterionMs = ctx.config.budgets['criterion-timeout-minutes'] * 60_000;
    const outcome = await (0,step/* runStep */.e)({
        agent: await ctx.agent(),
        git: session.git,
        dir: session.wt.dir,
        prompt,
        label,
        timeoutMs: Math.max(1, Math.min(criterionMs, (0,work_session/* timeLeft */.f$)(session))),
        deniedCommands: ctx.config.commands.deny,
        networkAccess: ctx.config.sandbox.network,
        allow: ctx.config.commands.allow,
        protectedPaths: ctx.config['protected-paths'],
        author: session.author,
        message: (summary) => `Fix round (in progress)\n\n${summary}\n`,
        resumeThreadId: resume.kind === 'resume' ? resume.threadId : undefined,
        outputSchema: FIX_OUTPUT_SCHEMA,
    });
    (0,work_session/* spend */.Rf)(session, outcome.usage);
    if (outcome.threadId) {
        session.lastThread = outcome.threadId;
        (0,work_session/* update */.yo)(session, { ...session.state, threads: { ...session.state.threads, fix: outcome.threadId } });
    }
    session.log.push(`${label}: ${outcome.kind}${'sha' in outcome && outcome.sha ? ` (${outcome.sha.slice(0, 7)})` : ''}`);
    if (outcome.kind === 'failed')
        log.info(outcome.message);
    return outcome;
}
/** A run's outcome as the round sees it: an answer to go on with, or how the round stops. */
async function settle(session, outcome) {
    const threadId = outcome.threadId;
    switch (outcome.kind) {
        case 'committed':
            return { kind: 'ok', answer: outcome.answer };
        case 'escalated': {
            const held = await (0,escalation/* holdForApproval */.G)(session, outcome.report, null, 'fix');
            return { kind: 'stop', outcome: { kind: 'blocked', reason: held.reason, threadId } };
        }
        case 'needs_decomposition':
            return { kind: 'stop', outcome: { kind: 'blocked', reason: outcome.summary, threadId } };
        case 'failed': {
            if (outcome.failure === 'timeout') {
                const minutes = session.ctx.config.budgets['criterion-timeout-minutes'];
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
    const job = await (0,item_job/* openItemJob */.p4)(ctx);
    const gate = await log.group('Check who asked for the fix', async () => {
        const actor = await (0,item_job/* gateTrigger */.yL)(job);
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
            : 'the pull request has no review of the action';
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
    const back = state.fix && state.fix.cycle < cycle
        ? context.findings.filter((f) => state.fix.claimed.includes(f.id))
        : [];
    if (back.length > 0) {
        return stopLoop(job, context, {
            why: `The findings the last fix round claimed to fix came back in review cycle ${cycle}: ${back.map((f) => f.id).join(', ')}. Another automated round would likely repeat it.`,
            next: `Look at those findings on PR #${pr.number}: fix them by hand (or tell the reviewer why they are wrong in a thread), then comment /codex review.`,
        });
    }
    const capped = (0,src_state/* itemCapReached */.A3)(state.usage, ctx.config);
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
    await (0,item_job/* saveState */.LZ)(job, running);
    await (0,item_job/* setLabel */.je)(job, item, 'in-progress', context.labels);
    let wt;
    try {
        wt = await (0,worktree/* openWorktree */.G)(git, {
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
        await (0,item_job/* saveState */.LZ)(job, running);
        return { ...base, status: 'error', reason };
    }
    const session = (0,work_session/* openWorkSession */.E7)(job, { git, wt, remote }, { item, issue: context.issue, state: running, defaultBranch: main, deadline });
    const round = {};
    try {
        let outcome;
        try {
            outcome =
                (await findRoundCommit(session, cycle, context.review?.headSha)) ??
                    (releasing ? await releaseRound(session) : await modelRound(session, context, round));
        }
        catch (error) {
            if (!(error instanceof work_session/* ForeignCommitsError */.Hm))
                log.info(`Fix failed: ${error instanceof Error && error.stack ? error.stack : (0,errors/* errorMessage */.g)(error)}`);
            const kind = error instanceof work_session/* ForeignCommitsError */.Hm ? 'blocked' : 'error';
            outcome = { kind, reason: (0,errors/* errorMessage */.g)(error), threadId: undefined };
        }
        return await finishRound(session, context, outcome, round.resume);
    }
    finally {
        await (0,worktree/* removeWorktree */.I)(git, repoDir, wt.dir);
    }
};
/** A model round, resuming the item's last thread when the store gives it back. */
async function modelRound(session, context, round) {
    const { ctx, job } = session;
    const store = (0,work_resume/* jobSessionStore */.t0)(ctx, session.git, session.remote);
    const resume = await (0,work_resume/* restoreLastThread */.HB)(store, await ctx.agent(), session.state);
    round.resume = resume;
    if (resume.kind === 'fresh')
        session.state = (0,src_state/* noteEvent */.Rh)(session.state, `fix starts a fresh Codex thread: ${resume.reason}`, job.runUrl);
    return fixRound(session, context, resume);
}
/** An approved escalation of a fix round: its held commit is pushed as it was, no model runs. */
async function releaseRound(session) {
    const before = session.pushed;
    await (0,escalation/* releaseApproved */.r)(session);
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

/***/ 203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xf: () => (/* binding */ decideCycle),
/* harmony export */   YS: () => (/* binding */ latestReview),
/* harmony export */   pU: () => (/* binding */ headMarker),
/* harmony export */   vU: () => (/* binding */ reviewMarker),
/* harmony export */   w: () => (/* binding */ inlineReviewMarker),
/* harmony export */   xQ: () => (/* binding */ ANY_REVIEW_MARKER)
/* harmony export */ });
/* unused harmony export parseReviewComment */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _stored_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1029);


/**
 * Markers of the review comment. The first line is DESIGN §3's marker; the second records the head
 * commit the review is about, which decides whether a new run is a re-run or a new cycle.
 */
const reviewMarker = (cycle) => `<!-- codex-orchestrator:review cycle=${cycle} -->`;
const headMarker = (sha) => `<!-- codex-orchestrator:review-head sha=${sha} -->`;
/** Marker in the body of the PR review that carries the inline comments, so a re-run finds it. */
const inlineReviewMarker = (cycle, sha) => `<!-- codex-orchestrator:review-inline cycle=${cycle} sha=${sha} -->`;
const REVIEW_MARKER = /<!-- codex-orchestrator:review cycle=(\d+) -->/;
const HEAD_MARKER = /<!-- codex-orchestrator:review-head sha=([0-9a-f]{7,64}) -->/;
/** Matches the action's review comments of any cycle, for `listMarkedComments`. */
const ANY_REVIEW_MARKER = /<!-- codex-orchestrator:review cycle=\d+ -->/;
/** Reads a review comment's cycle, head commit and review JSON; undefined when it is not one. */
function parseReviewComment(comment) {
    const body = comment.body;
    const cycle = REVIEW_MARKER.exec(body)?.[1];
    if (cycle === undefined)
        return undefined;
    const stored = (0,_stored_js__WEBPACK_IMPORTED_MODULE_1__/* .readStoredReview */ .ci)(body);
    if (!stored.ok)
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`Review comment ${comment.id} holds no stored review: ${stored.problem}.`);
    const review = stored.ok ? stored.review : undefined;
    const tracking = stored.ok ? stored.tracking : undefined;
    return {
        commentId: comment.id,
        body,
        cycle: Number(cycle),
        headSha: HEAD_MARKER.exec(body)?.[1],
        review,
        tracking,
    };
}
/**
 * The newest review comment (highest cycle, then newest), optionally only among cycles before
 * `beforeCycle`. Pass only the action's own comments: a marker in anyone else's comment must be
 * ignored (DESIGN §3).
 */
function latestReview(ownComments, beforeCycle = Number.POSITIVE_INFINITY) {
    let latest;
    for (const comment of ownComments) {
        const parsed = parseReviewComment(comment);
        if (parsed && parsed.cycle < beforeCycle && (!latest || parsed.cycle >= latest.cycle))
            latest = parsed;
    }
    return latest;
}
/**
 * The cycle rule: the first review is cycle 1; a review of the same head commit as the latest one
 * is a re-run of that cycle (its comment is updated); a new head commit starts cycle + 1 with a
 * new comment, so each cycle's review stays readable on the PR.
 */
function decideCycle(previous, headSha) {
    if (!previous)
        return { cycle: 1, rerun: false, comment: undefined };
    if (previous.headSha === headSha)
        return { cycle: previous.cycle, rerun: true, comment: { id: previous.commentId, body: previous.body } };
    return { cycle: previous.cycle + 1, rerun: false, comment: undefined };
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


/***/ }),

/***/ 9793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ validateReview),
/* harmony export */   Zb: () => (/* binding */ reviewOutputSchema),
/* harmony export */   m: () => (/* binding */ validateReviewText),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony exports REVIEW_STATUSES, findingSchema, criterionSchema, reviewSchema, reviewJsonSchema */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



const SEVERITIES = ['critical', 'major', 'minor', 'nit'];
const REVIEW_STATUSES = ['pass', 'changes_required', 'blocked'];
const relativePath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1, { error: 'must be a path relative to the repository root, not empty' })
    .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p), {
    error: (issue) => `'${String(issue.input)}' is absolute; give the path relative to the repository root`,
})
    .refine((p) => !p.split(/[\\/]/).includes('..'), {
    error: (issue) => `'${String(issue.input)}' leaves the repository ('..'); give a path inside it`,
});
const lineNumber = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable();
/** One problem the reviewer found (DESIGN §4). */
const findingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1).max(100),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(SEVERITIES),
    file: relativePath,
    line: lineNumber,
    end_line: lineNumber,
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    suggestion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
});
const criterionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    criterion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    met: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
});
const shape = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(REVIEW_STATUSES),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(findingSchema),
    criteria: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(criterionSchema),
    blocked_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
});
/**
 * The review JSON v1 with the rules a JSON schema cannot say: a `pass` holds no critical or major
 * finding and no unmet criterion, a `blocked` says why, `changes_required` names something to
 * change, finding ids are unique, and `end_line` is not before `line`.
 */
const reviewSchema = shape.superRefine((review, ctx) => {
    const serious = review.findings.filter((f) => f.severity === 'critical' || f.severity === 'major');
    const unmet = review.criteria.filter((c) => !c.met);
    if (review.status === 'pass' && serious.length > 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: `'pass' with ${serious.length} critical/major finding(s) (${serious.map((f) => f.id).join(', ')}); use 'changes_required' or lower their severity`,
        });
    }
    if (review.status === 'pass' && unmet.length > 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: `'pass' while ${unmet.length} criterion/criteria are not met; use 'changes_required'`,
        });
    }
    if (review.status === 'blocked' && !review.blocked_reason?.trim()) {
        ctx.addIssue({
            code: 'custom',
            path: ['blocked_reason'],
            message: "status 'blocked' needs a non-empty blocked_reason",
        });
    }
    if (review.status === 'changes_required' && review.findings.length === 0 && unmet.length === 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: "'changes_required' with no finding and no unmet criterion; list what must change, or use 'pass'",
        });
    }
    const seen = new Set();
    review.findings.forEach((finding, index) => {
        if (seen.has(finding.id)) {
            ctx.addIssue({
                code: 'custom',
                path: ['findings', index, 'id'],
                message: `duplicate finding id '${finding.id}'; ids must be unique`,
            });
        }
        seen.add(finding.id);
        if (finding.end_line !== null && (finding.line === null || finding.end_line < finding.line)) {
            ctx.addIssue({
                code: 'custom',
                path: ['findings', index, 'end_line'],
                message: `end_line ${finding.end_line} needs a line at or before it (line is ${finding.line})`,
            });
        }
    });
});
/** Parses and validates the model's raw answer, collecting every problem. */
function validateReviewText(text) {
    if (text === undefined || text.trim() === '')
        return { ok: false, problems: ['the answer was empty'] };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, problems: [`the answer is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)})`] };
    }
    return validateReview(value);
}
/** Validates an already parsed review value. */
function validateReview(value) {
    const parsed = reviewSchema.safeParse(value);
    if (parsed.success)
        return { ok: true, review: parsed.data };
    return {
        ok: false,
        problems: parsed.error.issues.map((issue) => {
            const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
            return `${path}: ${issue.message}`;
        }),
    };
}
let jsonSchema;
// A static `new URL(…, import.meta.url)`, like src/prompts/bundled.ts: ncc copies the file next to
// the bundle and rewrites the path.
const REVIEW_SCHEMA_FILE = new URL(/* asset import */ __webpack_require__(9950), __webpack_require__.b);
/** The strict-subset JSON schema shipped in schemas/review.json, sent to Codex with --output-schema. */
function reviewJsonSchema() {
    jsonSchema ??= JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(REVIEW_SCHEMA_FILE, 'utf8'));
    return jsonSchema;
}
/** The pair the agent runner needs: the JSON schema for the model, the zod schema for the answer. */
function reviewOutputSchema() {
    return { json: reviewJsonSchema(), zod: reviewSchema };
}


/***/ }),

/***/ 1029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ encodeStoredReview),
/* harmony export */   ci: () => (/* binding */ readStoredReview)
/* harmony export */ });
/* unused harmony export decodeStoredReview */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9793);
/* harmony import */ var _track_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5735);



/**
 * The review JSON as the action stores it in its review comment, for the fix phase and the next
 * review to read back (DESIGN §3, §4): one hidden block,
 *
 *     <!-- codex-orchestrator:review-json sha256=<hex> <base64url of the JSON> -->
 *
 * It used to be a ```json block, which the model's own summary could imitate: a summary holding a
 * ```json block was read back as the stored review, so a pull request that prompt-injected the
 * model could forge the verdict fix acts on. Now:
 *
 * - the JSON is base64url-encoded, so no text inside it (model text included) can close the
 *   comment or hold a second marker;
 * - model text is rendered with `renderModelMarkdown` (src/safety/markdown.ts), which cannot
 *   write `<!--`, so it cannot write this block at all;
 * - the block must be there exactly once (counting every `<!-- codex-orchestrator:review-json`
 *   opener, well formed or not), so an imitation that slipped in some other way makes the stored
 *   review absent rather than chosen. The marker's words without the comment opener (which model
 *   text can still write) are not counted: they would let the model hide the stored review;
 * - the checksum must match: an edit of the comment or a cut (a body truncated to GitHub's limit)
 *   leaves the review absent instead of half-read. It is not a signature: whoever can edit the
 *   action's comment can recompute it. The comment's author is checked where comments are listed.
 */
const PREFIX = 'codex-orchestrator:review-json';
/** Every opener of the block, well formed or not: what "exactly once" counts. */
const OPENER = /<!--\s*codex-orchestrator:review-json/gi;
const BLOCK = /<!-- codex-orchestrator:review-json sha256=([0-9a-f]{64}) ([A-Za-z0-9_-]+) -->/;
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
/**
 * The hidden block that stores `review`'s JSON in a comment body, with the cycle record of its
 * findings (src/review/track.ts) under the key `tracking` when given.
 */
function encodeStoredReview(review, tracking) {
    const json = JSON.stringify(tracking ? { ...review, tracking } : review);
    return `<!-- ${PREFIX} sha256=${sha256(json)} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}
/**
 * Reads the review stored in a comment body by {@link encodeStoredReview}: only when the block is
 * there exactly once, its checksum matches and its JSON is a valid review. Nothing else in the
 * body (a ```json block, a quoted copy of an older comment) is ever read.
 */
function readStoredReview(body) {
    const count = body.match(OPENER)?.length ?? 0;
    if (count === 0)
        return { ok: false, problem: 'missing' };
    if (count > 1)
        return { ok: false, problem: 'repeated' };
    const block = BLOCK.exec(body);
    if (!block)
        return { ok: false, problem: 'malformed' };
    const [, checksum, encoded] = block;
    const json = Buffer.from(encoded, 'base64url').toString('utf8');
    if (sha256(json) !== checksum)
        return { ok: false, problem: 'checksum' };
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return { ok: false, problem: 'json' };
    }
    // The record is not part of the review JSON v1 (a strict schema): it is taken off first, and a
    // block written before it existed reads as a review without one.
    let tracking;
    if (value !== null && typeof value === 'object' && 'tracking' in value) {
        const { tracking: raw, ...rest } = value;
        const parsed = _track_js__WEBPACK_IMPORTED_MODULE_2__/* .trackingSchema */ .ZR.safeParse(raw);
        if (!parsed.success)
            return { ok: false, problem: 'schema' };
        tracking = parsed.data;
        value = rest;
    }
    const checked = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .validateReview */ .PO)(value);
    return checked.ok ? { ok: true, review: checked.review, tracking } : { ok: false, problem: 'schema' };
}
/** The stored review of a comment body, or undefined (see {@link readStoredReview}). */
function decodeStoredReview(body) {
    const stored = readStoredReview(body);
    return stored.ok ? stored.review : undefined;
}


/***/ }),

/***/ 5735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZR: () => (/* binding */ trackingSchema),
/* harmony export */   sS: () => (/* binding */ trackFindings)
/* harmony export */ });
/* unused harmony exports NEARBY_LINES, normaliseTitle */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9793);


const trackingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    since: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable(),
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100),
        first_cycle: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
        state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['new', 'still_open']),
    })),
    fixed: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100),
        first_cycle: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
        severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC),
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        line: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable(),
        title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    })),
});
/** How far a re-reported finding may have moved and still be the same one. */
const NEARBY_LINES = 10;
/** A title compared loosely: case, punctuation and spacing do not make a finding new. */
const normaliseTitle = (title) => title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const nearby = (a, b) => a.line === null || b.line === null ? a.line === b.line : Math.abs(a.line - b.line) <= NEARBY_LINES;
/**
 * Carries the previous cycle's open findings into this cycle's review. A finding is the same one
 * when it keeps its id; failing that, when its file and normalised title are the previous one's and
 * its line is within {@link NEARBY_LINES} (a model that re-reports a problem after a fix commit
 * often renames it; the line moves with the code above it). A finding matched that way takes the
 * carried id, so the fingerprint stays stable for the fix phase, the inline comment and the next
 * cycle. Returns the review (ids carried) and its record.
 */
function trackFindings(review, cycle, previous) {
    if (!previous) {
        return {
            review,
            tracking: {
                since: null,
                findings: review.findings.map((f) => ({ id: f.id, first_cycle: cycle, state: 'new' })),
                fixed: [],
            },
        };
    }
    const firstCycle = new Map();
    for (const track of previous.tracking?.findings ?? [])
        firstCycle.set(track.id, track.first_cycle);
    const open = new Map(previous.review.findings.map((f) => [f.id, f]));
    const matched = new Map();
    review.findings.forEach((finding, index) => {
        const same = open.get(finding.id);
        if (same) {
            matched.set(index, same);
            open.delete(finding.id);
        }
    });
    review.findings.forEach((finding, index) => {
        if (matched.has(index))
            return;
        const title = normaliseTitle(finding.title);
        const candidate = [...open.values()].find((p) => p.file === finding.file && normaliseTitle(p.title) === title && nearby(p, finding));
        if (!candidate)
            return;
        matched.set(index, candidate);
        open.delete(candidate.id);
    });
    const findings = review.findings.map((finding, index) => {
        const carried = matched.get(index);
        return carried ? { ...finding, id: carried.id } : finding;
    });
    const first = (id) => firstCycle.get(id) ?? previous.cycle;
    return {
        review: { ...review, findings },
        tracking: {
            since: previous.cycle,
            findings: findings.map((f, index) => matched.has(index)
                ? { id: f.id, first_cycle: first(f.id), state: 'still_open' }
                : { id: f.id, first_cycle: cycle, state: 'new' }),
            fixed: [...open.values()].map((f) => ({
                id: f.id,
                first_cycle: first(f.id),
                severity: f.severity,
                file: f.file,
                line: f.line,
                title: f.title,
            })),
        },
    };
}


/***/ }),

/***/ 2028:
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


/***/ }),

/***/ 9950:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "49746de4bcd9cf6d9c97.json";

/***/ })

};
