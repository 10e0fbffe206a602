export const id = 746;
export const ids = [746];
export const modules = {

/***/ 8746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aV: () => (/* binding */ engineEnv),
/* harmony export */   mC: () => (/* binding */ openJobSession)
/* harmony export */ });
/* unused harmony export openEngine */
/* harmony import */ var _agent_runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3981);
/* harmony import */ var _engine_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1632);
/* harmony import */ var _tracker_github_tracker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3002);
/* harmony import */ var _sessions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7510);




/**
 * The engine's view of an Action job (DESIGN §12): the policy, the job's agents for the phase that
 * runs (the Action runs one phase per job, so every role gets that phase's runtimes), and the
 * limits from the inputs.
 */
function engineEnv(ctx) {
    return {
        config: ctx.config,
        agent: () => ctx.agent(),
        agents: ctx.agents,
        plannedRuns: (role) => (0,_agent_runtime_js__WEBPACK_IMPORTED_MODULE_0__.plannedRuns)({ inputs: ctx.inputs, config: ctx.config, phase: role }),
        maxReviewCycles: ctx.inputs.maxReviewCycles,
        codexPaths: [ctx.inputs.codexPath].filter(Boolean),
        signal: ctx.signal,
    };
}
/** The engine and the GitHub tracker of issue `item`, for a dev or fix job on its branch. */
function openEngine(job, item, checkout) {
    const { ctx } = job;
    return {
        env: engineEnv(ctx),
        tracker: (0,_tracker_github_tracker_js__WEBPACK_IMPORTED_MODULE_2__/* .githubItemTracker */ .R)({
            client: job.client,
            repo: job.repo,
            identity: job.identity,
            issue: item,
            writes: job.writes,
            runUrl: job.runUrl,
            pricing: ctx.config.pricing,
            sessions: (0,_sessions_js__WEBPACK_IMPORTED_MODULE_3__/* .jobSessionStore */ .t)(ctx, checkout.git, checkout.remote),
        }),
    };
}
/** Opens the engine's work session over the item's worktree for a dev or fix job. */
function openJobSession(job, checkout, parts) {
    const engine = openEngine(job, parts.item, checkout);
    return { ...(0,_engine_session_js__WEBPACK_IMPORTED_MODULE_1__/* .openWorkSession */ .E7)(engine, checkout, parts), item: parts.item, job, ctx: job.ctx };
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

/***/ 539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Co: () => (/* binding */ buildClaudeEnv),
/* harmony export */   HL: () => (/* binding */ claudeModelOf),
/* harmony export */   I1: () => (/* binding */ buildClaudeArgs),
/* harmony export */   QD: () => (/* binding */ CLAUDE_DEFAULT_MODELS),
/* harmony export */   Wo: () => (/* binding */ READ_ONLY_TOOLS),
/* harmony export */   yK: () => (/* binding */ DEFAULT_MAX_TURNS),
/* harmony export */   zz: () => (/* binding */ STRUCTURED_OUTPUT_TOOL)
/* harmony export */ });
/* unused harmony export NO_MCP_SERVERS */
/* harmony import */ var _safety_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4821);

/**
 * The tools a Claude Code reviewer may have: reading and searching files, nothing that runs a
 * command, edits, or reaches the network. Under `--bare` (2.1.332) only `Read` exists of these:
 * `Grep` and `Glob` are asked for but not offered (seen in `system/init`). The runner checks the
 * offered tools against this list and refuses a run that was given any other.
 */
const READ_ONLY_TOOLS = ['Read', 'Grep', 'Glob'];
/** The client-side tool Claude Code adds for `--json-schema`; its input is the structured answer. */
const STRUCTURED_OUTPUT_TOOL = 'StructuredOutput';
/** Model turns (API requests) per run, `--max-turns`: a reviewer reads a few files, then answers. */
const DEFAULT_MAX_TURNS = 40;
/**
 * The default model of each pinned Claude Code version (observed in `system/init`), so that a run
 * without `claude-model` is priced before it starts.
 */
