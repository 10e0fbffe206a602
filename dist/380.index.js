export const id = 380;
export const ids = [380];
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

/***/ 7510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ deleteItemSession),
  t: () => (/* binding */ jobSessionStore)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/git/remote.ts
var git_remote = __webpack_require__(668);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/safety/block-mac.ts
var block_mac = __webpack_require__(7953);
// EXTERNAL MODULE: ./src/safety/secrets.ts
var secrets = __webpack_require__(3836);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/tracker/github/session-cipher.ts

// The sealed form of one stored session. Refs of a public repository are readable by anyone, so
// what leaves the runner is AES-256-GCM ciphertext under a key only the workflow's secrets give:
//
//   magic "CXOS" | version u8 | thread-id length u8 | thread id (ASCII) | salt (16) | iv (12)
//   | ciphertext | GCM tag (16)
//
// The key is HKDF-SHA256(secret, salt, INFO): a fresh salt and IV per save, so no (key, IV) pair
// is ever reused. The authenticated data is the whole header plus the item and thread the caller
// asks for: a blob copied onto another item's ref, or relabelled with another thread id, fails
// to open. The thread id is in the clear only so a restore can tell "another thread" from
// "garbled"; it is authenticated like the rest.
const MAGIC = Buffer.from('CXOS', 'ascii');
/** The format written today; `open` refuses any other. */
const SEAL_VERSION = 1;
const INFO = Buffer.from('codex-orchestrator session store v1', 'utf8');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const deriveKey = (secret, salt) => Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', Buffer.from(secret, 'utf8'), salt, INFO, 32));
const aad = (header, binding) => Buffer.concat([header, Buffer.from(`\nitem=${binding.item}\nthread=${binding.threadId}`, 'utf8')]);
function checkThreadId(threadId) {
    const bytes = Buffer.from(threadId, 'ascii');
    if (!/^[\w-]{1,255}$/.test(threadId) || bytes.length > 255) {
        throw new Error(`Invalid thread id '${threadId}': expected 1-255 characters of [A-Za-z0-9_-].`);
    }
    return bytes;
}
/** Encrypts `plaintext` for one item and thread. Throws only on an empty secret or a bad thread id. */
function seal(plaintext, secret, binding) {
    if (!secret)
        throw new Error('Cannot encrypt a session without a secret.');
    const thread = checkThreadId(binding.threadId);
    const salt = (0,external_node_crypto_.randomBytes)(SALT_BYTES);
    const iv = (0,external_node_crypto_.randomBytes)(IV_BYTES);
    const header = Buffer.concat([MAGIC, Buffer.from([SEAL_VERSION, thread.length]), thread, salt, iv]);
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', deriveKey(secret, salt), iv);
    cipher.setAAD(aad(header, binding));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([header, body, cipher.getAuthTag()]);
}
/** The version and thread id a blob claims, without decrypting; undefined when it is not ours. */
function readHeader(blob) {
    if (blob.length < MAGIC.length + 2 || !blob.subarray(0, MAGIC.length).equals(MAGIC))
        return undefined;
    const version = blob[MAGIC.length];
    const length = blob[MAGIC.length + 1];
    const start = MAGIC.length + 2;
    const threadId = blob.subarray(start, start + length).toString('latin1');
    return { version, threadId, headerBytes: start + length + SALT_BYTES + IV_BYTES };
}
/** Decrypts a sealed blob for the given item and thread; never throws. */
function session_cipher_open(blob, secret, binding) {
    const header = readHeader(blob);
    if (!header)
        return { ok: false, kind: 'undecryptable', reason: 'the blob is not a sealed session' };
    if (header.version !== SEAL_VERSION) {
        return {
            ok: false,
            kind: 'undecryptable',
            reason: `the blob has format version ${header.version}; this action reads version ${SEAL_VERSION}`,
        };
    }
    if (blob.length < header.headerBytes + TAG_BYTES) {
        return { ok: false, kind: 'undecryptable', reason: 'the blob is truncated' };
    }
    if (header.threadId !== binding.threadId) {
        return {
            ok: false,
            kind: 'mismatch',
            reason: `the stored session is thread ${header.threadId}, not ${binding.threadId}`,
        };
    }
    const head = blob.subarray(0, header.headerBytes);
    const salt = head.subarray(head.length - SALT_BYTES - IV_BYTES, head.length - IV_BYTES);
    const iv = head.subarray(head.length - IV_BYTES);
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', deriveKey(secret, salt), iv);
        decipher.setAAD(aad(head, binding));
        decipher.setAuthTag(blob.subarray(blob.length - TAG_BYTES));
        const body = blob.subarray(header.headerBytes, blob.length - TAG_BYTES);
        return { ok: true, plaintext: Buffer.concat([decipher.update(body), decipher.final()]) };
    }
    catch {
        // GCM says only "unable to authenticate": a wrong key, another item, or changed bytes.
        return {
            ok: false,
            kind: 'undecryptable',
            reason: 'it does not authenticate (another key — the model key or session-key changed —, another item, or altered bytes)',
        };
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/tracker/github/session-pack.ts



const session_pack_MAGIC = Buffer.from('CXOP1\n', 'ascii');
// Far above any real rollout; it keeps a corrupt length or a hostile gzip from exhausting memory.
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** The only paths a pack may name: a dated rollout of exactly this thread, no `..`, no absolute path. */
const pathPattern = (threadId) => new RegExp(`^\\d{4}/\\d{2}/\\d{2}/rollout-[\\w.:-]+-${threadId.replace(/[^\w-]/g, '')}\\.jsonl$`);
async function entries(dir) {
    try {
        return (await (0,promises_.readdir)(dir)).sort();
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return [];
        throw error;
    }
}
/** Every rollout of `threadId` under `codexHome/sessions`, oldest first; [] when there is none. */
async function readRollouts(codexHome, threadId) {
    const sessions = (0,external_node_path_.join)(codexHome, 'sessions');
    const allowed = pathPattern(threadId);
    const found = [];
    for (const year of await entries(sessions)) {
        for (const month of await entries((0,external_node_path_.join)(sessions, year))) {
            for (const day of await entries((0,external_node_path_.join)(sessions, year, month))) {
                for (const name of await entries((0,external_node_path_.join)(sessions, year, month, day))) {
                    const path = `${year}/${month}/${day}/${name}`;
                    if (allowed.test(path))
                        found.push({ path, data: await (0,promises_.readFile)((0,external_node_path_.join)(sessions, path)) });
                }
            }
        }
    }
    return found;
}
/** Writes the files back under `codexHome/sessions` (owner-only: they hold the whole conversation). */
async function writeRollouts(codexHome, files) {
    for (const file of files) {
        const target = (0,external_node_path_.join)(codexHome, 'sessions', file.path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true, mode: 0o700 });
        await (0,promises_.writeFile)(target, file.data, { mode: 0o600 });
    }
}
const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
};
/** Gzips the files into one buffer: magic, then per file u32 path length, path, u32 size, bytes. */
function pack(files) {
    const parts = [session_pack_MAGIC];
    for (const file of files) {
        const path = Buffer.from(file.path, 'utf8');
        parts.push(u32(path.length), path, u32(file.data.length), file.data);
    }
    return (0,external_node_zlib_.gzipSync)(Buffer.concat(parts), { level: external_node_zlib_.constants.Z_BEST_COMPRESSION });
}
/**
 * Unpacks what `pack` made for `threadId`. Throws on a malformed pack or on a path that is not a
 * rollout of that thread (the caller reports it as an unreadable session).
 */
