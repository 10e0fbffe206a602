export const id = 685;
export const ids = [685];
export const modules = {

/***/ 5685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCodexRunnerForJob: () => (/* binding */ createCodexRunnerForJob)
});

// UNUSED EXPORTS: CODEX_DEFAULT_MODELS, CodexBinaryError, CodexRunner, CodexSetupError, DEFAULT_BASE_URL, DenyRuleError, KEY_ENV_VAR, PROVIDER_ID, RULES_FILE, codexCacheDir, codexHomeFor, codexModelOf, findRolloutFile, locateInstalledCodex, parseCodexEvent, readRolloutCommands, readRolloutModel, readRolloutUsage, renderDenyRules, resolveCodexBinary, writeDenyRules

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/agent/codex/args.ts
var codex_args = __webpack_require__(9012);
// EXTERNAL MODULE: ./src/agent/codex/install.ts
var install = __webpack_require__(1578);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/safety/env.ts
var env = __webpack_require__(4821);
// EXTERNAL MODULE: ./src/agent/pricing.ts
var pricing = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/agent/runner-log.ts
var runner_log = __webpack_require__(1920);
// EXTERNAL MODULE: ./src/agent/stream-process.ts + 1 modules
var stream_process = __webpack_require__(8725);
// EXTERNAL MODULE: ./src/agent/types.ts
var types = __webpack_require__(16);
;// CONCATENATED MODULE: ./src/agent/codex/collect.ts

/** A path with `.`/`..` segments or doubled separators needs the full `path.relative`. */
const NOT_PLAIN = /\/\.{1,2}(\/|$)|\/\/|\\/;
const RETRY_NOTICE = /^Reconnecting\.\.\. \d+\/\d+/;
const MAX_LOGGED_MESSAGE = 2000;
/** Converts Codex's cumulative usage into ours (the cache-write count has no place in `Usage`). */
const toUsage = (u) => ({
    inputTokens: u.input_tokens,
    cachedInputTokens: u.cached_input_tokens,
    outputTokens: u.output_tokens,
    reasoningOutputTokens: u.reasoning_output_tokens,
});
/** `now - before`, per field, never below zero (a thread whose earlier total we misjudged). */
const usageDelta = (now, before) => ({
    inputTokens: Math.max(0, now.inputTokens - before.inputTokens),
    cachedInputTokens: Math.max(0, now.cachedInputTokens - before.cachedInputTokens),
    outputTokens: Math.max(0, now.outputTokens - before.outputTokens),
    reasoningOutputTokens: Math.max(0, now.reasoningOutputTokens - before.reasoningOutputTokens),
});
const clip = (text, max = MAX_LOGGED_MESSAGE) => text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
/**
 * Folds the events of one `codex exec` run into what the result needs, and turns each event into
 * a readable log line. Holds only the summary (commands, changed paths, last message), never the
 * stream itself.
 */
class RunCollector {
    cwd;
    expectedThreadId;
    threadId;
    /** Set when a resume's `thread.started` names another thread. */
    mismatchedThreadId;
    finalMessage;
    /** The thread's cumulative usage from the last `turn.completed`. */
    cumulativeUsage;
    turnCompleted = false;
    turnFailure;
    /** Non-fatal `error` events (retry notices, warnings), for the failure message if the run fails. */
    notices = [];
    commands = new Map();
    changes = new Map();
    tools = [];
    cwdPrefix;
    constructor(cwd, expectedThreadId) {
        this.cwd = cwd;
        this.expectedThreadId = expectedThreadId;
        this.cwdPrefix = (0,external_node_path_.resolve)(cwd) + external_node_path_.sep;
    }
    /** Commands in the order they started; one still running when the run ended keeps `exitCode: null`. */
    get commandRecords() {
        return [...this.commands.values()];
    }
    /** MCP tool calls and web searches, in the order they completed. */
    get toolCallRecords() {
        return [...this.tools];
    }
    /**
     * Commands Codex declined (`status: declined`). Codex refuses some commands without any event
     * (execpolicy, escalation): the rollout has those, and the command audit reads it.
     */
    get deniedRecords() {
        return this.commandRecords
            .filter((c) => c.status === 'declined')
            .map((c) => ({ tool: 'shell', input: c.command, reason: 'declined by Codex' }));
    }
    get fileChangeRecords() {
        return [...this.changes].map(([path, kind]) => ({ path, kind }));
    }
    apply(event) {
        switch (event.type) {
            case 'thread.started':
                this.threadId = event.thread_id;
                if (this.expectedThreadId && event.thread_id !== this.expectedThreadId) {
                    this.mismatchedThreadId = event.thread_id;
                    return {
                        level: 'info',
                        text: `Asked to resume thread ${this.expectedThreadId}, but Codex started ${event.thread_id}.`,
                    };
                }
                return {
                    level: 'info',
                    text: `Thread ${event.thread_id}${this.expectedThreadId ? ' (resumed)' : ''}`,
                };
            case 'turn.started':
                return { level: 'debug', text: 'Turn started' };
            case 'turn.completed': {
                this.turnCompleted = true;
                const usage = toUsage(event.usage);
                this.cumulativeUsage = usage;
                return {
                    level: 'info',
                    text: `Turn completed (thread total: ${usage.inputTokens} input tokens, ${usage.cachedInputTokens} cached, ${usage.outputTokens} output, ${usage.reasoningOutputTokens} reasoning)`,
                };
            }
            case 'turn.failed':
                this.turnFailure = event.error.message;
                return { level: 'info', text: `Turn failed: ${event.error.message}` };
            case 'error':
                this.notices.push(event.message);
                return {
                    level: 'info',
                    text: RETRY_NOTICE.test(event.message)
                        ? `Codex retrying: ${event.message}`
                        : `Codex: ${event.message}`,
                };
            case 'item.started':
            case 'item.updated':
            case 'item.completed':
                return this.applyItem(event.type, event.item);
            case 'other':
                return {
                    level: 'debug',
                    text: `Event ${event.originalType}${event.problem ? ` ignored (${event.problem})` : ''}`,
                };
        }
    }
    applyItem(phase, item) {
        const done = phase === 'item.completed';
        switch (item.type) {
            case 'command_execution':
                this.commands.set(item.id, { command: item.command, exitCode: item.exit_code, status: item.status });
                if (!done)
                    return { level: 'debug', text: `$ ${item.command} (running)` };
                return {
                    level: 'info',
                    text: `$ ${item.command} → ${item.exit_code === null ? item.status : `exit ${item.exit_code}`}`,
                };
            case 'file_change':
                if (!done)
                    return undefined;
                if (item.status !== 'completed') {
                    return {
                        level: 'info',
                        text: `File change ${item.status}: ${item.changes.map((c) => c.path).join(', ')}`,
                    };
                }
                for (const change of item.changes)
                    this.recordChange(change.path, change.kind);
                return {
                    level: 'info',
                    text: item.changes.map((c) => `${c.kind} ${this.relativePath(c.path)}`).join(', '),
                };
            case 'agent_message':
                this.finalMessage = item.text;
                return { level: 'info', text: `Message: ${clip(item.text)}` };
            case 'error':
                this.notices.push(item.message);
                return { level: 'info', text: `Codex: ${item.message}` };
            case 'reasoning':
                return done ? { level: 'debug', text: `Reasoning: ${clip(item.text, 500)}` } : undefined;
            case 'mcp_tool_call':
                if (!done)
                    return undefined;
                this.tools.push({
                    tool: `mcp:${item.server}.${item.tool}`,
                    input: '',
                    ok: item.error === null && item.status === 'completed',
                });
                return {
                    level: 'info',
                    text: `MCP ${item.server}.${item.tool}: ${item.error?.message ?? item.status}`,
                };
            case 'web_search':
                if (!done)
                    return undefined;
                this.tools.push({ tool: 'web_search', input: clip(item.query, 300), ok: true });
                return { level: 'info', text: `Web search: ${item.query}` };
            case 'todo_list':
                return {
                    level: 'debug',
                    text: `Plan: ${item.items.map((t) => `${t.completed ? '[x]' : '[ ]'} ${t.text}`).join('; ')}`,
                };
            case 'other':
                return { level: 'debug', text: `${phase} ${item.originalType}` };
        }
    }
    /** Paths inside the cwd become relative to it; others stay absolute so nothing is hidden. */
    relativePath(path) {
        // Fast path for the usual normalized absolute path (path.relative resolves both sides, ~4 µs).
        if (!NOT_PLAIN.test(path)) {
            if (path.startsWith(this.cwdPrefix))
                return path.slice(this.cwdPrefix.length);
            if ((0,external_node_path_.isAbsolute)(path) && path !== this.cwdPrefix.slice(0, -1))
                return path;
        }
        const rel = (0,external_node_path_.relative)(this.cwd, path);
        return rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel) ? path : rel;
    }
    recordChange(absolute, kind) {
        const path = this.relativePath(absolute);
        const before = this.changes.get(path);
        // A file added in this run and then edited is still new; one deleted after being added is gone.
        if (before === 'add' && kind === 'update')
            return;
        if (before === 'add' && kind === 'delete') {
            this.changes.delete(path);
            return;
        }
        this.changes.set(path, kind);
    }
}

