export const id = 420;
export const ids = [420];
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

/***/ 2420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  devPhase: () => (/* binding */ devPhase)
});

// EXTERNAL MODULE: ./src/agent/types.ts
var types = __webpack_require__(16);
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
            if (timer)
                clearTimeout(timer);
            timer = undefined;
            pending = undefined;
            await chain;
            lastWrite = now();
            await save(state);
        },
    };
}

// EXTERNAL MODULE: ./src/state/index.ts + 1 modules
var src_state = __webpack_require__(5557);
// EXTERNAL MODULE: ./src/verify/format.ts
var format = __webpack_require__(2566);
;// CONCATENATED MODULE: ./src/git/commit.ts

const identityEnv = (who) => ({
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
});
const headSha = (git, dir) => (0,exec/* gitOk */.Tt)(git, ['rev-parse', 'HEAD'], { cwd: dir });
/**
 * Stages everything in the worktree (respecting .gitignore) and lists the paths that differ from
 * `since`, renames split into their old and new path so that moving a protected file away counts.
 */
async function stageAndListChanges(git, dir, since) {
    await (0,exec/* gitOk */.Tt)(git, ['add', '--all'], { cwd: dir });
    const out = await (0,exec/* gitOk */.Tt)(git, ['diff', '--cached', '--name-only', '--no-renames', '-z', since], {
        cwd: dir,
    });
    return out.split('\0').filter((p) => p !== '');
}
/** Paths changed between two commits, renames split. */
async function changedPaths(git, dir, from, to) {
    const out = await gitOk(git, ['diff', '--name-only', '--no-renames', '-z', from, to], { cwd: dir });
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
    await (0,exec/* gitOk */.Tt)(git, ['-c', 'commit.gpgsign=false', 'commit', '--no-verify', '--quiet', '--file=-'], {
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
    const out = await (0,exec/* gitOk */.Tt)(git, ['log', '--format=%h %s (%an)', `${from}..${to}`], { cwd: dir });
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

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/safety/glob.ts

/**
 * Glob matching for protected paths, with picomatch. For a protection rule missing a file is the
 * costly mistake, so the options differ from most glob defaults:
 * - `dot`: `*` and `**` match dot-files and dot-directories (`**\/AGENTS.md` finds `.codex/AGENTS.md`).
 * - `nocase`: a checkout on macOS or Windows treats `.GitHub` as `.github`.
 * - Every pattern is anchored at the repository root (a leading `/` or `./` is dropped); a trailing
 *   `/` means everything below the directory, and `dir/**` matches `dir` itself too (a symlink or
 *   submodule named like the folder).
 * - `noextglob`: `file(1).txt` is a file name, not an extglob; `[!a-z]` negates as in a shell.
 */
const OPTIONS = { dot: true, nocase: true, noextglob: true };
/** The pattern as picomatch reads it, for one glob as people write it in the config. */
function normaliseGlob(glob) {
    let pattern = glob.trim().replace(/^\.?\//, '');
    if (pattern.endsWith('/'))
        pattern += '**';
    // picomatch keeps a parenthesis as a regex group even without extglobs: escape it.
    return pattern.replace(/\[!/g, '[^').replace(/[()]/g, '\\$&');
}
/** The regular expression of one glob (case-insensitive, anchored). */
function globToRegExp(glob) {
    const pattern = normaliseGlob(glob);
    const regex = picomatch_default().makeRe(pattern, OPTIONS);
    if (!pattern.endsWith('/**'))
        return regex;
    // `dir/**` also matches `dir`.
    const dir = picomatch_default().makeRe(pattern.slice(0, -3), OPTIONS);
    return new RegExp(`(?:${regex.source})|(?:${dir.source})`, regex.flags);
}
/** The globs in `globs` that `path` (repository-relative, `/`-separated) matches. */
function matchingGlobs(path, globs) {
    const normalised = path.replace(/\\/g, '/').replace(/^\.\//, '');
    return globs.filter((glob) => globToRegExp(glob).test(normalised));
}

// EXTERNAL MODULE: ./src/safety/inline.ts + 1 modules
var safety_inline = __webpack_require__(3377);
// EXTERNAL MODULE: ./src/safety/normalize.ts
var normalize = __webpack_require__(9229);
// EXTERNAL MODULE: ./src/safety/shell.ts
var shell = __webpack_require__(4008);
;// CONCATENATED MODULE: ./src/safety/audit.ts




const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const SHELL_TOOLS = new Set(['exec_command', 'shell_command', 'write_stdin', 'shell', 'local_shell']);
const MAX_DEPTH = 4;
/**
 * Always allowed, whatever the configured list says: builtins that run nothing and change no file,
 * and `apply_patch`, which Codex intercepts and applies itself (the files it changes are audited as
 * changed paths).
 */
const ALWAYS_ALLOWED = [
    'cd',
    'pushd',
    'popd',
    'pwd',
    'true',
    'false',
    ':',
    'exit',
    'set -e',
    'set -u',
    'set -x',
    'set -eu',
    'set -o pipefail',
    'set -euo pipefail',
    'apply_patch',
    'applypatch',
];
/** True when argv starts with every token of one allow-list entry ("git status" allows `git status -s`). */
function allowedBy(argv, allow) {
    return allow.find((entry) => {
        const tokens = entry.trim().split(/\s+/).filter(Boolean);
        return tokens.length > 0 && tokens.every((token, k) => argv[k] === token);
    });
}
/** Commands that run another command: `env X=1 curl`, `timeout 5 curl`, `find . -exec curl {} ;`. */
function wrappedCommands(argv) {
    if ((0,normalize/* programName */.kX)(argv[0] ?? '') === 'find') {
        const rest = argv.slice(1);
        const found = [];
        for (let k = 0; k < rest.length; k++) {
            if (['-exec', '-execdir', '-ok', '-okdir'].includes(rest[k])) {
                const end = rest.findIndex((arg, j) => j > k && (arg === ';' || arg === '+'));
                found.push(rest.slice(k + 1, end < 0 ? rest.length : end));
                k = end < 0 ? rest.length : end;
            }
        }
        return found;
    }
    const inner = (0,normalize/* launched */.ZZ)(argv);
    return inner ? [inner] : [];
}
/** True when an allow entry names the inline form itself (`node -e` for `node -e '…'`). */
const allowsInline = (argv, at, allow) => allow.some((entry) => {
    const tokens = entry.trim().split(/\s+/).filter(Boolean);
    return tokens.length > at && tokens.every((token, k) => argv[k] === token);
});
/**
 * Why argv (one simple command) needs a person, or undefined when it is allowed. The deny-list is
 * matched under every spelling (paths, launchers, git's global options), the allow-list only as
 * written; inline code escalates even under an allowed prefix.
 */
function checkArgv(argv, lists, depth) {
    if (depth > MAX_DEPTH)
        return 'cannot be checked: nested too deeply';
    const script = (0,shell/* shellScriptOf */.J)(argv);
    if (script !== undefined)
        return checkScript(script, lists, depth + 1);
    const denied = (0,normalize/* deniedBy */.ny)(argv, lists.deny);
    if (denied)
        return `'${denied.entry}' is in commands.deny (spelled '${clip(denied.spelled, 80)}')`;
    const alias = (0,normalize/* gitCommandLineAlias */.yl)(argv);
    if (alias)
        return `defines the git alias '${alias}' on the command line, which commands.deny cannot be checked against`;
    const inline = (0,safety_inline/* inlineCode */.t)(argv);
    if (inline && !allowsInline(argv, inline.at, lists.allow))
        return inline.reason;
    if (!allowedBy(argv, lists.allow) && !allowedBy(argv, ALWAYS_ALLOWED))
        return `'${argv.slice(0, 3).join(' ')}' is not in commands.allow`;
    for (const inner of wrappedCommands(argv)) {
        if (inner.length === 0)
            continue;
        const why = checkArgv(inner, lists, depth + 1);
        if (why)
            return `runs another command: ${why}`;
    }
    return undefined;
}
function checkScript(script, lists, depth) {
    const parsed = (0,shell/* parseShell */.a)(script);
    if (!parsed.ok)
        return parsed.reason;
    for (const argv of parsed.commands) {
        const why = checkArgv(argv, lists, depth);
        if (why)
            return why;
    }
    return undefined;
}
/**
 * Why one attempted command needs a person, or undefined when every simple command in it is
 * allowed. Compound scripts are split (`&&`, `||`, `;`, `|`, newlines) and each part checked;
 * `bash -lc '...'` is unwrapped; what cannot be parsed is an escalation, never a pass. Each part
 * is checked against `deny` under any spelling (normalize.ts), for inline code (inline.ts), then
 * against `allow` as written. A record marked `tampered` is a finding whatever it holds.
 */
function auditCommand(attempt, allow, deny = []) {
    if (attempt.tampered)
        return attempt.tampered;
    if (!SHELL_TOOLS.has(attempt.tool))
        return `the tool '${attempt.tool}' runs something the allow-list cannot vouch for`;
    if (attempt.escalated)
        return 'asked to run outside the sandbox';
    const lists = { allow, deny };
    if (attempt.argv && attempt.argv.length > 0)
        return checkArgv(attempt.argv, lists, 0);
    return checkScript(attempt.command, lists, 0);
}
/** Checks every attempted command against the allow-list and every changed path against the protected globs. */
function audit(input) {
    const commands = [];
    const seen = new Set();
    for (const attempt of input.commands) {
        const reason = auditCommand(attempt, input.allow, input.deny);
        const key = `${attempt.command}\0${reason}`;
        if (reason && !seen.has(key)) {
            seen.add(key);
            commands.push({ command: attempt.command, reason });
        }
    }
    const paths = input.changedPaths
        .map((path) => ({ path, globs: matchingGlobs(path, input.protectedPaths) }))
        .filter((finding) => finding.globs.length > 0);
    return { commands, paths };
}
const needsEscalation = (report) => report.commands.length > 0 || report.paths.length > 0;
/** The report as the one-line entries stored in the item state (`escalation.commands`/`paths`). */
function escalationLines(report) {
    return {
        commands: report.commands.map((f) => `${clip(f.command.replace(/\s+/g, ' ').trim(), 200)} — ${f.reason}`),
        paths: report.paths.map((f) => `${f.path} (protected by ${f.globs.join(', ')})`),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var safety_markdown = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/work/hold.ts




/**
 * Commits held back by an escalation. Nothing is pushed until a person approves, and the next job
 * runs on a fresh runner, so the commits travel in a comment of the action's own: a readable diff
 * for the person approving, and the exact patch series (gzip, base64) that the release applies.
 * The sha256 of the patch is checked before it is applied.
 */
const HOLD_MARKER = '<!-- codex-orchestrator:held-commits -->';
const DATA_OPEN = '<!-- codex-orchestrator:held ';
const DATA_CLOSE = ' -->';
/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_HOLD_BODY = 64_000;
const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
/** Thrown when the held commits do not fit in one comment. */
class HoldTooLargeError extends Error {
    size;
    constructor(size) {
        super(`The held commits are too large to keep for approval (${size} characters compressed; a comment holds ` +
            `${MAX_HOLD_BODY}). Split the work item into smaller ones, or make this change by hand.`);
        this.size = size;
        this.name = 'HoldTooLargeError';
    }
}
/**
 * The hold comment: the escalation's subjects, the diff (clipped to what fits), and the hidden patch.
 * `diff` is `git diff` of the held commits, `reason` the escalation in one line.
 */
function renderHold(item, info, mbox, diff, reason) {
    const payload = {
        v: 1,
        criterion: info.criterion,
        base: info.base,
        subjects: info.subjects,
        sha256: sha256(mbox),
        patch: (0,external_node_zlib_.gzipSync)(Buffer.from(mbox, 'utf8'), { level: 9 }).toString('base64'),
    };
    // The subjects are the agent's text: a subject holding `-->` ended the comment early, and one
    // holding the block's opener was where parseHold (lastIndexOf) started reading, so the hold could
    // not be released. `<`, `>` and each `-` of a `--` are JSON escapes here (as in the state
    // block), so the data holds neither.
    const json = JSON.stringify(payload)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/-(?=-)/g, '\\u002d');
    const data = `${DATA_OPEN}${json}${DATA_CLOSE}`;
    const head = [
        HOLD_MARKER,
        `### Commits held for approval (#${item})`,
        `Codex made these commits, but nothing was pushed: ${escapeText(reason)}`,
        'A user with write access can review the diff below and comment `/codex approve` to push exactly these commits.',
        '',
        ...info.subjects.map((s) => `- ${escapeText(s)}`),
    ].join('\n');
    const room = MAX_HOLD_BODY - head.length - data.length - 200;
    if (room < 0)
        throw new HoldTooLargeError(data.length);
    // The diff is the agent's code: shown as written, but for the action's marker prefix.
    const code = (0,safety_markdown/* renderModelCode */.rk)(diff);
    const shown = code.length > room ? `${code.slice(0, Math.max(0, room - 40))}\n[… diff clipped]` : code;
    const f = (0,markdown/* fenceFor */.Lt)(shown);
    return [
        head,
        '',
        '<details><summary>Diff</summary>',
        '',
        `${f}diff`,
        shown,
        f,
        '',
        '</details>',
        '',
        data,
    ].join('\n');
}
/**
 * Reads the hold out of the action's own comment body; undefined when the body holds no patch (a
 * released hold). Throws when the data is damaged: the patch is then not applied.
 */
function parseHold(body) {
    const start = body.lastIndexOf(DATA_OPEN);
    if (start < 0)
        return undefined;
    const end = body.indexOf(DATA_CLOSE, start + DATA_OPEN.length);
    if (end < 0)
        throw new Error('The held-commits comment is damaged (its data is not closed).');
    const raw = JSON.parse(body.slice(start + DATA_OPEN.length, end));
    if (raw.v !== 1 ||
        typeof raw.patch !== 'string' ||
        typeof raw.sha256 !== 'string' ||
        typeof raw.base !== 'string') {
        throw new Error('The held-commits comment is damaged (unexpected data). Re-run the item with /codex retry.');
    }
    const mbox = (0,external_node_zlib_.gunzipSync)(Buffer.from(raw.patch, 'base64')).toString('utf8');
    if (sha256(mbox) !== raw.sha256) {
        throw new Error('The held commits do not match their checksum; they were changed after the hold. Nothing was applied.');
    }
    return {
        criterion: typeof raw.criterion === 'number' ? raw.criterion : null,
        base: raw.base,
        subjects: Array.isArray(raw.subjects) ? raw.subjects.map(String) : [],
        mbox,
        sha256: raw.sha256,
    };
}
/** The comment after the release: what was pushed and who approved it, without the patch. */
function renderReleased(item, hold, by, pushed) {
    return [
        HOLD_MARKER,
        `### Held commits released (#${item})`,
        `Approved by ${escapeText(by)}; pushed as \`${pushed.slice(0, 12)}\`.`,
        '',
        ...hold.subjects.map((s) => `- ${escapeText(s)}`),
    ].join('\n');
}
/**
 * Rendered like the status comment (no hidden blocks, images or mentions), but never clipped: the
 * person approving reads each line whole (the comment as a whole is bounded by MAX_HOLD_BODY).
 */
const escapeText = (text) => (0,markdown/* safeLine */.om)(text, Number.POSITIVE_INFINITY);

;// CONCATENATED MODULE: ./src/git/push.ts



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
    (0,git_branch/* assertOwnBranch */.Pn)(branch, options.prefix);
    const head = await headSha(git, dir);
    const tip = await (0,git_remote/* remoteTip */.W_)(git, dir, remote, branch);
    if (tip === head)
        return { status: 'up_to_date', sha: head };
    if (tip) {
        const fetched = await (0,git_remote/* fetchBranch */.D_)(git, dir, remote, branch);
        if (!(await isAncestor(git, dir, fetched, head))) {
            return {
                status: 'foreign',
                remoteSha: fetched,
                foreignCommits: await commitsBetween(git, dir, head, fetched),
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
            const moved = await (0,git_remote/* fetchBranch */.D_)(git, dir, remote, branch);
            return {
                status: 'foreign',
                remoteSha: moved,
                foreignCommits: await commitsBetween(git, dir, head, moved),
            };
        }
        if (status?.flag === '!') {
            throw new PushRefusedError(branch, status.reason ?? status.summary.replace(/^\[|\]$/g, ''), (0,git_remote/* remoteMessages */.fA)(result.stderr));
        }
        throw new Error(`git push to ${branch} failed: ${(result.stderr || result.stdout).trim().slice(-2000) || '(no output)'}`);
    }
    return { status: 'pushed', sha: head, previous: tip };
}

;// CONCATENATED MODULE: ./src/work/session.ts





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
    update(session, (0,src_state/* addItemUsage */.kE)(session.state, usage));
}
/** Why no further model run may start (token/cost cap, max-iterations), or undefined. */
function budgetStop(session) {
    const { config } = session.ctx;
    const capped = (0,src_state/* itemCapReached */.A3)(session.state.usage, config);
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
async function push(session) {
    const head = await (0,exec/* gitOk */.Tt)(session.git, ['rev-parse', 'HEAD'], { cwd: session.wt.dir });
    if (head === session.pushed)
        return head;
    if (!session.job.writes) {
        log.info(`[dry-run] Would push ${head} to ${session.wt.branch}.`);
        return head;
    }
    const result = await pushBranch(session.git, {
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

;// CONCATENATED MODULE: ./src/work/escalation.ts








/**
 * Stops the work on an escalation: the commits since the last push are kept in the hold comment
 * (nothing is pushed), and the state lists what needs approval. `criterion` is the index of the
 * criterion the run worked on, null for the verification fix run.
 */
async function holdForApproval(session, report, criterion) {
    const { git, wt, job } = session;
    const lines = escalationLines(report);
    const head = await headSha(git, wt.dir);
    const reason = [
        lines.commands.length > 0 ? `${lines.commands.length} command(s) outside commands.allow` : '',
        lines.paths.length > 0 ? `${lines.paths.length} protected path(s) changed` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    let held = 'no commits';
    if (head !== session.pushed) {
        const subjects = (await commitsBetween(git, wt.dir, session.pushed, head)).reverse();
        const mbox = await formatPatch(git, wt.dir, session.pushed, head);
        const diff = await (0,exec/* gitOk */.Tt)(git, ['diff', '--no-color', session.pushed, head], { cwd: wt.dir });
        let body;
        try {
            body = renderHold(session.item, { criterion, base: session.pushed, subjects }, mbox, diff, reason);
        }
        catch (error) {
            if (error instanceof HoldTooLargeError)
                return { reason: `${reason}. ${error.message}` };
            throw error;
        }
        await (0,comments/* upsertMarkedComment */.Zd)(job.client, job.repo, session.item, HOLD_MARKER, body, job.identity, {
            dryRun: !job.writes,
        });
        held = `${subjects.length} commit(s) held in a comment`;
    }
    update(session, {
        ...session.state,
        escalation: {
            commands: lines.commands,
            paths: lines.paths,
            phase: 'dev',
            raisedAt: new Date().toISOString(),
            approvedBy: null,
            approvedAt: null,
        },
        dev: { ...session.state.dev, current: criterion },
    });
    log.info(`Escalation: ${reason}; ${held}, nothing pushed.`);
    return {
        reason: `Escalation: ${reason}. Nothing was pushed (${held}); a person with write access must comment /codex approve.`,
    };
}
/**
 * Releases an approved escalation: applies the held commits (checksum verified) on the branch and
 * pushes them, without running the model again; the criterion they belong to is marked done.
 */
async function releaseApproved(session) {
    const { job, git, wt } = session;
    const escalation = session.state.escalation;
    const comment = await (0,comments/* findMarkedComment */.Jp)(job.client, job.repo, session.item, HOLD_MARKER, job.identity);
    const hold = comment ? parseHold(comment.body) : undefined;
    const criterion = hold ? hold.criterion : session.state.dev.current;
    let sha = null;
    if (hold) {
        sha = await applyPatches(git, wt.dir, hold.mbox, session.author);
        await push(session);
    }
    const criteria = session.state.criteria.map((c, i) => i === criterion ? { ...c, done: true, commit: sha ?? c.commit } : c);
    const by = escalation.approvedBy ?? 'unknown';
    update(session, (0,src_state/* noteEvent */.Rh)({ ...session.state, criteria, escalation: null, dev: { ...session.state.dev, current: null } }, `released ${hold ? `${hold.subjects.length} held commit(s)` : 'the escalation'} approved by ${by}`, job.runUrl));
    if (hold && comment) {
        await (0,comments/* upsertMarkedComment */.Zd)(job.client, job.repo, session.item, HOLD_MARKER, renderReleased(session.item, hold, by, sha ?? ''), job.identity, { dryRun: !job.writes });
    }
    log.info(`Released the escalation approved by ${by}${sha ? `: pushed ${sha}` : ''}.`);
}

// EXTERNAL MODULE: ./src/verify/isolate.ts + 1 modules
var isolate = __webpack_require__(935);
// EXTERNAL MODULE: ./src/verify/run.ts
var run = __webpack_require__(7760);
// EXTERNAL MODULE: ./src/prompts/issue.ts
var issue = __webpack_require__(6184);
// EXTERNAL MODULE: ./src/prompts/load.ts + 1 modules
var load = __webpack_require__(3913);
// EXTERNAL MODULE: ./src/safety/sanitize.ts
var sanitize = __webpack_require__(1947);
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
    const done = await branchCommits(session);
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

// EXTERNAL MODULE: ./src/agent/retry.ts
var retry = __webpack_require__(6163);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/work/schema.ts

/** The developer's answer after one run: done, or too big for one change. */
const devAnswerSchema = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['done', 'needs_decomposition']),
    summary: schemas/* string */.YjP().trim().min(1).max(4000),
});
/** Sent with `--output-schema` (OpenAI's strict subset: closed object, every property required). */
const DEV_OUTPUT_SCHEMA = {
    json: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'summary'],
        properties: {
            status: {
                type: 'string',
                enum: ['done', 'needs_decomposition'],
                description: 'done: the task is done; needs_decomposition: far too big for one change.',
            },
            summary: { type: 'string', description: 'What changed and how it was tested, for the pull request.' },
        },
    },
    zod: devAnswerSchema,
};

;// CONCATENATED MODULE: ./src/work/step.ts





/**
 * One developer run in a fresh thread (sandbox workspace-write, cwd the worktree), then the audit
 * and the commit. An answer that breaks the schema is asked for again once in the same thread.
 * Every command the agent attempted (from its rollout) is checked against the allow-list and every
 * changed path against the protected globs; the commit is made either way, and the caller decides
 * whether it may be pushed.
 */
async function runStep(request) {
    const { agent, git, dir } = request;
    const before = await headSha(git, dir);
    const { result, usage } = await (0,retry/* runWithSchemaRetry */.P)(agent, {
        prompt: request.prompt,
        label: request.label,
        cwd: dir,
        sandbox: 'workspace-write',
        timeoutMs: request.timeoutMs,
        deniedCommands: request.deniedCommands,
        networkAccess: request.networkAccess,
        outputSchema: DEV_OUTPUT_SCHEMA,
    });
    const threadId = result.threadId;
    if (!result.ok) {
        return {
            kind: 'failed',
            failure: result.kind,
            threadId,
            usage,
            message: `${request.label}: ${result.message}`,
        };
    }
    const answer = result.output;
    if (answer.status === 'needs_decomposition') {
        return { kind: 'needs_decomposition', threadId, usage, summary: answer.summary };
    }
    // The sandbox keeps .git read-only, but should a commit slip through, fold it into ours so that
    // every pushed commit is the action's.
    if ((await headSha(git, dir)) !== before)
        await (0,exec/* gitOk */.Tt)(git, ['reset', '--soft', before], { cwd: dir });
    const changedPaths = await stageAndListChanges(git, dir, before);
    const attempted = agent.attemptedCommands ? await agent.attemptedCommands(result.threadId) : undefined;
    const report = audit({
        commands: attempted ?? [],
        changedPaths,
        allow: request.allow,
        deny: request.deniedCommands,
        protectedPaths: request.protectedPaths,
    });
    if (!attempted) {
        report.commands.push({
            command: '(all commands of this run)',
            reason: `the ${agent.name} runner cannot list the commands it attempted, so they cannot be checked`,
        });
    }
    const sha = await commitStaged(git, dir, request.message(answer.summary, result.threadId), request.author);
    if (needsEscalation(report))
        return { kind: 'escalated', threadId, usage, sha, summary: answer.summary, report };
    return { kind: 'committed', threadId, usage, sha, summary: answer.summary };
}

;// CONCATENATED MODULE: ./src/work/loop.ts








/**
 * One developer run for a task, with the state bookkeeping around it. `cutByDeadline`: the run hit
 * its timeout, and that timeout was the time left of the job, not the criterion's own.
 */
async function step(session, task) {
    const { ctx } = session;
    const key = task.kind === 'fix' ? 'dev:fix' : `dev:${task.index}`;
    update(session, {
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
    const timeoutMs = Math.max(1, Math.min(criterionMs, timeLeft(session)));
    const outcome = await runStep({
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
    spend(session, outcome.usage);
    if (outcome.kind === 'failed')
        log.info(outcome.message);
    if (outcome.threadId) {
        update(session, { ...session.state, threads: { ...session.state.threads, [key]: outcome.threadId } });
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
    // Refused before any model work: the verification would have to run exposed (DESIGN §8.11).
    const isolation = commands.length > 0
        ? await (0,isolate/* jobIsolation */._O)({ codexPaths: [ctx.inputs.codexPath].filter(Boolean), log: log.info })
        : undefined;
    if (isolation && !isolation.available)
        return { status: 'error', reason: isolation.reason };
    for (let index = 0; index < session.state.criteria.length; index++) {
        if (session.state.criteria[index].done)
            continue;
        const stop = deadlineStop(session, `criterion ${index + 1} was not started`) ?? budgetStop(session);
        if (stop)
            return { status: 'blocked', reason: stop };
        const outcome = await step(session, { kind: 'criterion', index });
        if (outcome.cutByDeadline) {
            const what = `criterion ${index + 1} was cut short and its changes were dropped`;
            return { status: 'blocked', reason: deadlineReason(session, what) };
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
            return { status: 'blocked', ...(await holdForApproval(session, outcome.report, index)) };
        const sha = await push(session);
        const criteria = session.state.criteria.map((c, i) => i === index ? { ...c, done: true, commit: outcome.sha ? sha : null } : c);
        if (!outcome.sha)
            log.info(`Criterion ${index + 1}: the run changed nothing; recorded as done without a commit.`);
        update(session, { ...session.state, criteria, dev: { ...session.state.dev, current: null } });
    }
    if (commands.length === 0) {
        return {
            status: 'complete',
            report: undefined,
            reason: 'Every criterion is done; no verify.commands are configured.',
        };
    }
    const verify = () => log.group('Verification', () => (0,run/* runVerification */.tM)({
        commands,
        cwd: session.wt.dir,
        timeoutMs: ctx.config.verify['timeout-minutes'] * 60_000,
        network: ctx.config.sandbox.network,
        isolation,
    }));
    let report = await verify();
    if (!report.ok) {
        const late = deadlineStop(session, 'the verification failed and its fix run was not started');
        if (late)
            return blockedWithReport(session, report, late);
        const stop = budgetStop(session);
        if (!stop) {
            const outcome = await step(session, { kind: 'fix', failure: (0,format/* verifyFailureText */.Jw)(report) });
            if (outcome.kind === 'escalated') {
                return { status: 'blocked', ...(await holdForApproval(session, outcome.report, null)) };
            }
            if (outcome.cutByDeadline) {
                const what = 'the verification fix run was cut short and its changes were dropped';
                return blockedWithReport(session, report, deadlineReason(session, what));
            }
            if (outcome.kind === 'committed') {
                await push(session);
                report = await verify();
            }
        }
    }
    update(session, { ...session.state, dev: { ...session.state.dev, verifyOutput: (0,format/* verifyStateText */.mB)(report) } });
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
    update(session, { ...session.state, dev: { ...session.state.dev, verifyOutput: (0,format/* verifyStateText */.mB)(report) } });
    return { status: 'blocked', reason };
}

// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/backlog/docs-file.ts + 1 modules
var docs_file = __webpack_require__(94);
// EXTERNAL MODULE: ./src/backlog/mirror.ts
var mirror = __webpack_require__(3824);
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
    const issue = await (0,issues/* readIssue */.O)(job.client, job.repo, session.item);
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
    const sha = await commitStaged(session.git, wt.dir, `Mark docs item ${marker.id} done\n\nSets status: done in ${path} and ticks its acceptance criteria; merging this pull request archives the item.`, session.author);
    if (sha)
        await push(session);
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


















const _skipped = (reason, item) => ({ status: 'skipped', reason, item });
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
    const session = {
        ctx,
        job,
        git,
        wt,
        remote,
        item,
        issue,
        prefix,
        author: authorFor(job.identity),
        state,
        progress: createProgressUpdater((s) => (0,item_job/* saveState */.LZ)(job, s)),
        pushed: wt.remoteTip ?? wt.base,
        defaultBranch: base,
        deadline,
        usage: types/* ZERO_USAGE */.f,
        log: [],
    };
    try {
        let outcome;
        try {
            await recoverFromBranch(session);
            if (session.state.escalation?.approvedBy)
                await releaseApproved(session);
            outcome = await developAndVerify(session);
        }
        catch (error) {
            if (!(error instanceof ForeignCommitsError))
                log.info(`Dev failed: ${error instanceof Error && error.stack ? error.stack : (0,errors/* errorMessage */.g)(error)}`);
            outcome = {
                status: error instanceof ForeignCommitsError ? 'blocked' : 'error',
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
            summaries: (await branchCommits(session)).map((c) => `${c.subject}${c.body ? ` — ${c.body}` : ''}`),
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
    state = (0,src_state/* finishPhase */.Ng)(state, 'dev', outcome.status, {
        runUrl: job.runUrl,
        note: reason.slice(0, 300),
        nextAction: next,
    });
    await session.progress.final(state);
    session.state = state;
    await (0,item_job/* setLabel */.je)(job, item, outcome.status === 'complete' ? 'in-progress' : 'blocked');
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


/***/ })

};