function unpack(packed, threadId) {
    const raw = (0,external_node_zlib_.gunzipSync)(packed, { maxOutputLength: MAX_UNPACKED_BYTES });
    if (!raw.subarray(0, session_pack_MAGIC.length).equals(session_pack_MAGIC))
        throw new Error('not a packed session');
    const allowed = pathPattern(threadId);
    const files = [];
    let at = session_pack_MAGIC.length;
    const take = (n) => {
        if (at + n > raw.length)
            throw new Error('the packed session is truncated');
        const out = raw.subarray(at, at + n);
        at += n;
        return out;
    };
    while (at < raw.length) {
        const path = take(take(4).readUInt32BE()).toString('utf8');
        if (!allowed.test(path))
            throw new Error(`the packed session names a foreign path '${path}'`);
        files.push({ path, data: Buffer.from(take(take(4).readUInt32BE())) });
    }
    if (files.length === 0)
        throw new Error('the packed session holds no rollout');
    return files;
}

;// CONCATENATED MODULE: ./src/tracker/github/sessions.ts








// The store that lets a later job, on a fresh runner, resume the item's last Codex thread. Nothing
// on disk survives between jobs on hosted runners, so the thread's rollout files travel in a ref
// of the repository itself: outside refs/heads (no branch, no PR, no push event, not fetched by a
// default clone), written with the `contents: write` token dev and fix already hold, on GitHub and
// GHES alike. The content is sealed (session-cipher.ts) because anyone who can read the
// repository can fetch its refs. Everything here works in a private bare repository under
// RUNNER_TEMP, so neither the checkout nor the agent's worktree ever holds these objects.
/** Where item N's session lives on origin. */
const SESSION_REF_PREFIX = 'refs/codex-orchestrator/sessions/';
const sessionRef = (item) => `${SESSION_REF_PREFIX}${item}`;
/** The store's scratch repository for this job: under RUNNER_TEMP, next to CODEX_HOME. */
const sessionStoreDirFor = (runnerTemp) => (0,external_node_path_.join)(runnerTemp, 'codex-orchestrator', 'session-store.git');
/**
 * The key material: a dedicated `session-key` when set, else the model key. Empty: no store. The
 * same secret keys the MACs of the action's hidden blocks, under another HKDF label.
 */
