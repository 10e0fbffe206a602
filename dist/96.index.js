export const id = 96;
export const ids = [96];
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

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ openWorktree),
/* harmony export */   IL: () => (/* binding */ removeWorktree)
/* harmony export */ });
/* unused harmony export openDetachedWorktree */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9395);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(668);




/**
 * Creates a worktree for `branch` under `parentDir`, its HEAD detached at the base. A branch that
 * exists on origin (a re-run) is fetched and continued; otherwise the branch starts at origin's
 * default branch.
 */
async function openWorktree(git, options) {
    const { repoDir, branch, remote } = options;
    const tip = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteTip */ .W_)(git, repoDir, remote, branch);
    // Fetched either way: the PR's base, and what the dev job's commit log is counted from
    // (`refs/remotes/origin/<default>..HEAD`).
    const defaultTip = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchBranch */ .D_)(git, repoDir, remote, options.defaultBranch);
    const base = tip ? await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchBranch */ .D_)(git, repoDir, remote, branch) : defaultTip;
    if (tip && base !== tip) {
        throw new Error(`Origin's '${branch}' moved while it was fetched (${tip} → ${base}). Run the job again.`);
    }
    // A crashed job on a self-hosted runner can leave a stale registration behind.
    await git(['worktree', 'prune'], { cwd: repoDir });
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.parentDir, 'codex-worktree-'));
    // Detached: the checkout itself may have the branch checked out (a dispatch on that ref), and git
    // refuses a second checkout of one branch. Pushes name the branch explicitly (HEAD:refs/heads/…).
    await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .gitOk */ .Tt)(git, ['worktree', 'add', '--detach', dir, base], { cwd: repoDir });
    return { dir, branch, base, remoteTip: tip };
}
/**
 * A worktree of `ref` (a branch or a commit) under `parentDir`, its HEAD detached: what a commit
 * holds, to read or to run, without touching the checkout a person works in.
 */
async function openDetachedWorktree(git, repoDir, parentDir, ref) {
    await git(['worktree', 'prune'], { cwd: repoDir });
    const dir = await mkdtemp(join(parentDir, 'codex-worktree-'));
    await gitOk(git, ['worktree', 'add', '--detach', dir, ref], { cwd: repoDir });
    return dir;
}
/** Removes the worktree and its registration; never throws, so it is safe in a `finally`. */
async function removeWorktree(git, repoDir, dir) {
    const result = await git(['worktree', 'remove', '--force', '--force', dir], { cwd: repoDir }).catch(() => undefined);
    if (result?.exitCode !== 0) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        await git(['worktree', 'prune'], { cwd: repoDir }).catch(() => undefined);
    }
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

/***/ 7096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewPhase: () => (/* binding */ reviewPhase)
});

// EXTERNAL MODULE: ./src/action/job.ts + 2 modules
var action_job = __webpack_require__(9869);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/git/remote.ts
var git_remote = __webpack_require__(668);
// EXTERNAL MODULE: ./src/git/worktree.ts
var worktree = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/review/patch.ts
var review_patch = __webpack_require__(3802);
;// CONCATENATED MODULE: ./src/review/increment.ts



/**
 * The commits since the last reviewed head, as the files `GET /pulls/{n}/files` would list for
 * them: `git diff base head` in the checkout. Cycle N+1 reviews these with the whole PR as context
 * (its file list), so a fix of a few lines on a large PR costs a few lines of prompt, not the PR
 * again. Undefined when the range cannot be taken from git — the base is gone (a force push or a
 * rebase rewrote it) or is not an ancestor of the head — and the review then reads the whole PR.
 */
async function diffSince(git, options) {
    const { dir, base, head } = options;
    const has = async (sha) => (await git(['cat-file', '-e', `${sha}^{commit}`], { cwd: dir, timeoutMs: 10_000 })).exitCode === 0;
    if (!(await has(base)) && options.fetchFrom) {
        // A shallow checkout (actions/checkout's default depth) lacks the older head; fetch just it.
        const fetched = await git(['fetch', '--no-tags', '--no-write-fetch-head', '--depth=1', options.fetchFrom.url, base], { cwd: dir, env: options.fetchFrom.env, timeoutMs: 60_000 });
        if (fetched.exitCode !== 0)
            src_log.debug(`Could not fetch ${base}: ${fetched.stderr.trim()}`);
    }
    if (!(await has(base)) || !(await has(head))) {
        src_log.info(`The last reviewed head ${base} is not in the checkout; reviewing the whole pull request.`);
        return undefined;
    }
    const ancestor = await git(['merge-base', '--is-ancestor', base, head], { cwd: dir, timeoutMs: 30_000 });
    // A shallow history cannot prove ancestry; the diff between the two commits is still right.
    const shallow = (await (0,exec/* gitOk */.Tt)(git, ['rev-parse', '--is-shallow-repository'], { cwd: dir })) === 'true';
    if (ancestor.exitCode !== 0 && !shallow) {
        src_log.info(`The last reviewed head ${base} is not an ancestor of ${head} (the branch was rewritten); reviewing the whole pull request.`);
        return undefined;
    }
    const out = await (0,exec/* gitOk */.Tt)(git, [
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--find-renames',
        '-U3',
        base,
        head,
    ], { cwd: dir, timeoutMs: 60_000 });
    return parseGitDiff(out);
}
const stripPrefix = (path, prefix) => path.replace(/\t$/, '').startsWith(prefix) ? path.replace(/\t$/, '').slice(prefix.length) : undefined;
/** Splits `git diff` output into per-file patches shaped like the pull request files API's. */
function parseGitDiff(output) {
    const files = [];
    for (const chunk of output.split(/^diff --git /m).slice(1)) {
        const lines = chunk.split('\n');
        let from;
        let to;
        let status = 'modified';
        let hunkAt = -1;
        for (const [index, line] of lines.entries()) {
            if (line.startsWith('@@')) {
                hunkAt = index;
                break;
            }
            if (line.startsWith('new file mode'))
                status = 'added';
            else if (line.startsWith('deleted file mode'))
                status = 'removed';
            else if (line.startsWith('rename from '))
                from = line.slice('rename from '.length);
            else if (line.startsWith('rename to ')) {
                to = line.slice('rename to '.length);
                status = 'renamed';
            }
            else if (line.startsWith('--- '))
                from ??= stripPrefix(line.slice(4), 'a/');
            else if (line.startsWith('+++ '))
                to ??= stripPrefix(line.slice(4), 'b/');
        }
        // Neither side named (a binary or mode-only change): the header's `a/x b/x` is the path.
        const header = /^a\/(.+) b\/(.+)$/.exec(lines[0] ?? '');
        const filename = to ?? from ?? header?.[2];
        if (!filename)
            continue;
        const patch = hunkAt < 0 ? undefined : lines.slice(hunkAt).join('\n').replace(/\n+$/, '');
        const counts = patch ? (0,review_patch/* countChanges */.xS)(patch) : { additions: 0, deletions: 0 };
        files.push({
            filename,
            status,
            ...counts,
            patch,
            ...(status === 'renamed' && from ? { previous_filename: from } : {}),
        });
    }
    return files;
}

;// CONCATENATED MODULE: ./src/action/review/checkout.ts








const noCleanup = async () => { };
const noDiff = async () => undefined;
/**
 * The code Codex reviews. A workflow that runs on `pull_request` checks out the head; one started
 * by `workflow_dispatch` (the dev phase chaining to review) checks out the default branch. Then the
 * head is fetched from origin with the action's token (never the agent's) into a worktree under
 * RUNNER_TEMP, so Codex reads the code the diff talks about. Anything that fails here falls back to
 * the workspace, and the prompt says it is not at the head: the review goes on from the diff.
 */