const CLAUDE_DEFAULT_MODELS = { '2.1.332': 'claude-opus-5-5' };
/** The model a Claude Code run will use: the `claude-model` input, else the pinned CLI's default. */
const claudeModelOf = (inputs) => inputs.claudeModel || CLAUDE_DEFAULT_MODELS[inputs.claudeCodeVersion];
/** No MCP server at all: with `--strict-mcp-config`, nothing from the user's or the project's files. */
const NO_MCP_SERVERS = '{"mcpServers":{}}';
/**
 * The argv after the binary. The prompt comes from stdin. Each flag is there for least privilege:
 * - `--bare`: no CLAUDE.md, no hooks, no plugins, no keychain, only `ANTHROPIC_API_KEY`: the
 *   checkout may be a pull request, whose `CLAUDE.md` and `.claude/settings.json` (a SessionStart
 *   hook runs a command) are code under review, never instructions (without it both load);
 * - `--restricted`: no user, project or local settings files, file tools confined to the cwd;
 * - `--tools`: only the read-only tools; `--permission-mode default` with `--permission-prompts
 *   none`: anything that would ask is refused, nothing is allowed by a rule of ours;
 * - `--strict-mcp-config` with an empty `--mcp-config`: no MCP server from any file.
 */
function buildClaudeArgs(o) {
    return [
        '-p',
        '--output-format',
        'stream-json',
        '--verbose',
        '--bare',
        '--restricted',
        '--tools',
        READ_ONLY_TOOLS.join(','),
        '--permission-mode',
        'default',
        '--permission-prompts',
        'none',
        '--strict-mcp-config',
        '--mcp-config',
        NO_MCP_SERVERS,
        '--max-turns',
        String(o.maxTurns),
        ...(o.session.kind === 'new' ? ['--session-id', o.session.id] : ['--resume', o.session.id]),
        ...(o.model ? ['--model', o.model] : []),
        ...(o.jsonSchema ? ['--json-schema', JSON.stringify(o.jsonSchema)] : []),
    ];
}
/** Kept from the action's environment for Claude Code; everything else (GITHUB_*, INPUT_*, ...) is dropped. */
const CLAUDE_ENV_ALLOW = [
    ..._safety_env_js__WEBPACK_IMPORTED_MODULE_0__/* .BASE_ENV */ .Mz.filter((name) => name !== 'HOME' && name !== 'TMPDIR'),
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NODE_EXTRA_CA_CERTS',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
];
/**
 * Claude Code's environment, built from an allow-list: the GitHub token, the OpenAI key and the
 * action's inputs never reach it. HOME is the job's own folder (sessions, Claude Code's state), so
 * nothing of the runner's user configuration loads; traffic other than the model's is turned off.
 */
function buildClaudeEnv(o) {
    const env = (0,_safety_env_js__WEBPACK_IMPORTED_MODULE_0__/* .pickEnv */ .Bh)(o.source, CLAUDE_ENV_ALLOW);
    env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
    env.HOME = o.home;
    env.TMPDIR = o.tmpDir;
    env.ANTHROPIC_API_KEY = o.apiKey;
    if (o.baseUrl)
        env.ANTHROPIC_BASE_URL = o.baseUrl;
    env.CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC = '1';
    env.DISABLE_AUTOUPDATER = '1';
    env.DISABLE_TELEMETRY = '1';
    env.DISABLE_ERROR_REPORTING = '1';
    // Belt and braces over --bare: no project memory, nothing remembered between runs.
    env.CLAUDE_CODE_DISABLE_CLAUDE_MDS = '1';
    env.CLAUDE_CODE_DISABLE_AUTO_MEMORY = '1';
    return env;
}


/***/ }),

/***/ 9012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ buildCodexEnv),
/* harmony export */   Ql: () => (/* binding */ DEFAULT_BASE_URL),
/* harmony export */   bk: () => (/* binding */ buildExecArgs),
/* harmony export */   oT: () => (/* binding */ codexModelOf)
/* harmony export */ });
/* unused harmony exports PROVIDER_ID, KEY_ENV_VAR, CODEX_DEFAULT_MODELS, tomlString */
/* harmony import */ var _safety_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4821);

/** The provider id every run uses, so the model key can only travel through its `env_key`. */
const PROVIDER_ID = 'codex-orchestrator';
/** The variable holding the model key, set in Codex's own environment and nowhere else. */
const KEY_ENV_VAR = 'CODEX_ORCHESTRATOR_API_KEY';
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/**
 * The default model of each pinned Codex version (the request's `model` and the rollout's
 * `turn_context` without `-m`), so that a run without the `model` input is priced in advance.
 */
const CODEX_DEFAULT_MODELS = { '0.171.0': 'gpt-6.2-sol' };
/**
 * The model a Codex run will use: the `model` input, else the default of the pinned CLI (unknown
 * for a `codex-path` binary, whose version the inputs do not say).
 */