// EXTERNAL MODULE: ./src/safety/shell.ts
var shell = __webpack_require__(4008);
;// CONCATENATED MODULE: ./src/agent/codex/command-log.ts

/**
 * The command audit reads two records of one thread: the session's rollout (every command the
 * model asked for, refused ones included) and the `command_execution` items of the JSONL stream
 * the action read from Codex's stdout (what actually ran). The rollout lives in CODEX_HOME, which
 * the sandbox must keep read-only; the stream never touches the disk the agent can reach. A command
 * the stream saw that the rollout lacks means the rollout was changed, which is itself a finding.
 */
/** Codex redacts secrets in the stream's command text; the rollout has the model's own text. */
const REDACTED = '[REDACTED_SECRET]';
/** The script a stream command ran: `/bin/bash -lc 'echo hi'` → `echo hi`. */
function streamScript(command) {
    const parsed = (0,shell/* parseShell */.a)(command);
    if (parsed.ok && parsed.commands.length === 1) {
        const script = (0,shell/* shellScriptOf */.J)(parsed.commands[0]);
        if (script !== undefined)
            return script.trim();
    }
    return command.trim();
}
/** The forms a rollout entry may take in the stream (the script itself, or the argv joined). */
function rolloutForms(entry) {
    const forms = [entry.command.trim()];
    if (entry.argv && entry.argv.length > 0) {
        const script = (0,shell/* shellScriptOf */.J)(entry.argv);
        forms.push((script ?? entry.argv.join(' ')).trim());
    }
    return forms;
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function sameCommand(streamText, rolloutText) {
    if (streamText === rolloutText)
        return true;
    if (!streamText.includes(REDACTED))
        return false;
    const pattern = streamText.split(REDACTED).map(escapeRegExp).join('[\\s\\S]*');
    return new RegExp(`^${pattern}$`).test(rolloutText);
}
/**
 * Every command of the thread for the audit: the rollout's entries, then one tampering finding for
 * each stream command with no rollout entry left to match it (each entry matches one stream
 * command, so deleting one of two identical lines is seen too). `rolloutFound` false (no rollout
 * file at all) while the stream saw commands is a finding of its own.
 */
function reconcileCommands(input) {
    const commands = [...input.rollout];
    const unmatched = input.rollout.map(rolloutForms);
    for (const streamCommand of input.stream) {
        const script = streamScript(streamCommand);
        const hit = unmatched.findIndex((forms) => forms?.some((form) => sameCommand(script, form)));
        if (hit >= 0) {
            unmatched[hit] = [];
            continue;
        }
        commands.push({
            tool: 'exec_command',
            command: script,
            argv: undefined,
            escalated: false,
            tampered: input.rolloutFound
                ? "ran (Codex's event stream reports it) but is missing from the session's rollout: the record was changed"
                : `ran (Codex's event stream reports it) but thread ${input.threadId} has no rollout: the record was removed`,
        });
    }
    return commands;
}

;// CONCATENATED MODULE: ./src/agent/codex/containment.ts


/** True when `inner` is `outer` or lies below it (both absolute, resolved). */
function isWithin(inner, outer) {
    const rel = (0,external_node_path_.relative)(outer, inner);
    return rel === '' || (rel !== '..' && !rel.startsWith('../') && !(0,external_node_path_.isAbsolute)(rel));
}
const real = (path) => (0,promises_.realpath)(path).catch(() => path);
/** Checks and prepares the sandbox's writable roots for one run; refuses when CODEX_HOME would be in one. */
async function placeSandbox(options) {
    await (0,promises_.rm)(options.tmpDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(options.tmpDir, { recursive: true });
    const [home, cwd, tmpDir] = await Promise.all([
        real(options.codexHome),
        real(options.cwd),
        real(options.tmpDir),
    ]);
    const roots = [
        { path: cwd, what: 'the working directory of the run' },
        { path: tmpDir, what: "the commands' TMPDIR" },
    ];
    for (const root of roots) {
        if (isWithin(home, root.path) || isWithin(root.path, home)) {
            return {
                ok: false,
                message: `Refusing to run Codex: its CODEX_HOME ${home} and ${root.what} (${root.path}) overlap, so the agent ` +
                    'could rewrite its own session record and rules. Fix: keep RUNNER_TEMP (where CODEX_HOME lives) ' +
                    'outside the checkout and the worktrees.',
            };
        }
    }
    return {
        ok: true,
        tmpDir,
        config: [
            'sandbox_workspace_write.exclude_slash_tmp=true',
            'sandbox_workspace_write.exclude_tmpdir_env_var=false',
        ],
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/agent/codex/events.ts

// The JSONL events of `codex exec --json` (0.169 and 0.171, whose streams are the same; codex-rs/exec/src/exec_events.rs). Every schema is
// loose on purpose: a newer CLI may add fields, event types and item types, and none of that may
// break a run. Unknown types fall through as `other`.
const usageSchema = schemas/* object */.Ikc({
    input_tokens: schemas/* number */.aig(),
    cached_input_tokens: schemas/* number */.aig().default(0),
    cache_write_input_tokens: schemas/* number */.aig().default(0),
    output_tokens: schemas/* number */.aig(),
    reasoning_output_tokens: schemas/* number */.aig().default(0),
});
const agentMessage = schemas/* object */.Ikc({ id: schemas/* string */.YjP(), type: schemas/* literal */.euz('agent_message'), text: schemas/* string */.YjP() });
const reasoning = schemas/* object */.Ikc({ id: schemas/* string */.YjP(), type: schemas/* literal */.euz('reasoning'), text: schemas/* string */.YjP().default('') });
const commandExecution = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    type: schemas/* literal */.euz('command_execution'),
    command: schemas/* string */.YjP(),
    aggregated_output: schemas/* string */.YjP().default(''),
    exit_code: schemas/* number */.aig().nullable().default(null),
    status: schemas/* string */.YjP(),
});
const fileChange = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    type: schemas/* literal */.euz('file_change'),
    changes: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP(), kind: schemas/* enum */.k5n(['add', 'delete', 'update']) })),
    status: schemas/* string */.YjP(),
});
const mcpToolCall = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    type: schemas/* literal */.euz('mcp_tool_call'),
    server: schemas/* string */.YjP(),
    tool: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    error: schemas/* object */.Ikc({ message: schemas/* string */.YjP() }).nullable().default(null),
});
const webSearch = schemas/* object */.Ikc({ id: schemas/* string */.YjP(), type: schemas/* literal */.euz('web_search'), query: schemas/* string */.YjP().default('') });
const todoList = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    type: schemas/* literal */.euz('todo_list'),
    items: schemas/* array */.YOg(schemas/* object */.Ikc({ text: schemas/* string */.YjP(), completed: schemas/* boolean */.zMY() })),
});
const errorItem = schemas/* object */.Ikc({ id: schemas/* string */.YjP(), type: schemas/* literal */.euz('error'), message: schemas/* string */.YjP() });
const ITEM_SCHEMAS = new Map([
    ['agent_message', agentMessage],
    ['reasoning', reasoning],
    ['command_execution', commandExecution],
    ['file_change', fileChange],
    ['mcp_tool_call', mcpToolCall],
    ['web_search', webSearch],
    ['todo_list', todoList],
    ['error', errorItem],
]);
const threadStarted = schemas/* object */.Ikc({ type: schemas/* literal */.euz('thread.started'), thread_id: schemas/* string */.YjP().min(1) });
const turnStarted = schemas/* object */.Ikc({ type: schemas/* literal */.euz('turn.started') });
const turnCompleted = schemas/* object */.Ikc({ type: schemas/* literal */.euz('turn.completed'), usage: usageSchema });
const turnFailed = schemas/* object */.Ikc({ type: schemas/* literal */.euz('turn.failed'), error: schemas/* object */.Ikc({ message: schemas/* string */.YjP() }) });
const errorEvent = schemas/* object */.Ikc({ type: schemas/* literal */.euz('error'), message: schemas/* string */.YjP() });
const EVENT_SCHEMAS = new Map([
    ['thread.started', threadStarted],
    ['turn.started', turnStarted],
    ['turn.completed', turnCompleted],
    ['turn.failed', turnFailed],
    ['error', errorEvent],
]);
const ITEM_EVENTS = new Set(['item.started', 'item.updated', 'item.completed']);
const describe = (error) => error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
/**
 * Parses one line of Codex's JSONL. The type is looked up before zod runs, so each line pays for
 * one schema, not a union. Returns undefined for a blank line; a line that is not JSON, or a known
 * event that fails validation, comes back as `other` with the problem (never a throw).
 */
