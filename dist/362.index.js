export const id = 362;
export const ids = [362];
export const modules = {

/***/ 6163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ runWithSchemaRetry)
/* harmony export */ });
/* unused harmony export schemaRetryPrompt */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16);


/** Asks again in the same thread after an answer that broke the output schema. */
function schemaRetryPrompt(problem) {
    return ('Your previous answer was not valid for the output schema: ' +
        `${problem.slice(0, 2000)}\n\nAnswer again with one JSON object that follows the output schema exactly, and nothing else.`);
}
/**
 * One run with an output schema. An answer that breaks the schema is asked for once more in the
 * same thread, which tells the model what was wrong; `usage` is what both runs spent.
 */
async function runWithSchemaRetry(agent, request) {
    const first = await agent.run(request);
    if (first.ok || first.kind !== 'invalid_output' || !first.threadId)
        return { result: first, usage: first.usage };
    _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`The ${request.label} answer broke the output schema (${first.message}); asking once more in the same thread.`);
    const second = await agent.run({
        ...request,
        prompt: schemaRetryPrompt(first.message),
        resumeThreadId: first.threadId,
        label: `${request.label} (retry)`,
    });
    return { result: second, usage: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .addUsage */ .v)(first.usage, second.usage) };
}


/***/ }),

/***/ 5895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ applyPatches),
/* harmony export */   $q: () => (/* binding */ commitsBetween),
/* harmony export */   Gu: () => (/* binding */ formatPatch),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   u$: () => (/* binding */ commitStaged),
/* harmony export */   vl: () => (/* binding */ changedPaths),
/* harmony export */   vq: () => (/* binding */ stageAndListChanges),
/* harmony export */   xF: () => (/* binding */ headSha)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9395);

const identityEnv = (who) => ({
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
});
const headSha = (git, dir) => (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOk */ .Tt)(git, ['rev-parse', 'HEAD'], { cwd: dir });
/**
 * Stages everything in the worktree (respecting .gitignore) and lists the paths that differ from
 * `since`, renames split into their old and new path so that moving a protected file away counts.
 */
async function stageAndListChanges(git, dir, since) {
    await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOk */ .Tt)(git, ['add', '--all'], { cwd: dir });
    const out = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOk */ .Tt)(git, ['diff', '--cached', '--name-only', '--no-renames', '-z', since], {
        cwd: dir,
    });
    return out.split('\0').filter((p) => p !== '');
}
/** Paths changed between two commits, renames split. */
async function changedPaths(git, dir, from, to) {
    const out = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOk */ .Tt)(git, ['diff', '--name-only', '--no-renames', '-z', from, to], { cwd: dir });
    return out.split('\0').filter((p) => p !== '');
}
/**
 * Commits what is staged as the action, without signing or hooks. Returns the new commit, or
 * undefined when nothing differs from HEAD (the caller records that the run changed nothing).
 */
async function commitStaged(git, dir, message, author) {
    const diff = await git(['diff', '--cached', '--quiet'], { cwd: dir });
    if (diff.exitCode === 0)
        return undefined;
    if (diff.exitCode !== 1)
        throw new Error(`git diff --cached --quiet failed: ${diff.stderr.trim()}`);
    await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOk */ .Tt)(git, ['-c', 'commit.gpgsign=false', 'commit', '--no-verify', '--quiet', '--file=-'], {
        cwd: dir,
        input: message,
        env: identityEnv(author),
    });
    return headSha(git, dir);
}
/** True when `ancestor` is reachable from `descendant` (both must be present locally). */
async function isAncestor(git, dir, ancestor, descendant) {
    const result = await git(['merge-base', '--is-ancestor', ancestor, descendant], { cwd: dir });
    if (result.exitCode > 1)
        throw new Error(`git merge-base failed: ${result.stderr.trim()}`);
    return result.exitCode === 0;
}
/** One-line descriptions (`sha subject (author)`) of the commits in `to` that are not in `from`. */
async function commitsBetween(git, dir, from, to) {
    const out = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOk */ .Tt)(git, ['log', '--format=%h %s (%an)', `${from}..${to}`], { cwd: dir });
    return out.split('\n').filter((l) => l !== '');
}
/**
 * Replays a patch series (from formatPatch) as the action, keeping each commit's message and author.
 * A patch that does not apply is aborted and thrown: the worktree is left as it was.
 */
