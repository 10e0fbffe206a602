export const id = 712;
export const ids = [712];
export const modules = {

/***/ 9395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ createGitExec),
/* harmony export */   Tt: () => (/* binding */ gitOk)
/* harmony export */ });
/* unused harmony export GitError */
/* harmony import */ var execa__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6993);

/** Thrown when a git command that must succeed fails; the message holds the command and stderr. */
class GitError extends Error {
    args;
    result;
    constructor(args, result) {
        super(`git ${args.join(' ')} failed with exit code ${result.exitCode}: ${(result.stderr || result.stdout).trim().slice(-2000) || '(no output)'}`);
        this.args = args;
        this.result = result;
        this.name = 'GitError';
    }
}
// Variables git needs from the job; anything else (INPUT_GITHUB-TOKEN, the model key) stays out,
// so a hook or a filter driver written by the agent could not read them.
const PASSED_ENV = ['PATH', 'HOME', 'USER', 'TMPDIR', 'LANG', 'SYSTEMROOT'];
/**
 * Creates the real git port. Every invocation gets a minimal environment, no terminal prompt, and
 * no hooks: hooks live in the repository's .git directory, which code run by `verify` can write.
 */
function createGitExec(gitPath = 'git') {
    return async (args, options) => {
        const env = {};
        for (const name of PASSED_ENV) {
            const value = process.env[name];
            if (value !== undefined)
                env[name] = value;
        }
        Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, options.env);
        const result = await (0,execa__WEBPACK_IMPORTED_MODULE_0__/* .execa */ .Ho)(gitPath, ['-c', 'core.hooksPath=/dev/null', ...args], {
            cwd: options.cwd,
            env,
            extendEnv: false,
            input: options.input,
            stdin: options.input === undefined ? 'ignore' : 'pipe',
            reject: false,
            timeout: options.timeoutMs,
            stripFinalNewline: false,
            maxBuffer: 256 * 1024 * 1024,
        });
        const text = (value) => (typeof value === 'string' ? value : '');
        // No exit code means git never ran or was killed (timeout): execa's message says which.
        const failed = typeof result.exitCode !== 'number';
        return {
            exitCode: failed ? 1 : result.exitCode,
            stdout: text(result.stdout),
            stderr: text(result.stderr) || (failed ? text(result.message) : ''),
        };
    };
}
/** Runs git and returns stdout without the final newline; throws GitError on a non-zero exit. */
async function gitOk(exec, args, options) {
    const result = await exec(args, options);
    if (result.exitCode !== 0)
        throw new GitError(args, result);
    return result.stdout.replace(/\n$/, '');
}


/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   Oo: () => (/* binding */ persistedCredentials),
/* harmony export */   W_: () => (/* binding */ remoteTip),
/* harmony export */   lY: () => (/* binding */ originRemote)
/* harmony export */ });
/* unused harmony export authEnv */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9395);


/**
 * The `http.<scheme>://<host>/.extraheader` setting for an HTTPS remote, as actions/checkout writes
 * it, but passed through the environment. The derived header is masked before anyone can log it.
 */
function authEnv(remoteUrl, token) {
    if (!token || !/^https?:\/\//i.test(remoteUrl))
        return {};
    const url = new URL(remoteUrl);
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    _log_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(basic);
    const value = `AUTHORIZATION: basic ${basic}`;
    _log_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${url.protocol}//${url.host}/.extraheader`,
        GIT_CONFIG_VALUE_0: value,
    };
}
/** Reads origin's URL from the repository and pairs it with the credentials' environment. */
async function originRemote(git, repoDir, token) {
    const url = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, ['config', '--get', 'remote.origin.url'], { cwd: repoDir }).catch(() => '');
    if (!url) {
        throw new Error(`The repository at ${repoDir} has no 'origin' remote. Check out the repository with actions/checkout ` +
            `before this step.`);
    }
    return { url, env: authEnv(url, token) };
}
/**
 * Credentials that a checkout left in the repository's config, where anything running in a worktree
 * (the agent included) can read them: `http.*.extraheader` entries and URLs with a password.
 */