const sessionSecret = block_mac/* jobSecret */.wN;
// GitHub warns at 50 MB and refuses 100 MB objects; a session that large is not worth resuming.
const MAX_SEALED_BYTES = 50 * 1024 * 1024;
const BLOB_NAME = 'session';
const DEFAULT_AUTHOR = {
    name: 'codex-orchestrator',
    email: 'noreply@codex-orchestrator.invalid',
};
// A local helper until src/errors.ts lands.
function createSessionStore(options) {
    const { git, remote, workDir, secret } = options;
    const author = options.author ?? DEFAULT_AUTHOR;
    const run = (args, extra = {}) => (0,exec/* gitOk */.Tt)(git, args, { cwd: workDir, ...extra });
    const onOrigin = (args) => (0,exec/* gitOk */.Tt)(git, args, { cwd: workDir, env: remote.env });
    let ready;
    const ensureRepo = () => {
        ready ??= (0,promises_.access)((0,external_node_path_.join)(workDir, 'HEAD')).catch(async () => {
            await (0,promises_.mkdir)(workDir, { recursive: true });
            await run(['init', '--quiet', '--bare', workDir]);
        });
        return ready;
    };
    /** Origin's commit for the item's ref, or undefined when there is none. */
    const remoteCommit = async (ref) => {
        const out = await onOrigin(['ls-remote', remote.url, ref]);
        return out
            .split('\n')
            .find((line) => line.endsWith(`\t${ref}`))
            ?.split('\t')[0];
    };
    return {
        async saveSession({ item, threadId, codexHome }) {
            const started = performance.now();
            if (!secret) {
                return {
                    kind: 'skipped',
                    reason: 'no session-key and no openai-api-key to encrypt the session with',
                };
            }
            try {
                const files = await readRollouts(codexHome, threadId);
                if (files.length === 0) {
                    return { kind: 'skipped', reason: `CODEX_HOME has no rollout of thread ${threadId}` };
                }
                const sealed = seal(pack(files), secret, { item, threadId });
                if (sealed.length > MAX_SEALED_BYTES) {
                    return {
                        kind: 'skipped',
                        reason: `the sealed session is ${sealed.length} bytes, over the store's ${MAX_SEALED_BYTES}`,
                    };
                }
                // The only plain text this push carries besides the fixed README: the session blob is
                // ciphertext, so the secret check of branch pushes (src/git/outgoing.ts) has nothing to read there.
                const message = `Codex session of item ${item} (thread ${threadId})`;
                const leak = (0,secrets/* findSecret */.mt)(message);
                if (leak)
                    return { kind: 'failed', reason: `the session's commit message would carry ${leak.secret}` };
                await ensureRepo();
                // Base64 because the git port carries text; git's own zlib wins most of the 4/3 back in the pack.
                const blob = await run(['hash-object', '-w', '--stdin'], { input: `${sealed.toString('base64')}\n` });
                const readme = await run(['hash-object', '-w', '--stdin'], { input: readmeText(item) });
                const tree = await run(['mktree'], {
                    input: `100644 blob ${readme}\tREADME\n100644 blob ${blob}\t${BLOB_NAME}\n`,
                });
                const commit = await run(['-c', 'commit.gpgsign=false', 'commit-tree', tree, '-m', message], {
                    env: identityEnv(author),
                });
                const ref = sessionRef(item);
                // Forced on purpose: every save is a parentless commit that replaces the last one. Only the
                // newest session is ever resumed, the ref is the action's own (one per item, never a branch
                // anyone builds on), and keeping history would keep every old ciphertext reachable forever.
                await onOrigin(['push', '--porcelain', '--no-verify', remote.url, `+${commit}:${ref}`]);
                const rolloutBytes = files.reduce((sum, file) => sum + file.data.length, 0);
                return {
                    kind: 'saved',
                    ref,
                    commit,
                    files: files.length,
                    rolloutBytes,
                    storedBytes: sealed.length,
                    ms: Math.round(performance.now() - started),
                };
            }
            catch (error) {
                return { kind: 'failed', reason: (0,errors/* errorMessage */.g)(error) };
            }
        },
        async restoreSession({ item, threadId, codexHome }) {
            const started = performance.now();
            const ref = sessionRef(item);
            if (!secret) {
                return {
                    kind: 'missing',
                    reason: 'no session-key and no openai-api-key to open a stored session with',
                };
            }
            let text;
            try {
                await ensureRepo();
                const tip = await remoteCommit(ref);
                if (!tip)
                    return { kind: 'missing', reason: `origin has no ${ref}` };
                await onOrigin([
                    'fetch',
                    '--quiet',
                    '--no-tags',
                    '--no-write-fetch-head',
                    remote.url,
                    `+${ref}:${ref}`,
                ]);
                const found = await git(['cat-file', 'blob', `${ref}:${BLOB_NAME}`], { cwd: workDir });
                if (found.exitCode !== 0) {
                    return { kind: 'undecryptable', reason: `${ref} holds no '${BLOB_NAME}' file` };
                }
                text = found.stdout.trim();
            }
            catch (error) {
                return { kind: 'missing', reason: `could not read ${ref} from origin: ${(0,errors/* errorMessage */.g)(error)}` };
            }
            if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
                return { kind: 'undecryptable', reason: `${ref} is not a sealed session (not base64)` };
            }
            const sealed = Buffer.from(text, 'base64');
            const opened = session_cipher_open(sealed, secret, { item, threadId });
            if (!opened.ok)
                return { kind: opened.kind, reason: `${ref}: ${opened.reason}` };
            try {
                const files = unpack(opened.plaintext, threadId);
                await writeRollouts(codexHome, files);
                return {
                    kind: 'restored',
                    files: files.map((file) => file.path),
                    storedBytes: sealed.length,
                    ms: Math.round(performance.now() - started),
                };
            }
            catch (error) {
                return {
                    kind: 'undecryptable',
                    reason: `${ref} opened but could not be unpacked: ${(0,errors/* errorMessage */.g)(error)}`,
                };
            }
        },
        async deleteSession({ item }) {
            const ref = sessionRef(item);
            try {
                await ensureRepo();
                if (!(await remoteCommit(ref)))
                    return { kind: 'absent' };
                await onOrigin(['push', '--porcelain', '--no-verify', remote.url, `:${ref}`]);
                return { kind: 'deleted' };
            }
            catch (error) {
                return { kind: 'failed', reason: (0,errors/* errorMessage */.g)(error) };
            }
        },
    };
}
const identityEnv = (who) => ({
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
});
const readmeText = (item) => `The Codex session of work item #${item}, kept by codex-orchestrator so a later job can resume the\n` +
    'same thread. `session` is AES-256-GCM ciphertext (key from the session-key or openai-api-key\n' +
    'secret). The ref is replaced on every save and deleted when the item is done; deleting it by hand\n' +
    'only means the next job starts a fresh thread.\n';