async function applyPatches(git, dir, mbox, committer) {
    const result = await git(['-c', 'commit.gpgsign=false', 'am', '--keep-cr', '--quiet'], {
        cwd: dir,
        input: mbox,
        env: { GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email },
    });
    if (result.exitCode !== 0) {
        await git(['am', '--abort'], { cwd: dir });
        throw new Error(`The held commits do not apply on the branch any more: ${result.stderr.trim().slice(-1000)}`);
    }
    return headSha(git, dir);
}
/** The commits `from..to` as one mbox (binary-safe), for holding them until a human approves. */
const formatPatch = (git, dir, from, to) => git(['format-patch', '--binary', '--stdout', '--no-signature', `${from}..${to}`], { cwd: dir }).then((r) => {
    if (r.exitCode !== 0)
        throw new Error(`git format-patch failed: ${r.stderr.trim()}`);
    return r.stdout;
});


/***/ }),

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

/***/ 7546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TV: () => (/* binding */ pushBranch)
/* harmony export */ });
/* unused harmony exports PushRefusedError, porcelainRefStatus */
/* harmony import */ var _branch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8030);
/* harmony import */ var _commit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5895);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(668);



/**
 * Origin refused the push for a reason of its own (a pre-receive hook, branch protection, push
 * protection, a permission), not because the branch moved: retrying or fetching will not help,
 * and the server's words say what will.
 */
class PushRefusedError extends Error {
    branch;
    reason;
    serverMessages;
    constructor(branch, 
    /** Git's short reason, e.g. `pre-receive hook declined`. */
    reason, 
    /** The server's `remote:` lines, in order. */
    serverMessages) {
        super(`origin refused the push to ${branch} (${reason}).` +
            (serverMessages.length > 0
                ? ` The server said:\n${serverMessages.map((line) => `  ${line}`).join('\n')}`
                : ' The server gave no message.') +
            "\nFix what it names (a pre-receive hook, a branch rule or ruleset, push protection, the token's permissions), then re-run the job.");
        this.branch = branch;
        this.reason = reason;
        this.serverMessages = serverMessages;
        this.name = 'PushRefusedError';
    }
}
/** One ref's line of `git push --porcelain`: `<flag>\t<from>:<to>\t<summary> (<reason>)`. */
function porcelainRefStatus(stdout, ref) {
    for (const line of stdout.split('\n')) {
        const [flag = '', refs = '', rest = ''] = line.split('\t');
        if (flag.length !== 1 || !refs.endsWith(`:${ref}`))
            continue;
        const match = /^(\[[^\]]*\]|\S+)(?: \((.*)\))?$/.exec(rest.trim());
        return { flag, summary: match?.[1] ?? rest.trim(), reason: match?.[2] };
    }
    return undefined;
}
/** Rejections that mean "origin's branch moved": the fetch-and-compare path handles them. */
const MOVED = /^(non-fast-forward|fetch first|stale info)$/;
/**
 * Pushes the worktree's HEAD to `refs/heads/<branch>` on origin, fast-forward only. It refuses a
 * branch outside the prefix (throws) and never force-pushes: when origin's branch has commits that
 * are not in HEAD's history (someone else pushed), it reports them and pushes nothing.
 */