async function persistedCredentials(git, repoDir) {
    const result = await git(['config', '--null', '--get-regexp', '^(http\\..*extraheader|remote\\..*url)$'], {
        cwd: repoDir,
    });
    if (result.exitCode !== 0)
        return [];
    const found = [];
    for (const entry of result.stdout.split('\0')) {
        const [key = '', value = ''] = entry.split('\n');
        if (/extraheader$/i.test(key) && /authorization/i.test(value))
            found.push(key);
        if (/url$/i.test(key) && /^[a-z][a-z0-9+.-]*:\/\/[^/@]*:[^/@]*@/i.test(value))
            found.push(key);
    }
    return found;
}
/** The remote branch's tip, or undefined when it does not exist. */
async function remoteTip(git, dir, remote, branch) {
    const out = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, ['ls-remote', '--heads', remote.url, `refs/heads/${branch}`], {
        cwd: dir,
        env: remote.env,
    });
    const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.split('\t')[0];
}
/** Fetches one branch of origin into `refs/remotes/origin/<branch>` and returns its tip. */
async function fetchBranch(git, dir, remote, branch) {
    await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, [
        'fetch',
        '--no-tags',
        '--no-write-fetch-head',
        remote.url,
        `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
    ], { cwd: dir, env: remote.env });
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, ['rev-parse', `refs/remotes/origin/${branch}^{commit}`], { cwd: dir });
}


/***/ }),

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ openWorktree),
/* harmony export */   I: () => (/* binding */ removeWorktree)
/* harmony export */ });
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
/** Removes the worktree and its registration; never throws, so it is safe in a `finally`. */
async function removeWorktree(git, repoDir, dir) {
    const result = await git(['worktree', 'remove', '--force', '--force', dir], { cwd: repoDir }).catch(() => undefined);
    if (result?.exitCode !== 0) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
        await git(['worktree', 'prune'], { cwd: repoDir }).catch(() => undefined);
    }
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ upsertCheckRun),
/* harmony export */   _U: () => (/* binding */ createCheckRun),
/* harmony export */   jg: () => (/* binding */ ANNOTATIONS_PER_REQUEST)
/* harmony export */ });
/* unused harmony export EXTERNAL_ID */
/** GitHub accepts at most 50 annotations per request; later requests append to the run. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for `output.summary` and `output.text`. */
const MAX_OUTPUT_CHARS = 65_535;
/** Tags our runs, so a workflow job that happens to have the same name is not taken for ours. */
const EXTERNAL_ID = 'codex-orchestrator';
/**
 * Creates the check run, or updates the one of that name on that commit (a re-run does not add a
 * second run). Annotations are sent in batches of 50; those the run already carries are not sent
 * again, because GitHub appends annotations and never replaces them.
 */
async function upsertCheckRun(client, repo, spec) {
    if (spec.status === 'completed' && !spec.conclusion) {
        throw new Error(`Check run '${spec.name}' is completed without a conclusion. Expected one of success, failure, neutral, cancelled, skipped, timed_out, action_required.`);
    }
    const existing = await findCheckRun(client, repo, spec.name, spec.headSha);
    let annotations = (spec.annotations ?? []).map(toApiAnnotation);
    if (existing && annotations.length > 0) {
        const present = new Set((await client.paginate(client.rest.checks.listAnnotations, {
            ...repo,
            check_run_id: existing.id,
            per_page: 100,
        })).map(annotationKey));
        annotations = annotations.filter((a) => !present.has(annotationKey(a)));
    }
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (batch) => ({
        title: spec.title,
        summary: limit(spec.summary),
        ...(spec.text !== undefined ? { text: limit(spec.text) } : {}),
        ...(batch && batch.length > 0 ? { annotations: batch } : {}),
    });
    const fields = {
        status: spec.status,
        ...(spec.conclusion ? { conclusion: spec.conclusion } : {}),
        ...(spec.status === 'completed' ? { completed_at: new Date().toISOString() } : {}),
        ...(spec.detailsUrl ? { details_url: spec.detailsUrl } : {}),
        external_id: EXTERNAL_ID,
    };
    let id;
    let htmlUrl;
    if (existing) {
        const { data } = await client.rest.checks.update({
            ...repo,
            check_run_id: existing.id,
            ...fields,
            output: output(batches[0]),
        });
        id = data.id;
        htmlUrl = data.html_url ?? existing.htmlUrl;
    }
    else {
        const { data } = await client.rest.checks.create({
            ...repo,
            name: spec.name,
            head_sha: spec.headSha,
            ...fields,
            output: output(batches[0]),
        });
        id = data.id;
        htmlUrl = data.html_url ?? '';
    }
    for (const batch of batches.slice(1)) {
        await client.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
    }
    return { id, htmlUrl };
}
/** The newest check run of that name on the commit that this action created. */
async function findCheckRun(client, repo, name, headSha) {
    const { data } = await client.rest.checks.listForRef({
        ...repo,
        ref: headSha,
        check_name: name,
        // `latest` keeps one run per name, which may be a workflow job's: look at all of them.
        filter: 'all',
        per_page: 100,
    });
    // Only runs this action created (a workflow job with the same name is someone else's); the newest.
    const run = data.check_runs
        .filter((r) => r.name === name && r.head_sha === headSha && r.external_id === EXTERNAL_ID)
        .sort((a, b) => b.id - a.id)[0];
    return run ? { id: run.id, htmlUrl: run.html_url ?? '' } : undefined;
}
function toApiAnnotation(a) {
    return {
        path: a.path,
        start_line: a.startLine,
        end_line: a.endLine ?? a.startLine,
        annotation_level: a.level,
        message: a.message,
        ...(a.title !== undefined ? { title: a.title } : {}),
        ...(a.rawDetails !== undefined ? { raw_details: a.rawDetails } : {}),
    };
}
function annotationKey(a) {
    return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message, a.title ?? null]);
}
function limit(text) {
    if (text.length <= MAX_OUTPUT_CHARS)
        return text;
    const note = '\n\n… (cut: GitHub allows 65 535 characters here)';
    return text.slice(0, MAX_OUTPUT_CHARS - note.length) + note;
}
/**
 * Creates the check run without looking for an existing one first (one request instead of two).
 * Only for the first review of a commit: the review comment is written before the check run, so
 * a commit without this cycle's comment has no check run of ours yet. Re-runs go through
 * `upsertCheckRun`, which finds the run by the `external_id` set here too.
 */
async function createCheckRun(client, repo, check) {
    const { data } = await client.rest.checks.create({
        ...repo,
        name: check.name,
        head_sha: check.headSha,
        status: check.status,
        conclusion: check.conclusion,
        completed_at: new Date().toISOString(),
        external_id: EXTERNAL_ID,
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

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ getPull),
/* harmony export */   JL: () => (/* binding */ createDraftPull),
/* harmony export */   Qg: () => (/* binding */ findOwnReview),
/* harmony export */   aT: () => (/* binding */ markReadyForReview),
/* harmony export */   bx: () => (/* binding */ createReview),
/* harmony export */   i5: () => (/* binding */ requestReviewers),
/* harmony export */   pG: () => (/* binding */ listPullFiles),
/* harmony export */   pM: () => (/* binding */ findPull),
/* harmony export */   pZ: () => (/* binding */ updatePull),
/* harmony export */   xU: () => (/* binding */ findBranchPull)
/* harmony export */ });
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7369);

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
    const own = reviews.find((r) => (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentity */ .Lk)(r.user, identity) && (r.body ?? '').includes(marker));
    return own ? { id: own.id } : undefined;
}
/** Posts the PR review (always event COMMENT: the action never approves and never requests changes). */
async function createReview(client, repo, number, payload) {
    const { data } = await client.rest.pulls.createReview({ ...repo, pull_number: number, ...payload });
    return { id: data.id, htmlUrl: data.html_url };
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
/** The PR whose head is the branch (open first, then the newest closed one); a re-run finds it again. */
async function findBranchPull(client, repo, branch) {
    const pulls = await client.paginate(client.rest.pulls.list, {
        ...repo,
        head: `${repo.owner}:${branch}`,
        state: 'all',
        per_page: 100,
    });
    const pick = pulls.find((p) => p.state === 'open') ?? pulls.sort((a, b) => b.number - a.number)[0];
    if (!pick)
        return undefined;
    return {
        number: pick.number,
        state: pick.state === 'open' ? 'open' : 'closed',
        merged: Boolean(pick.merged_at),
        draft: Boolean(pick.draft),
        htmlUrl: pick.html_url,
    };
}
/** Opens a draft PR of `branch` into `base`. */
async function createDraftPull(client, repo, pull) {
    const { data } = await client.rest.pulls.create({
        ...repo,
        head: pull.branch,
        base: pull.base,
        title: pull.title,
        body: pull.body,
        draft: true,
    });
    return { number: data.number, htmlUrl: data.html_url };
}
/** Replaces a PR's body, reopening it when it was closed without a merge. */
async function updatePull(client, repo, number, update) {
    const { data } = await client.rest.pulls.update({
        ...repo,
        pull_number: number,
        body: update.body,
        ...(update.reopen ? { state: 'open' } : {}),
    });
    return { number: data.number, htmlUrl: data.html_url };
}
/** A pull request, or undefined when there is none of that number. */
async function findPull(client, repo, number) {
    try {
        return await getPull(client, repo, number);
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 1712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_CHECK: () => (/* binding */ VERIFY_CHECK),
/* harmony export */   verifyPhase: () => (/* binding */ verifyPhase)
/* harmony export */ });
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9395);
/* harmony import */ var _git_remote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(668);
/* harmony import */ var _git_worktree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5847);
/* harmony import */ var _github_checks_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6250);
/* harmony import */ var _github_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1842);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4487);
/* harmony import */ var _item_job_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7950);
/* harmony import */ var _item_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5343);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5625);
/* harmony import */ var _verify_format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2566);
/* harmony import */ var _verify_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7760);











/** The check run the verification reports to, named like `codex-orchestrator/review`. */
const VERIFY_CHECK = 'codex-orchestrator/verify';
const skipped = (reason) => ({ status: 'skipped', reason });
/** The pull request to verify: the target itself, or the PR recorded in an issue's state. */
async function pullOf(job, target) {
    const get = (n) => (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_4__/* .findPull */ .pM)(job.client, job.repo, n);
    const direct = await get(target);
    if (direct)
        return direct;
    const state = (await (0,_item_store_js__WEBPACK_IMPORTED_MODULE_6__/* .loadItemState */ .JR)(job.client, job.repo, target, job.identity))?.state;
    return state?.pr ? get(state.pr) : undefined;
}
/**
 * The tester as a phase of its own (DESIGN §1): runs `verify.commands` outside the model, with a
 * minimal environment and a timeout, on a PR's head (target: the PR, or an issue whose PR the state
 * records) or on the checked-out commit; reports a check run. `pass` or `tests_failed`.
 */
const verifyPhase = async (ctx) => {
    const commands = ctx.config.verify.commands;
    if (commands.length === 0) {
        return skipped(`No verify.commands in ${ctx.inputs.configFile}; there is nothing to verify.`);
    }
    const job = await (0,_item_job_js__WEBPACK_IMPORTED_MODULE_5__/* .openItemJob */ .p4)(ctx);
    const gate = await (0,_item_job_js__WEBPACK_IMPORTED_MODULE_5__/* .gateTrigger */ .yL)(job);
    if (!gate.allowed)
        return skipped(gate.reason);
    const git = (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitExec */ .ON)();
    const repoDir = ctx.context.workspace;
    const leaked = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_1__/* .persistedCredentials */ .Oo)(git, repoDir);
    if (leaked.length > 0) {
        return {
            status: 'blocked',
            reason: `The checkout left credentials in .git/config (${leaked.join(', ')}), where the verified code could read ` +
                'them. Set `persist-credentials: false` on actions/checkout.',
        };
    }
    let wt;
    let prNumber;
    let dir = repoDir;
    try {
        if (ctx.target) {
            const pr = await pullOf(job, ctx.target);
            if (!pr)
                return skipped(`#${ctx.target} is not a pull request and records none; there is nothing to verify.`);
            prNumber = pr.number;
            const sameRepo = pr.head.repo?.full_name?.toLowerCase() === `${job.repo.owner}/${job.repo.repo}`.toLowerCase();
            if (!sameRepo) {
                return skipped(`PR #${pr.number} comes from a fork; verify runs only branches of this repository.`);
            }
            const remote = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_1__/* .originRemote */ .lY)(git, repoDir, ctx.inputs.githubToken);
            wt = await (0,_git_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .openWorktree */ .G)(git, {
                repoDir,
                parentDir: ctx.context.runnerTemp,
                branch: pr.head.ref,
                defaultBranch: await (0,_github_content_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultBranch */ .OR)(job.client, job.repo),
                remote,
            });
            dir = wt.dir;
        }
        const sha = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOk */ .Tt)(git, ['rev-parse', 'HEAD'], { cwd: dir });
        _log_js__WEBPACK_IMPORTED_MODULE_7__.info(`Verifying ${sha}${prNumber ? ` (PR #${prNumber})` : ''}: ${commands.join(' && ')}`);
        const report = await _log_js__WEBPACK_IMPORTED_MODULE_7__.group('Verification', () => (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runVerification */ .tM)({ commands, cwd: dir, timeoutMs: ctx.config.verify['timeout-minutes'] * 60_000 }));
        const markdown = (0,_verify_format_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyMarkdown */ .vB)(report);
        const title = report.ok ? 'Verification passed' : 'Verification failed';
        if (job.writes) {
            await (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_10__/* .upsertCheckRun */ .BL)(job.client, job.repo, {
                name: VERIFY_CHECK,
                headSha: sha,
                status: 'completed',
                conclusion: report.ok ? 'success' : 'failure',
                title,
                summary: markdown,
                detailsUrl: job.runUrl,
            });
        }
        else {
            _log_js__WEBPACK_IMPORTED_MODULE_7__.info(`[dry-run] Would report the check run '${VERIFY_CHECK}' on ${sha}: ${title}\n${markdown}`);
        }
        const failed = report.results.find((r) => r.exitCode !== 0);
        return {
            status: report.ok ? 'pass' : 'tests_failed',
            reason: failed
                ? `\`${failed.command}\` ${failed.timedOut ? 'timed out' : `failed with exit code ${failed.exitCode}`}.`
                : `${report.results.length} verification command(s) passed.`,
            // The target is the item only when it named an issue (whose PR the state records), not the PR itself.
            item: ctx.target !== prNumber ? ctx.target : undefined,
            prNumber,
            summary: markdown,
        };
    }
    finally {
        if (wt)
            await (0,_git_worktree_js__WEBPACK_IMPORTED_MODULE_2__/* .removeWorktree */ .I)(git, repoDir, wt.dir);
    }
};


