export const id = 98;
export const ids = [98];
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
        const streamed = options.onStdout;
        const subprocess = (0,execa__WEBPACK_IMPORTED_MODULE_0__/* .execa */ .Ho)(gitPath, ['-c', 'core.hooksPath=/dev/null', ...args], {
            cwd: options.cwd,
            env,
            extendEnv: false,
            input: options.input,
            stdin: options.input === undefined ? 'ignore' : 'pipe',
            reject: false,
            timeout: options.timeoutMs,
            stripFinalNewline: false,
            maxBuffer: 256 * 1024 * 1024,
            buffer: { stdout: !streamed, stderr: true },
        });
        let thrown;
        let stopped = false;
        if (streamed) {
            subprocess.stdout.on('data', (chunk) => {
                if (stopped)
                    return;
                try {
                    stopped = streamed(chunk) === false;
                }
                catch (error) {
                    thrown = { error };
                    stopped = true;
                }
                if (stopped)
                    subprocess.kill();
            });
        }
        const result = await subprocess;
        if (thrown)
            throw thrown.error;
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
/* harmony export */   fA: () => (/* binding */ remoteMessages),
/* harmony export */   lY: () => (/* binding */ originRemote),
/* harmony export */   lu: () => (/* binding */ trackingRef)
/* harmony export */ });
/* unused harmony export authEnv */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9395);


/** The ref a fetched branch of `remote` lands in. */
const trackingRef = (remote, branch) => `${remote.tracking ?? 'refs/remotes/origin/'}${branch}`;
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
/**
 * What the server said during a push or fetch: git prints it on stderr as `remote: …` lines (a
 * pre-receive hook's output, GitHub's protected-branch and push-protection messages). Git pads
 * them with spaces and may colour them; both are removed, and blank lines dropped.
 */
function remoteMessages(stderr) {
    return stderr
        .split(/\r?\n|\r/)
        .filter((line) => line.startsWith('remote:'))
        .map((line) => line
        .slice('remote:'.length)
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape starts ANSI colours
        .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
        .trim())
        .filter(Boolean);
}
/** The remote branch's tip, or undefined when it does not exist. */
async function remoteTip(git, dir, remote, branch) {
    if (remote.self) {
        const found = await git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], {
            cwd: dir,
        });
        return found.exitCode === 0 ? found.stdout.trim() : undefined;
    }
    const out = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, ['ls-remote', '--heads', remote.url, `refs/heads/${branch}`], {
        cwd: dir,
        env: remote.env,
    });
    const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.split('\t')[0];
}
/** Fetches one branch of the remote into its tracking ref (`refs/remotes/origin/<branch>`) and returns its tip. */
async function fetchBranch(git, dir, remote, branch) {
    if (remote.self) {
        const sha = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, ['rev-parse', '--verify', `refs/heads/${branch}^{commit}`], { cwd: dir });
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, ['update-ref', trackingRef(remote, branch), sha], { cwd: dir });
        return sha;
    }
    await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, [
        'fetch',
        '--no-tags',
        '--no-write-fetch-head',
        remote.url,
        `+refs/heads/${branch}:${trackingRef(remote, branch)}`,
    ], { cwd: dir, env: remote.env });
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitOk */ .Tt)(git, ['rev-parse', `${trackingRef(remote, branch)}^{commit}`], { cwd: dir });
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

/***/ 1712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_CHECK: () => (/* binding */ VERIFY_CHECK),
/* harmony export */   verifyPhase: () => (/* binding */ verifyPhase)
/* harmony export */ });
/* harmony import */ var _action_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9869);
/* harmony import */ var _agent_codex_install_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1578);
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9395);
/* harmony import */ var _git_remote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(668);
/* harmony import */ var _git_worktree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5847);
/* harmony import */ var _github_checks_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6250);
/* harmony import */ var _github_content_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1842);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4487);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5625);
/* harmony import */ var _tracker_github_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2762);
/* harmony import */ var _verify_format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2566);
/* harmony import */ var _verify_isolate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(935);
/* harmony import */ var _verify_run_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7760);