async function pushBranch(git, options) {
    const { dir, remote, branch } = options;
    (0,_branch_js__WEBPACK_IMPORTED_MODULE_0__/* .assertOwnBranch */ .Pn)(branch, options.prefix);
    const head = await (0,_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .headSha */ .xF)(git, dir);
    const tip = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteTip */ .W_)(git, dir, remote, branch);
    if (tip === head)
        return { status: 'up_to_date', sha: head };
    if (tip) {
        const fetched = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchBranch */ .D_)(git, dir, remote, branch);
        if (!(await (0,_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .isAncestor */ .QX)(git, dir, fetched, head))) {
            return {
                status: 'foreign',
                remoteSha: fetched,
                foreignCommits: await (0,_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .commitsBetween */ .$q)(git, dir, head, fetched),
            };
        }
    }
    // No '+' and no --force: git itself rejects a non-fast-forward if origin moved since the check.
    const result = await git(['push', '--no-verify', '--porcelain', remote.url, `${head}:refs/heads/${branch}`], {
        cwd: dir,
        env: remote.env,
    });
    if (result.exitCode !== 0) {
        const status = porcelainRefStatus(result.stdout, `refs/heads/${branch}`);
        if (status?.summary === '[rejected]' && MOVED.test(status.reason ?? '')) {
            const moved = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchBranch */ .D_)(git, dir, remote, branch);
            return {
                status: 'foreign',
                remoteSha: moved,
                foreignCommits: await (0,_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .commitsBetween */ .$q)(git, dir, head, moved),
            };
        }
        if (status?.flag === '!') {
            throw new PushRefusedError(branch, status.reason ?? status.summary.replace(/^\[|\]$/g, ''), (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteMessages */ .fA)(result.stderr));
        }
        throw new Error(`git push to ${branch} failed: ${(result.stderr || result.stdout).trim().slice(-2000) || '(no output)'}`);
    }
    return { status: 'pushed', sha: head, previous: tip };
}


/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   Oo: () => (/* binding */ persistedCredentials),
/* harmony export */   W_: () => (/* binding */ remoteTip),
/* harmony export */   fA: () => (/* binding */ remoteMessages),
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

/***/ 6184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip),
/* harmony export */   N: () => (/* binding */ issueBlock)
/* harmony export */ });
/* harmony import */ var _safety_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1947);

/** The most of an issue's text a prompt carries: one long issue must not crowd out the rest. */
const MAX_ISSUE_CHARS = 30_000;
/** Cuts text at `max` characters, saying so, so that the model knows it did not see everything. */
const clip = (text, max) => text.length > max ? `${text.slice(0, max)}\n[… clipped]` : text;
/** The issue as the plan and dev prompts show it: title and body, clipped, sanitised and delimited. */
const issueBlock = (issue) => (0,_safety_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .untrustedBlock */ .C9)('issue', clip(`# ${issue.title}\n\n${issue.body}`, MAX_ISSUE_CHARS));


/***/ }),

/***/ 3913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y7: () => (/* binding */ fillPrompt),
  hT: () => (/* binding */ loadPrompt),
  nQ: () => (/* binding */ renderPrompt)
});

// UNUSED EXPORTS: checkPromptOverrides

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/prompts/bundled.ts
/**
 * The prompts shipped with the action. Each path is a static `new URL(..., import.meta.url)` so
 * that ncc's asset relocator copies the file next to the bundle and rewrites the path; a computed
 * path (a template string) is NOT relocated, and a missing file is silently turned into a broken
 * module, so every entry here must name an existing file (test/unit/prompts-load.test.ts checks
 * both directions: every entry exists, every prompts/*.md has an entry).
 */
const BUNDLED_PROMPTS = {
    plan: __webpack_require__.ab + "plan.md",
    'dev-auto-parallel': __webpack_require__.ab + "dev-auto-parallel.md",
    review: __webpack_require__.ab + "review.md",
    'dev-auto-fix-review': __webpack_require__.ab + "dev-auto-fix-review.md",
    retro: __webpack_require__.ab + "retro.md",
};
const PROMPT_NAMES = Object.keys(BUNDLED_PROMPTS);

// EXTERNAL MODULE: ./src/prompts/render.ts
var render = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/prompts/load.ts