async function reviewCheckout(git, options) {
    const { workspace, headSha } = options;
    const head = await git(['rev-parse', 'HEAD'], { cwd: workspace, timeoutMs: 10_000 }).catch(() => undefined);
    if (head?.exitCode !== 0)
        return { dir: workspace, atHead: undefined, diffSince: noDiff, cleanup: noCleanup };
    const inDir = (dir, remote) => async (base) => diffSince(git, { dir, base, head: headSha, fetchFrom: await remote() });
    if (head.stdout.trim() === headSha) {
        // A fork's origin is the base repository, which holds its earlier heads only as refs/pull/*.
        const remote = () => options.fromFork
            ? Promise.resolve(undefined)
            : (0,git_remote/* originRemote */.lY)(git, workspace, options.token).catch(() => undefined);
        return { dir: workspace, atHead: true, diffSince: inDir(workspace, remote), cleanup: noCleanup };
    }
    if (options.fromFork) {
        src_log.info(`The workspace is at ${head.stdout.trim()}, not the fork's head ${headSha}; reviewing from the diff.`);
        return { dir: workspace, atHead: false, diffSince: noDiff, cleanup: noCleanup };
    }
    try {
        const remote = await (0,git_remote/* originRemote */.lY)(git, workspace, options.token);
        await (0,git_remote/* fetchBranch */.D_)(git, workspace, remote, options.headRef);
        // The branch may have moved on since the PR was read; the head commit is then its ancestor.
        const present = await git(['cat-file', '-e', `${headSha}^{commit}`], { cwd: workspace });
        if (present.exitCode !== 0)
            throw new Error(`commit ${headSha} is not on origin's ${options.headRef}`);
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.parentDir, 'codex-review-'));
        try {
            await (0,exec/* gitOk */.Tt)(git, ['worktree', 'add', '--detach', dir, headSha], { cwd: workspace });
        }
        catch (error) {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            throw error;
        }
        src_log.info(`The workspace is at ${head.stdout.trim()}; Codex reviews a worktree at the head ${headSha} (${dir}).`);
        return {
            dir,
            atHead: true,
            diffSince: inDir(dir, async () => remote),
            cleanup: () => (0,worktree/* removeWorktree */.IL)(git, workspace, dir),
        };
    }
    catch (error) {
        src_log.info(`Could not check out the head ${headSha} (${(0,errors/* errorMessage */.g)(error)}); reviewing from the diff.`);
        return { dir: workspace, atHead: false, diffSince: noDiff, cleanup: noCleanup };
    }
}

// EXTERNAL MODULE: ./src/github/comments.ts
var github_comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
;// CONCATENATED MODULE: ./src/review/criteria.ts
/**
 * Acceptance criteria and the issue a pull request closes. Both come from untrusted text (the PR
 * and issue bodies): they are parsed here, and sanitised where the prompt is built.
 */
// GitHub's closing keywords: https://docs.github.com/en/issues/tracking-your-work-with-issues/linking-a-pull-request-to-an-issue
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:([\w.-]+)\/([\w.-]+))?#(\d+)\b/gi;
/**
 * The issue numbers of this repository that a PR body closes ("Closes #12", "fixes owner/repo#3"
 * when owner/repo is this repository), in order, without duplicates. Closing keywords inside code
 * spans and fences do not count, as on GitHub.
 */
function linkedIssues(body, repo) {
    if (!body)
        return [];
    const text = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    const numbers = [];
    for (const match of text.matchAll(CLOSING)) {
        const [, owner, name, number] = match;
        if (owner &&
            name &&
            (owner.toLowerCase() !== repo.owner.toLowerCase() || name.toLowerCase() !== repo.repo.toLowerCase())) {
            continue;
        }
        const n = Number(number);
        if (n > 0 && !numbers.includes(n))
            numbers.push(n);
    }
    return numbers;
}
const HEADING = /^\s{0,3}(?:#{1,6}\s+(.*?)\s*#*\s*$|\*\*(.+?)\*\*:?\s*$|__(.+?)__:?\s*$)/;
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.+?)\s*$/;
const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+(.+?)\s*$/;
/**
 * The checklist under an "Acceptance criteria" heading (a markdown heading or a bold line), up to
 * the next heading. Checkbox items are preferred; a plain list counts when there are none.
 */