function parseCodexEvent(line) {
    if (line.trim() === '')
        return undefined;
    let raw;
    try {
        raw = JSON.parse(line);
    }
    catch {
        return { type: 'other', originalType: '(not JSON)', problem: `not JSON: ${line.slice(0, 200)}` };
    }
    const type = typeof raw === 'object' && raw !== null ? raw.type : undefined;
    if (typeof type !== 'string')
        return { type: 'other', originalType: '(no type)', problem: 'no type field' };
    if (ITEM_EVENTS.has(type))
        return parseItemEvent(type, raw.item);
    const schema = EVENT_SCHEMAS.get(type);
    if (!schema)
        return { type: 'other', originalType: type };
    const parsed = schema.safeParse(raw);
    return parsed.success
        ? parsed.data
        : { type: 'other', originalType: type, problem: describe(parsed.error) };
}
// Item events are most of a stream; the envelope is checked by hand so each pays for one schema.
function parseItemEvent(type, item) {
    const head = (typeof item === 'object' && item !== null ? item : {});
    if (typeof head.id !== 'string' || typeof head.type !== 'string') {
        return { type: 'other', originalType: type, problem: 'item: expected an object with string id and type' };
    }
    const schema = ITEM_SCHEMAS.get(head.type);
    if (!schema)
        return { type, item: { id: head.id, type: 'other', originalType: head.type } };
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
        return { type: 'other', originalType: `${type}/${head.type}`, problem: describe(parsed.error) };
    }
    return { type, item: parsed.data };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/agent/codex/output.ts

/**
 * Parses and validates the final message when an output schema was given. Codex checks neither
 * the schema nor the answer (`--output-schema` is only forwarded to the model), so this is the
 * only check the answer gets.
 */
function checkOutput(finalMessage, schema) {
    if (!schema)
        return { ok: true, value: undefined };
    if (finalMessage === undefined || finalMessage.trim() === '') {
        return {
            ok: false,
            message: 'The agent gave no final message, so there is no structured answer to check.',
        };
    }
    let parsed;
    try {
        parsed = JSON.parse(finalMessage);
    }
    catch (error) {
        return {
            ok: false,
            message: `The final message is not JSON (${(0,errors/* errorMessage */.g)(error)}); it starts: ${JSON.stringify(finalMessage.slice(0, 200))}`,
        };
    }
    const result = schema.zod.safeParse(parsed);
    if (result.success)
        return { ok: true, value: result.data };
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, message: `The final message does not match the output schema: ${problems.join('; ')}` };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/agent/jsonl.ts
var jsonl = __webpack_require__(6411);
;// CONCATENATED MODULE: ./src/agent/codex/rollout.ts