/** Fails on a `prompts.<name>` key that names no shipped prompt (a typo would be ignored silently). */
function checkPromptOverrides(overrides) {
    const unknown = Object.keys(overrides).filter((key) => !PROMPT_NAMES.includes(key));
    if (unknown.length > 0) {
        throw new Error(`Unknown prompt name${unknown.length > 1 ? 's' : ''} in the config's prompts: ${unknown.join(', ')}. ` +
            `Expected one of: ${PROMPT_NAMES.join(', ')}.`);
    }
}
/** Loads a prompt template: the repository's override when configured, else the shipped one. */
async function loadPrompt(name, source) {
    checkPromptOverrides(source.overrides);
    const path = source.overrides[name];
    if (path) {
        const text = await source.readDefaultBranchFile(path);
        if (text === undefined) {
            throw new Error(`The config sets prompts.${name}: ${path}, but ${path} does not exist on the default branch. ` +
                'Commit the file to the default branch, or remove the setting to use the shipped prompt.');
        }
        return { name, template: text, origin: `${path} on the default branch` };
    }
    return { name, template: await (0,promises_.readFile)(BUNDLED_PROMPTS[name], 'utf8'), origin: 'bundled' };
}
/** Substitutes a loaded prompt's placeholders (see renderTemplate: nothing is executed). */
function fillPrompt(prompt, values) {
    return (0,render/* renderTemplate */.Xm)(`${prompt.name} (${prompt.origin})`, prompt.template, values);
}
/** Loads a prompt and substitutes its placeholders. */
async function renderPrompt(name, values, source) {
    return fillPrompt(await loadPrompt(name, source), values);
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* unused harmony exports PromptTemplateError, placeholdersOf */
/** `{{name}}`: a placeholder. Names are letters, digits, `_` and `-`; spaces inside the braces are allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;
/** A template names a placeholder that no value was given for. */
class PromptTemplateError extends Error {
    template;
    unknown;
    known;
    constructor(template, unknown, known) {
        super(`The prompt template '${template}' uses unknown placeholder${unknown.length > 1 ? 's' : ''} ` +
            `${unknown.map((n) => `{{${n}}}`).join(', ')}. Known placeholders: ` +
            `${known.length > 0 ? known.map((n) => `{{${n}}}`).join(', ') : '(none)'}. ` +
            'Fix the spelling in the template, or remove the placeholder.');
        this.template = template;
        this.unknown = unknown;
        this.known = known;
        this.name = 'PromptTemplateError';
    }
}
/**
 * Substitutes `{{name}}` placeholders with values, and nothing else: no expressions, no loops, no
 * includes, nothing executed. Substitution is one pass over the template, so a value that itself
 * contains `{{x}}` (issue text, say) is inserted verbatim and never expanded. Every unknown
 * placeholder is reported together. `name` identifies the template in the error.
 */
function renderTemplate(name, template, values) {
    const known = Object.keys(values).sort();
    const unknown = new Set();
    for (const match of template.matchAll(PLACEHOLDER)) {
        if (!Object.hasOwn(values, match[1]))
            unknown.add(match[1]);
    }
    if (unknown.size > 0)
        throw new PromptTemplateError(name, [...unknown], known);
    return template.replace(PLACEHOLDER, (_, key) => values[key]);
}
/** The placeholders a template uses, in order of first use. */
function placeholdersOf(template) {
    return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}


/***/ }),

/***/ 1683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hm: () => (/* binding */ ForeignCommitsError),
  FS: () => (/* binding */ authorFor),
  rj: () => (/* binding */ branchCommits),
  g3: () => (/* binding */ budgetStop),
  Xp: () => (/* binding */ deadlineReason),
  hu: () => (/* binding */ deadlineStop),
  E7: () => (/* binding */ openWorkSession),
  VC: () => (/* binding */ session_push),
  BN: () => (/* binding */ recoverFromBranch),
  Rf: () => (/* binding */ spend),
  f$: () => (/* binding */ timeLeft),
  yo: () => (/* binding */ update)
});

// EXTERNAL MODULE: ./src/agent/types.ts
var types = __webpack_require__(16);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/git/push.ts
var push = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/item/job.ts + 2 modules
var item_job = __webpack_require__(7950);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/item/progress.ts