const codexModelOf = (inputs) => inputs.model || (inputs.codexPath ? undefined : CODEX_DEFAULT_MODELS[inputs.codexVersion]);
/** Kept from the action's environment for Codex itself; everything else (GITHUB_*, INPUT_*, ...) is dropped. */
const CODEX_ENV_ALLOW = [
    ..._safety_env_js__WEBPACK_IMPORTED_MODULE_0__/* .BASE_ENV */ .Mz,
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
];
/**
 * Never handed to the commands Codex runs, on top of `inherit=core` (which already keeps only
 * HOME, PATH, SHELL, USER, TMPDIR and a few more): belt and braces if a later CLI widens "core".
 */
const COMMAND_ENV_EXCLUDE = [KEY_ENV_VAR, 'GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_*', 'INPUT_*', 'OPENAI_*'];
/**
 * A read-only run judges (plan, review): what it is told to do comes from the prompt, which the
 * action builds from the default branch. Its checkout may be the pull request under judgement, so
 * Codex must not load that checkout's `AGENTS.md` / `AGENTS.override.md` (`project_doc_max_bytes=0`
 * turns project docs off, fallback names included) nor list its `.codex/skills` and
 * `.agents/skills` (seen in 0.171: listed even for an untrusted project; `include_instructions`
 * drops the list). The checkout's `.codex/config.toml` and `.codex/rules` load only for a trusted
 * project, and nothing marks one trusted: CODEX_HOME is the action's own and `-c` cannot set trust.
 */
const JUDGING_CONFIG = ['project_doc_max_bytes=0', 'skills.include_instructions=false'];
/** A TOML string literal (JSON's escapes are a subset of TOML basic strings'). */
const tomlString = (value) => JSON.stringify(value);
const tomlArray = (values) => `[${values.map(tomlString).join(',')}]`;
/**
 * The argv after the binary. The prompt always comes from stdin (`-`); for a resume every flag
 * goes before the `resume` subcommand, because `exec resume` has no `-s` and the sandbox is not
 * restored from the session.
 */
function buildExecArgs(o) {
    const p = `model_providers.${PROVIDER_ID}`;
    const config = [
        `model_provider=${tomlString(PROVIDER_ID)}`,
        `${p}.name=${tomlString(PROVIDER_ID)}`,
        `${p}.base_url=${tomlString(o.provider.baseUrl)}`,
        `${p}.wire_api="responses"`,
        ...(o.provider.apiKey ? [`${p}.env_key=${tomlString(KEY_ENV_VAR)}`] : []),
        ...(o.provider.requestMaxRetries === undefined
            ? []
            : [`${p}.request_max_retries=${o.provider.requestMaxRetries}`]),
        ...(o.provider.streamMaxRetries === undefined
            ? []
            : [`${p}.stream_max_retries=${o.provider.streamMaxRetries}`]),
        ...(o.provider.streamIdleTimeoutMs === undefined
            ? []
            : [`${p}.stream_idle_timeout_ms=${o.provider.streamIdleTimeoutMs}`]),
        `shell_environment_policy.inherit="core"`,
        `shell_environment_policy.exclude=${tomlArray(COMMAND_ENV_EXCLUDE)}`,
        ...Object.entries(o.commandEnv ?? {})
            .filter(([name]) => /^[A-Za-z_]\w*$/.test(name))
            .map(([name, value]) => `shell_environment_policy.set.${name}=${tomlString(value)}`),
        `sandbox_workspace_write.network_access=${o.networkAccess === true}`,
        // Hosted web search would bring outside text into the run even with the sandbox's network off.
        ...(o.networkAccess === true ? [] : ['web_search="disabled"']),
        ...(o.effort ? [`model_reasoning_effort=${tomlString(o.effort)}`] : []),
        ...(o.sandbox === 'read-only' ? JUDGING_CONFIG : []),
        ...(o.extraConfig ?? []),
    ];
    return [
        'exec',
        '--json',
        '--cd',
        o.cwd,
        '--sandbox',
        o.sandbox,
        // The action picks the cwd itself (a worktree, the workspace); a folder that is not a git
        // repository must not stop a run with "Not inside a trusted directory".
        '--skip-git-repo-check',
        ...(o.model ? ['--model', o.model] : []),
        ...config.flatMap((entry) => ['-c', entry]),
        ...(o.outputSchemaFile ? ['--output-schema', o.outputSchemaFile] : []),
        ...(o.resumeThreadId ? ['resume', o.resumeThreadId] : []),
        '-',
    ];
}
/**
 * Codex's own environment, built from an allow-list: the GitHub token and the action's inputs never
 * reach it. The model key is added under `KEY_ENV_VAR` only.
 */
