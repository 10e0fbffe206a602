export const id = 899;
export const ids = [899];
export const modules = {

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

/***/ 935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fh: () => (/* binding */ bundledBwrap),
  _O: () => (/* binding */ jobIsolation),
  Gc: () => (/* binding */ requireIsolation)
});

// UNUSED EXPORTS: IsolationUnavailableError, USERNS_RESTRICTION, bubblewrap, detectIsolation

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/verify/process.ts
var verify_process = __webpack_require__(4456);
;// CONCATENATED MODULE: ./src/verify/view.ts


const inside = (path, dir) => path === dir || path.startsWith(dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep);
/** The real path of an existing directory, or undefined (a symlinked path is hidden at its target). */
async function realDir(path) {
    if (!path || !(0,external_node_path_.isAbsolute)(path))
        return undefined;
    try {
        const real = await (0,promises_.realpath)(path);
        return (await (0,promises_.lstat)(real)).isDirectory() ? real : undefined;
    }
    catch {
        return undefined;
    }
}
const defined = (values) => values.filter((v) => v !== undefined);
/**
 * The view of one job. Toolchains that the job's PATH reaches inside a hidden folder (`~/.cargo/bin`,
 * nvm's `…/bin`, a checkout's `node_modules/.bin`) come back read-only with their parent folder (a `bin` alone lacks the libraries next
 * to it), unless that parent is itself hidden or holds the runner's work.
 */
async function viewFor(env) {
    const home = await realDir(env.HOME);
    const workRoot = await realDir(env.RUNNER_WORKSPACE ? (0,external_node_path_.dirname)(env.RUNNER_WORKSPACE) : undefined);
    const runnerTemp = await realDir(env.RUNNER_TEMP);
    const hide = [
        ...new Set(defined(await Promise.all(['/home', '/root', home, '/tmp', '/var/tmp', '/run', runnerTemp, workRoot].map((p) => realDir(p))))),
    ].sort((a, b) => a.length - b.length);
    const sensitive = defined([runnerTemp, workRoot, home]);
    const expose = new Set();
    const toolCache = await realDir(env.RUNNER_TOOL_CACHE);
    if (toolCache)
        expose.add(toolCache);
    if (home) {
        const rustup = await realDir(`${home}/.rustup`);
        if (rustup)
            expose.add(rustup);
    }
    for (const entry of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        const dir = await realDir(entry);
        if (!dir || !hide.some((h) => inside(dir, h)) || hide.includes(dir))
            continue;
        if ([runnerTemp, workRoot].some((s) => s && inside(dir, s)))
            continue;
        const parent = (0,external_node_path_.dirname)(dir);
        // `node_modules/.bin` holds links into its `node_modules`: that comes back with it.
        const wide = ['bin', '.bin'].includes((0,external_node_path_.basename)(dir)) &&
            !hide.includes(parent) &&
            !sensitive.some((s) => inside(s, parent));
        expose.add(wide ? parent : dir);
    }
    return { hide, expose: [...expose].filter((e) => !hide.includes(e)).sort() };
}
/**
 * A linked worktree's `.git` is a file naming a folder in the main repository; git inside the
 * sandbox needs that repository, read-only.
 */
