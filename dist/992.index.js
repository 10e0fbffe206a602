export const id = 992;
export const ids = [992];
export const modules = {

/***/ 1992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DI: () => (/* binding */ deleteItemSession),
  t0: () => (/* binding */ jobSessionStore),
  HB: () => (/* binding */ restoreLastThread),
  wR: () => (/* binding */ saveLastThread)
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/work/session-cipher.ts

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
;// CONCATENATED MODULE: ./src/work/session-pack.ts



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

;// CONCATENATED MODULE: ./src/work/sessions.ts






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
/** The key material: a dedicated `session-key` when set, else the model key. Empty: no store. */
const sessionSecret = (inputs) => inputs.sessionKey || inputs.openaiApiKey;
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
                await ensureRepo();
                // Base64 because the git port carries text; git's own zlib wins most of the 4/3 back in the pack.
                const blob = await run(['hash-object', '-w', '--stdin'], { input: `${sealed.toString('base64')}\n` });
                const readme = await run(['hash-object', '-w', '--stdin'], { input: readmeText(item) });
                const tree = await run(['mktree'], {
                    input: `100644 blob ${readme}\tREADME\n100644 blob ${blob}\t${BLOB_NAME}\n`,
                });
                const commit = await run([
                    '-c',
                    'commit.gpgsign=false',
                    'commit-tree',
                    tree,
                    '-m',
                    `Codex session of item ${item} (thread ${threadId})`,
                ], {
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

;// CONCATENATED MODULE: ./src/work/resume.ts





// How dev and fix use the session store: dev saves the thread of its last run, fix restores it
// before its run and saves again after, pull-closed deletes it once the item is done. A session
// that cannot be saved or restored costs context, never the job: every failure is a log line.
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
 * Saves the thread's session after a run and records it as the item's last thread. The state is
 * returned with `session` set (stored or not): fix resumes that thread either way when it can.
 */
async function saveLastThread(options) {
    const { store, agent, state, threadId, phase } = options;
    let stored = false;
    if (!options.writes)
        log.info(`[dry-run] Would store the Codex session of thread ${threadId}.`);
    else if (!agent.stateDir)
        log.info(`The ${agent.name} runner keeps no sessions; none is stored.`);
    else {
        const saved = await store.saveSession({ item: state.item, threadId, codexHome: agent.stateDir });
        if (saved.kind === 'saved') {
            stored = true;
            log.info(`Stored the Codex session of thread ${threadId} in ${saved.ref} (${saved.files} file(s), ${saved.storedBytes} bytes encrypted, ${saved.ms} ms).`);
        }
        else
            log.warning(`The Codex session of thread ${threadId} was not stored: ${saved.reason}.`);
    }
    return { ...state, session: { threadId, phase, stored, at: new Date().toISOString() } };
}
/** Restores the item's last thread into the runner's CODEX_HOME, when there is one to restore. */
async function restoreLastThread(store, agent, state) {
    const last = state.session;
    if (!last)
        return { kind: 'fresh', reason: 'the item has no earlier Codex thread on record' };
    if (!agent.stateDir)
        return { kind: 'fresh', reason: `the ${agent.name} runner keeps no sessions` };
    const restored = await store.restoreSession({
        item: state.item,
        threadId: last.threadId,
        codexHome: agent.stateDir,
    });
    if (restored.kind === 'restored') {
        log.info(`Restored the Codex session of thread ${last.threadId} (${last.phase}): ${restored.files.length} file(s), ${restored.ms} ms.`);
        return { kind: 'resume', threadId: last.threadId };
    }
    const reason = `the session of thread ${last.threadId} could not be restored (${restored.kind}: ${restored.reason})`;
    log.info(`A fresh Codex thread with the same context: ${reason}.`);
    return { kind: 'fresh', reason };
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


/***/ })

};
