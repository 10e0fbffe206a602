export const id = 922;
export const ids = [922];
export const modules = {

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
/* unused harmony export commitPaths */
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
/**
 * Commits `paths` alone as the action, in a checkout a person works in: anything else they staged
 * stays staged and out of the commit (`git commit --only`), no signing, no hooks. Returns the new
 * commit, or undefined when the paths do not differ from HEAD.
 */
async function commitPaths(git, dir, paths, message, author) {
    await gitOk(git, ['add', '--', ...paths], { cwd: dir });
    const diff = await git(['diff', '--cached', '--quiet', 'HEAD', '--', ...paths], { cwd: dir });
    if (diff.exitCode === 0)
        return undefined;
    if (diff.exitCode !== 1)
        throw new Error(`git diff --cached --quiet failed: ${diff.stderr.trim()}`);
    await gitOk(git, ['-c', 'commit.gpgsign=false', 'commit', '--no-verify', '--quiet', '--only', '--file=-', '--', ...paths], { cwd: dir, input: message, env: identityEnv(author) });
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

/***/ 912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ SecretInPushError),
  L: () => (/* binding */ findSecretInPush)
});

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/safety/secret-stream.ts

/**
 * Scans bytes that arrive in pieces (a git object hundreds of megabytes long) for the job's
 * secrets, in every form {@link SecretScanner} knows, holding under 100 KiB at a time.
 *
 * The text is scanned in windows. What a window hands on to the next is its tail from just after
 * the (reach + 1)-th last letter or digit: a match that begins in one window and ends in the next
 * spans at most `reach` letters and digits (SecretScanner.reach), so it begins inside that tail and
 * is found whole in the next window. The tail is capped at {@link MAX_CARRY} characters: a secret
 * whose pieces lie further apart than that (32 KiB of punctuation between two letters) is not
 * found across a window's edge.
 *
 * Bytes are read as UTF-8 (invalid sequences become U+FFFD), so a secret stored in a binary file
 * is found as long as its own bytes are there; one inside compressed data is not.
 */
/**
 * Text collected before a scan: large enough that the scanner's per-call work is lost in it, small
 * enough that its strings stay in V8's young generation (larger ones are freed only by a full
 * collection: with 1 MiB windows a 128 MB push grew the process by 170 MB instead of under 40).
 */
const WINDOW = 64 * 1024;
/** The most characters one window hands on to the next. */
const MAX_CARRY = 32 * 1024;
class SecretStream {
    scanner;
    pending = '';
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    hit;
    constructor(scanner) {
        this.scanner = scanner;
    }
    /** Adds the next bytes; returns the first secret found so far, if any (and keeps returning it). */
    write(bytes) {
        if (this.hit || this.scanner.empty)
            return this.hit;
        this.pending += this.decoder.write(bytes);
        if (this.pending.length >= WINDOW)
            this.scan(false);
        return this.hit;
    }
    /** Scans what is left; returns the first secret found in the whole text, if any. */
    end() {
        if (this.hit || this.scanner.empty)
            return this.hit;
        this.pending += this.decoder.end();
        this.scan(true);
        return this.hit;
    }
    scan(last) {
        // `holds` decides with a third of the work; `find` then names the form for the error.
        const match = this.scanner.holds(this.pending) ? this.scanner.find(this.pending) : undefined;
        if (match)
            this.hit = { secret: match.secret, form: match.form };
        this.pending = match || last ? '' : carried(this.pending, this.scanner.reach);
    }
}
const isAlnum = (code) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** The tail of `text` after its (reach + 1)-th last letter or digit, at most MAX_CARRY long. */
function carried(text, reach) {
    const floor = Math.max(0, text.length - MAX_CARRY);
    let seen = 0;
    for (let i = text.length - 1; i >= floor; i--) {
        if (isAlnum(text.charCodeAt(i)) && ++seen > reach)
            return text.slice(i + 1);
    }
    return text.slice(floor);
}

// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
;// CONCATENATED MODULE: ./src/git/outgoing.ts


/**
 * Thrown instead of pushing: the commits would carry a secret to origin. Names the commit and
 * the file, never the secret's value; nothing was pushed.
 */