/** Finds the rollout file of a thread, or undefined when this CODEX_HOME has none. */
async function findRolloutFile(codexHome, threadId) {
    const suffix = `-${threadId}.jsonl`;
    const sessions = (0,external_node_path_.join)(codexHome, 'sessions');
    // Newest first: a resumed thread is usually recent, and the tree is YYYY/MM/DD.
    for (const year of await listDesc(sessions)) {
        for (const month of await listDesc((0,external_node_path_.join)(sessions, year))) {
            for (const day of await listDesc((0,external_node_path_.join)(sessions, year, month))) {
                const dir = (0,external_node_path_.join)(sessions, year, month, day);
                const hit = (await listDesc(dir)).find((name) => name.startsWith('rollout-') && name.endsWith(suffix));
                if (hit)
                    return (0,external_node_path_.join)(dir, hit);
            }
        }
    }
    return undefined;
}
async function listDesc(dir) {
    try {
        return (await (0,promises_.readdir)(dir)).sort().reverse();
    }
    catch (error) {
        if (error.code === 'ENOENT' ||
            error.code === 'ENOTDIR')
            return [];
        throw error;
    }
}
/** Streams the `{type, payload}` records of a rollout whose raw line contains `marker`. */
async function scanRollout(file, marker, onRecord) {
    await (0,jsonl/* readLines */.Se)((0,external_node_fs_.createReadStream)(file), (line) => {
        if (!line.includes(marker))
            return;
        try {
            const record = JSON.parse(line);
            if (typeof record.type === 'string' && typeof record.payload === 'object' && record.payload !== null) {
                onRecord(record.type, record.payload);
            }
        }
        catch {
            // A torn last line (Codex killed mid-write) is not worth failing over.
        }
    });
}
/**
 * The thread's cumulative usage as of its last `token_count`, or undefined when the thread has no
 * rollout here or no usage yet. This is how a thread resumed in a new job knows its earlier total.
 */
async function readRolloutUsage(codexHome, threadId) {
    const file = await findRolloutFile(codexHome, threadId);
    if (!file)
        return undefined;
    let last;
    await scanRollout(file, '"token_count"', (type, payload) => {
        if (type !== 'event_msg' || payload.type !== 'token_count')
            return;
        const total = payload.info?.total_token_usage;
        if (!total)
            return;
        const n = (key) => (typeof total[key] === 'number' ? total[key] : 0);
        last = {
            inputTokens: n('input_tokens'),
            cachedInputTokens: n('cached_input_tokens'),
            outputTokens: n('output_tokens'),
            reasoningOutputTokens: n('reasoning_output_tokens'),
        };
    });
    return last;
}
/** The model of the thread's last turn (`turn_context.model`): the CLI's default when none was asked for. */
async function readRolloutModel(codexHome, threadId) {
    const file = await findRolloutFile(codexHome, threadId);
    if (!file)
        return undefined;
    let model;
    await scanRollout(file, '"turn_context"', (type, payload) => {
        if (type === 'turn_context' && typeof payload.model === 'string')
            model = payload.model;
    });
    return model;
}
const parseArgs = (text) => {
    if (typeof text !== 'string')
        return {};
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null ? value : {};
    }
    catch {
        return {};
    }
};
const str = (value) => (typeof value === 'string' ? value : undefined);
const strArray = (value) => Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
const quote = (arg) => /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
/** The command carried by one tool call, or undefined when the call runs nothing. */
function commandOf(payload) {
    const base = { argv: undefined, workdir: undefined, escalated: false };
    if (payload.type === 'custom_tool_call') {
        // apply_patch edits files (the file-change audit covers it); any other freeform tool may run code.
        const name = str(payload.name) ?? '';
        return name === 'apply_patch' ? undefined : { ...base, tool: name, command: str(payload.input) ?? '' };
    }
    if (payload.type === 'local_shell_call') {
        const action = (payload.action ?? {});
        const argv = strArray(action.command) ?? [];
        return {
            ...base,
            tool: 'local_shell',
            command: argv.map(quote).join(' '),
            argv,
            workdir: str(action.working_directory),
        };
    }
    if (payload.type !== 'function_call')
        return undefined;
    const args = parseArgs(payload.arguments);
    const common = { workdir: str(args.workdir), escalated: args.sandbox_permissions === 'require_escalated' };
    switch (payload.name) {
        case 'exec_command':
            return { ...common, tool: 'exec_command', command: str(args.cmd) ?? '', argv: undefined };
        case 'write_stdin': {
            // Characters typed into a running session are commands too when that session is a shell.
            const chars = str(args.chars) ?? '';
            return chars === '' ? undefined : { ...common, tool: 'write_stdin', command: chars, argv: undefined };
        }
        case 'shell': {
            const argv = strArray(args.command) ?? [];
            return { ...common, tool: 'shell', command: argv.map(quote).join(' '), argv };
        }
        case 'shell_command':
            return { ...common, tool: 'shell_command', command: str(args.command) ?? '', argv: undefined };
        default:
            return undefined;
    }
}
/**
 * Every command the agent attempted in a thread, in order, from its rollout file — including the
 * ones Codex refused (execpolicy, escalation) which never appear in the JSONL events. Returns []
 * when the thread has no rollout in this CODEX_HOME.
 */
async function readRolloutCommands(codexHome, threadId) {
    const file = await findRolloutFile(codexHome, threadId);
    if (!file)
        return [];
    const commands = [];
    await scanRollout(file, '"response_item"', (type, payload) => {
        if (type !== 'response_item')
            return;
        const found = commandOf(payload);
        if (found)
            commands.push({ ...found, callId: str(payload.call_id) ?? '' });
    });
    return commands;
}

;// CONCATENATED MODULE: ./src/agent/codex/rules.ts


/** Codex loads `rules/*.rules` next to each config layer; this is ours in the job's CODEX_HOME. */
const RULES_FILE = 'orchestrator.rules';
/** Thrown for a deny entry that cannot become an execpolicy rule. */
class DenyRuleError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid commands.deny entries:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'DenyRuleError';
    }
}
// Starlark string literals accept JSON's escapes for everything we let through.
const starlark = (value) => JSON.stringify(value);
/** Splits "git push" into its tokens; control characters cannot be expressed safely and are refused. */
function denyPrefixTokens(prefix) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(prefix)) {
        throw new DenyRuleError([
            `${JSON.stringify(prefix)} contains a control character. Expected a command prefix such as "git push".`,
        ]);
    }
    const tokens = prefix.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) {
        throw new DenyRuleError([
            `${JSON.stringify(prefix)} is empty. Expected a command prefix such as "git push".`,
        ]);
    }
    return tokens;
}
/** Where a program usually lives, so `/usr/bin/git push` is refused like `git push`. */
const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Launchers execpolicy sees as the first word (`env git push`); those taking values cannot be listed. */
const LAUNCHERS = ['env', 'command', 'builtin', 'exec', 'nohup', 'nice', 'setsid', 'time'];
/** git's global options that take no value, so `git --no-pager push` can be written as a pattern. */
const GIT_FLAGS = [
    '--no-pager',
    '-P',
    '-p',
    '--paginate',
    '--bare',
    '--no-replace-objects',
    '--no-lazy-fetch',
    '--no-optional-locks',
    '--no-advice',
    '--literal-pathspecs',
    '--glob-pathspecs',
    '--noglob-pathspecs',
    '--icase-pathspecs',
];
const unique = (values) => [...new Set(values)];
const programName = (word) => word.slice(word.lastIndexOf('/') + 1);
/** Every path the program may be spelled with: its name, the system directories, the search path. */
function programSpellings(word, searchPath) {
    const name = programName(word);
    const dirs = unique([...SYSTEM_DIRS, ...searchPath.filter((dir) => dir.startsWith('/'))]);
    return unique([name, word, ...dirs.map((dir) => `${dir.replace(/\/+$/, '')}/${name}`)]);
}
/**
 * The token patterns that stand for one deny entry in execpolicy: the program under any of its
 * paths, behind a launcher that takes no value (`env`, `nice`, `command`, ...), and git behind
 * its value-less global options. Spellings that carry a free value (`env A=1 git push`, `git -c
 * k=v push`, `timeout 5 git push`) cannot be patterns; the audit after the run catches those.
 */