/***/ }),

/***/ 4821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ BASE_ENV)
/* harmony export */ });
/**
 * Variables that carry no secret and that almost every program needs. Each minimal environment
 * the action builds (Codex's own process, the verification commands) starts from these and adds
 * its own; tokens are never on any list, so they reach neither.
 */
const BASE_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR'];


/***/ }),

/***/ 2566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ verifyFailureText),
/* harmony export */   mB: () => (/* binding */ verifyStateText),
/* harmony export */   vB: () => (/* binding */ verifyMarkdown)
/* harmony export */ });
/* unused harmony export verifyLines */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function clipTail(text, max) {
    return text.length > max ? `[… clipped]\n${text.slice(-max)}` : text;
}
/** One line per command: ✅/❌, the command, how it ended. */
function verifyLines(report) {
    return [
        ...report.results.map((r) => {
            const how = r.timedOut ? 'timed out' : r.exitCode === 0 ? 'passed' : `exit code ${r.exitCode}`;
            return `${r.exitCode === 0 ? '✅' : '❌'} \`${r.command.replace(/`/g, "'")}\` — ${how} (${seconds(r.durationMs)})`;
        }),
        ...report.skipped.map((c) => `⏭️ \`${c.replace(/`/g, "'")}\` — not run (an earlier command failed)`),
    ];
}
/**
 * The verification as markdown for a PR body or a check run: the command list, and the output of
 * the failed command (its tail, at most `maxOutput` characters) in a fenced block.
 */