class SecretInPushError extends Error {
    branch;
    found;
    constructor(branch, found) {
        super(`Refused to push to ${branch}: commit ${found.commit.slice(0, 12)} would carry ${found.secret} ` +
            `(${found.form}) to origin in ${found.where}. Nothing was pushed; origin's branch is as it was. ` +
            'The model wrote the secret into the work (a summary becomes a commit message): check the run ' +
            'and what it read for a prompt injection, then comment /codex retry (or run the job again).');
        this.branch = branch;
        this.found = found;
        this.name = 'SecretInPushError';
    }
}
/**
 * The first secret `head` would carry to origin, or undefined. `known` are commits origin already
 * has (the branch's remote tip, the commit the work started from): they and their history are
 * not sent again, so not scanned. Throws when git cannot list or read the objects: a push that
 * could not be checked does not happen.
 */
async function findSecretInPush(git, dir, options) {
    const { head, scanner } = options;
    if (scanner.empty)
        return undefined;
    const range = [head, ...options.known.map((sha) => `^${sha}`)];
    const listed = await (0,exec/* gitOk */.Tt)(git, ['rev-list', '--objects', ...range, '--'], { cwd: dir });
    const objects = listed
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const space = line.indexOf(' ');
        return space < 0 ? { oid: line, path: '' } : { oid: line.slice(0, space), path: line.slice(space + 1) };
    });
    if (objects.length === 0)
        return undefined;
    // Paths first: one small text, and a secret split across two file names is found too.
    const paths = objects.map((o) => o.path).join('\n');
    const inPath = scanner.find(paths);
    if (inPath) {
        const line = paths.slice(0, inPath.start).split('\n').length - 1;
        return {
            secret: inPath.secret,
            form: inPath.form,
            where: 'a file name',
            commit: await commitOf(git, dir, objects[line].oid, range),
        };
    }
    const reader = new BatchReader(scanner);
    const result = await git(['cat-file', '--batch'], {
        cwd: dir,
        input: `${objects.map((o) => o.oid).join('\n')}\n`,
        onStdout: (chunk) => reader.push(chunk),
    });
    const hit = reader.hit;
    if (hit) {
        const path = objects.find((o) => o.oid === hit.oid)?.path ?? '';
        return {
            secret: hit.secret,
            form: hit.form,
            commit: hit.type === 'commit' ? hit.oid : await commitOf(git, dir, hit.oid, range),
            where: hit.type === 'commit' ? 'its message or author fields' : `the file ${scanner.redact(path)}`,
        };
    }
    if (result.exitCode !== 0 || !reader.complete(objects.length)) {
        throw new Error(`Could not read the ${objects.length} object(s) the push would send, to check them for secrets ` +
            `(git cat-file --batch exited ${result.exitCode}: ${result.stderr.trim().slice(-500) || 'no message'}). ` +
            'Nothing was pushed; run the job again.');
    }
    return undefined;
}
/** The oldest commit of the range that adds the object (the one that brings it to origin). */
async function commitOf(git, dir, oid, range) {
    const out = await (0,exec/* gitOk */.Tt)(git, ['log', '--format=%H', `--find-object=${oid}`, ...range, '--'], { cwd: dir });
    return out.split('\n').filter(Boolean).at(-1) ?? range[0];
}
/**
 * Reads `git cat-file --batch` output (`<oid> <type> <size>\n<content>\n` per object) chunk by
 * chunk, scanning commits and blobs; trees hold only names (scanned from the object list) and
 * hashes. Stops at the first secret.
 */
class BatchReader {
    scanner;
    hit;
    header = [];
    current;
    read = 0;
    constructor(scanner) {
        this.scanner = scanner;
    }
    /** True when every one of `count` objects was read to its end. */
    complete(count) {
        return this.read === count && !this.current && this.header.length === 0;
    }
    /** Takes the next chunk; false once a secret is found (no more is needed). */
    push(chunk) {
        let at = 0;
        while (at < chunk.length && !this.hit) {
            if (!this.current) {
                const newline = chunk.indexOf(10, at);
                if (newline < 0) {
                    this.header.push(chunk.subarray(at));
                    return true;
                }
                this.header.push(chunk.subarray(at, newline));
                this.start(Buffer.concat(this.header).toString('utf8'));
                this.header = [];
                at = newline + 1;
                continue;
            }
            const object = this.current;
            // `left` counts the content and the newline after it; the newline is not content.
            const take = Math.min(object.left, chunk.length - at);
            const content = Math.min(take, object.left - 1);
            const found = content > 0 ? object.stream?.write(chunk.subarray(at, at + content)) : undefined;
            at += take;
            object.left -= take;
            const ended = object.left === 0;
            if (ended) {
                this.current = undefined;
                this.read += 1;
            }
            const hit = found ?? (ended ? object.stream?.end() : undefined);
            if (hit)
                this.hit = { ...hit, oid: object.oid, type: object.type };
        }
        return !this.hit;
    }
    start(header) {
        const [oid = '', type = '', size = ''] = header.split(' ');
        const bytes = /^\d+$/.test(size) ? Number(size) : Number.NaN;
        if (!Number.isSafeInteger(bytes)) {
            throw new Error(`git cat-file --batch answered '${header.slice(0, 100)}' where an object header belongs.`);
        }
        const scanned = type === 'commit' || type === 'blob';
        this.current = {
            oid,
            type,
            left: bytes + 1,
            stream: scanned ? new SecretStream(this.scanner) : undefined,
        };
    }
}