async function gitDirs(cwd) {
    const dotGit = await (0,promises_.readFile)(`${cwd}/.git`, 'utf8').catch(() => '');
    const match = /^gitdir: (.+)$/m.exec(dotGit);
    if (!match)
        return [];
    const gitdir = (0,external_node_path_.resolve)(cwd, match[1].trim());
    const common = await (0,promises_.readFile)(`${gitdir}/commondir`, 'utf8').then((c) => (0,external_node_path_.resolve)(gitdir, c.trim()), () => gitdir);
    return defined(await Promise.all([realDir(common), realDir(gitdir)]));
}
/** bubblewrap's arguments for one command: namespaces, the view, the worktree read-write. */
async function sandboxArgs(view, o) {
    const cwd = (await realDir(o.cwd)) ?? o.cwd;
    const args = [
        '--unshare-all',
        ...(o.network ? ['--share-net'] : []),
        // Explicit, so that --disable-userns applies: no nested namespace can regain privileges.
        '--unshare-user',
        '--disable-userns',
        '--die-with-parent',
        '--new-session',
        '--ro-bind',
        '/',
        '/',
        '--dev',
        '/dev',
        '--proc',
        '/proc',
    ];
    for (const dir of view.hide)
        args.push('--tmpfs', dir);
    for (const dir of view.expose)
        args.push('--ro-bind', dir, dir);
    for (const dir of await gitDirs(cwd))
        if (!inside(dir, cwd))
            args.push('--ro-bind', dir, dir);
    // DNS on Ubuntu goes through /run (systemd-resolved), which is hidden.
    if (o.network)
        args.push('--ro-bind-try', '/run/systemd/resolve', '/run/systemd/resolve');
    args.push('--bind', cwd, cwd);
    // A hidden folder inside the worktree (a worktree at $HOME) stays hidden.
    for (const dir of view.hide)
        if (dir !== cwd && inside(dir, cwd))
            args.push('--tmpfs', dir);
    args.push('--chdir', cwd, '--', '/bin/sh', '-c', o.command);
    return args;
}
/** The command's environment inside: temp files go to the private /tmp. */
function sandboxEnv(env) {
    return { ...env, TMPDIR: '/tmp', TMP: '/tmp', TEMP: '/tmp' };
}

;// CONCATENATED MODULE: ./src/verify/isolate.ts