function denyPatterns(tokens, searchPath = []) {
    const [first, ...rest] = tokens;
    const programs = programSpellings(first, searchPath);
    const launchers = unique(LAUNCHERS.flatMap((l) => programSpellings(l, [])));
    const patterns = [
        [programs, ...rest.map((t) => [t])],
        [launchers, programs, ...rest.map((t) => [t])],
        [programSpellings('env', []), ['-i', '--ignore-environment'], programs, ...rest.map((t) => [t])],
    ];
    if (programName(first) === 'git' && rest.length > 0)
        patterns.push([programs, GIT_FLAGS, ...rest.map((t) => [t])]);
    return patterns;
}
const patternText = (pattern) => `[${pattern.map((alts) => (alts.length === 1 ? starlark(alts[0]) : `[${alts.map(starlark).join(', ')}]`)).join(', ')}]`;
/**
 * The rules text: `forbidden` prefix rules for every entry (see `denyPatterns`). Codex splits
 * `bash -lc` scripts into their commands before matching, so `echo hi && git push` is caught too.
 * Each rule carries one concrete token list as a `match` example (not a string Codex would
 * shell-split), which Codex checks when it loads the file.
 */
function renderDenyRules(prefixes, searchPath = []) {
    const problems = [];
    const rules = [];
    for (const prefix of prefixes) {
        let tokens;
        try {
            tokens = denyPrefixTokens(prefix);
        }
        catch (error) {
            problems.push(...error.problems);
            continue;
        }
        const justification = starlark(`"${tokens.join(' ')}" is denied by codex-orchestrator (config commands.deny); do it another way or stop and explain.`);
        for (const pattern of denyPatterns(tokens, searchPath)) {
            const example = `[${pattern.map((alts) => starlark(alts[0])).join(', ')}]`;
            rules.push(`prefix_rule(\n    pattern=${patternText(pattern)},\n    decision="forbidden",\n    justification=${justification},\n    match=[${example}],\n)`);
        }
    }
    if (problems.length > 0)
        throw new DenyRuleError(problems);
    return `# Written by codex-orchestrator from commands.deny; rewritten before every run.\n\n${rules.join('\n\n')}\n`;
}
/**
 * Writes `$CODEX_HOME/rules/orchestrator.rules` forbidding each command prefix, or removes it when
 * the list is empty. Returns the file's path (undefined when removed). Execpolicy can only deny:
 * an `allow` rule would run the command outside the sandbox, so allow-lists are checked afterwards
 * from the rollout and the event stream instead (src/safety/audit.ts, which also matches the deny
 * spellings no pattern can express).
 */
async function writeDenyRules(codexHome, prefixes, 
/** The PATH directories Codex's commands search, so each of them spells the program too. */
searchPath = []) {
    const dir = (0,external_node_path_.join)(codexHome, 'rules');
    const file = (0,external_node_path_.join)(dir, RULES_FILE);
    if (prefixes.length === 0) {
        await (0,promises_.rm)(file, { force: true });
        return undefined;
    }
    const text = renderDenyRules(prefixes, searchPath);
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)(file, text);
    return file;
}

;// CONCATENATED MODULE: ./src/agent/codex/runner.ts

















/**
 * Runs `codex exec --json` once per request; see AgentRunner. Every outcome of the CLI comes back
 * as a typed result; `run` throws only for a bad `deniedCommands` entry (DenyRuleError) or an
 * unexpected local I/O error. Each run logs inside its own group, so call it outside any group of
 * yours (GitHub does not nest groups). Runs of one runner share CODEX_HOME: run them one at a time.
 */