/***/ }),

/***/ 7546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TV: () => (/* binding */ pushBranch)
/* harmony export */ });
/* unused harmony exports PushRefusedError, porcelainRefStatus */
/* harmony import */ var _safety_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3836);
/* harmony import */ var _branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8030);
/* harmony import */ var _commit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5895);
/* harmony import */ var _outgoing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(912);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(668);





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
 * are not in HEAD's history (someone else pushed), it reports them and pushes nothing. Every
 * object the push would send is first checked for the job's secrets (src/git/outgoing.ts); one
 * that holds a secret stops the push with a SecretInPushError, and nothing reaches origin.
 */
async function pushBranch(git, options) {
    const { dir, remote, branch } = options;
    (0,_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .assertOwnBranch */ .Pn)(branch, options.prefix);
    const head = options.head ?? (await (0,_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .headSha */ .xF)(git, dir));
    const tip = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteTip */ .W_)(git, dir, remote, branch);
    if (tip === head)
        return { status: 'up_to_date', sha: head };
    if (tip) {
        const fetched = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchBranch */ .D_)(git, dir, remote, branch);
        if (!(await (0,_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .isAncestor */ .QX)(git, dir, fetched, head))) {
            return {
                status: 'foreign',
                remoteSha: fetched,
                foreignCommits: await (0,_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .commitsBetween */ .$q)(git, dir, head, fetched),
            };
        }
    }
    const known = tip ? [options.base, tip] : [options.base];
    const secret = await (0,_outgoing_js__WEBPACK_IMPORTED_MODULE_3__/* .findSecretInPush */ .L)(git, dir, {
        head,
        known,
        scanner: options.secrets ?? (0,_safety_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .jobSecretScanner */ .SX)(),
    });
    if (secret)
        throw new _outgoing_js__WEBPACK_IMPORTED_MODULE_3__/* .SecretInPushError */ .s(branch, secret);
    if (remote.self)
        return moveOwnRef(git, { dir, remote, branch, head, tip });
    // No '+' and no --force: git itself rejects a non-fast-forward if origin moved since the check.
    const result = await git(['push', '--no-verify', '--porcelain', remote.url, `${head}:refs/heads/${branch}`], {
        cwd: dir,
        env: remote.env,
    });
    if (result.exitCode !== 0) {
        const status = porcelainRefStatus(result.stdout, `refs/heads/${branch}`);
        if (status?.summary === '[rejected]' && MOVED.test(status.reason ?? '')) {
            const moved = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchBranch */ .D_)(git, dir, remote, branch);
            return {
                status: 'foreign',
                remoteSha: moved,
                foreignCommits: await (0,_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .commitsBetween */ .$q)(git, dir, head, moved),
            };
        }
        if (status?.flag === '!') {
            throw new PushRefusedError(branch, status.reason ?? status.summary.replace(/^\[|\]$/g, ''), (0,_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .remoteMessages */ .fA)(result.stderr));
        }
        throw new Error(`git push to ${branch} failed: ${(result.stderr || result.stdout).trim().slice(-2000) || '(no output)'}`);
    }
    return { status: 'pushed', sha: head, previous: tip };
}
/**
 * The push to the repository itself: the branch ref moves to `head` only if it still is `tip` (or
 * still does not exist), the check and the move in one step; a ref that moved meanwhile is
 * reported like a push origin rejected.
 */
async function moveOwnRef(git, o) {
    const ref = `refs/heads/${o.branch}`;
    const moved = await git(['update-ref', '-m', 'codex-orchestrator: push', ref, o.head, o.tip ?? ''], {
        cwd: o.dir,
    });
    if (moved.exitCode === 0)
        return { status: 'pushed', sha: o.head, previous: o.tip };
    const now = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchBranch */ .D_)(git, o.dir, o.remote, o.branch);
    return { status: 'foreign', remoteSha: now, foreignCommits: await (0,_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .commitsBetween */ .$q)(git, o.dir, o.head, now) };
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

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ normaliseTitle)
/* harmony export */ });
/**
 * A title compared loosely, for finding "the same" item, sub-issue or finding again: Unicode
 * compatibility forms folded, case, punctuation and spacing ignored.
 */