/** Thrown instead of running a command exposed. */
class IsolationUnavailableError extends Error {
    name = 'IsolationUnavailableError';
}
/** The one switch of Ubuntu's AppArmor that stops bubblewrap on GitHub's ubuntu-24.04 images. */
const USERNS_RESTRICTION = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
const firstLine = (text) => text.trim().split('\n').find(Boolean)?.slice(0, 300) ?? '(no output)';
async function isExecutable(path) {
    try {
        await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/** bubblewrap as the port; the view decides what the command sees of the runner. */
function bubblewrap(bin, view) {
    return {
        mechanism: `bubblewrap (${bin})`,
        async run(command, options) {
            const args = await sandboxArgs(view, { cwd: options.cwd, network: options.network, command });
            // bwrap's own environment is visible inside (as /proc/1/environ): it gets only the command's.
            const env = sandboxEnv(options.env);
            return (0,verify_process/* spawnOutcome */.S)(command, bin, args, { cwd: options.cwd, env, timeoutMs: options.timeoutMs });
        },
    };
}
/**
 * Runs a real sandboxed command with the candidate. It must succeed, and the probe must not see this
 * process: a wrapper that runs commands without a PID namespace fails here.
 */
async function probe(bin, view) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'codex-isolate-probe-'));
    try {
        const check = process.pid > 50 ? `test ! -e /proc/${process.pid}` : 'true';
        const outcome = await bubblewrap(bin, view).run(check, {
            cwd: dir,
            env: { PATH: '/usr/bin:/bin' },
            network: false,
            timeoutMs: 15_000,
        });
        if (outcome.exitCode === 0)
            return undefined;
        return outcome.output.trim()
            ? firstLine(outcome.output)
            : `exit code ${outcome.exitCode}: this process was visible`;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
const execOk = (file, args) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)(file, args, { timeout: 15_000, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } }, (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}${stderr}${error && !stderr ? error.message : ''}` }));
});
/**
 * Finds a working isolation: each bubblewrap candidate as the job's user; on a GitHub-hosted runner
 * whose AppArmor forbids user namespaces, lifts that restriction with sudo and tries again. Without
 * one, says what was tried and how to enable it; the caller must then run nothing.
 */
async function detectIsolation(o) {
    const log = o.log ?? (() => { });
    const restriction = o.usernsRestriction ?? USERNS_RESTRICTION;
    const candidates = [];
    for (const bin of new Set(o.bwrap))
        if (await isExecutable(bin))
            candidates.push(bin);
    if (candidates.length === 0 && o.obtain) {
        for (const bin of await o.obtain())
            if (await isExecutable(bin))
                candidates.push(bin);
    }
    if (candidates.length === 0)
        return { available: false, reason: refusal(['no bubblewrap (bwrap) executable'], 'none') };
    const tried = [];
    const tryAll = async () => {
        for (const bin of candidates) {
            const failure = await probe(bin, o.view);
            if (!failure)
                return bin;
            tried.push(`${bin}: ${failure}`);
        }
        return undefined;
    };
    let found = await tryAll();
    const restricted = (await (0,promises_.readFile)(restriction, 'utf8').catch(() => '')).trim() === '1';
    if (!found && restricted && o.sudo) {
        const lift = await execOk(o.sudo, [
            '-n',
            'sysctl',
            '-w',
            'kernel.apparmor_restrict_unprivileged_userns=0',
        ]);
        if (lift.ok) {
            log('AppArmor forbade unprivileged user namespaces; lifted that on this GitHub-hosted runner (sysctl kernel.apparmor_restrict_unprivileged_userns=0).');
            found = await tryAll();
        }
        else {
            tried.push(`sudo -n sysctl -w kernel.apparmor_restrict_unprivileged_userns=0: ${firstLine(lift.output)}`);
        }
    }
    if (found)
        return { available: true, isolation: bubblewrap(found, o.view) };
    const stillRestricted = (await (0,promises_.readFile)(restriction, 'utf8').catch(() => '')).trim() === '1';
    return { available: false, reason: refusal(tried, stillRestricted ? 'apparmor' : 'userns') };
}
function refusal(tried, cause) {
    const fix = {
        none: 'Install bubblewrap on the runner (`sudo apt-get install -y bubblewrap`), or set codex-path to a Codex ' +
            'install (its package bundles bwrap).',
        apparmor: "Ubuntu's AppArmor forbids unprivileged user namespaces. Add a step before this one: " +
            '`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` (on a GitHub-hosted runner the action ' +
            'does this itself), or load the `bwrap-userns-restrict` AppArmor profile for the bwrap named above.',
        userns: 'Allow unprivileged user namespaces (`kernel.unprivileged_userns_clone=1`, `user.max_user_namespaces` > 0). ' +
            'In a container, the runtime must allow creating namespaces (e.g. `--security-opt seccomp=unconfined ' +
            '--security-opt apparmor=unconfined`), or run the job on a VM runner.',
    }[cause];
    return ('Verification refused: its commands run code from the work branch, and this runner cannot isolate them ' +
        "from the job's secrets (a PID namespace with its own /proc, no network, writes only in the worktree). " +
        `Tried: ${tried.join('; ')}. Fix: ${fix}`);
}
/** The bwrap bundled with a Codex install, next to its native binary or behind its npm wrapper. */
function bundledBwrap(codexPath) {
    const triple = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
    const vendor = `codex-linux-${process.arch}/vendor/${triple}`;
    return [
        (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(codexPath)), 'codex-resources', 'bwrap'),
        // node_modules/.bin/codex → node_modules/@openai/codex-linux-<arch>/vendor/<triple>/codex-resources/bwrap
        (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(codexPath)), '@openai', vendor, 'codex-resources', 'bwrap'),
    ];
}
/** Codex installs of the action in the tool cache (codex-orchestrator/codex/<version>/<platform>). */
async function toolCacheBwraps(toolCache) {
    if (!toolCache)
        return [];
    const root = (0,external_node_path_.join)(toolCache, 'codex-orchestrator', 'codex');
    const versions = await (0,promises_.readdir)(root).catch(() => []);
    const platform = `${process.platform}-${process.arch}`;
    return versions.flatMap((v) => bundledBwrap((0,external_node_path_.join)(root, v, platform, 'node_modules', '.bin', 'codex')).slice(1));
}
const detected = new Map();
/** Detects once per job (per view and candidate list); later calls reuse the answer. */
async function jobIsolation(o = {}) {
    const env = o.env ?? process.env;
    const onPath = (env.PATH ?? '')
        .split(external_node_path_.delimiter)
        .filter((d) => d.startsWith('/'))
        .map((d) => (0,external_node_path_.join)(d, 'bwrap'));
    const bwrap = o.bwrap ?? [
        ...onPath,
        ...(o.codexPaths ?? []).flatMap(bundledBwrap),
        ...(await toolCacheBwraps(env.RUNNER_TOOL_CACHE)),
    ];
    const view = await viewFor(env);
    const sudo = env.RUNNER_ENVIRONMENT === 'github-hosted' ? '/usr/bin/sudo' : undefined;
    const key = JSON.stringify({ bwrap, view, sudo });
    let found = detected.get(key);
    if (!found) {
        found = detectIsolation({ bwrap, view, sudo, obtain: o.obtain, log: o.log });
        detected.set(key, found);
    }
    return found;
}
/** The isolation, or the refusal as an error: nothing runs exposed. */
function requireIsolation(probe) {
    if (!probe.available)
        throw new IsolationUnavailableError(probe.reason);
    return probe.isolation;
}