;// CONCATENATED MODULE: ./src/action/sessions.ts





/** The job's session store: origin with the action's credentials, the key from the inputs. */
function jobSessionStore(ctx, git, remote) {
    return createSessionStore({
        git,
        remote,
        workDir: sessionStoreDirFor(ctx.context.runnerTemp),
        secret: sessionSecret(ctx.inputs),
    });
}
/**
 * Deletes the item's stored session once the item is done (its pull request merged). Needs the
 * job's checkout for origin's URL; without one the ref stays, which only keeps ciphertext around.
 */
async function deleteItemSession(ctx, item, writes) {
    if (!writes) {
        log.info(`[dry-run] Would delete the stored Codex session of #${item}.`);
        return;
    }
    try {
        const git = (0,exec/* createGitExec */.ON)();
        const remote = await (0,git_remote/* originRemote */.lY)(git, ctx.context.workspace, ctx.inputs.githubToken);
        const deleted = await jobSessionStore(ctx, git, remote).deleteSession({ item });
        if (deleted.kind === 'deleted')
            log.info(`Deleted the stored Codex session of #${item}.`);
        else if (deleted.kind === 'failed')
            log.warning(`Could not delete the stored Codex session of #${item}: ${deleted.reason}`);
    }
    catch (error) {
        log.warning(`Could not delete the stored Codex session of #${item} (no checkout of origin?): ${(0,errors/* errorMessage */.g)(error)}`);
    }
}


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