function normaliseTitle(title) {
    return title
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}


/***/ }),

/***/ 3002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ authorFor),
  R: () => (/* binding */ githubItemTracker)
});

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/content.ts
var content = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/safety/block-mac.ts
var block_mac = __webpack_require__(7953);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var safety_markdown = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/tracker/github/hold.ts




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
function renderHold(item, info, mbox, diff, reason, auth) {
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
    // The MAC covers the payload as written (before the escapes below): another workflow posting as
    // the same bot cannot plant a patch that `/codex approve` would then push (src/safety/block-mac.ts).
    const signed = auth ? { ...payload, mac: auth.sign(JSON.stringify(payload)) } : payload;
    const json = JSON.stringify(signed)
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
function parseHold(body, auth) {
    const start = body.lastIndexOf(DATA_OPEN);
    if (start < 0)
        return undefined;
    const end = body.indexOf(DATA_CLOSE, start + DATA_OPEN.length);
    if (end < 0)
        throw new Error('The held-commits comment is damaged (its data is not closed).');
    const { mac, ...raw } = JSON.parse(body.slice(start + DATA_OPEN.length, end));
    if (auth && (typeof mac !== 'string' || !auth.verify(JSON.stringify(raw), mac))) {
        throw new Error("The held-commits comment does not authenticate: it was not written by this action with this repository's key (or was edited), so its commits were not applied. Re-run the item with /codex retry.");
    }
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

// EXTERNAL MODULE: ./src/tracker/github/store.ts + 1 modules
var store = __webpack_require__(2762);
;// CONCATENATED MODULE: ./src/tracker/github/tracker.ts





/** The commit identity for the action's token: `<login>` with GitHub's noreply address. */
function authorFor(identity) {
    if (identity.login === 'github-actions[bot]') {
        return { name: identity.login, email: '41898282+github-actions[bot]@users.noreply.github.com' };
    }
    return { name: identity.login, email: `${identity.login}@users.noreply.github.com` };
}
/**
 * The GitHub tracker (DESIGN §3): the state in the issue's status comment, held commits in a
 * comment of the action's own, sessions in an encrypted ref. Every write is printed instead when
 * the job may not write (a dry run, autonomy `observe`).
 */
function githubItemTracker(parts) {
    const { client, repo, identity, issue, writes } = parts;
    /** The hold's MAC key, bound to this repository and issue; none when the job holds no secret. */
    const holdAuth = () => identity.key ? (0,block_mac/* bindKey */.Vi)(identity.key, (0,block_mac/* blockContext */.lA)('hold', repo, { issue })) : undefined;
    const holds = {
        async save(held) {
            let body;
            try {
                body = renderHold(issue, held, held.mbox, held.diff, held.reason, holdAuth());
            }
            catch (error) {
                if (error instanceof HoldTooLargeError)
                    return { kind: 'too_large', reason: error.message };
                throw error;
            }
            await (0,comments/* upsertMarkedComment */.Zd)(client, repo, issue, HOLD_MARKER, body, identity, { dryRun: !writes });
            return { kind: 'held' };
        },
        async read() {
            const comment = await (0,comments/* findMarkedComment */.Jp)(client, repo, issue, HOLD_MARKER, identity);
            return comment ? parseHold(comment.body, holdAuth()) : undefined;
        },
        async released(hold, by, sha) {
            await (0,comments/* upsertMarkedComment */.Zd)(client, repo, issue, HOLD_MARKER, renderReleased(issue, hold, by, sha), identity, {
                dryRun: !writes,
            });
        },
    };
    return {
        repository: `${repo.owner}/${repo.repo}`,
        runUrl: parts.runUrl,
        writes,
        author: authorFor(identity),
        say: { retry: 'comment /codex retry', approve: 'comment /codex approve' },
        async saveState(state) {
            await (0,store/* saveItemState */.kL)(client, repo, issue, identity, state, {
                dryRun: !writes,
                runUrl: parts.runUrl,
                pricing: parts.pricing,
            });
        },
        readDefaultBranchFile: (path) => (0,content/* readDefaultBranchFile */.sb)(client, repo, path),
        holds,
        sessions: parts.sessions,
    };
}


/***/ })

};