class CodexRunner {
    options;
    name = 'codex';
    sandboxes = ['read-only', 'workspace-write'];
    stateDir;
    /** Each thread's cumulative usage after this runner's last run of it, to turn totals into deltas. */
    threadTotals = new Map();
    /** The commands the event stream reported for each thread, for the audit's tamper check. */
    streamCommands = new Map();
    log;
    constructor(options) {
        this.options = options;
        this.stateDir = options.codexHome;
        this.log = options.log ?? runner_log/* coreLog */.u;
    }
    /** CODEX_HOME of this runner. */
    get codexHome() {
        return this.options.codexHome;
    }
    get model() {
        return this.options.model ?? this.options.defaultModel;
    }
    /**
     * The rollout's commands plus, as tampering findings, every command the event stream saw run in
     * this job that the rollout no longer has (see command-log.ts).
     */
    async attemptedCommands(threadId) {
        const rolloutFound = (await findRolloutFile(this.options.codexHome, threadId)) !== undefined;
        const rollout = rolloutFound ? await readRolloutCommands(this.options.codexHome, threadId) : [];
        return reconcileCommands({
            threadId,
            rolloutFound,
            rollout,
            stream: this.streamCommands.get(threadId) ?? [],
        });
    }
    async run(request) {
        const started = performance.now();
        const collector = new RunCollector(request.cwd, request.resumeThreadId);
        const fail = (kind, message, extra = {}) => this.failure(collector, started, kind, message, extra);
        if (this.options.signal?.aborted)
            return fail('cancelled', cancelledMessage(this.options.signal, 'before Codex started'));
        if (request.signal?.aborted)
            return fail('aborted', 'Aborted before Codex started.');
        const refusal = (0,pricing/* unpricedRefusal */.hf)(this.name, this.model, this.options.costCapUsd, (0,pricing/* priceOf */.xx)('openai', this.model, this.options.pricing) !== undefined);
        if (refusal)
            return fail('refused', refusal);
        if (!(await (0,install/* isExecutableFile */.Jf)(this.options.codex.path))) {
            return fail('spawn', `The Codex CLI at '${this.options.codex.path}' does not exist or is not executable. ` +
                'Fix: set codex-path to an executable codex binary, or leave codex-path empty and set codex-version to install @openai/codex.');
        }
        // A thread resumed in a new job has no total here yet; its rollout (restored into CODEX_HOME)
        // has the last one. Without a rollout the earlier turns count as this run's usage.
        const before = request.resumeThreadId ? await this.threadTotal(request.resumeThreadId) : types/* ZERO_USAGE */.f;
        const placement = await placeSandbox({
            codexHome: this.options.codexHome,
            cwd: request.cwd,
            tmpDir: this.options.agentTmpDir ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(this.options.codexHome), 'agent-tmp'),
        });
        if (!placement.ok)
            return fail('spawn', placement.message);
        const searchPath = (this.options.env ?? process.env).PATH?.split(external_node_path_.delimiter) ?? [];
        await writeDenyRules(this.options.codexHome, request.deniedCommands ?? [], searchPath);
        const schemaDir = request.outputSchema ? await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'codex-schema-')) : undefined;
        const label = `Codex${request.label ? `: ${request.label}` : ''} (${request.sandbox}${request.resumeThreadId ? `, resuming ${request.resumeThreadId}` : ''})`;
        this.log.startGroup(label);
        try {
            const schemaFile = schemaDir ? (0,external_node_path_.join)(schemaDir, 'output-schema.json') : undefined;
            if (schemaFile && request.outputSchema)
                await (0,promises_.writeFile)(schemaFile, JSON.stringify(request.outputSchema.json));
            const proc = await this.spawn(request, collector, schemaFile, placement);
            if (collector.threadId) {
                const seen = this.streamCommands.get(collector.threadId) ?? [];
                this.streamCommands.set(collector.threadId, [
                    ...seen,
                    ...collector.commandRecords.map((c) => c.command),
                ]);
            }
            const total = collector.cumulativeUsage ?? (await this.rolloutTotal(collector.threadId));
            const sameThread = collector.threadId !== undefined && collector.threadId === request.resumeThreadId;
            const tokens = total ? usageDelta(total, sameThread ? before : types/* ZERO_USAGE */.f) : types/* ZERO_USAGE */.f;
            if (total && collector.threadId)
                this.threadTotals.set(collector.threadId, total);
            // Without a model input the rollout says which model answered (the CLI's default).
            const model = this.options.model ??
                (collector.threadId
                    ? await readRolloutModel(this.options.codexHome, collector.threadId).catch(() => undefined)
                    : undefined) ??
                this.options.defaultModel;
            const priced = (0,pricing/* priceOf */.xx)('openai', model, this.options.pricing);
            const usage = (0,pricing/* withCost */.K4)(tokens, priced?.price);
            const extra = {
                exitCode: proc.exitCode,
                stderrTail: proc.stderrTail,
                usage,
                model,
                costUsd: usage.unpricedTokens ? null : (usage.costUsd ?? 0),
            };
            this.log.debug(priced
                ? `Cost: $${(usage.costUsd ?? 0).toFixed(4)} (${model}, ${priced.source})`
                : `Cost: unknown (${model ?? 'the model is not known'} has no price)`);
            if (proc.stopped === 'cancelled')
                return fail('cancelled', cancelledMessage(this.options.signal, 'the Codex process tree was killed'), extra);
            if (proc.stopped === 'aborted')
                return fail('aborted', 'Aborted by the caller; the Codex process tree was killed.', extra);
            if (proc.stopped === 'timeout') {
                return fail('timeout', `Codex did not finish within ${proc.timeoutMs} ms; its process tree was killed.`, extra);
            }
            if (collector.mismatchedThreadId) {
                return fail('thread_mismatch', `Asked to resume thread ${request.resumeThreadId}, but Codex started thread ${collector.mismatchedThreadId} ` +
                    '(it starts a new thread when the id is not a known session). The run was stopped and nothing from it was used.', extra);
            }
            if (proc.spawnError)
                return fail('spawn', proc.spawnError, extra);
            if (collector.turnFailure !== undefined)
                return fail('turn_failed', collector.turnFailure, extra);
            if (proc.exitCode !== 0) {
                const detail = proc.stderrTail.trim().slice(-1500) || collector.notices.at(-1) || 'no output on stderr';
                const how = proc.exitCode === null
                    ? `was killed by ${proc.signal ?? 'a signal'}`
                    : `exited with code ${proc.exitCode}`;
                return fail('exit', `Codex ${how}: ${detail}`, extra);
            }
            if (!collector.turnCompleted) {
                return fail('exit', 'Codex exited with code 0 without completing the turn (no turn.completed event).', extra);
            }
            const checked = checkOutput(collector.finalMessage, request.outputSchema);
            if (!checked.ok)
                return fail('invalid_output', checked.message, extra);
            return {
                ok: true,
                threadId: collector.threadId,
                finalMessage: collector.finalMessage ?? '',
                output: checked.value,
                runtime: this.name,
                model,
                commands: collector.commandRecords,
                toolCalls: collector.toolCallRecords,
                denied: collector.deniedRecords,
                fileChanges: collector.fileChangeRecords,
                usage,
                costUsd: extra.costUsd,
                durationMs: Math.round(performance.now() - started),
            };
        }
        finally {
            this.log.endGroup();
            if (schemaDir)
                await (0,promises_.rm)(schemaDir, { recursive: true, force: true });
        }
    }
    async spawn(request, collector, outputSchemaFile, placement) {
        const o = this.options;
        const source = o.env ?? process.env;
        const trackingId = source[env/* TRACKING_ENV */.oN];
        const args = (0,codex_args/* buildExecArgs */.bk)({
            cwd: request.cwd,
            sandbox: request.sandbox,
            provider: o.provider,
            model: o.model,
            effort: o.effort,
            networkAccess: request.networkAccess,
            outputSchemaFile,
            resumeThreadId: request.resumeThreadId,
            extraConfig: [...placement.config, ...(o.extraConfig ?? [])],
            commandEnv: trackingId ? { [env/* TRACKING_ENV */.oN]: trackingId } : undefined,
        });
        this.log.debug(`codex ${args.join(' ')}`);
        const timeoutMs = request.timeoutMs ?? o.defaultTimeoutMs ?? 60 * 60 * 1000;
        const proc = await (0,stream_process/* runStreamProcess */.$)({
            path: o.codex.path,
            args,
            // Codex reads piped stdin to EOF even with a prompt argument: the prompt goes there.
            input: request.prompt,
            env: (0,codex_args/* buildCodexEnv */.Pd)({
                source,
                codexHome: o.codexHome,
                apiKey: o.provider.apiKey,
                extraPath: o.codex.extraPath,
                tmpDir: placement.tmpDir,
            }),
            timeoutMs,
            killGraceMs: o.killGraceMs ?? 3000,
            signal: request.signal,
            cancel: o.signal,
            eventsFile: o.eventsFile,
            log: this.log,
            what: 'the Codex CLI',
            onLine: (line, stop) => {
                const event = parseCodexEvent(line);
                if (!event)
                    return;
                const logLine = collector.apply(event);
                if (logLine)
                    this.log[logLine.level](logLine.text);
                if (collector.mismatchedThreadId)
                    stop('mismatch');
            },
        });
        return {
            ...proc,
            stopped: proc.stopped === 'mismatch' ? undefined : proc.stopped,
            timeoutMs,
            spawnError: proc.spawnError &&
                `${proc.spawnError} Fix: set codex-path to an executable codex binary, or leave codex-path empty and set codex-version.`,
        };
    }
    async threadTotal(threadId) {
        return this.threadTotals.get(threadId) ?? (await this.rolloutTotal(threadId)) ?? types/* ZERO_USAGE */.f;
    }
    async rolloutTotal(threadId) {
        if (!threadId)
            return undefined;
        return readRolloutUsage(this.options.codexHome, threadId).catch(() => undefined);
    }
    failure(collector, started, kind, message, extra) {
        return {
            ok: false,
            kind,
            message,
            threadId: collector.threadId,
            exitCode: null,
            stderrTail: '',
            finalMessage: collector.finalMessage,
            runtime: this.name,
            model: this.model,
            commands: collector.commandRecords,
            toolCalls: collector.toolCallRecords,
            denied: collector.deniedRecords,
            fileChanges: collector.fileChangeRecords,
            usage: types/* ZERO_USAGE */.f,
            costUsd: 0,
            durationMs: Math.round(performance.now() - started),
            ...extra,
        };
    }
}
/** The cancellation's own message ("Cancelled by SIGINT ...") with what the runner did. */
function cancelledMessage(signal, what) {
    const reason = signal?.reason;
    const text = reason instanceof Error ? reason.message : 'Cancelled.';
    return `${text} (Codex: ${what}.)`;
}

