export const id = 951;
export const ids = [951];
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
 * Creates a worktree for `branch` under `parentDir`, its HEAD detached at the base. A branch that exists on origin (a re-run) is
 * fetched and continued; otherwise the branch starts at origin's default branch.
 */
async function openWorktree(git, options) {
    const { repoDir, branch, remote } = options;
    const tip = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteTip */ .W_)(git, repoDir, remote, branch);
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
    return { dir, branch, base, remoteTip: tip, defaultTip };
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
/** A code fence longer than any backtick run in `text`, so output cannot close it early. */
function fence(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return '`'.repeat(longest + 1);
}
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
        const f = fence(output);
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