function acceptanceCriteria(body) {
    if (!body)
        return [];
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    const start = lines.findIndex((line) => {
        const heading = HEADING.exec(line);
        const title = heading?.[1] ?? heading?.[2] ?? heading?.[3];
        return title !== undefined && /^acceptance\s+criteria\b/i.test(title.trim());
    });
    if (start < 0)
        return [];
    const checkboxes = [];
    const bullets = [];
    let inFence = false;
    for (const line of lines.slice(start + 1)) {
        if (/^\s*(```|~~~)/.test(line))
            inFence = !inFence;
        if (inFence)
            continue;
        if (HEADING.test(line) && !BULLET.test(line))
            break;
        const box = CHECKBOX.exec(line);
        if (box) {
            checkboxes.push({ text: box[2], checked: box[1] !== ' ' });
            continue;
        }
        const bullet = BULLET.exec(line);
        if (bullet && !/^\s{2,}/.test(line))
            bullets.push({ text: bullet[1], checked: false });
    }
    return checkboxes.length > 0 ? checkboxes : bullets;
}

;// CONCATENATED MODULE: ./src/review/diff.ts

const bytesOf = (text) => Buffer.byteLength(text, 'utf8');
/**
 * Fits the diff into `budgetBytes`. Patches are taken in GitHub's file order; one that does not
 * fit is left out with the reason and the next smaller ones are still tried, so the budget is
 * used well. Nothing is cut silently: every file stays in the list with its status and counts,
 * and each left-out patch is named so the model can read it from the checkout.
 */
function buildDiffContext(pullFiles, budgetBytes) {
    let remaining = budgetBytes;
    let totalBytes = 0;
    let includedBytes = 0;
    const hunks = new Map();
    const files = pullFiles.map((file) => {
        const patch = file.patch ?? undefined;
        const bytes = patch === undefined ? 0 : bytesOf(patch);
        totalBytes += bytes;
        hunks.set(file.filename, (0,review_patch/* parseHunks */.FS)(patch));
        const counts = patch !== undefined && file.additions === undefined ? (0,review_patch/* countChanges */.xS)(patch) : file;
        const base = {
            path: file.filename,
            previousPath: file.previous_filename,
            status: file.status,
            additions: counts.additions,
            deletions: counts.deletions,
            bytes,
        };
        if (patch === undefined) {
            return {
                ...base,
                patch: undefined,
                omitted: 'GitHub shows no patch for this file (binary, or too large for the API)',
            };
        }
        if (bytes > remaining) {
            return {
                ...base,
                patch: undefined,
                omitted: `patch of ${bytes} bytes does not fit the remaining diff budget (${remaining} of ${budgetBytes} bytes)`,
            };
        }
        remaining -= bytes;
        includedBytes += bytes;
        return { ...base, patch, omitted: undefined };
    });
    return { files, budgetBytes, totalBytes, includedBytes, hunks };
}
/** The one-line summary of a file for tables: `old → new` for renames. */
function displayPath(file) {
    return file.previousPath && file.previousPath !== file.path
        ? `${file.previousPath} → ${file.path}`
        : file.path;
}

// EXTERNAL MODULE: ./src/tracker/github/review/previous.ts
var review_previous = __webpack_require__(378);
// EXTERNAL MODULE: ./src/git/branch.ts
var branch = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/github/labels.ts
var labels = __webpack_require__(7448);
// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/tracker/github/store.ts + 1 modules
var store = __webpack_require__(2762);
// EXTERNAL MODULE: ./src/action/review/resolve.ts
var resolve = __webpack_require__(3851);
;// CONCATENATED MODULE: ./src/action/review/item.ts







/**
 * Finds the PR's work item: the issue of its first "Closes #n" (already read, `closes`), else the
 * issue of its `<prefix>/<n>-…` branch; it counts only when that issue holds a status comment by the
 * action's identity (loadItemState ignores everyone else's). Costs at most one request when the PR
 * closes an issue (none when the issue has no comments), two when only the branch names it.
 * A PR from a fork never belongs to an item: its branch name and body are the fork author's.
 */
async function findReviewItem(options) {
    const { client, repo, identity, pr, closes } = options;
    if ((0,resolve/* fromFork */.NY)(pr))
        return undefined;
    const issue = closes?.issue ?? (0,branch/* branchItem */.AC)(pr.head.ref, options.prefix);
    if (issue === undefined || closes?.info.comments === 0)
        return undefined;
    let loaded;
    try {
        loaded = await (0,store/* loadItemState */.JR)(client, repo, issue, identity);
    }
    catch (error) {
        // The review does not need the state; a broken one must not stop it, only its recording.
        if (!(error instanceof src_state/* StateError */.qq))
            throw error;
        src_log.warning(`${error.message} The review goes on without recording it in #${issue}.`);
        return undefined;
    }
    if (!loaded)
        return undefined;
    const { state, commentId } = loaded;
    if (state.pr !== null && state.pr !== pr.number && state.branch !== pr.head.ref) {
        src_log.info(`#${issue} tracks pull request #${state.pr} (branch ${state.branch ?? 'unknown'}), not #${pr.number}: this review is not recorded there.`);
        return undefined;
    }
    const info = closes?.info ?? (await (0,issues/* getIssue */.qB)(client, repo, issue));
    if (!info)
        return undefined;
    return { issue, info, state, commentId };
}
/** Why the review must not run for this item (`/codex stop`, or the stop label), if it must not. */
function stoppedReason(item, prefix) {
    const { stopped } = item.state;
    if (stopped)
        return `#${item.issue} was stopped by ${stopped.by}; comment /codex resume on it to continue.`;
    const stop = (0,labels/* LIFECYCLE */.VD)(prefix).stop;
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

;// CONCATENATED MODULE: ./src/action/review/context.ts







/**
 * Reads the pull request's files, the linked issue's criteria, the work item's state and the
 * previous review (only from the action's own comments), and decides the cycle. Reads only:
 * nothing is written here. The criteria come from the item's state (the plan's, with progress)
 * when it has them, else from the issue's "Acceptance criteria" checklist.
 */
async function gatherReviewContext(options) {
    const { client, repo, pr, identity } = options;
    const [files, comments] = await Promise.all([
        (0,pulls/* listPullFiles */.pG)(client, repo, pr.number),
        (0,github_comments/* listMarkedComments */.b2)(client, repo, pr.number, review_previous/* ANY_REVIEW_MARKER */.xQ, identity),
    ]);
    const [closes] = linkedIssues(pr.body, repo);
    const closed = closes === undefined ? undefined : await (0,issues/* getIssue */.qB)(client, repo, closes);
    const item = await findReviewItem({
        client,
        repo,
        identity,
        pr,
        prefix: options.prefix,
        closes: closes !== undefined && closed ? { issue: closes, info: closed } : undefined,
    });
    const linkedIssue = item?.issue ?? (closed ? closes : undefined);
    const issue = item?.info ?? closed;
    const trust = { key: identity.key, repo, pr: pr.number };
    const latest = (0,review_previous/* latestReview */.YS)(comments, trust);
    const decision = (0,review_previous/* decideCycle */.Xf)(latest, pr.head.sha);
    // On a re-run the latest review is this cycle's own; the model is shown the cycle before it, so
    // its own earlier answer for the same commit does not anchor it.
    const previous = decision.rerun ? (0,review_previous/* latestReview */.YS)(comments, trust, decision.cycle) : latest;
    // The commits since the last reviewed head, when the previous findings read back (they are what
    // the model checks against those commits) and git can give the range; else the whole PR.
    const base = previous?.review ? previous.headSha : undefined;
    const since = base && base !== pr.head.sha && options.diffSince ? await options.diffSince(base) : undefined;
    const prompt = {
        repository: `${repo.owner}/${repo.repo}`,
        number: pr.number,
        change: `pull request #${pr.number}`,
        cycle: decision.cycle,
        headSha: pr.head.sha,
        checkoutAtHead: options.checkoutAtHead,
        title: pr.title,
        body: pr.body ?? '',
        author: pr.user?.login ?? 'unknown',
        baseRef: pr.base.ref,
        headRef: pr.head.ref,
        criteria: linkedIssue !== undefined && issue
            ? {
                issue: linkedIssue,
                title: issue.title,
                items: item && item.state.criteria.length > 0
                    ? item.state.criteria.map((c) => ({ text: c.text, checked: c.done }))
                    : acceptanceCriteria(issue.body),
                fromPlan: !!item && item.state.criteria.length > 0,
            }
            : undefined,
        previous,
        diff: buildDiffContext(files, options.budgetBytes),
        increment: base && since ? { base, diff: buildDiffContext(since, options.budgetBytes) } : undefined,
    };
    const repeat = decision.rerun ? latest : undefined;
    return { pr, linkedIssue, item, previous, repeat, decision, prompt };
}

;// CONCATENATED MODULE: ./src/action/review/item-record.ts






const atCap = (r) => r.status === 'changes_required' && r.cycle >= r.maxCycles;
/** What a human must do next after this review (the bold line of the status comment). */
function reviewNextAction(r) {
    const pr = `PR #${r.prNumber}`;
    switch (r.status) {
        case 'pass':
            return `Review and merge ${pr}: it passed the automated review (cycle ${r.cycle}); the merge is yours.`;
        case 'changes_required':
            return atCap(r)
                ? `${pr} still requires changes after review cycle ${r.cycle} of ${r.maxCycles}, the last automated one: ` +
                    'a human decides — fix the branch and comment /codex review on the PR, or close it.'
                : `Nothing for now: the fix phase is next, for the ${r.findings?.length ?? 0} finding(s) of review cycle ${r.cycle} of ${r.maxCycles} on ${pr}.`;
        case 'blocked':
            return r.reason;
        case 'error':
            return `${r.reason} Look at the run log, then comment /codex review on ${pr} to review it again.`;
    }
}
/** The lifecycle label (of the item and of its PR) after this review; undefined leaves the labels as they are. */
function reviewLabel(r) {
    if (r.status === 'pass')
        return 'in-review';
    if (r.status === 'blocked' || atCap(r))
        return 'blocked';
    return undefined;
}
/** The item's state with this review recorded: one timeline line, the verdict, the usage added. */
function recordReview(state, r, now) {
    let next = (0,src_state/* addItemUsage */.kE)((0,src_state/* startPhase */.CJ)(state, 'review', { runUrl: r.runUrl, now }), r.usage);
    if (r.reviewed) {
        next = {
            ...next,
            reviewCycle: r.cycle,
            headSha: r.headSha,
            pr: r.prNumber,
            branch: state.branch ?? r.branch,
        };
    }
    if (r.findings)
        next = { ...next, reviewFingerprints: r.findings };
    if (r.threadId)
        next = { ...next, threads: { ...next.threads, review: r.threadId } };
    return (0,src_state/* finishPhase */.Ng)(next, 'review', r.status, {
        runUrl: r.runUrl,
        now,
        note: r.reason.slice(0, 300),
        nextAction: reviewNextAction(r),
    });
}
/**
 * Records the review in the item's status comment (edited by the id it was read from: no second
 * lookup) and sets the issue's lifecycle label; in a dry run, prints both instead. The review is
 * already on the PR when this runs, so a failure here is a warning, not a failed review: the next
 * review run records the item again. The state was read before the model ran; an edit made to it
 * meanwhile (a /codex stop) is overwritten, as in the other phases' saves.
 */
async function recordReviewOnItem(options) {
    const { client, repo, item, record, prefix } = options;
    const state = recordReview(item.state, record);
    const body = (0,store/* renderWithinLimit */.n5)(state, {
        runUrl: record.runUrl,
        pricing: options.pricing,
        auth: (0,store/* stateAuth */.sl)(repo, item.issue, options.identity),
    });
    const label = reviewLabel(record);
    if (options.dryRun) {
        src_log.info(`Status comment of #${item.issue} (update of comment ${item.commentId}):\n${body}`);
        if (label)
            src_log.info(`Then: label #${item.issue} ${prefix}:${label}.`);
        return [
            `Would record the review in the status comment of #${item.issue}${label ? ` and label it ${prefix}:${label}` : ''}.`,
        ];
    }
    const lines = [];
    try {
        await (0,github_comments/* updateComment */.vv)(client, repo, item.commentId, body);
        lines.push(`Recorded the review in the status comment of #${item.issue}.`);
        if (label) {
            const changed = await (0,labels/* setLifecycleLabel */.Zw)(client, repo, item.issue, prefix, label, {
                current: item.info.labels,
            });
            if (changed.added.length > 0 || changed.removed.length > 0)
                lines.push(`Labels of #${item.issue}: added [${changed.added.join(', ')}], removed [${changed.removed.join(', ')}].`);
        }
    }
    catch (error) {
        const message = `Could not record the review in #${item.issue}: ${(0,errors/* errorMessage */.g)(error)}. ` +
            'The review is on the pull request; run the review again to record it.';
        src_log.warning(message);
        lines.push(message);
    }
    return lines;
}
/**
 * Records this review job's verdict in the PR's work item (its status comment and label); nothing
 * when the PR belongs to no item. The PR's side is written by the caller.
 */
function recordOnItem(on, verdict) {
    const { job, context } = on;
    const { ctx } = job;
    if (!context.item)
        return Promise.resolve([]);
    return recordReviewOnItem({
        client: job.client,
        repo: job.repo,
        identity: job.identity,
        item: context.item,
        dryRun: !job.writes,
        prefix: ctx.config.labels.prefix,
        pricing: ctx.config.pricing,
        record: {
            ...verdict,
            prNumber: context.pr.number,
            headSha: context.pr.head.sha,
            branch: context.pr.head.ref,
            cycle: context.decision.cycle,
            maxCycles: ctx.inputs.maxReviewCycles,
            runUrl: job.runUrl,
        },
    });
}

// EXTERNAL MODULE: ./src/agent/runtime.ts
var runtime = __webpack_require__(3981);
// EXTERNAL MODULE: ./src/agent/types.ts
var types = __webpack_require__(16);
// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/prompts/project.ts

/**
 * The files Codex would load as the project's instructions from the repository root, in its order:
 * `AGENTS.override.md` beats `AGENTS.md` (codex-cli docs/agents_md.md).
 */
const PROJECT_INSTRUCTION_FILES = ['AGENTS.override.md', 'AGENTS.md'];
/** Codex's own cap on project instructions (`project_doc_max_bytes`, 32 KiB). */
const PROJECT_INSTRUCTIONS_MAX_BYTES = 32 * 1024;
/**
 * Reads the project's instructions from the default branch: the first of PROJECT_INSTRUCTION_FILES
 * that exists and is not blank, capped like Codex caps them. A judging run (review) takes them
 * from here and never from its checkout, whose AGENTS.md may be the change being judged
 * (DESIGN §8.10).
 */
async function readProjectInstructions(readDefaultBranchFile, branch) {
    for (const path of PROJECT_INSTRUCTION_FILES) {
        const text = await readDefaultBranchFile(path);
        if (text === undefined || text.trim() === '')
            continue;
        const bytes = Buffer.from(text, 'utf8');
        if (bytes.length <= PROJECT_INSTRUCTIONS_MAX_BYTES)
            return { path, branch, text, truncated: false };
        // Cut on a character boundary: a split UTF-8 sequence would decode to U+FFFD.
        const cut = new TextDecoder('utf-8', { fatal: false })
            .decode(bytes.subarray(0, PROJECT_INSTRUCTIONS_MAX_BYTES))
            .replace(/\uFFFD$/, '');
        return { path, branch, text: cut, truncated: true };
    }
    return undefined;
}
/**
 * The instructions as a prompt section: delimited like the untrusted blocks (a hash of the content
 * in the delimiter, so the text cannot close its block early), but labelled as the project's own.
 */
function renderProjectInstructions(found) {
    if (!found) {
        return 'The default branch has no AGENTS.md: there are no project instructions beyond this prompt.';
    }
    const source = `${found.path} on ${found.branch}`.replace(/"/g, "'");
    let salt = 0;
    let id = '';
    do {
        id = (0,external_node_crypto_.createHash)('sha256').update(`${salt}\0project\0${found.text}`).digest('hex').slice(0, 16);
        salt += 1;
    } while (found.text.includes(id));
    return [
        `The project's instructions, from ${source} (the default branch, not the pull request)${found.truncated ? `, cut at ${PROJECT_INSTRUCTIONS_MAX_BYTES} bytes` : ''}:`,
        '',
        `<project-instructions source="${source}" id="${id}">`,
        found.text.trim(),
        `</project-instructions id="${id}">`,
    ].join('\n');
}

// EXTERNAL MODULE: ./src/review/opinions.ts
var review_opinions = __webpack_require__(3865);
// EXTERNAL MODULE: ./src/prompts/render.ts
var render = __webpack_require__(143);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
;// CONCATENATED MODULE: ./src/review/prompt.ts





/** The prompt for one review run. */
function buildReviewPrompt(input, template, source = 'prompts/review.md') {
    const checkout = input.checkoutAtHead === true
        ? ` at the pull request's head commit ${input.headSha}`
        : input.checkoutAtHead === false
            ? ` (note: it is NOT at the pull request's head commit ${input.headSha}; trust the diff below over the files)`
            : '';
    return (0,render/* renderTemplate */.Xm)(source, template, {
        number: String(input.number),
        change: input.change,
        repository: input.repository,
        cycle: String(input.cycle),
        checkout,
        project_instructions: renderProjectInstructions(input.projectInstructions),
        pull_request: renderPullRequest(input),
        criteria: renderCriteriaSection(input.criteria),
        previous: renderPrevious(input, input.previous),
        diff: input.increment
            ? renderIncrement(input.increment, input.diff, input.headSha)
            : renderDiff(input.diff),
    });
}
function renderPullRequest(input) {
    return [
        `Author: ${input.author}. Base branch: ${input.baseRef}. Head branch: ${input.headRef} (${input.headSha}).`,
        (0,sanitize/* untrustedBlock */.C9)('pull request title', input.title),
        (0,sanitize/* untrustedBlock */.C9)('pull request description', input.body || '(empty)'),
    ].join('\n\n');
}
/** `issue #12`, or `work item T-1` for a docs item worked locally. */
const issueRef = (item) => typeof item === 'number' ? `issue ${(0,src_state/* itemRef */.x9)(item)}` : `work item ${(0,src_state/* itemRef */.x9)(item)}`;
function renderCriteriaSection(criteria) {
    if (!criteria)
        return 'The pull request links no issue ("Closes #N"), so there are no acceptance criteria.';
    const ref = issueRef(criteria.issue);
    if (criteria.items.length === 0) {
        return `${ref[0].toUpperCase()}${ref.slice(1)} has no "Acceptance criteria" checklist; judge the change against the issue and the description.\n\n${(0,sanitize/* untrustedBlock */.C9)(`${ref} title`, criteria.title)}`;
    }
    const list = criteria.items.map((c, i) => `${i + 1}. ${(0,sanitize/* sanitizeUntrusted */._2)(c.text)}`).join('\n');
    const source = criteria.fromPlan ? `From the plan of ${ref}` : `From ${ref}`;
    return `${source}; return one \`criteria\` entry for each, in this order.\n\n${(0,sanitize/* untrustedBlock */.C9)(`acceptance criteria of ${ref}`, list)}`;
}
function renderPrevious(input, previous) {
    if (!previous)
        return `This is the first review of ${typeof input.number === 'number' ? 'this pull request' : 'this branch'}.`;
    if (!previous.review) {
        return `Cycle ${previous.cycle} was reviewed, but its review JSON could not be read back; review from scratch.`;
    }
    const { status, findings, criteria } = previous.review;
    const json = JSON.stringify({ status, findings, criteria }, null, 2);
    return [
        `The review of cycle ${previous.cycle}${previous.headSha ? ` (commit ${previous.headSha})` : ''} found the following.`,
        'Check each finding against the new code: drop the fixed ones, keep the id of those still present.',
        `\`\`\`json\n${json}\n\`\`\``,
    ].join('\n');
}
/**
 * From the second cycle on: the commits since the last reviewed head in full (within the budget),
 * and the whole pull request as its file list. The earlier commits were reviewed in earlier cycles;
 * their open findings are in the previous review above, and the checkout holds every file.
 */
function renderIncrement(increment, whole, head) {
    const files = whole.files.map((f) => `| ${(0,sanitize/* sanitizeUntrusted */._2)(displayPath(f)).replace(/\|/g, '\\|')} | ${f.status} | ${f.additions} | ${f.deletions} |`);
    return [
        `### The commits since the last review (${increment.base}..${head})`,
        'Review these changes: they are what is new since the previous review. Check the previous findings against them.',
        renderDiff(increment.diff),
        '### The whole pull request',
        `For context: every file the pull request changes (${whole.totalBytes} bytes of patches, reviewed in earlier cycles). Read any of them in the checkout (\`git diff origin/<base>...HEAD -- <file>\`) when the new commits touch code they depend on.`,
        ['| File | Status | + | − |', '|---|---|---|---|', ...files].join('\n'),
    ].join('\n\n');
}
/** Every changed file listed; the patches that fit the budget in full; the others named as left out. */
function renderDiff(diff) {
    const omitted = diff.files.filter((f) => f.omitted !== undefined);
    const table = [
        `${diff.files.length} file(s) changed; patches: ${diff.totalBytes} bytes, budget ${diff.budgetBytes} bytes.`,
        '',
        '| File | Status | + | − | Patch |',
        '|---|---|---|---|---|',
        ...diff.files.map((f) => `| ${(0,sanitize/* sanitizeUntrusted */._2)(displayPath(f)).replace(/\|/g, '\\|')} | ${f.status} | ${f.additions} | ${f.deletions} | ${f.omitted ? 'left out (see below)' : 'below'} |`),
    ];
    if (omitted.length > 0) {
        table.push('', `${omitted.length} patch(es) are NOT included below. Read them in the checkout (e.g. \`git diff origin/<base>...HEAD -- <file>\`, or the file itself) before judging those files:`, ...omitted.map((f) => `- ${(0,sanitize/* sanitizeUntrusted */._2)(f.path)}: ${f.omitted}`));
    }
    const patches = diff.files
        .filter((f) => f.patch !== undefined)
        .map((f) => `--- ${f.path}\n${f.patch}`)
        .join('\n\n');
    const parts = [table.join('\n')];
    if (patches)
        parts.push(diffBlock(patches));
    return parts.join('\n\n');
}
/** Control and format characters (zero-width, bidi overrides, tag characters), tab and newline excepted. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
// biome-ignore lint/suspicious/noMisleadingCharacterClass: variation selectors are matched on their own on purpose
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\p{Cf}\uFE00-\uFE0F]/gu;
/**
 * Delimits the patches like untrustedBlock, but without its markdown clean-up, which would drop
 * HTML tags and comments from the code under review. Hidden characters are shown, not removed: in
 * code they are themselves a finding (e.g. a bidi override, "Trojan Source").
 */
function diffBlock(patches) {
    const body = patches.replace(HIDDEN, (c) => `⟨U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
    return (0,sanitize/* delimitedBlock */.Zm)('diff', body);
}

// EXTERNAL MODULE: ./src/review/schema.ts
var schema = __webpack_require__(9793);
;// CONCATENATED MODULE: ./src/review/run.ts


/** The message that asks the model, in the same thread, to correct an invalid answer. */
function retryPrompt(problems) {
    return [
        'Your answer was not a valid review. Problems:',
        ...problems.map((p) => `- ${p}`),
        '',
        'Answer again with only the corrected JSON object that follows the output schema; change nothing else.',
    ].join('\n');
}
/**
 * Runs the reviewer read-only with the review schema. An answer that is not valid JSON for the
 * schema (or breaks its rules) gets exactly one retry in the same thread, with what was wrong;
 * a second invalid answer ends as `invalid` (the phase reports `blocked`).
 */
async function runReview(runner, request) {
    const outputSchema = (0,schema/* reviewOutputSchema */.Zb)();
    let usage = types/* ZERO_USAGE */.f;
    let agentMs = 0;
    let prompt = request.prompt;
    let resumeThreadId;
    for (let attempt = 1; attempt <= 2; attempt++) {
        const started = performance.now();
        const result = await runner.run({
            prompt,
            cwd: request.cwd,
            sandbox: 'read-only',
            outputSchema,
            timeoutMs: request.timeoutMs,
            resumeThreadId,
            label: attempt === 1 ? 'review' : 'review (retry)',
        });
        agentMs += performance.now() - started;
        usage = (0,types/* addUsage */.v)(usage, result.usage);
        if (result.ok) {
            // The runner validated with the same zod schema; parse again only if it passed no output.
            const checked = result.output
                ? { ok: true, review: result.output }
                : (0,schema/* validateReviewText */.m)(result.finalMessage);
            if (checked.ok)
                return {
                    kind: 'review',
                    review: checked.review,
                    threadId: result.threadId,
                    attempts: attempt,
                    usage,
                    agentMs,
                };
            if (attempt === 2)
                return invalid(checked.problems, result.threadId, attempt, usage, agentMs);
            prompt = retryPrompt(checked.problems);
            resumeThreadId = result.threadId;
            continue;
        }
        if (result.kind !== 'invalid_output') {
            return {
                kind: 'failed',
                reason: `The reviewer's run failed (${result.kind}): ${result.message}`,
                threadId: result.threadId,
                attempts: attempt,
                usage,
                agentMs,
            };
        }
        const checked = (0,schema/* validateReviewText */.m)(result.finalMessage);
        const problems = checked.ok ? [result.message] : checked.problems;
        if (attempt === 2 || !result.threadId)
            return invalid(problems, result.threadId, attempt, usage, agentMs);
        prompt = retryPrompt(problems);
        resumeThreadId = result.threadId;
    }
    throw new Error('unreachable: the review loop ends within two attempts');
}
function invalid(problems, threadId, attempts, usage, agentMs) {
    return {
        kind: 'invalid',
        reason: `The reviewer's answer was invalid ${attempts === 2 ? 'twice (after one retry in the same thread)' : 'and could not be retried'}: ${problems.join('; ')}`,
        threadId,
        attempts,
        usage,
        agentMs,
    };
}

// EXTERNAL MODULE: ./src/review/track.ts
var track = __webpack_require__(5735);
;// CONCATENATED MODULE: ./src/engine/review.ts








/**
 * The reviewer (DESIGN §4, §7), the one code path for the Action's review phase and the CLI's loop:
 * the prompt (template and project instructions from the default branch, never the change's own
 * `AGENTS.md`), one read-only run in the review schema with one retry for an invalid answer, on
 * every runtime the config gives review (`runtimes.review: [codex, claude]`: a second opinion, the
 * runs at the same time, each runtime's runner being its own process).
 */
async function runReviewer(request) {
    const { env, tracker } = request;
    const fromDefaultBranch = (path) => tracker.readDefaultBranchFile(path);
    const template = await (0,load/* loadPrompt */.hT)('review', {
        overrides: env.config.prompts,
        readDefaultBranchFile: fromDefaultBranch,
    });
    // The reviewer's instructions come from the default branch: the change's own AGENTS.md is code
    // under review (DESIGN §8.10), and the run is told not to load the checkout's (agent/codex/args.ts).
    const projectInstructions = await readProjectInstructions(fromDefaultBranch, request.defaultBranch);
    src_log.info(projectInstructions
        ? `Project instructions: ${projectInstructions.path} on ${projectInstructions.branch}${projectInstructions.truncated ? ' (cut at 32 KiB)' : ''}.`
        : 'Project instructions: none on the default branch.');
    const prompt = buildReviewPrompt({ ...request.input, projectInstructions }, template.template, `review (${template.origin})`);
    const runners = env.agents ? await env.agents('review') : [await env.agent('review')];
    const review = (runner) => runReview(runner, {
        prompt,
        cwd: request.cwd,
        timeoutMs: env.config.budgets['phase-timeout-minutes'] * 60_000,
    });
    // No group of our own here: the runner prints each run as a group, and groups do not nest.
    const [only] = runners;
    if (runners.length === 1 && only) {
        const outcome = await review(only);
        return { ...outcome, runs: [{ runtime: only.name, model: only.model, outcome }] };
    }
    if (runners.length > 1)
        src_log.info(`Second opinion: ${runners.map((r) => r.name).join(' and ')} review the same prompt at the same time.`);
    const started = performance.now();
    // Settled, not all: a run that throws must not leave the other running unwatched.
    const settled = await Promise.allSettled(runners.map(review));
    const agentMs = performance.now() - started;
    const thrown = settled.find((s) => s.status === 'rejected');
    if (thrown)
        throw thrown.reason;
    const runs = settled.map((s, index) => ({
        runtime: runners[index].name,
        model: runners[index].model,
        outcome: s.value,
    }));
    return { ...combineRuns(runs), agentMs, runs };
}
/** The outcome of several reviewers' runs as one (see {@link ReviewerOutcome}). */
function combineRuns(runs) {
    const usage = runs.reduce((sum, r) => (0,types/* addUsage */.v)(sum, r.outcome.usage), types/* ZERO_USAGE */.f);
    const shared = {
        threadId: runs[0]?.outcome.threadId,
        attempts: Math.max(...runs.map((r) => r.outcome.attempts)),
        usage,
        agentMs: Math.max(...runs.map((r) => r.outcome.agentMs)),
    };
    const named = (r) => `${(0,review_opinions/* runtimeLabel */.T6)(r.runtime)}: ${r.outcome.reason}`;
    for (const kind of ['failed', 'invalid']) {
        const ended = runs.filter((r) => r.outcome.kind === kind);
        if (ended.length > 0)
            return { kind, reason: ended.map(named).join(' · '), ...shared };
    }
    const { review } = (0,review_opinions/* mergeReviews */.MH)(runs.map(answerOf));
    return { kind: 'review', review, ...shared, threadId: shared.threadId ?? '' };
}
/** A run's answer for the merge: an answer that stayed invalid is a `blocked` review with why. */
function answerOf(run) {
    return { runtime: run.runtime, review: answerReview(run.outcome) };
}
function answerReview(outcome) {
    if (outcome.kind === 'review')
        return outcome.review;
    return {
        status: 'blocked',
        summary: 'The reviewer did not return a valid review.',
        findings: [],
        criteria: [],
        blocked_reason: outcome.reason,
    };
}
/**
 * Turns runs that did not fail into the review to record: an answer that stayed invalid becomes a
 * `blocked` review (an empty verdict is never "no findings"; beside another reviewer's answer, it
 * makes the merged review `blocked` with that reviewer's findings kept), several answers are merged
 * (src/review/opinions.ts), and the findings are tracked by fingerprint against the previous
 * cycle's open ones (src/review/track.ts).
 */
function settleReview(outcome, cycle, previous) {
    const runs = outcome.runs ?? [];
    const merged = runs.length > 1
        ? (0,review_opinions/* mergeReviews */.MH)(runs.map(answerOf))
        : { review: answerReview(outcome), foundBy: undefined };
    const { review, tracking } = (0,track/* trackFindings */.sS)(merged.review, cycle, carriedFrom(previous, merged.review));
    // Tracking keeps the findings' order (only ids change), so `foundBy` still lines up.
    const foundBy = (index, runtime) => merged.foundBy?.[index]?.includes(runtime) ?? true;
    const opinions = runs.map((run) => ({
        runtime: run.runtime,
        model: run.model ?? null,
        status: run.outcome.kind === 'review' ? run.outcome.review.status : 'invalid',
        findings: review.findings.filter((_, index) => foundBy(index, run.runtime)).map((f) => f.id),
        attempts: run.outcome.attempts,
        input_tokens: run.outcome.usage.inputTokens,
        output_tokens: run.outcome.usage.outputTokens,
        cost_usd: costOf(run.outcome.usage),
    }));
    return { review, tracking, invalid: outcome.kind === 'invalid', opinions };
}
/** A usage's cost in USD, null when some of it ran on a model without a price. */
function costOf(usage) {
    if ((usage.unpricedTokens ?? 0) > 0)
        return null;
    return usage.costUsd ?? (usage.inputTokens + usage.outputTokens === 0 ? 0 : null);
}
/** The previous cycle whose open findings this one carries: only a readable review that judged something. */
function carriedFrom(previous, answer) {
    if (!previous?.review || answer.status === 'blocked')
        return undefined;
    return { cycle: previous.cycle, review: previous.review, tracking: previous.tracking };
}
/** The phase status for a review's verdict, and whether a fix round comes next. */
function reviewVerdict(review, cycle, maxCycles, invalid) {
    const count = `${review.findings.length} finding(s)`;
    if (review.status === 'pass')
        return {
            status: 'pass',
            reason: `Review cycle ${cycle} passed (${count}); the change waits for a human approval.`,
        };
    if (review.status === 'blocked') {
        return {
            status: 'blocked',
            reason: invalid
                ? (review.blocked_reason ?? '')
                : `The reviewer could not review: ${review.blocked_reason}`,
        };
    }
    if (cycle < maxCycles)
        return {
            status: 'changes_required',
            reason: `Review cycle ${cycle} requires changes (${count}).`,
            nextPhase: 'fix',
        };
    return {
        status: 'changes_required',
        reason: `Review cycle ${cycle} requires changes (${count}), and the cap of ${maxCycles} review cycle(s) is reached: a human decides what happens next.`,
    };
}

// EXTERNAL MODULE: ./src/review/render.ts
var review_render = __webpack_require__(746);
// EXTERNAL MODULE: ./src/tracker/github/review/payloads.ts + 1 modules
var payloads = __webpack_require__(1809);
// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/github/threads.ts
var github_threads = __webpack_require__(1078);
;// CONCATENATED MODULE: ./src/tracker/github/review/writes.ts








/** Prints every payload exactly as it would be sent; used by dry runs (and logged at debug otherwise). */
function printPlan(plan, log = src_log.info) {
    log(`Review comment (${plan.comment.existing ? `update of comment ${plan.comment.existing.id}` : 'new'}):\n${plan.comment.body}`);
    log(plan.review
        ? `PR review (POST /pulls/${plan.prNumber}/reviews):\n${JSON.stringify(plan.review, null, 2)}`
        : 'PR review: none (no findings).');
    for (const t of plan.resolveThreads)
        log(`Then: resolve the thread of \`${t.findingId}\` on ${t.where} (${t.why === 'fixed' ? 'no longer reported' : 'it moved; posted again at its new line'}).`);
    log(`Check run:\n${JSON.stringify(plan.check, null, 2)}`);
    const { readyForReview, reviewers, label } = plan.after;
    if (readyForReview)
        log('Then: mark the pull request ready for review (GraphQL markPullRequestReadyForReview).');
    if (reviewers)
        log(`Then: request reviews from users [${reviewers.users.join(', ')}], teams [${reviewers.teams.join(', ')}].`);
    if (label)
        log(`Then: label the pull request ${label.prefix}:${label.state}.`);
}
/**
 * Writes the plan in an order that makes re-runs safe: the comment first (it records the cycle and
 * the commit), then the PR review (skipped when this cycle's review for this commit exists), then
 * the check run (created or updated by name and commit), then the PR's state.
 */
async function applyPlan(client, repo, identity, plan) {
    const lines = [];
    const comment = await (0,github_comments/* writeComment */.HF)(client, repo, plan.prNumber, plan.comment.body, plan.comment.existing);
    lines.push(comment.written
        ? `${plan.comment.existing ? 'Updated' : 'Posted'} the review comment${comment.htmlUrl ? ` (${comment.htmlUrl})` : ''}.`
        : 'The review comment was already up to date.');
    let reviewUrl;
    if (plan.review) {
        // Only a re-run can find this cycle's review: the first run writes the comment before the review.
        const existing = plan.rerun
            ? await (0,pulls/* findOwnReview */.Qg)(client, repo, plan.prNumber, (0,review_previous/* inlineReviewMarker */.w)(plan.cycle, plan.headSha), identity)
            : undefined;
        if (existing) {
            lines.push(`The PR review of cycle ${plan.cycle} for this commit exists already (review ${existing.id}); not posted again.`);
        }
        else {
            const posted = await (0,pulls/* createReview */.bx)(client, repo, plan.prNumber, plan.review);
            reviewUrl = posted.htmlUrl;
            lines.push(`Posted a PR review with ${plan.review.comments.length} inline comment(s) (${posted.htmlUrl}).`);
        }
    }
    for (const thread of plan.resolveThreads) {
        await (0,github_threads/* resolveReviewThread */.zq)(client, thread.threadId);
        lines.push(`Resolved the thread of \`${thread.findingId}\` on ${thread.where}: ${thread.why === 'fixed' ? 'this review no longer reports it' : 'the finding moved; its comment is at the new line'}.`);
    }
    const check = plan.rerun
        ? await (0,checks/* upsertCheckRun */.BL)(client, repo, {
            name: plan.check.name,
            headSha: plan.check.headSha,
            status: plan.check.status,
            conclusion: plan.check.conclusion,
            title: plan.check.title,
            summary: plan.check.summary,
            text: plan.check.text,
            annotations: plan.check.annotations.map((a) => ({
                path: a.path,
                startLine: a.start_line,
                endLine: a.end_line,
                level: a.annotation_level,
                title: a.title,
                message: a.message,
            })),
        })
        : await (0,checks/* createCheckRun */._U)(client, repo, plan.check);
    lines.push(`Check run ${plan.check.name}: ${plan.check.conclusion} (${check.htmlUrl || check.id}).`);
    const { readyForReview, reviewers, label } = plan.after;
    if (readyForReview) {
        await (0,pulls/* markReadyForReview */.aT)(client, readyForReview.nodeId);
        lines.push('Marked the pull request ready for review.');
    }
    if (reviewers) {
        try {
            const requested = await (0,pulls/* requestReviewers */.i5)(client, repo, plan.prNumber, reviewers);
            const who = [...requested.users, ...requested.teams.map((t) => `team ${t}`)];
            if (who.length > 0)
                lines.push(`Requested reviews from ${who.join(', ')}.`);
        }
        catch (error) {
            // The review is written; a reviewer GitHub refuses (not a collaborator, a team the token
            // cannot see) is the config's problem, reported without failing the review.
            if (error.status !== 422)
                throw error;
            const message = `Could not request reviews from [${[...reviewers.users, ...reviewers.teams.map((t) => `team ${t}`)].join(', ')}]: ` +
                `${(0,errors/* errorMessage */.g)(error)}. Fix the config's reviewers (users must be collaborators; teams need a token that can read them).`;
            src_log.warning(message);
            lines.push(message);
        }
    }
    if (label) {
        const changed = await (0,labels/* setLifecycleLabel */.Zw)(client, repo, plan.prNumber, label.prefix, label.state, {
            current: label.current,
        });
        if (changed.added.length > 0 || changed.removed.length > 0) {
            lines.push(`Labels: added [${changed.added.join(', ')}], removed [${changed.removed.join(', ')}].`);
        }
    }
    return {
        dryRun: false,
        lines,
        commentUrl: comment.htmlUrl || undefined,
        reviewUrl,
        checkUrl: check.htmlUrl || undefined,
    };
}

// EXTERNAL MODULE: ./src/tracker/github/remains.ts
var remains = __webpack_require__(1559);
;// CONCATENATED MODULE: ./src/phases/review/cycle.ts


/**
 * What follows a review of a work item's pull request (DESIGN §7): changes required below the cap
 * start fix (through workflow_dispatch; autonomy `draft` and `loop` chain it, like dev chains
 * review); changes still required at the cap end the loop with the "what remains" summary for a
 * person. Returns lines for the job summary.
 */
async function afterReview(job, review) {
    const { ctx } = job;
    const { item, prNumber, cycle } = review;
    if (!item || review.status !== 'changes_required')
        return [];
    const max = ctx.inputs.maxReviewCycles;
    if (cycle < max) {
        if (ctx.inputs.autonomy !== 'draft' && ctx.inputs.autonomy !== 'loop')
            return [
                `Autonomy \`${ctx.inputs.autonomy}\` starts no fix on its own: comment /codex fix on PR #${prNumber}.`,
            ];
        const dispatched = await (0,action_job/* chain */.cy)(job, 'fix', prNumber);
        return [dispatched.dispatched ? `Dispatched fix for PR #${prNumber}.` : dispatched.reason];
    }
    const last = item.state.fix;
    await (0,remains/* postRemains */.QV)(job, {
        pr: prNumber,
        item: item.issue,
        why: `Review cycle ${cycle} of ${max} still requires changes, and it was the last automated one (max-review-cycles).`,
        findings: review.findings,
        threads: 0,
        tried: last?.summary
            ? [
                `Fix round ${last.rounds} for review cycle ${last.cycle}${last.commit ? ` (${last.commit.slice(0, 7)})` : ''}: ${last.summary}`,
            ]
            : [],
        next: `Fix the remaining findings on the branch ${review.branch}, then comment /codex review on PR #${prNumber}; or close it.`,
    });
    return [`Wrote "What remains" on PR #${prNumber}: the review cycle cap (${max}) is reached.`];
}

// EXTERNAL MODULE: ./src/action/engine.ts
var engine = __webpack_require__(8746);
// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
;// CONCATENATED MODULE: ./src/tracker/github/review/inline.ts


/**
 * The action's own finding threads. Only a thread whose first comment the action wrote counts, and
 * only with exactly one finding marker: a marker copied into anyone else's comment names nothing.
 */
function findingThreads(threads, identity) {
    const own = [];
    for (const thread of threads) {
        const root = thread.comments[0];
        if (!root || !(0,github_threads/* byAction */.Mc)(root, identity))
            continue;
        const findingId = (0,payloads/* findingOfComment */.uI)(root.body);
        if (findingId === undefined)
            continue;
        own.push({
            threadId: thread.id,
            findingId,
            path: thread.path,
            line: thread.line,
            resolved: thread.isResolved,
        });
    }
    return own;
}
const commentLine = (f) => f.end_line ?? f.line;
/**
 * Decides the threads: an inline finding already commented at the same file and line keeps its
 * thread (no second comment); one whose thread is elsewhere (the code moved, or GitHub marks it
 * outdated) gets that thread resolved and a new comment; a thread whose finding this review no
 * longer reports is resolved as fixed. A blocked review judged nothing, so it resolves nothing.
 * A finding still reported but now outside the diff keeps its thread open.
 */
function planInline(review, inline, threads) {
    const already = new Set();
    const resolve = [];
    const open = threads.filter((t) => !t.resolved);
    if (review.status === 'blocked')
        return { already, resolve };
    const reported = new Set(review.findings.map((f) => f.id));
    const inlineById = new Map(inline.map((f) => [f.id, f]));
    const where = (t) => `${t.path}${t.line === null ? ' (outdated)' : `:${t.line}`}`;
    for (const thread of open) {
        if (!reported.has(thread.findingId)) {
            resolve.push({
                threadId: thread.threadId,
                findingId: thread.findingId,
                where: where(thread),
                why: 'fixed',
            });
            continue;
        }
        const finding = inlineById.get(thread.findingId);
        if (!finding)
            continue;
        const same = thread.path === finding.file && thread.line === commentLine(finding);
        if (same && !already.has(finding.id))
            already.add(finding.id);
        else
            resolve.push({
                threadId: thread.threadId,
                findingId: thread.findingId,
                where: where(thread),
                why: 'moved',
            });
    }
    return { already, resolve };
}

// EXTERNAL MODULE: ./src/tracker/github/review/stored.ts
var stored = __webpack_require__(6968);
;// CONCATENATED MODULE: ./src/phases/review/plan.ts









/** The engine's reviewer over the pull request's checkout (template and instructions from the default branch). */
async function plan_runReviewer(job, context, cwd) {
    const { client, repo } = job;
    return runReviewer({
        env: (0,engine/* engineEnv */.aV)(job.ctx),
        tracker: { readDefaultBranchFile: (path) => (0,content/* readDefaultBranchFile */.sb)(client, repo, path) },
        defaultBranch: await (0,content/* defaultBranch */.OR)(client, repo),
        input: context.prompt,
        cwd,
    });
}
/**
 * Everything to write, computed before anything is written (and printed as is in a dry run). From
 * the second cycle on (or on a re-run) the action's own finding threads are read first, so a
 * finding already commented on its line is not posted again and a fixed one's thread is resolved.
 */
async function planWrites(job, context, review, tracking, opinions) {
    const ctx = job.ctx;
    const { pr, decision } = context;
    const headSha = pr.head.sha;
    const cycle = decision.cycle;
    const prefix = ctx.config.labels.prefix;
    const pass = review.status === 'pass';
    const label = reviewLabel({ status: review.status, cycle, maxCycles: ctx.inputs.maxReviewCycles });
    const { users, teams } = ctx.config.reviewers;
    const { hunks } = context.prompt.diff;
    const inline = (0,payloads/* placeFindings */.ky)(review.findings, hunks).inline;
    // A first review of a PR has no threads of the action's yet: no call for them.
    const threads = context.previous || decision.rerun
        ? findingThreads(await (0,github_threads/* listReviewThreads */.s0)(job.client, job.repo, pr.number), job.identity)
        : [];
    const threadPlan = planInline(review, inline, threads);
    return {
        prNumber: pr.number,
        cycle,
        headSha,
        rerun: decision.rerun,
        inlineIds: inline.map((f) => f.id),
        comment: {
            body: (0,payloads/* buildCommentBody */.SM)(review, {
                cycle,
                headSha,
                tracking,
                opinions,
                auth: (0,stored/* reviewAuth */.Xy)(job.identity.key, { repo: job.repo, pr: pr.number, cycle, headSha }),
            }),
            existing: decision.comment,
        },
        review: (0,payloads/* buildReviewPayload */.r4)(review, {
            cycle,
            headSha,
            hunks,
            alreadyInline: threadPlan.already,
            tracking,
            opinions,
        }),
        resolveThreads: threadPlan.resolve,
        check: (0,payloads/* buildCheckPayload */.bv)(review, {
            cycle,
            headSha,
            rendered: (0,review_render/* renderReview */.Fs)(review, { cycle, tracking, opinions }),
        }),
        after: {
            readyForReview: pass && pr.draft ? { nodeId: pr.node_id } : undefined,
            reviewers: pass && (users.length > 0 || teams.length > 0) ? { users, teams, author: pr.user?.login } : undefined,
            label: label ? { prefix, state: label, current: pr.labels } : undefined,
        },
    };
}

;// CONCATENATED MODULE: ./src/phases/review/index.ts




















/**
 * The review phase (DESIGN §1, §4): the review's runtime (Codex, Claude Code, or both at once as a
 * second opinion, merged into one review: src/engine/review.ts) reviews a pull request read-only
 * against the review schema; the result goes to a review comment, one PR review (event COMMENT)
 * with inline comments, the `codex-orchestrator/review` check run and the job summary. A pass makes
 * the PR ready for a human, who holds the merge (gate 2).
 */
const reviewPhase = async (ctx) => {
    const target = (0,resolve/* resolvePullTarget */.xC)(ctx.context.eventName, ctx.context.payload, ctx.target);
    if (target.kind !== 'pr')
        return { status: target.kind === 'skip' ? 'skipped' : 'error', reason: target.reason };
    const prNumber = target.number;
    const job = await (0,action_job/* openItemJob */.p4)(ctx);
    const gate = await src_log.group('Check who asked for the review', () => (0,action_job/* gateTrigger */.yL)(job));
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason, prNumber };
    const pr = await (0,pulls/* getPull */.Cs)(job.client, job.repo, prNumber);
    const skip = (0,resolve/* skipReason */.YG)(pr, ctx.config.review['allow-forks']);
    if (skip)
        return { status: 'skipped', reason: skip, prNumber, branch: pr.head.ref };
    const checkout = await reviewCheckout((0,exec/* createGitExec */.ON)(), {
        workspace: ctx.context.workspace,
        parentDir: ctx.context.runnerTemp,
        token: ctx.inputs.githubToken,
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        fromFork: (0,resolve/* fromFork */.NY)(pr),
    });
    try {
        return await reviewPullRequest(job, pr, checkout);
    }
    finally {
        await checkout.cleanup();
    }
};
/** Everything after the gates: read, review, write. */
async function reviewPullRequest(job, pr, checkout) {
    const { ctx, client, repo, identity } = job;
    const prNumber = pr.number;
    const context = await src_log.group(`Read pull request #${prNumber}`, async () => {
        const gathered = await gatherReviewContext({
            client,
            repo,
            pr,
            identity,
            prefix: ctx.config.labels.prefix,
            budgetBytes: ctx.config.review['diff-budget-bytes'],
            checkoutAtHead: checkout.atHead,
            diffSince: (base) => checkout.diffSince(base),
        });
        logContext(gathered);
        return gathered;
    });
    const { cycle } = context.decision;
    const { item } = context;
    const stop = item && stoppedReason(item, ctx.config.labels.prefix);
    if (stop)
        return { status: 'skipped', reason: stop, prNumber, branch: pr.head.ref, item: item.issue };
    const onItem = { job, context };
    // The item's token/cost cap (DESIGN §8.9) holds for review too: blocked before the model runs.
    const capped = item && (0,src_state/* itemCapReached */.A3)(item.state.usage, ctx.config, (0,runtime.plannedRuns)(ctx));
    if (capped) {
        const verdict = { status: 'blocked', reason: capped, findings: undefined, reviewed: false };
        const lines = await src_log.group(`Record the budget stop in #${item.issue}`, () => recordOnItem(onItem, { ...verdict, usage: types/* ZERO_USAGE */.f, threadId: undefined }));
        return {
            status: 'blocked',
            reason: capped,
            prNumber,
            branch: pr.head.ref,
            item: item.issue,
            summary: lines.join('\n'),
        };
    }
    // An unchanged head is never reviewed again: its stored review is repeated without a model call
    // (the writes below are idempotent, so a re-run finishes what an interrupted run left).
    const repeat = context.repeat?.review ? { ...context.repeat, review: context.repeat.review } : undefined;
    if (repeat)
        src_log.info(`Head ${pr.head.sha} was reviewed in cycle ${cycle} already: its review is repeated without a model call (push a commit to review again).`);
    const outcome = repeat
        ? {
            kind: 'review',
            review: repeat.review,
            threadId: '',
            attempts: 0,
            usage: types/* ZERO_USAGE */.f,
            agentMs: 0,
            runs: [],
        }
        : await plan_runReviewer(job, context, checkout.dir);
    if (!repeat)
        src_log.info(`Reviewer (cycle ${cycle}): ${outcome.attempts} attempt(s), ${Math.round(outcome.agentMs)} ms in the agent.`);
    const base = { prNumber, branch: pr.head.ref, item: context.linkedIssue, usage: outcome.usage };
    const spent = { usage: outcome.usage, threadId: outcome.threadId };
    if (outcome.kind === 'failed') {
        if (item) {
            await src_log.group(`Record the failed review in #${item.issue}`, () => recordOnItem(onItem, {
                status: 'error',
                reason: outcome.reason,
                findings: undefined,
                reviewed: false,
                ...spent,
            }));
        }
        return { ...base, status: 'error', reason: outcome.reason };
    }
    const settled = repeat
        ? {
            review: repeat.review,
            tracking: repeat.tracking ?? (0,track/* trackFindings */.sS)(repeat.review, cycle, undefined).tracking,
            invalid: false,
            opinions: repeat.opinions ?? [],
        }
        : settleReview(outcome, cycle, context.previous);
    const { review, tracking, opinions } = settled;
    logTracking(tracking);
    if (!repeat)
        logOpinions(opinions);
    const plan = await planWrites(job, context, review, tracking, opinions);
    let report;
    if (!job.writes) {
        report = await src_log.group('Dry run: nothing is written; these are the exact payloads', async () => {
            printPlan(plan);
            return {
                dryRun: true,
                lines: ['Dry run: nothing was written to GitHub.'],
                commentUrl: undefined,
                reviewUrl: undefined,
                checkUrl: undefined,
            };
        });
    }
    else {
        report = await src_log.group('Write the review to the pull request', async () => {
            const written = await applyPlan(client, repo, identity, plan);
            for (const line of written.lines)
                src_log.info(line);
            return written;
        });
    }
    const result = reviewVerdict(review, cycle, ctx.inputs.maxReviewCycles, settled.invalid);
    // A repeat whose review the item already records writes nothing there twice (nor chains twice).
    const recorded = repeat && item?.state.reviewCycle === cycle && item.state.headSha === pr.head.sha;
    if (item && !recorded) {
        const lines = await src_log.group(`Record the review in #${item.issue}`, () => recordOnItem(onItem, {
            status: result.status,
            reason: result.reason,
            findings: outcome.kind === 'review' ? review.findings.map((f) => f.id) : undefined,
            reviewed: true,
            ...spent,
        }));
        report.lines.push(...lines);
        // The loop (src/work/cycle.ts): fix below the cycle cap, "what remains" at it.
        const next = { prNumber, branch: pr.head.ref, item: { issue: item.issue, state: item.state }, cycle };
        report.lines.push(...(await afterReview(job, { ...next, status: result.status, findings: review.findings })));
    }
    return {
        ...base,
        ...result,
        review,
        summary: summaryOf(review, { tracking, opinions }, plan, report, outcome.attempts),
    };
}
/** Each reviewer of a second opinion: its verdict, findings and cost, in the log. */
function logOpinions(opinions) {
    if (opinions.length < 2)
        return;
    for (const o of opinions)
        src_log.info(`  ${(0,review_opinions/* runtimeLabel */.T6)(o.runtime)}${o.model ? ` (${o.model})` : ''}: ${o.status}, ${o.findings.length} finding(s), ${o.attempts} attempt(s), ${(0,review_render/* formatCost */.BD)(o.cost_usd)}.`);
}
function logContext(context) {
    const { decision, prompt } = context;
    const diff = prompt.diff;
    const omitted = diff.files.filter((f) => f.omitted);
    src_log.info(`Head ${context.pr.head.sha}; cycle ${decision.cycle}${decision.rerun ? ' (re-run of the same commit)' : ''}.`);
    src_log.info(`Diff: ${diff.files.length} file(s), ${diff.totalBytes} bytes of patches, ${diff.includedBytes} in the prompt (budget ${diff.budgetBytes})` +
        (omitted.length > 0 ? `; summarised: ${omitted.map((f) => f.path).join(', ')}` : ''));
    if (prompt.increment) {
        const inc = prompt.increment.diff;
        src_log.info(`Reviewing the commits since ${prompt.increment.base}: ${inc.files.length} file(s), ${inc.includedBytes} of ${inc.totalBytes} bytes of patches in the prompt; the whole pull request as its file list.`);
    }
    src_log.info(prompt.criteria
        ? `Acceptance criteria from #${prompt.criteria.issue}: ${prompt.criteria.items.length}.`
        : 'No linked issue ("Closes #N"), so no acceptance criteria.');
    if (context.previous)
        src_log.info(`Previous review: cycle ${context.previous.cycle}.`);
    if (context.item) {
        const { item } = context;
        src_log.info(`Work item #${item.issue}: status comment ${item.commentId}; criteria from ${prompt.criteria?.fromPlan ? 'its plan' : 'the issue'}.`);
        const mismatch = cycleMismatch(decision, item, context.pr.number);
        if (mismatch)
            src_log.info(mismatch);
    }
}
function logTracking(tracking) {
    if (tracking.since === null)
        return;
    const count = (state) => tracking.findings.filter((t) => t.state === state).length;
    src_log.info(`Findings since cycle ${tracking.since}: ${tracking.fixed.length} fixed, ${count('still_open')} still open, ${count('new')} new.`);
}
function summaryOf(review, records, plan, report, attempts) {
    const { tracking, opinions } = records;
    return [
        `Pull request #${plan.prNumber}, commit \`${plan.headSha.slice(0, 12)}\`${attempts > 1 ? ` · the reviewer needed ${attempts} attempts` : ''}.`,
        (0,review_render/* renderReview */.Fs)(review, { cycle: plan.cycle, inline: new Set(plan.inlineIds), tracking, opinions }),
        // In full here: the comment and the PR review are cut to GitHub's limit, and say to look here.
        ...(review.findings.length > 0
            ? ['#### The findings in full', ...review.findings.map((f) => (0,payloads/* renderFinding */.Kj)(f, false, opinions))]
            : []),
        `#### ${report.dryRun ? 'Dry run' : 'Written to GitHub'}`,
        report.lines.map((line) => `- ${line}`).join('\n'),
    ].join('\n\n');
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