;// CONCATENATED MODULE: ./src/agent/codex/index.ts












/** This job's CODEX_HOME: under RUNNER_TEMP, which the runner empties between jobs. */
const codexHomeFor = (runnerTemp) => (0,external_node_path_.join)(runnerTemp, 'codex-orchestrator', 'codex-home');
/** Thrown when the inputs cannot make a working runner (no model key and no custom endpoint). */
class CodexSetupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CodexSetupError';
    }
}
/**
 * The runner for this job: finds (or installs) the CLI, creates the job's CODEX_HOME, and points a
 * custom provider at `responses-api-endpoint` (default the OpenAI API) with the key in `env_key`.
 */
async function createCodexRunnerForJob({ inputs, config, context, eventsFile, signal, stateDir, }) {
    if (!inputs.openaiApiKey && !inputs.responsesApiEndpoint) {
        throw new CodexSetupError("Input 'openai-api-key' is empty, and this phase calls the model. " +
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user as is
            'Fix: pass openai-api-key: ${{ secrets.OPENAI_API_KEY }}, or set responses-api-endpoint to a gateway that needs no key.');
    }
    const codex = await (0,install/* resolveCodexBinary */.tV)({
        codexPath: inputs.codexPath,
        codexVersion: inputs.codexVersion,
        toolCache: context.toolCache,
        log: (line) => log.info(line),
    });
    const codexHome = stateDir ?? codexHomeFor(context.runnerTemp);
    await (0,promises_.mkdir)(codexHome, { recursive: true });
    return new CodexRunner({
        codex,
        codexHome,
        eventsFile,
        provider: { baseUrl: inputs.responsesApiEndpoint || codex_args/* DEFAULT_BASE_URL */.Ql, apiKey: inputs.openaiApiKey },
        model: inputs.model || undefined,
        defaultModel: (0,codex_args/* codexModelOf */.oT)(inputs),
        pricing: config?.pricing,
        costCapUsd: config?.budgets['item-cost-cap-usd'],
        effort: inputs.effort || undefined,
        // Codex's own environment is allow-listed from this one (args.ts): no GITHUB_*, no INPUT_*.
        env: process.env,
        signal,
    });
}


/***/ }),

/***/ 6411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Se: () => (/* binding */ readLines)
/* harmony export */ });
/* unused harmony exports MAX_LINE_BYTES, LineSplitter */
/** The longest line kept in memory; a longer one is skipped (it still reaches the events file). */
const MAX_LINE_BYTES = 32 * 1024 * 1024;
const NEWLINE = 0x0a;
/**
 * Splits a byte stream into lines without ever holding more than one line (plus one chunk) in
 * memory. It splits bytes, not text: a newline byte never occurs inside a multi-byte UTF-8
 * character, and decoding each line on its own keeps ASCII lines in V8's compact one-byte
 * strings (decoding a whole chunk with one `✓` in it would make every line two-byte, and
 * splitting and parsing noticeably slower). A line spread over many chunks is joined once.
 */
class LineSplitter {
    onLine;
    onOversized;
    maxLineBytes;
    pieces = [];
    pendingBytes = 0;
    oversized = false;
    constructor(onLine, onOversized = () => { }, maxLineBytes = MAX_LINE_BYTES) {
        this.onLine = onLine;
        this.onOversized = onOversized;
        this.maxLineBytes = maxLineBytes;
    }
    push(chunk) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        let start = 0;
        let newline = bytes.indexOf(NEWLINE);
        while (newline !== -1) {
            this.emit(bytes, start, newline);
            start = newline + 1;
            newline = bytes.indexOf(NEWLINE, start);
        }
        // Copied: the rest must not pin (or be changed with) the caller's chunk.
        if (start < bytes.length)
            this.keep(Buffer.from(bytes.subarray(start)));
    }
    /** Flushes a last line that has no newline. */
    end() {
        if (this.pieces.length > 0 || this.oversized)
            this.emit(Buffer.alloc(0), 0, 0);
    }
    keep(piece) {
        this.pendingBytes += piece.length;
        if (this.pendingBytes > this.maxLineBytes) {
            this.oversized = true;
            this.pieces = [];
        }
        else if (!this.oversized) {
            this.pieces.push(piece);
        }
    }
    emit(bytes, start, end) {
        const total = this.pendingBytes + (end - start);
        if (this.oversized || total > this.maxLineBytes) {
            this.onOversized(total);
        }
        else if (this.pieces.length === 0) {
            this.onLine(bytes.toString('utf8', start, end));
        }
        else {
            this.pieces.push(bytes.subarray(start, end));
            this.onLine(Buffer.concat(this.pieces, total).toString('utf8'));
        }
        this.pieces = [];
        this.pendingBytes = 0;
        this.oversized = false;
    }
}
/**
 * Reads a stream to its end, line by line. `onChunk` sees every raw chunk first (to copy it to the
 * events file, awaiting backpressure), then `onLine` sees each complete line. Draining to the end
 * matters: Codex dies of SIGPIPE mid-turn when its stdout is closed early.
 */
async function readLines(stream, onLine, options = {}) {
    const splitter = new LineSplitter(onLine, options.onOversized);
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (options.onChunk)
            await options.onChunk(bytes);
        splitter.push(bytes);
    }
    splitter.end();
}


/***/ }),

/***/ 1920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ coreLog)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);

/** The job log, for every runtime's runner. */
const coreLog = {
    info: (t) => _log_js__WEBPACK_IMPORTED_MODULE_0__.info(t),
    debug: (t) => _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(t),
    startGroup: (n) => _log_js__WEBPACK_IMPORTED_MODULE_0__.startGroup(n),
    endGroup: () => _log_js__WEBPACK_IMPORTED_MODULE_0__.endGroup(),
};


/***/ }),

/***/ 8725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ runStreamProcess)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 131 modules
var execa = __webpack_require__(6993);
// EXTERNAL MODULE: ./src/process/cancel.ts
var cancel = __webpack_require__(9507);
// EXTERNAL MODULE: ./src/process/tree.ts
var tree = __webpack_require__(2742);
// EXTERNAL MODULE: ./src/agent/jsonl.ts
var jsonl = __webpack_require__(6411);
// EXTERNAL MODULE: ./src/safety/secrets.ts
var secrets = __webpack_require__(3836);
;// CONCATENATED MODULE: ./src/agent/redact-lines.ts