/***/ 1380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  controlPhase: () => (/* binding */ controlPhase)
});

// EXTERNAL MODULE: ./src/action/actor.ts
var actor = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/action/job.ts + 2 modules
var action_job = __webpack_require__(9869);
// EXTERNAL MODULE: ./src/route.ts
var route = __webpack_require__(3322);
// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/tracker/github/store.ts + 1 modules
var store = __webpack_require__(2762);
// EXTERNAL MODULE: ./src/action/review/resolve.ts
var resolve = __webpack_require__(3851);
// EXTERNAL MODULE: ./src/action/sessions.ts + 3 modules
var sessions = __webpack_require__(7510);
// EXTERNAL MODULE: ./src/git/branch.ts
var branch = __webpack_require__(8030);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/phases/control/pull-closed.ts








/**
 * One of the action's pull requests was closed (`pull_request.closed`, routed to the control
 * handler). Merged: the item is done — `<prefix>:done`, nothing left for a human. Closed without
 * merging: the item is blocked and the status comment says what a person can do. Bookkeeping only,
 * no model call.
 *
 * The facts come from GitHub's API (the pull request as it is now), not from the event, and the
 * item counts only when the PR's branch is `<prefix>/<n>-…` and issue #n's status comment — written
 * by the action's own identity — tracks this very PR. There is no actor gate: nobody asks for
 * anything here, the job records what GitHub reports, and only people with triage access or more
 * (or the PR's author, the action) can close a pull request at all.
 */