function buildCodexEnv(o) {
    const env = (0,_safety_env_js__WEBPACK_IMPORTED_MODULE_0__/* .pickEnv */ .Bh)(o.source, CODEX_ENV_ALLOW);
    env.PATH = [o.extraPath, env.PATH ?? '/usr/local/bin:/usr/bin:/bin'].filter(Boolean).join(':');
    env.CODEX_HOME = o.codexHome;
    if (o.tmpDir)
        env.TMPDIR = o.tmpDir;
    if (o.apiKey)
        env[KEY_ENV_VAR] = o.apiKey;
    return env;
}


/***/ }),

/***/ 3981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRuntime: () => (/* binding */ createRuntime),
/* harmony export */   modelOf: () => (/* binding */ modelOf),
/* harmony export */   plannedRuns: () => (/* binding */ plannedRuns),
/* harmony export */   runtimeCache: () => (/* binding */ runtimeCache),
/* harmony export */   runtimesFor: () => (/* binding */ runtimesFor)
/* harmony export */ });
/* harmony import */ var _claude_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(539);
/* harmony import */ var _codex_args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9012);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3111);



/** The phases that call a model, each with its `runtimes` key. */
const MODEL_PHASES = ['plan', 'review', 'retro', 'dev', 'fix'];
const PROVIDER = { codex: 'openai', claude: 'anthropic' };
/**
 * The runtimes a phase runs on, in order (config `runtimes`; `codex` by default). review may list
 * two for a second opinion; every other phase has one.
 */
function runtimesFor(config, phase) {
    if (!MODEL_PHASES.includes(phase))
        return ['codex'];
    const chosen = config.runtimes[phase];
    return Array.isArray(chosen) ? [...chosen] : [chosen];
}
/** The model a runtime's runs will use, as far as the inputs tell before any run. */
function modelOf(name, inputs) {
    return name === 'claude' ? (0,_claude_args_js__WEBPACK_IMPORTED_MODULE_0__/* .claudeModelOf */ .HL)(inputs) : (0,_codex_args_js__WEBPACK_IMPORTED_MODULE_1__/* .codexModelOf */ .oT)(inputs);
}
/**
 * The models a phase would run, each with whether it has a price, for the cost-cap check before a
 * run (src/state/budget.ts `itemCapReached`). Cheap: nothing is installed.
 */
function plannedRuns(ctx) {
    return runtimesFor(ctx.config, ctx.phase).map((runtime) => {
        const model = modelOf(runtime, ctx.inputs);
        return { runtime, model, priced: (0,_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .priceOf */ .xx)(PROVIDER[runtime], model, ctx.config.pricing) !== undefined };
    });
}
/**
 * Creates a runtime's runner for this job (installing its CLI on first use). A new runtime is a
 * folder under src/agent/ with a runner implementing AgentRunner, a case here, a `RUNTIMES` entry
 * in src/config.ts and a provider for its prices (README, Runtimes).
 */
async function createRuntime(name, deps) {
    switch (name) {
        case 'codex': {
            const { createCodexRunnerForJob } = await Promise.all(/* import() */[__webpack_require__.e(993), __webpack_require__.e(697), __webpack_require__.e(8), __webpack_require__.e(578), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 5685));
            return createCodexRunnerForJob(deps);
        }
        case 'claude': {
            const { createClaudeRunnerForJob } = await Promise.all(/* import() */[__webpack_require__.e(993), __webpack_require__.e(697), __webpack_require__.e(578), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 1016));
            return createClaudeRunnerForJob(deps);
        }
    }
}
/**
 * The runtimes of one job (or one item's loop), each created on first use and shared after: one
 * runner per runtime name. A runtime that could not start (no key, no binary) is tried again when
 * next asked, and fails again, visibly. `wrap` decorates each runner once (a log line per run).
 */
function runtimeCache(deps, wrap = (runner) => runner) {
    const runners = new Map();
    return (name) => {
        let runner = runners.get(name);
        if (!runner) {
            runner = createRuntime(name, deps).then(wrap);
            runner.catch(() => runners.delete(name));
            runners.set(name, runner);
        }
        return runner;
    };
}


/***/ }),

/***/ 1632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rj: () => (/* binding */ branchCommits),
  g3: () => (/* binding */ budgetStop),
  Xp: () => (/* binding */ deadlineReason),
  hu: () => (/* binding */ deadlineStop),
  E7: () => (/* binding */ openWorkSession),
  VC: () => (/* binding */ session_push),
  mH: () => (/* binding */ pushStopped),
  BN: () => (/* binding */ recoverFromBranch),
  Rf: () => (/* binding */ spend),
  f$: () => (/* binding */ timeLeft),
  yo: () => (/* binding */ update)
});