/***/ }),

/***/ 4456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ spawnOutcome)
/* harmony export */ });
/* unused harmony export OUTPUT_TAIL_CHARS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9507);


/** Characters of output kept per command (the end is where test runners print their failures). */
const OUTPUT_TAIL_CHARS = 20_000;
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
 * Runs `file args` in its own process group, so that a timeout kills everything it started (test
 * runners fork workers that would otherwise keep the pipes open). `command` is what the outcome
 * reports: the configured command, not the wrapper that runs it.
 */
function spawnOutcome(command, file, args, options) {
    const started = performance.now();
    const tail = new Tail(OUTPUT_TAIL_CHARS);
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        // Detached, so nothing kills it when the action dies: the cancellation registry does.
        const untrack = child.pid ? (0,_process_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .trackProcessTree */ .vj)(child.pid) : () => undefined;
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
            untrack();
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


/***/ }),

/***/ 7760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tM: () => (/* binding */ runVerification)
/* harmony export */ });
/* unused harmony exports verifyEnv, runCommand */
/* harmony import */ var _safety_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4821);
/* harmony import */ var _safety_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3836);
/* harmony import */ var _isolate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(935);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4456);





// What the commands may see of the job's environment. Tokens (INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN,
// ACTIONS_ID_TOKEN_REQUEST_*, the model key) are not listed, so they never reach code the model wrote.
const PASSED = [
    ..._safety_env_js__WEBPACK_IMPORTED_MODULE_3__/* .BASE_ENV */ .Mz,
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
    return { CI: 'true', ...(0,_safety_env_js__WEBPACK_IMPORTED_MODULE_3__/* .pickEnv */ .Bh)(source, PASSED) };
}
/**
 * Runs one command with `sh -c` in its own process group, NOT isolated: only for the action's own
 * commands. Code from the work branch goes through `runVerification`, which isolates it.
 */
function runCommand(command, options) {
    return spawnOutcome(command, '/bin/sh', ['-c', command], options).then(redacted);
}
/**
 * The outcome with the job's secrets redacted from its output (src/safety/secrets.ts, every
 * encoding): the one point all command output passes before it goes back to the model, into the
 * PR body, the status comment or the log. Isolation keeps the secrets out of the commands' reach;
 * this keeps a copy that got through anyway (a secret in the repository, an isolation gap) from
 * travelling further.
 */
const redacted = (outcome) => ({
    ...outcome,
    output: (0,_safety_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(outcome.output),
});
/**
 * Runs the configured verification commands in `cwd`, isolated from the job's secrets, outside the model, one after the other
 * within one overall time budget. The first failure stops the rest (they are listed as skipped).
 */
async function runVerification(options) {
    // Refuses (throws IsolationUnavailableError) before anything runs.
    const isolation = (0,_isolate_js__WEBPACK_IMPORTED_MODULE_1__/* .requireIsolation */ .Gc)(options.isolation ?? (await (0,_isolate_js__WEBPACK_IMPORTED_MODULE_1__/* .jobIsolation */ ._O)()));
    const env = options.env ?? verifyEnv();
    const deadline = performance.now() + options.timeoutMs;
    const results = [];
    for (const [index, command] of options.commands.entries()) {
        const left = Math.max(1000, deadline - performance.now());
        const outcome = await isolation.run(command, {
            cwd: options.cwd,
            env,
            network: options.network ?? false,
            timeoutMs: left,
        });
        results.push(redacted(outcome));
        if (outcome.exitCode !== 0)
            return { ok: false, results, skipped: options.commands.slice(index + 1) };
    }
    return { ok: true, results, skipped: [] };
}


/***/ })

};