async function pullClosed(ctx) {
    if (!ctx.target)
        return { status: 'skipped', reason: 'The closed pull request has no number.' };
    const job = await (0,action_job/* openItemJob */.p4)(ctx);
    const pr = await (0,pulls/* getPull */.Cs)(job.client, job.repo, ctx.target);
    const base = { prNumber: pr.number, branch: pr.head.ref };
    const skip = (reason, item) => ({ status: 'skipped', reason, item, ...base });
    if (pr.state !== 'closed')
        return skip(`Pull request #${pr.number} is open again; nothing to record.`);
    if ((0,resolve/* fromFork */.NY)(pr))
        return skip(`Pull request #${pr.number} comes from a fork; it belongs to no work item.`);
    const item = (0,branch/* branchItem */.AC)(pr.head.ref, ctx.config.labels.prefix);
    if (!item)
        return skip(`Pull request #${pr.number} (${pr.head.ref}) is not one of the action's branches.`);
    const state = (await (0,store/* loadItemState */.JR)(job.client, job.repo, item, job.identity))?.state;
    if (!state)
        return skip(`#${item} has no status comment by the action; nothing to record.`, item);
    if (state.pr !== pr.number) {
        return skip(`#${item} tracks ${state.pr ? `pull request #${state.pr}` : 'no pull request'}, not #${pr.number}; nothing to record.`, item);
    }
    if (pr.merged) {
        const by = pr.merged_by?.login ?? ctx.context.actor;
        const reason = `Pull request #${pr.number} was merged by ${by}: #${item} is done.`;
        if (state.merged?.pr !== pr.number) {
            const done = (0,src_state/* finishPhase */.Ng)({ ...state, merged: { pr: pr.number, by, at: pr.merged_at ?? new Date().toISOString() } }, 'control', 'complete', { runUrl: job.runUrl, note: `PR #${pr.number} merged by ${by}: done`, nextAction: null });
            await (0,action_job/* saveState */.LZ)(job, done);
        }
        else
            log.info(`#${item} already records the merge of #${pr.number}; only its label is checked.`);
        await (0,action_job/* setLabel */.je)(job, item, 'done');
        await (0,sessions/* deleteItemSession */.D)(ctx, item, job.writes);
        return { status: 'complete', reason, item, ...base };
    }
    return blockClosed(job, state, pr.number, ctx.context.actor, base);
}
/**
 * The item waits for a person: `/codex retry` runs dev again, which reopens the same PR (it never
 * opens a second one), or the issue is closed. Recorded as dev's result, so that retry restarts dev.
 */
async function blockClosed(job, state, pr, by, base) {
    const note = `PR #${pr} was closed without merging by ${by}`;
    const what = 'comment /codex retry to reopen it and run dev again, or close the issue.';
    const next = `PR #${pr} was closed without merging: ${what}`;
    // A re-run of the same event writes no second timeline line.
    if (state.timeline.at(-1)?.note !== note) {
        await (0,action_job/* saveState */.LZ)(job, (0,src_state/* finishPhase */.Ng)(state, 'dev', 'blocked', { runUrl: job.runUrl, note, nextAction: next }));
    }
    await (0,action_job/* setLabel */.je)(job, (0,src_state/* issueOf */.v1)(state), 'blocked');
    return { status: 'blocked', reason: `${note}: ${what}`, item: (0,src_state/* issueOf */.v1)(state), ...base };
}

;// CONCATENATED MODULE: ./src/phases/control/index.ts






/** Phases a `/codex retry` or `/codex resume` may start again. */
const RESTARTABLE = new Set(['plan', 'dev', 'review', 'fix', 'verify']);
/**
 * The operator's slash commands that change no code (DESIGN §5): `/codex approve`, `stop`,
 * `resume`, `status`, `retry`. Bookkeeping only: the status comment, labels, and the dispatch of
 * the phase that should run next. Who commented is checked (not only the workflow's actor); an
 * unauthorised commenter is ignored without a write or a model call.
 */
const controlPhase = async (ctx) => {
    if (ctx.command === route/* PULL_CLOSED */.pr)
        return pullClosed(ctx);
    const command = ctx.command;
    if (!command || !route/* CONTROL_COMMANDS */.JK.includes(command)) {
        return {
            status: 'error',
            reason: `Unknown control command '${ctx.command ?? ''}'. Expected one of: ${route/* CONTROL_COMMANDS */.JK.join(', ')}.`,
        };
    }
    if (!ctx.target)
        return { status: 'skipped', reason: `/codex ${command} names no issue or pull request.` };
    const job = await (0,action_job/* openItemJob */.p4)(ctx);
    const gate = await (0,action_job/* gateTrigger */.yL)(job);
    if (!gate.allowed)
        return { status: 'skipped', reason: gate.reason };
    const by = (0,action_job/* commenterOf */.wv)(ctx)?.login ?? ctx.context.actor;
    if (command === 'approve' && !(await (0,actor/* hasWriteAccess */.s)(job.client, job.repo, by))) {
        return { status: 'skipped', reason: `/codex approve by '${by}' ignored: approving needs write access.` };
    }
    const item = await (0,action_job/* workItemOf */.wy)(job, ctx.target);
    const loaded = await (0,store/* loadItemState */.JR)(job.client, job.repo, item, job.identity);
    const state = loaded?.state ?? (0,src_state/* newItemState */.rY)(item);
    const result = await COMMANDS[command](job, state, by);
    return { item, ...result };
};
const COMMANDS = {
    async approve(job, state, by) {
        if (state.stopped)
            return stoppedResult(state);
        if (state.merged)
            return doneResult(state);
        const at = new Date().toISOString();
        const escalation = state.escalation;
        if (escalation && !escalation.approvedBy) {
            const next = restartable(escalation.phase) ?? 'dev';
            const approved = (0,src_state/* noteEvent */.Rh)({ ...state, escalation: { ...escalation, approvedBy: by, approvedAt: at }, nextAction: null }, `escalation approved by ${by}`, job.runUrl);
            return finish(job, approved, next, `${by} approved the escalation; ${next} runs again.`);
        }
        const unplanned = withoutPlan(state);
        if (unplanned)
            return { status: 'skipped', reason: `/codex approve by ${by} refused: ${unplanned}` };
        const approved = (0,src_state/* noteEvent */.Rh)({ ...state, approval: { by, at }, nextAction: null }, `plan approved by ${by}`, job.runUrl);
        return finish(job, approved, 'dev', `${by} approved the plan; dev starts.`, () => (0,action_job/* setLabel */.je)(job, (0,src_state/* issueOf */.v1)(state), 'ready'));
    },
    async stop(job, state, by) {
        const stopped = (0,src_state/* noteEvent */.Rh)({ ...state, stopped: { by, at: new Date().toISOString() } }, `stopped by ${by}`, job.runUrl);
        await (0,action_job/* saveState */.LZ)(job, stopped);
        await (0,action_job/* setStopLabel */.$_)(job, (0,src_state/* issueOf */.v1)(state), true);
        return {
            status: 'complete',
            reason: `#${state.item} stopped by ${by}. Comment /codex resume to continue.`,
        };
    },
    async resume(job, state, by) {
        const resumed = (0,src_state/* noteEvent */.Rh)({ ...state, stopped: null }, `resumed by ${by}`, job.runUrl);
        // A phase that was cut short (running, or skipped because of the stop) starts again.
        const interrupted = ['running', 'skipped', 'error'].includes(state.status)
            ? restartable(state.phase)
            : undefined;
        if (!interrupted) {
            await (0,action_job/* saveState */.LZ)(job, resumed);
            await (0,action_job/* setStopLabel */.$_)(job, (0,src_state/* issueOf */.v1)(state), false);
            return { status: 'complete', reason: `#${state.item} resumed by ${by}; nothing was interrupted.` };
        }
        return finish(job, resumed, interrupted, `#${state.item} resumed by ${by}; ${interrupted} runs again.`, () => (0,action_job/* setStopLabel */.$_)(job, (0,src_state/* issueOf */.v1)(state), false));
    },
    async status(job, state) {
        await (0,action_job/* saveState */.LZ)(job, state);
        return { status: 'complete', reason: `Refreshed the status comment of #${state.item}.` };
    },
    async retry(job, state, by) {
        if (state.stopped)
            return stoppedResult(state);
        if (state.merged)
            return doneResult(state);
        const phase = restartable(state.phase);
        if (!phase) {
            return { status: 'skipped', reason: `Nothing to retry on #${state.item}: no phase has run on it yet.` };
        }
        return finish(job, (0,src_state/* noteEvent */.Rh)(state, `retry of ${phase} by ${by}`, job.runUrl), phase, `${by} retried ${phase}.`);
    },
};
function restartable(phase) {
    return phase && RESTARTABLE.has(phase) ? phase : undefined;
}
/**
 * Why there is no plan to approve, if there is none: approving would start dev on nothing a person
 * has seen. An approval is checked against the last plan run, not any older plan: questions asked
 * after a plan mean that plan is no longer the one to build.
 */
function withoutPlan(state) {
    if (state.phase === 'plan' && state.status === 'needs_clarification')
        return `#${state.item} has open questions: answer the questions first (a reply plans it again).`;
    if (state.phase === 'plan' && state.status === 'needs_decomposition')
        return `#${state.item} was split into sub-issues: work on them, then comment /codex plan here.`;
    if (!state.plan)
        return `#${state.item} has no plan yet: comment /codex plan first.`;
    return undefined;
}
function doneResult(state) {
    return {
        status: 'skipped',
        reason: `#${state.item} is done: its PR #${state.merged?.pr} was merged by ${state.merged?.by}.`,
    };
}
function stoppedResult(state) {
    return {
        status: 'skipped',
        reason: `#${state.item} was stopped by ${state.stopped?.by}; comment /codex resume first.`,
    };
}
/**
 * Saves the state, then sets the labels, then starts `phase`. The save comes first: the next job
 * reads it, and a label set before a save that failed would say what the state does not (seen:
 * `codex:ready` with the plan still "running", and `/codex approve` then refused: "no plan yet").
 */
async function finish(job, state, phase, reason, setLabels) {
    const off = (0,action_job/* dispatchOff */.qe)(job);
    await (0,action_job/* saveState */.LZ)(job, off ? { ...state, nextAction: (0,action_job/* startByHand */.Lu)(phase, (0,src_state/* issueOf */.v1)(state), off) } : state);
    await setLabels?.();
    const dispatched = await (0,action_job/* chain */.cy)(job, phase, (0,src_state/* issueOf */.v1)(state));
    const note = dispatched.dispatched ? '' : ` (${phase} was not dispatched: ${dispatched.reason})`;
    return { status: 'complete', reason: `${reason}${note}`, nextPhase: phase };
}


/***/ })

};