/** A throttled status-comment writer for long phases; `save` writes one state (saveItemState). */
function createProgressUpdater(save, options = {}) {
    const interval = options.intervalMs ?? 10_000;
    const now = options.now ?? Date.now;
    const onError = options.onError ?? ((m) => log.warning(m));
    let lastWrite = Number.NEGATIVE_INFINITY;
    let pending;
    let timer;
    let chain = Promise.resolve();
    const write = (state) => {
        lastWrite = now();
        chain = chain
            .then(() => save(state))
            .then(() => undefined, (error) => onError(`Could not update the status comment: ${(0,errors/* errorMessage */.g)(error)}`));
        return chain;
    };
    const flush = () => {
        timer = undefined;
        const state = pending;
        pending = undefined;
        return state ? write(state) : chain;
    };
    return {
        update(state) {
            pending = state;
            if (timer)
                return Promise.resolve();
            const wait = lastWrite + interval - now();
            if (wait <= 0)
                return flush();
            timer = setTimeout(() => void flush(), wait);
            timer.unref();
            return Promise.resolve();
        },
        async final(state) {
            await this.settle();
            lastWrite = now();
            await save(state);
        },
        async settle() {
            if (timer)
                clearTimeout(timer);
            timer = undefined;
            pending = undefined;
            await chain;
        },
    };
}

// EXTERNAL MODULE: ./src/state/index.ts + 1 modules
var state = __webpack_require__(5557);
;// CONCATENATED MODULE: ./src/work/session.ts







/**
 * A dev or fix job's session over its worktree: the job's parts, plus what follows from them (the
 * prefix, the commit author, progress saved to the status comment, nothing spent yet).
 */
function openWorkSession(job, checkout, parts) {
    return {
        ctx: job.ctx,
        job,
        ...checkout,
        ...parts,
        prefix: job.ctx.config.labels.prefix,
        author: authorFor(job.identity),
        progress: createProgressUpdater((s) => (0,item_job/* saveState */.LZ)(job, s)),
        pushed: checkout.wt.remoteTip ?? checkout.wt.base,
        usage: types/* ZERO_USAGE */.f,
        log: [],
    };
}
/** The origin's branch holds commits this job did not write: nothing more is pushed. */
class ForeignCommitsError extends Error {
    branch;
    commits;
    constructor(branch, commits) {
        super(`Origin's '${branch}' has commits this job's history lacks, so nothing was pushed (the action never ` +
            `force-pushes over work it did not write): ${commits.slice(0, 5).join('; ')}. Merge them into the ` +
            'branch history the action built, or delete the branch, then comment /codex retry.');
        this.branch = branch;
        this.commits = commits;
        this.name = 'ForeignCommitsError';
    }
}
/** The commit identity for the action's token: `<login>` with GitHub's noreply address. */
function authorFor(identity) {
    if (identity.login === 'github-actions[bot]') {
        return { name: identity.login, email: '41898282+github-actions[bot]@users.noreply.github.com' };
    }
    return { name: identity.login, email: `${identity.login}@users.noreply.github.com` };
}
/** Records a new state and sends it to the status comment (throttled). */
function update(session, state) {
    session.state = state;
    void session.progress.update(state);
}
/** Adds one run's usage to the job's and the item's totals. */
function spend(session, usage) {
    session.usage = (0,types/* addUsage */.v)(session.usage, usage);
    update(session, (0,state/* addItemUsage */.kE)(session.state, usage));
}
/** Why no further model run may start (token/cost cap, max-iterations), or undefined. */
function budgetStop(session) {
    const { config } = session.ctx;
    const capped = (0,state/* itemCapReached */.A3)(session.state.usage, config);
    if (capped)
        return capped;
    const max = config['max-iterations'];
    if (session.state.dev.iterations >= max) {
        return `The item has had ${session.state.dev.iterations} developer runs, reaching max-iterations (${max}). Raise max-iterations or split the item, then comment /codex retry.`;
    }
    return undefined;
}
/** Milliseconds left before the job's deadline (budgets.phase-timeout-minutes); ≤ 0 once past it. */
const timeLeft = (session) => session.deadline - Date.now();
/** Why dev stops at its deadline when `what` would start now; undefined while time is left. */
function deadlineStop(session, what) {
    return timeLeft(session) > 0 ? undefined : deadlineReason(session, what);
}
/** Dev stopped at its deadline: `what` did not start or was cut short; the finished criteria are pushed. */
function deadlineReason(session, what) {
    const minutes = session.ctx.config.budgets['phase-timeout-minutes'];
    const done = session.state.criteria.filter((c) => c.done).length;
    return (`Dev reached budgets.phase-timeout-minutes (${minutes}), the limit of the whole dev job: ${what}; ` +
        `${done} of ${session.state.criteria.length} criteria are done and pushed. ` +
        'Raise the timeout or split the item, then comment /codex retry to continue from there.');
}
/**
 * Pushes HEAD to the item's branch (fast-forward only, inside the prefix). A dry run pushes
 * nothing. Throws ForeignCommitsError when origin has commits we lack.
 */