/** The check run the verification reports to, named like `codex-orchestrator/review`. */
const VERIFY_CHECK = 'codex-orchestrator/verify';
const skipped = (reason) => ({ status: 'skipped', reason });
/** The pull request to verify: the target itself, or the PR recorded in an issue's state. */
async function pullOf(job, target) {
    const get = (n) => (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_6__/* .findPull */ .pM)(job.client, job.repo, n);
    const direct = await get(target);
    if (direct)
        return direct;
    const state = (await (0,_tracker_github_store_js__WEBPACK_IMPORTED_MODULE_8__/* .loadItemState */ .JR)(job.client, job.repo, target, job.identity))?.state;
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
    const job = await (0,_action_job_js__WEBPACK_IMPORTED_MODULE_0__/* .openItemJob */ .p4)(ctx);
    const gate = await (0,_action_job_js__WEBPACK_IMPORTED_MODULE_0__/* .gateTrigger */ .yL)(job);
    if (!gate.allowed)
        return skipped(gate.reason);
    // Refused before anything runs: the commands would have to run exposed (DESIGN §8.11). Without a
    // bubblewrap on the runner, the Codex package brings one.
    const isolation = await (0,_verify_isolate_js__WEBPACK_IMPORTED_MODULE_10__/* .jobIsolation */ ._O)({
        codexPaths: [ctx.inputs.codexPath].filter(Boolean),
        obtain: async () => {
            const codex = await (0,_agent_codex_install_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCodexBinary */ .tV)({
                codexPath: '',
                codexVersion: ctx.inputs.codexVersion,
                toolCache: ctx.context.toolCache,
                log: _log_js__WEBPACK_IMPORTED_MODULE_7__.info,
            });
            return (0,_verify_isolate_js__WEBPACK_IMPORTED_MODULE_10__/* .bundledBwrap */ .Fh)(codex.path);
        },
        log: _log_js__WEBPACK_IMPORTED_MODULE_7__.info,
    });
    if (!isolation.available)
        return { status: 'error', reason: isolation.reason };
    const git = (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .createGitExec */ .ON)();
    const repoDir = ctx.context.workspace;
    const leaked = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .persistedCredentials */ .Oo)(git, repoDir);
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
            const remote = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .originRemote */ .lY)(git, repoDir, ctx.inputs.githubToken);
            wt = await (0,_git_worktree_js__WEBPACK_IMPORTED_MODULE_4__/* .openWorktree */ .Gc)(git, {
                repoDir,
                parentDir: ctx.context.runnerTemp,
                branch: pr.head.ref,
                defaultBranch: await (0,_github_content_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultBranch */ .OR)(job.client, job.repo),
                remote,
            });
            dir = wt.dir;
        }
        const sha = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .gitOk */ .Tt)(git, ['rev-parse', 'HEAD'], { cwd: dir });
        _log_js__WEBPACK_IMPORTED_MODULE_7__.info(`Verifying ${sha}${prNumber ? ` (PR #${prNumber})` : ''}: ${commands.join(' && ')}`);
        const report = await _log_js__WEBPACK_IMPORTED_MODULE_7__.group('Verification', () => (0,_verify_run_js__WEBPACK_IMPORTED_MODULE_11__/* .runVerification */ .tM)({
            commands,
            cwd: dir,
            timeoutMs: ctx.config.verify['timeout-minutes'] * 60_000,
            network: ctx.config.sandbox.network,
            isolation,
        }));
        const markdown = (0,_verify_format_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyMarkdown */ .vB)(report);
        const title = report.ok ? 'Verification passed' : 'Verification failed';
        if (job.writes) {
            await (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_12__/* .upsertCheckRun */ .BL)(job.client, job.repo, {
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
            await (0,_git_worktree_js__WEBPACK_IMPORTED_MODULE_4__/* .removeWorktree */ .IL)(git, repoDir, wt.dir);
    }
};


/***/ }),

/***/ 4821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ pickEnv),
/* harmony export */   Mz: () => (/* binding */ BASE_ENV),
/* harmony export */   oN: () => (/* binding */ TRACKING_ENV)
/* harmony export */ });
/**
 * Variables that carry no secret and that almost every program needs. Each minimal environment
 * the action builds (Codex's own process, the verification commands) starts from these and adds
 * its own; tokens are never on any list, so they reach neither. `RUNNER_TRACKING_ID` is how the
 * runner's orphan clean-up finds what a job left running, so every child must carry it.
 */
const BASE_ENV = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'RUNNER_TRACKING_ID',
];
/** The variable the runner's orphan clean-up looks for in every process's environment. */
const TRACKING_ENV = 'RUNNER_TRACKING_ID';
/**
 * The variables of `source` named in `allow`, and the locale's `LC_*`: the start of every minimal
 * environment the action gives a child (a runtime's CLI, a verification command).
 */
function pickEnv(source, allow) {
    const env = {};
    for (const name of allow) {
        const value = source[name];
        if (value !== undefined)
            env[name] = value;
    }
    for (const [name, value] of Object.entries(source)) {
        if (name.startsWith('LC_') && value !== undefined)
            env[name] = value;
    }
    return env;
}


/***/ })

};