function verifyMarkdown(report, maxOutput = 6000) {
    if (report.results.length === 0)
        return '_No verification commands are configured (`verify.commands`)._';
    const lines = verifyLines(report).map((l) => `- ${l}`);
    const failed = report.results.find((r) => r.exitCode !== 0);
    if (failed) {
        const output = clipTail(failed.output.trimEnd(), maxOutput) || '(no output)';
        const f = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceFor */ .Lt)(output);
        lines.push('', `<details open><summary>Output of <code>${escapeHtml(failed.command)}</code></summary>`, '', `${f}text`, output, f, '', '</details>');
    }
    return lines.join('\n');
}
/** The failure as plain text for the model: which command failed and the end of its output. */
function verifyFailureText(report, maxOutput = 12_000) {
    const failed = report.results.find((r) => r.exitCode !== 0);
    if (!failed)
        return '';
    const how = failed.timedOut ? 'was killed by the timeout' : `exited with code ${failed.exitCode}`;
    return `The command \`${failed.command}\` ${how}. The end of its output:\n\n${clipTail(failed.output.trimEnd(), maxOutput)}`;
}
/** A compact one-line-per-command text for the item state (shown in the status comment). */
function verifyStateText(report, maxChars = 4000) {
    const failed = report.results.find((r) => r.exitCode !== 0);
    const head = verifyLines(report).join('\n');
    if (!failed)
        return head;
    return clipTail(`${head}\n\n${failed.output.trimEnd()}`, maxChars);
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 7760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tM: () => (/* binding */ runVerification)
/* harmony export */ });
/* unused harmony exports OUTPUT_TAIL_CHARS, verifyEnv, runCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _safety_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4821);


/** Characters of output kept per command (the end is where test runners print their failures). */
const OUTPUT_TAIL_CHARS = 20_000;
// What the commands may see of the job's environment. Tokens (INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN,
// ACTIONS_ID_TOKEN_REQUEST_*, the model key) are not listed, so they never reach code the model wrote.
const PASSED = [
    ..._safety_env_js__WEBPACK_IMPORTED_MODULE_1__/* .BASE_ENV */ .M,
    'TEMP',
    'TMP',
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_TEMP',
    'RUNNER_TOOL_CACHE',
    'JAVA_HOME',
    'GOROOT',
    'GOPATH',
    'CARGO_HOME',
    'RUSTUP_HOME',
    'pythonLocation',
];
/** The minimal environment of verification commands, taken from `source` by allow-list. */
function verifyEnv(source = process.env) {
    const env = { CI: 'true' };
    for (const [name, value] of Object.entries(source)) {
        if (value !== undefined && (PASSED.includes(name) || name.startsWith('LC_')))
            env[name] = value;
    }
    return env;
}
/** Keeps the last `max` characters of a stream without holding all of it. */
class Tail {
    max;
    text = '';
    dropped = false;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.text += chunk;
        if (this.text.length > this.max * 2) {
            this.text = this.text.slice(-this.max);
            this.dropped = true;
        }
    }
    toString() {
        const clipped = this.dropped || this.text.length > this.max;
        return clipped ? `[… earlier output clipped]\n${this.text.slice(-this.max)}` : this.text;
    }
}
/**
 * Runs one command with `sh -c` in its own process group, so that a timeout kills everything it
 * started (test runners fork workers that would otherwise keep the pipes open).
 */