async function session_push(session) {
    const head = await (0,exec/* gitOk */.Tt)(session.git, ['rev-parse', 'HEAD'], { cwd: session.wt.dir });
    if (head === session.pushed)
        return head;
    if (!session.job.writes) {
        log.info(`[dry-run] Would push ${head} to ${session.wt.branch}.`);
        return head;
    }
    const result = await (0,push/* pushBranch */.TV)(session.git, {
        dir: session.wt.dir,
        remote: session.remote,
        branch: session.wt.branch,
        prefix: session.prefix,
    });
    if (result.status === 'foreign')
        throw new ForeignCommitsError(session.wt.branch, result.foreignCommits);
    session.pushed = result.sha;
    update(session, { ...session.state, headSha: result.sha, branch: session.wt.branch });
    log.info(`Pushed ${result.sha} to ${session.wt.branch}.`);
    return result.sha;
}
/** The action's commits on the branch since the default branch, oldest first: subject and body. */
async function branchCommits(session) {
    const out = await (0,exec/* gitOk */.Tt)(session.git, ['log', '--reverse', '--format=%s%x1f%b%x1e', `refs/remotes/origin/${session.defaultBranch}..HEAD`], { cwd: session.wt.dir });
    return out
        .split('\x1e')
        .map((entry) => entry.replace(/^\n/, ''))
        .filter((entry) => entry.includes('\x1f'))
        .map((entry) => {
        const [subject = '', body = ''] = entry.split('\x1f');
        return { subject, body: body.split(/\n\n(?=Codex-)/)[0].trim() };
    });
}
/**
 * Marks criteria done whose commit is already on the branch (the action's commits carry a
 * `Codex-Criterion: N` trailer). Progress edits are throttled, so after a crash the branch can be
 * ahead of the state; this keeps a re-run from doing a finished criterion twice.
 */
async function recoverFromBranch(session) {
    const out = await (0,exec/* gitOk */.Tt)(session.git, [
        'log',
        '--format=%H%x1f%ae%x1f%(trailers:key=Codex-Criterion,valueonly,separator=%x2c)%x1e',
        `refs/remotes/origin/${session.defaultBranch}..HEAD`,
    ], { cwd: session.wt.dir });
    let criteria = session.state.criteria;
    for (const entry of out.split('\x1e')) {
        const [sha = '', email = '', trailer = ''] = entry.trim().split('\x1f');
        const index = Number(trailer.trim()) - 1;
        const criterion = criteria[index];
        if (email !== session.author.email || !criterion || criterion.done)
            continue;
        criteria = criteria.map((c, i) => (i === index ? { ...c, done: true, commit: sha } : c));
        log.info(`Criterion ${index + 1} is already on the branch (${sha.slice(0, 7)}); it is not run again.`);
    }
    if (criteria !== session.state.criteria)
        update(session, { ...session.state, criteria });
}


/***/ })

};