// UNUSED EXPORTS: ForeignCommitsError, baseRef

// EXTERNAL MODULE: ./src/agent/types.ts
var types = __webpack_require__(16);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/git/outgoing.ts + 1 modules
var outgoing = __webpack_require__(912);
// EXTERNAL MODULE: ./src/git/push.ts
var push = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/git/remote.ts
var remote = __webpack_require__(668);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/state/index.ts
var state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/engine/progress.ts


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

;// CONCATENATED MODULE: ./src/engine/session.ts








/**
 * A session over the item's worktree: the surface's parts, plus what follows from them (the
 * prefix, the commit author, progress saved through the tracker, nothing spent yet).
 */
function openWorkSession({ env, tracker }, checkout, parts) {
    return {
        env,
        tracker,
        ...checkout,
        ...parts,
        prefix: env.config.labels.prefix,
        author: tracker.author,
        progress: createProgressUpdater((s) => tracker.saveState(s), { intervalMs: tracker.progressIntervalMs }),
        pushed: checkout.wt.remoteTip ?? checkout.wt.base,
        usage: types/* ZERO_USAGE */.f,
        log: [],
    };
}
/** The origin's branch holds commits this job did not write: nothing more is pushed. */
class ForeignCommitsError extends Error {
    branch;
    commits;
    constructor(branch, commits, retry) {
        super(`Origin's '${branch}' has commits this job's history lacks, so nothing was pushed (the action never ` +
            `force-pushes over work it did not write): ${commits.slice(0, 5).join('; ')}. Merge them into the ` +
            `branch history the action built, or delete the branch, then ${retry}.`);
        this.branch = branch;
        this.commits = commits;
        this.name = 'ForeignCommitsError';
    }
}
/**
 * A push that stopped for a person to act, not a failure of the run: origin's branch holds
 * commits we lack, or the commits would carry a secret. The item is blocked with the error's words.
 */
const pushStopped = (error) => error instanceof ForeignCommitsError || error instanceof outgoing/* SecretInPushError */.s;
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
    const { config } = session.env;
    const capped = (0,state/* itemCapReached */.A3)(session.state.usage, config, session.env.plannedRuns('dev'));
    if (capped)
        return capped;
    const max = config['max-iterations'];
    if (session.state.dev.iterations >= max) {
        return `The item has had ${session.state.dev.iterations} developer runs, reaching max-iterations (${max}). Raise max-iterations or split the item, then ${session.tracker.say.retry}.`;
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
    const minutes = session.env.config.budgets['phase-timeout-minutes'];
    const done = session.state.criteria.filter((c) => c.done).length;
    return (`Dev reached budgets.phase-timeout-minutes (${minutes}), the limit of the whole dev job: ${what}; ` +
        `${done} of ${session.state.criteria.length} criteria are done and pushed. ` +
        `Raise the timeout or split the item, then ${session.tracker.say.retry} to continue from there.`);
}
/**
 * Pushes HEAD to the item's branch (fast-forward only, inside the prefix). A dry run pushes
 * nothing. Throws ForeignCommitsError when origin has commits we lack.
 */
async function session_push(session) {
    const head = await (0,exec/* gitOk */.Tt)(session.git, ['rev-parse', 'HEAD'], { cwd: session.wt.dir });
    if (head === session.pushed)
        return head;
    if (!session.tracker.writes) {
        log.info(`[dry-run] Would push ${head} to ${session.wt.branch}.`);
        return head;
    }
    const result = await (0,push/* pushBranch */.TV)(session.git, {
        dir: session.wt.dir,
        remote: session.remote,
        branch: session.wt.branch,
        prefix: session.prefix,
        base: session.pushed,
    });
    if (result.status === 'foreign')
        throw new ForeignCommitsError(session.wt.branch, result.foreignCommits, session.tracker.say.retry);
    session.pushed = result.sha;
    update(session, { ...session.state, headSha: result.sha, branch: session.wt.branch });
    log.info(`Pushed ${result.sha} to ${session.wt.branch}.`);
    return result.sha;
}
/** The default branch as fetched from the session's remote: what the branch's own commits are counted from. */
const baseRef = (session) => (0,remote/* trackingRef */.lu)(session.remote, session.defaultBranch);
/** The action's commits on the branch since the default branch, oldest first: subject and body. */
async function branchCommits(session) {
    const out = await (0,exec/* gitOk */.Tt)(session.git, ['log', '--reverse', '--format=%s%x1f%b%x1e', `${baseRef(session)}..HEAD`], { cwd: session.wt.dir });
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
        `${baseRef(session)}..HEAD`,
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