/** A line longer than this is redacted in pieces (a secret across a piece's edge is then missed). */
const MAX_PENDING = 1024 * 1024;
/**
 * Redacts the job's secrets (every encoding, src/safety/secrets.ts) from Codex's JSONL stream on
 * its way to the events file, which is uploaded as an artifact: a command's `aggregated_output`
 * carries whatever the command printed, a dumped environment included. Chunks end anywhere, so a
 * secret could straddle two of them: only whole lines are redacted and written, the rest waits
 * for the next chunk.
 */
class RedactingLines {
    pending = Buffer.alloc(0);
    /** The whole lines completed by `chunk`, redacted; the rest is kept for the next chunk. */
    push(chunk) {
        const bytes = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
        const end = bytes.lastIndexOf(0x0a) + 1;
        if (end === 0 && bytes.length <= MAX_PENDING) {
            this.pending = Buffer.from(bytes);
            return Buffer.alloc(0);
        }
        // Cut at the last newline; a line over MAX_PENDING is cut at a UTF-8 character boundary.
        const cut = end > 0 ? end : characterBoundary(bytes);
        this.pending = Buffer.from(bytes.subarray(cut));
        return redact(bytes.subarray(0, cut));
    }
    /** What is left (a last line without a newline), redacted. */
    end() {
        const rest = this.pending;
        this.pending = Buffer.alloc(0);
        return rest.length > 0 ? redact(rest) : rest;
    }
}
const redact = (bytes) => {
    const text = bytes.toString('utf8');
    const clean = (0,secrets/* redactSecrets */.fp)(text);
    return clean === text ? bytes : Buffer.from(clean, 'utf8');
};
/** `bytes.length`, or less so that a UTF-8 character cut at the end is left for the next chunk. */
function characterBoundary(bytes) {
    let lead = bytes.length - 1;
    while (lead > 0 && lead > bytes.length - 4 && (bytes[lead] & 0xc0) === 0x80)
        lead -= 1;
    const b = bytes[lead] ?? 0;
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return lead + size > bytes.length ? lead : bytes.length;
}

;// CONCATENATED MODULE: ./src/agent/stream-process.ts







const STDERR_TAIL_CHARS = 4000;
/**
 * Runs an agent CLI detached (it leads its own process group) and reads its stdout to the end
 * line by line: a timeout, the caller's abort, the job's cancellation or `stop` kills the whole
 * process tree; stdout is drained to the end (a CLI dies of SIGPIPE otherwise); each chunk is
 * appended to the events file with the job's secrets redacted; a process outliving the action is
 * killed with it (src/cancel.ts).
 */
async function runStreamProcess(o) {
    let eventsFileError;
    const redactor = new RedactingLines();
    const events = await (0,promises_.mkdir)((0,external_node_path_.dirname)(o.eventsFile), { recursive: true })
        .then(() => (0,promises_.open)(o.eventsFile, 'a'))
        .catch((error) => {
        eventsFileError = error;
        o.log.info(`Could not open the events file ${o.eventsFile}: ${String(error)}; running without it.`);
        return undefined;
    });
    const child = (0,execa/* execa */.Ho)(o.path, o.args, {
        input: o.input,
        cwd: o.cwd,
        env: o.env,
        extendEnv: false,
        detached: true,
        cleanup: false,
        buffer: false,
        reject: false,
        stdout: 'pipe',
        stderr: 'pipe',
    });
    let stderrTail = '';
    child.stderr?.on('data', (chunk) => {
        stderrTail = (stderrTail + chunk.toString()).slice(-STDERR_TAIL_CHARS);
    });
    let stopped;
    let killing;
    const stop = (why) => {
        if (stopped || child.pid === undefined)
            return;
        stopped = why;
        killing = (0,tree/* killTree */.T)(child.pid, child, o.killGraceMs);
    };
    const timer = setTimeout(() => stop('timeout'), o.timeoutMs);
    const onAbort = () => stop('aborted');
    const onCancel = () => stop('cancelled');
    o.signal?.addEventListener('abort', onAbort, { once: true });
    o.cancel?.addEventListener('abort', onCancel, { once: true });
    if (o.cancel?.aborted)
        stop('cancelled');
    if (o.signal?.aborted)
        stop('aborted');
    const untrack = child.pid === undefined ? () => { } : (0,cancel/* trackProcessTree */.vj)(child.pid);
    const reading = (0,jsonl/* readLines */.Se)(child.stdout ?? [], (line) => o.onLine(line, stop), {
        onChunk: async (chunk) => {
            if (!events || eventsFileError)
                return;
            try {
                await events.write(redactor.push(chunk));
            }
            catch (error) {
                // A full disk must not cost the run: keep draining stdout.
                eventsFileError = error;
                o.log.info(`Could not write the events file ${o.eventsFile}: ${String(error)}; continuing without it.`);
            }
        },
        onOversized: (bytes) => o.log.debug(`Skipped an event line of ${bytes} bytes (too long to parse).`),
    });
    try {
        const [result] = await Promise.all([child, reading]);
        await killing;
        return {
            exitCode: result.exitCode ?? null,
            signal: result.signal,
            stderrTail,
            stopped,
            spawnError: child.pid === undefined
                ? `Could not start ${o.what} at '${o.path}': ${result.message ?? 'unknown error'}.`
                : undefined,
        };
    }
    catch (error) {
        // Reading failed unexpectedly: never leave the CLI running behind a thrown error.
        if (child.pid !== undefined)
            await (0,tree/* killTree */.T)(child.pid, child, o.killGraceMs);
        throw error;
    }
    finally {
        clearTimeout(timer);
        o.signal?.removeEventListener('abort', onAbort);
        o.cancel?.removeEventListener('abort', onCancel);
        untrack();
        if (events && !eventsFileError)
            await events.write(redactor.end()).catch(() => undefined);
        await events?.close();
    }
}


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ZERO_USAGE),
/* harmony export */   v: () => (/* binding */ addUsage)
/* harmony export */ });
const ZERO_USAGE = Object.freeze({
    inputTokens: 0,
    cachedInputTokens: 0,
    outputTokens: 0,
    reasoningOutputTokens: 0,
});
const tokensOf = (u) => u.inputTokens + u.outputTokens;
/** The usage's cost, 0 for no tokens, undefined when it predates per-run costs. */
const knownCost = (u) => u.costUsd ?? (tokensOf(u) === 0 ? 0 : undefined);
/**
 * The sum of two usages. The cost is summed too, unless one side predates per-run costs: then the
 * sum has none, and is estimated as a whole at the flat price, as before (src/state/budget.ts).
 */
const addUsage = (a, b) => {
    const sum = {
        inputTokens: a.inputTokens + b.inputTokens,
        cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
        outputTokens: a.outputTokens + b.outputTokens,
        reasoningOutputTokens: a.reasoningOutputTokens + b.reasoningOutputTokens,
    };
    const costA = knownCost(a);
    const costB = knownCost(b);
    if (costA !== undefined && costB !== undefined && (a.costUsd !== undefined || b.costUsd !== undefined))
        sum.costUsd = costA + costB;
    const unpriced = (a.unpricedTokens ?? 0) + (b.unpricedTokens ?? 0);
    if (unpriced > 0)
        sum.unpricedTokens = unpriced;
    return sum;
};


/***/ })

};