function runCommand(command, options) {
    const started = performance.now();
    const tail = new Tail(OUTPUT_TAIL_CHARS);
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', command], {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let timedOut = false;
        const killGroup = () => {
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup();
        }, options.timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (c) => tail.push(c));
        child.stderr.setEncoding('utf8').on('data', (c) => tail.push(c));
        const finish = (exitCode, error) => {
            clearTimeout(timer);
            // Whatever the command left running in the background goes with it.
            killGroup();
            if (error)
                tail.push(`\n${error.message}\n`);
            if (timedOut)
                tail.push(`\n[killed after ${Math.round(options.timeoutMs / 1000)} s: the verify timeout]\n`);
            resolve({
                command,
                exitCode: timedOut ? null : exitCode,
                timedOut,
                durationMs: Math.round(performance.now() - started),
                output: tail.toString(),
            });
        };
        child.on('error', (error) => finish(127, error));
        // A background process can hold the pipes open after the shell exits; killing the group ends it
        // so that 'close' follows.
        child.on('exit', killGroup);
        child.on('close', (code) => finish(code));
    });
}
/**
 * Runs the configured verification commands in `cwd`, outside the model, one after the other
 * within one overall time budget. The first failure stops the rest (they are listed as skipped).
 */
async function runVerification(options) {
    const env = options.env ?? verifyEnv();
    const deadline = performance.now() + options.timeoutMs;
    const results = [];
    for (const [index, command] of options.commands.entries()) {
        const left = Math.max(1000, deadline - performance.now());
        const outcome = await runCommand(command, { cwd: options.cwd, env, timeoutMs: left });
        results.push(outcome);
        if (outcome.exitCode !== 0)
            return { ok: false, results, skipped: options.commands.slice(index + 1) };
    }
    return { ok: true, results, skipped: [] };
}


/***/ })

};
