export const id = 16;
export const ids = [16];
export const modules = {

/***/ 1016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClaudeRunnerForJob: () => (/* binding */ createClaudeRunnerForJob)
});

// UNUSED EXPORTS: CLAUDE_DEFAULT_MODELS, ClaudeBinaryError, ClaudeRunner, ClaudeSetupError, READ_ONLY_TOOLS, buildClaudeArgs, buildClaudeEnv, checkNativeClaude, claudeCacheDir, claudeHomeFor, claudeModelOf, parseClaudeEvent, resolveClaudeBinary

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/agent/install/npm-install.ts
var npm_install = __webpack_require__(826);
// EXTERNAL MODULE: ./src/agent/install/npm-platform.ts + 2 modules
var npm_platform = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/agent/install/tool-cache.ts
var tool_cache = __webpack_require__(6904);
;// CONCATENATED MODULE: ./src/agent/install/claude.ts
/**
 * Claude Code for the job that uses it: `@anthropic-ai/claude-code` is a shell stub whose
 * postinstall copies a native binary (~400 MB) out of a per-platform package, so it is installed
 * the way Codex is (npm-platform.ts), and every binary handed out is checked to be the real one.
 */






/** The pinned `@anthropic-ai/claude-code` version. */
const CLAUDE_CODE_VERSION = '2.1.332';
/** Thrown when no usable Claude Code binary can be found or installed; the message says the fix. */
class ClaudeBinaryError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ClaudeBinaryError';
    }
}
/** The real binary is ~400 MB; the stub and anything a broken install leaves are far smaller. */
const MIN_NATIVE_BYTES = 1024 * 1024;
const NATIVE_MAGIC = [
    Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // ELF
    Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), // Mach-O 64-bit
    Buffer.from([0xca, 0xfe, 0xba, 0xbe]), // Mach-O universal
    Buffer.from('MZ'), // PE
];
let libc;
/** `-musl` on a musl Linux (Alpine): Claude Code ships separate packages for it. */
function muslSuffix() {
    if (process.platform !== 'linux')
        return '';
    libc ??= process.report.getReport().header
        ?.glibcVersionRuntime
        ? 'glibc'
        : 'musl';
    return libc === 'musl' ? '-musl' : '';
}
/** This runner's Claude Code platform: `linux-x64`, `linux-arm64-musl`, `darwin-arm64`, … */
const claudePlatform = () => `${process.platform}-${process.arch}${muslSuffix()}`;
const executable = () => (process.platform === 'win32' ? 'claude.exe' : 'claude');
/** The tool-cache folder of one Claude Code version on this platform. */
const claudeCacheDir = (toolCache, version) => (0,external_node_path_.join)(toolCache, 'codex-orchestrator', 'claude', version, claudePlatform());
/** What the fast path takes from `@anthropic-ai/claude-code-<platform>@<version>`: the binary. */
function claudePlatformPackage(version) {
    return {
        name: '@anthropic-ai/claude-code',
        version,
        platformDependency: `@anthropic-ai/claude-code-${claudePlatform()}`,
        files: [{ from: executable(), to: (0,external_node_path_.join)('bin', executable()), mode: 0o755 }],
    };
}
/**
 * Throws unless `path` is the native Claude Code binary: the wrapper's `bin/claude.exe` is a shell
 * script printing "claude native binary not installed" until a postinstall replaces it, and an
 * install run with `--ignore-scripts` or `--omit=optional` keeps it. Reads 4 KB; no hashing.
 */
async function checkNativeClaude(path, where) {
    let head;
    let size;
    try {
        const handle = await (0,promises_.open)(path, 'r');
        try {
            size = (await handle.stat()).size;
            const buffer = Buffer.alloc(4096);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            head = buffer.subarray(0, bytesRead);
        }
        finally {
            await handle.close();
        }
        await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
    }
    catch (error) {
        throw new ClaudeBinaryError(`${where} '${path}' is not an executable file (${error.code ?? error}). ` +
            'Fix: point it at the claude binary, or leave it empty to install Claude Code into the tool cache.', { cause: error });
    }
    const fix = 'Fix: install @anthropic-ai/claude-code without --ignore-scripts and without --omit=optional ' +
        '(its postinstall copies the native binary from the platform package), or leave the path empty ' +
        'to install it into the tool cache.';
    if (head.subarray(0, 2).toString() === '#!')
        throw new ClaudeBinaryError(head.toString('utf8').includes('native binary not installed')
            ? `${where} '${path}' is the shell stub of @anthropic-ai/claude-code, not its native binary: the install ` +
                `skipped the postinstall script or the optional platform package. ${fix}`
            : `${where} '${path}' is a script, not the native Claude Code binary. ${fix}`);
    if (size < MIN_NATIVE_BYTES)
        throw new ClaudeBinaryError(`${where} '${path}' is ${size} bytes, too small to be the native Claude Code binary (about 400 MB). ${fix}`);
    if (!NATIVE_MAGIC.some((magic) => head.subarray(0, magic.length).equals(magic)))
        throw new ClaudeBinaryError(`${where} '${path}' is not a native executable (no ELF, Mach-O or PE header). ${fix}`);
}
/** The binary inside an install folder: the fast path's, else where `npm install` leaves it. */
function candidates(dir) {
    const scope = (0,external_node_path_.join)(dir, 'node_modules', '@anthropic-ai');
    return [
        (0,external_node_path_.join)(dir, 'bin', executable()),
        (0,external_node_path_.join)(scope, `claude-code-${claudePlatform()}`, executable()),
        (0,external_node_path_.join)(scope, 'claude-code', 'bin', 'claude.exe'),
    ];
}
async function locate(dir) {
    for (const path of candidates(dir)) {
        if (await (0,promises_.access)(path).then(() => true, () => false))
            return path;
    }
    return undefined;
}
/**
 * Finds Claude Code for a job: `claudePath` if set, else the pinned `@anthropic-ai/claude-code`
 * from the runner's tool cache, installing it there once through the same integrity-checked fast
 * path as Codex (npm install when that cannot serve the configured registry). Whatever is found is
 * checked to be the native binary, never the stub: a stub is a ClaudeBinaryError naming the fix.
 */
async function resolveClaudeBinary(o) {
    const log = o.log ?? (() => { });
    if (o.claudePath) {
        await checkNativeClaude(o.claudePath, 'claude-path');
        return { path: o.claudePath };
    }
    const version = o.version ?? CLAUDE_CODE_VERSION;
    const spec = `@anthropic-ai/claude-code@${version}`;
    const dir = claudeCacheDir(o.toolCache, version);
    if (await (0,npm_platform/* isComplete */.As)(dir)) {
        const found = await located(dir);
        await checkNativeClaude(found, 'The Claude Code in the tool cache');
        log(`Using Claude Code ${version} from the tool cache (${dir}).`);
        return { path: found };
    }
    const npm = o.npm ?? 'npm';
    log(`Installing ${spec} into the tool cache (${dir}).`);
    const fast = await (0,npm_platform/* installPlatformPackage */.dK)(claudePlatformPackage(version), {
        dir,
        npm,
        env: o.env,
        timeoutMs: o.timeoutMs,
        signal: o.signal,
        check: (staged) => checkNativeClaude((0,external_node_path_.join)(staged, 'bin', executable()), `The claude in ${spec}'s platform package`),
        log,
    }).catch((error) => {
        if (!(error instanceof npm_platform/* InstallError */.sy))
            throw error;
        throw new ClaudeBinaryError(error.message, { cause: error });
    });
    if (fast.status !== 'unavailable')
        return { path: await located(dir) };
    log(`Installing ${spec} with npm install instead of the fast path: ${fast.reason}.`);
    const staging = await (0,tool_cache/* stagingFor */.Bk)(dir);
    try {
        const result = await (0,npm_install/* npmInstallInto */.V)(staging, spec, { npm, env: o.env });
        if (!result.ok)
            throw new ClaudeBinaryError(`Installing ${spec} with '${npm} install' failed (exit ${result.exit}):\n${result.output}\n` +
                'Fix: check that the version is published and that the runner can reach the npm registry.');
        const installed = await locate(staging);
        if (!installed)
            throw new ClaudeBinaryError(`npm installed ${spec} but left no claude binary in ${staging}.`);
        await checkNativeClaude(installed, `The claude that npm install of ${spec} left`);
        await (0,tool_cache/* commit */.cd)(staging, dir, `${version}\n`);
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
    return { path: await located(dir) };
}
async function located(dir) {
    const path = await locate(dir);
    if (!path)
        throw new ClaudeBinaryError(`The Claude Code install in ${dir} holds no claude binary. Fix: delete ${dir}.`);
    return path;
}

// EXTERNAL MODULE: ./src/agent/claude/args.ts
var claude_args = __webpack_require__(539);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/agent/codex/install.ts
var install = __webpack_require__(1578);
// EXTERNAL MODULE: ./src/agent/pricing.ts
var pricing = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/agent/runner-log.ts
var runner_log = __webpack_require__(1920);
// EXTERNAL MODULE: ./src/agent/stream-process.ts + 1 modules
var stream_process = __webpack_require__(8725);
// EXTERNAL MODULE: ./src/agent/types.ts
var types = __webpack_require__(16);
;// CONCATENATED MODULE: ./src/agent/claude/answer.ts
/** Claude Code's answer to `--resume` of a session it does not have. */
const noConversation = (result) => result?.errors.some((e) => e.startsWith('No conversation found')) === true;
/**
 * The run's answer, fail closed: only a `success` that is not an error counts, and with a schema
 * only a structured answer that passes it. Claude Code validates the structured answer against the
 * JSON schema itself; the zod schema is checked again here, as for every runtime.
 */
function checkAnswer(result, schema, lastText) {
    const text = result.result ?? lastText;
    if (result.subtype !== 'success' || result.is_error) {
        const why = [...result.errors, result.is_error ? result.result : undefined].filter(Boolean).join('; ');
        return {
            ok: false,
            message: `Claude Code ended with ${result.subtype}${result.is_error ? ' (is_error)' : ''}${result.terminal_reason ? `, ${result.terminal_reason}` : ''}: ${why || 'no reason given'}. No answer was taken from this run.`,
            finalMessage: text,
        };
    }
    if (!schema)
        return { ok: true, value: undefined, finalMessage: text ?? '' };
    if (result.structured_output === undefined || result.structured_output === null) {
        return {
            ok: false,
            message: 'Claude Code ended without a structured answer (the model never called the StructuredOutput tool). An empty answer is never taken as "no findings": call the StructuredOutput tool with the answer.',
            finalMessage: text,
        };
    }
    const finalMessage = JSON.stringify(result.structured_output);
    const parsed = schema.zod.safeParse(result.structured_output);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
        return {
            ok: false,
            message: `The structured answer does not match the output schema: ${problems.join('; ')}`,
            finalMessage,
        };
    }
    return { ok: true, value: parsed.data, finalMessage };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/agent/claude/events.ts

// The events of `claude -p --output-format stream-json --verbose` (Claude Code 2.1.332). Every
// schema is loose on purpose: a newer CLI adds fields, subtypes and event types (`system/
// ui_invalidate` appeared under --bare), and none of that may break a run. Unknown types and
// subtypes fall through as `other`.
const count = schemas/* number */.aig().nonnegative().catch(0);
/** Token counts of one API request or of one run, as Claude Code reports them. */
const usageSchema = schemas/* object */.Ikc({
    /** Input neither read from nor written to the cache. */
    input_tokens: count.default(0),
    cache_read_input_tokens: count.default(0),
    cache_creation_input_tokens: count.default(0),
    output_tokens: count.default(0),
    output_tokens_details: schemas/* object */.Ikc({ thinking_tokens: count.default(0) })
        .partial()
        .optional()
        .catch(undefined),
    cache_creation: schemas/* object */.Ikc({ ephemeral_5m_input_tokens: count.default(0), ephemeral_1h_input_tokens: count.default(0) })
        .optional()
        .catch(undefined),
});
/** A session's running totals per model (`result.modelUsage`): cumulative over resumes. */
const modelUsageSchema = schemas/* object */.Ikc({
    inputTokens: count.default(0),
    outputTokens: count.default(0),
    cacheReadInputTokens: count.default(0),
    cacheCreationInputTokens: count.default(0),
    cacheCreationEphemeral5mInputTokens: count.default(0),
    cacheCreationEphemeral1hInputTokens: count.default(0),
    thinkingTokens: count.default(0),
    costUSD: count.default(0),
});
const contentBlock = schemas/* looseObject */._H3({ type: schemas/* string */.YjP() });
const toolUse = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('tool_use'),
    id: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    input: schemas/* unknown */.L5J(),
});
const toolResult = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('tool_result'),
    tool_use_id: schemas/* string */.YjP(),
    content: schemas/* unknown */.L5J(),
    is_error: schemas/* boolean */.zMY().optional(),
});
const init = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('system'),
    subtype: schemas/* literal */.euz('init'),
    session_id: schemas/* string */.YjP().min(1),
    tools: schemas/* array */.YOg(schemas/* string */.YjP()).catch([]),
    mcp_servers: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP() })).catch([]),
    model: schemas/* string */.YjP().optional().catch(undefined),
    permissionMode: schemas/* string */.YjP().optional().catch(undefined),
    claude_code_version: schemas/* string */.YjP().optional().catch(undefined),
});
const permissionDenied = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('system'),
    subtype: schemas/* literal */.euz('permission_denied'),
    tool_name: schemas/* string */.YjP().catch('(unknown)'),
    tool_use_id: schemas/* string */.YjP().optional().catch(undefined),
    decision_reason: schemas/* string */.YjP().optional().catch(undefined),
    message: schemas/* string */.YjP().optional().catch(undefined),
});
const assistant = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('assistant'),
    session_id: schemas/* string */.YjP().optional(),
    message: schemas/* object */.Ikc({
        model: schemas/* string */.YjP().optional().catch(undefined),
        content: schemas/* array */.YOg(contentBlock).catch([]),
    }),
});
const user = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('user'),
    message: schemas/* object */.Ikc({ content: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(contentBlock)]).catch([]) }),
});
const result = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('result'),
    subtype: schemas/* string */.YjP(),
    is_error: schemas/* boolean */.zMY().catch(true),
    session_id: schemas/* string */.YjP().optional().catch(undefined),
    num_turns: count.optional(),
    result: schemas/* string */.YjP().optional().catch(undefined),
    structured_output: schemas/* unknown */.L5J().optional(),
    usage: usageSchema.optional().catch(undefined),
    modelUsage: schemas/* record */.g1P(schemas/* string */.YjP(), modelUsageSchema).catch({}).default({}),
    total_cost_usd: count.optional(),
    permission_denials: schemas/* array */.YOg(schemas/* object */.Ikc({
        tool_name: schemas/* string */.YjP().catch('(unknown)'),
        tool_use_id: schemas/* string */.YjP().optional(),
        tool_input: schemas/* unknown */.L5J(),
    }))
        .catch([])
        .default([]),
    terminal_reason: schemas/* string */.YjP().optional().catch(undefined),
    errors: schemas/* array */.YOg(schemas/* string */.YjP()).catch([]).default([]),
});
const describe = (error) => error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
const SYSTEM_SCHEMAS = new Map([
    ['init', init],
    ['permission_denied', permissionDenied],
]);
/**
 * Parses one line of Claude Code's stream-json. Returns undefined for a blank line; a line that is
 * not JSON, an unknown type or subtype, or a known event that fails validation comes back as
 * `other` (never a throw).
 */
function parseClaudeEvent(line) {
    if (line.trim() === '')
        return undefined;
    let raw;
    try {
        raw = JSON.parse(line);
    }
    catch {
        return { type: 'other', originalType: '(not JSON)', problem: `not JSON: ${line.slice(0, 200)}` };
    }
    const head = (typeof raw === 'object' && raw !== null ? raw : {});
    if (typeof head.type !== 'string')
        return { type: 'other', originalType: '(no type)', problem: 'no type field' };
    const name = typeof head.subtype === 'string' ? `${head.type}/${head.subtype}` : head.type;
    const schema = head.type === 'system'
        ? SYSTEM_SCHEMAS.get(String(head.subtype))
        : head.type === 'assistant'
            ? assistant
            : head.type === 'user'
                ? user
                : head.type === 'result'
                    ? result
                    : undefined;
    if (!schema)
        return { type: 'other', originalType: name };
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
        return { type: 'other', originalType: name, problem: describe(parsed.error) };
    const event = parsed.data;
    if (event.type === 'assistant') {
        return {
            type: 'assistant',
            model: event.message.model,
            text: event.message.content.flatMap((b) => b.type === 'text' && typeof b.text === 'string' ? [b.text] : []),
            toolUses: event.message.content.flatMap((b) => {
                const use = toolUse.safeParse(b);
                return use.success ? [use.data] : [];
            }),
        };
    }
    if (event.type === 'user') {
        const content = typeof event.message.content === 'string' ? [] : event.message.content;
        return {
            type: 'user',
            text: content.flatMap((b) => (b.type === 'text' && typeof b.text === 'string' ? [b.text] : [])),
            toolResults: content.flatMap((b) => {
                const r = toolResult.safeParse(b);
                return r.success ? [r.data] : [];
            }),
        };
    }
    return event;
}
/** A tool result's content as text (a string, or the text blocks of a list). */
function resultText(content) {
    if (typeof content === 'string')
        return content;
    if (!Array.isArray(content))
        return '';
    return content
        .map((c) => typeof c === 'object' && c !== null && c.type === 'text'
        ? String(c.text ?? '')
        : '')
        .join('');
}

;// CONCATENATED MODULE: ./src/agent/claude/collect.ts


const MAX_LOGGED = 2000;
const clip = (text, max = MAX_LOGGED) => text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
/** The tools a run may be offered: the read-only ones and the structured answer. */
const ALLOWED_TOOLS = new Set([...claude_args/* READ_ONLY_TOOLS */.Wo, claude_args/* STRUCTURED_OUTPUT_TOOL */.zz]);
/** A tool call's input in one short line: the path or pattern it names, else its JSON. */
function summarizeInput(input) {
    if (typeof input !== 'object' || input === null)
        return clip(JSON.stringify(input) ?? '', 300);
    const o = input;
    for (const key of ['file_path', 'path', 'pattern', 'command', 'url', 'query']) {
        if (typeof o[key] === 'string')
            return clip(o[key], 300);
    }
    return clip(JSON.stringify(input), 300);
}
/**
 * Folds the events of one `claude -p` run into what the result needs (the session, the offered
 * tools, each tool call with its outcome, every refusal, the final result event) and turns each
 * event into a readable log line. Holds only the summary, never the stream.
 */
class ClaudeCollector {
    sessionId;
    /** The model `system/init` names (an alias resolved to its full id). */
    model;
    /** What `system/init` offered; set once it arrived. */
    offeredTools;
    mcpServers = [];
    result;
    /** The last assistant text (the answer of a run without a schema). */
    lastText;
    uses = new Map();
    calls = new Map();
    refusals = new Map();
    /** Calls of tools other than the structured answer, in order. */
    get toolCalls() {
        return [...this.calls.values()];
    }
    /** Refused calls, once each: permission denials, and calls of tools the run was not offered. */
    get denied() {
        const fromResult = (this.result?.permission_denials ?? []).flatMap((d) => d.tool_use_id && this.refusals.has(d.tool_use_id)
            ? []
            : [{ tool: d.tool_name, input: summarizeInput(d.tool_input), reason: 'permission denied' }]);
        return [...this.refusals.values(), ...fromResult];
    }
    /** Tools the run was offered that a reviewer must not have (empty when all is as asked). */
    get unexpectedTools() {
        return (this.offeredTools ?? []).filter((t) => !ALLOWED_TOOLS.has(t));
    }
    apply(event) {
        switch (event.type) {
            case 'system':
                if (event.subtype === 'init') {
                    this.sessionId = event.session_id;
                    this.model = event.model;
                    this.offeredTools = event.tools;
                    this.mcpServers = event.mcp_servers.map((s) => s.name);
                    return {
                        level: 'info',
                        text: `Session ${event.session_id} (Claude Code ${event.claude_code_version ?? '?'}, ${event.model ?? 'default model'}, tools: ${event.tools.join(', ') || 'none'})`,
                    };
                }
                this.refuse(event.tool_use_id, event.tool_name, event.message ?? event.decision_reason ?? 'permission denied');
                return {
                    level: 'info',
                    text: `Denied ${event.tool_name}: ${event.message ?? event.decision_reason ?? ''}`,
                };
            case 'assistant': {
                if (event.model)
                    this.model ??= event.model;
                const lines = [];
                for (const text of event.text) {
                    this.lastText = text;
                    lines.push(`Message: ${clip(text)}`);
                }
                for (const use of event.toolUses) {
                    this.uses.set(use.id, use);
                    lines.push(use.name === claude_args/* STRUCTURED_OUTPUT_TOOL */.zz
                        ? 'Structured answer given'
                        : `Tool ${use.name}: ${summarizeInput(use.input)}`);
                }
                return lines.length > 0 ? { level: 'info', text: lines.join('\n') } : undefined;
            }
            case 'user': {
                const lines = [];
                for (const r of event.toolResults)
                    lines.push(this.settle(r.tool_use_id, resultText(r.content), r.is_error === true));
                return lines.length > 0 ? { level: 'debug', text: lines.join('\n') } : undefined;
            }
            case 'result':
                this.result = event;
                this.sessionId ??= event.session_id;
                return {
                    level: 'info',
                    text: `Result: ${event.subtype}${event.is_error ? ' (error)' : ''}, ${event.num_turns ?? '?'} turn(s)${event.terminal_reason ? `, ${event.terminal_reason}` : ''}`,
                };
            case 'other':
                return {
                    level: 'debug',
                    text: `Event ${event.originalType}${event.problem ? ` ignored (${event.problem})` : ''}`,
                };
        }
    }
    /** Records a tool's outcome; a call of a tool the run was not offered is a refusal. */
    settle(id, text, isError) {
        const use = this.uses.get(id);
        const tool = use?.name ?? '(unknown tool)';
        if (tool === claude_args/* STRUCTURED_OUTPUT_TOOL */.zz)
            return isError ? `Structured answer refused: ${clip(text, 500)}` : 'Structured answer accepted';
        const input = summarizeInput(use?.input);
        const offered = this.offeredTools === undefined || this.offeredTools.includes(tool);
        if (isError && (!offered || this.refusals.has(id))) {
            this.refuse(id, tool, text, input);
            return `Refused ${tool}: ${clip(text, 500)}`;
        }
        this.calls.set(id, { tool, input, ok: !isError });
        return `${tool} ${isError ? 'failed' : 'ok'}: ${clip(text, 500)}`;
    }
    refuse(id, tool, reason, input) {
        const key = id ?? `denied-${this.refusals.size}`;
        const before = this.refusals.get(key);
        this.refusals.set(key, {
            tool,
            input: input ?? before?.input ?? summarizeInput(id ? this.uses.get(id)?.input : undefined),
            reason: before?.reason ?? reason,
        });
    }
}

;// CONCATENATED MODULE: ./src/agent/claude/usage.ts

/**
 * Claude Code reports `result.usage` per invocation but `modelUsage` and `total_cost_usd`
 * cumulated over a session across resumes (the reverse of Codex). A meter keeps each session's
 * last totals so that every run is reported as a delta: tokens from `result.usage`, the cost from
 * our price table applied to each model's share of the run, and Claude Code's own list-price figure
 * (`total_cost_usd`) as a delta for the log only: it is not billing truth.
 */
class SessionMeter {
    totals = new Map();
    /**
     * Measures one run and remembers its session's totals. `resumed`: the run continued an earlier
     * session; `priceOf` gives a model's price (undefined: unpriced); `model` is the run's model.
     */
    measure(o) {
        const { result, sessionId } = o;
        if (!result)
            return { usage: zero(), costUsd: 0, listCostUsd: undefined };
        const before = sessionId ? this.totals.get(sessionId) : undefined;
        const shares = Object.entries(result.modelUsage)
            .map(([model, now]) => ({
            model,
            tokens: minus(billed(now), before ? billed(before.models[model]) : NONE),
        }))
            .filter((s) => total(s.tokens) > 0);
        if (sessionId)
            this.totals.set(sessionId, { models: result.modelUsage, costUsd: result.total_cost_usd ?? 0 });
        const listCostUsd = result.total_cost_usd === undefined
            ? undefined
            : Math.max(0, result.total_cost_usd - (before?.costUsd ?? 0));
        // A session resumed without its earlier totals here, or a result without modelUsage: the
        // run's own usage, at the run's model.
        const known = before !== undefined || !o.resumed;
        const parts = known && shares.length > 0 ? shares : [{ model: o.model ?? '', tokens: billedOfResult(result) }];
        let cost = 0;
        let unpricedTokens = 0;
        for (const part of parts) {
            const price = o.priceOf(part.model || undefined);
            if (price)
                cost += (0,pricing/* costUsd */.O4)(price, part.tokens);
            else
                unpricedTokens += total(part.tokens);
        }
        const usage = { ...usageOf(result), costUsd: cost };
        if (unpricedTokens > 0)
            usage.unpricedTokens = unpricedTokens;
        return { usage, costUsd: unpricedTokens > 0 ? null : cost, listCostUsd };
    }
}
const NONE = { input: 0, cacheRead: 0, cacheWrite: 0, cacheWrite1h: 0, output: 0 };
const zero = () => ({
    inputTokens: 0,
    cachedInputTokens: 0,
    outputTokens: 0,
    reasoningOutputTokens: 0,
    costUsd: 0,
});
/** Anthropic's input excludes cache reads and writes; ours includes them (OpenAI's convention). */
function usageOf(result) {
    const u = result.usage;
    if (!u)
        return zero();
    return {
        inputTokens: u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens,
        cachedInputTokens: u.cache_read_input_tokens,
        outputTokens: u.output_tokens,
        reasoningOutputTokens: u.output_tokens_details?.thinking_tokens ?? 0,
    };
}
function billedOfResult(result) {
    const u = result.usage;
    if (!u)
        return NONE;
    return split(u.input_tokens, u.cache_read_input_tokens, u.cache_creation_input_tokens, u.cache_creation?.ephemeral_1h_input_tokens ?? 0, u.output_tokens);
}
function billed(m) {
    if (!m)
        return NONE;
    return split(m.inputTokens, m.cacheReadInputTokens, m.cacheCreationInputTokens, m.cacheCreationEphemeral1hInputTokens, m.outputTokens);
}
/** Cache writes are 5-minute ones unless counted as 1-hour ones. */
const split = (input, read, writes, writes1h, output) => ({
    input,
    cacheRead: read,
    cacheWrite: Math.max(0, writes - writes1h),
    cacheWrite1h: Math.min(writes, writes1h),
    output,
});
const minus = (a, b) => ({
    input: Math.max(0, a.input - b.input),
    cacheRead: Math.max(0, a.cacheRead - b.cacheRead),
    cacheWrite: Math.max(0, a.cacheWrite - b.cacheWrite),
    cacheWrite1h: Math.max(0, a.cacheWrite1h - b.cacheWrite1h),
    output: Math.max(0, a.output - b.output),
});
const total = (t) => t.input + t.cacheRead + t.cacheWrite + t.cacheWrite1h + t.output;

;// CONCATENATED MODULE: ./src/agent/claude/runner.ts













/**
 * Runs `claude -p` once per request with read-only tools only (see args.ts); see AgentRunner.
 * Fail closed: a run ends in success only with a `success` result that is not an error and, when
 * a schema was given, a structured answer that passes it. No structured output (the model never
 * called the output tool, which Claude Code reports as a success with exit 0), `is_error`, or any
 * other end (`error_max_turns`, ...) is `invalid_output`, which the callers ask once more for in
 * the same session. Only the read-only sandbox is served; Claude Code has no shell here.
 */
class ClaudeRunner {
    options;
    name = 'claude';
    sandboxes = ['read-only'];
    stateDir;
    meter = new SessionMeter();
    log;
    constructor(options) {
        this.options = options;
        this.stateDir = options.home;
        this.log = options.log ?? runner_log/* coreLog */.u;
    }
    get model() {
        return this.options.model ?? this.options.defaultModel;
    }
    async run(request) {
        const started = performance.now();
        const collector = new ClaudeCollector();
        const o = this.options;
        const fail = (kind, message, extra = {}) => this.failure(collector, started, kind, message, extra);
        if (o.signal?.aborted)
            return fail('cancelled', cancelledMessage(o.signal, 'before Claude Code started'));
        if (request.signal?.aborted)
            return fail('aborted', 'Aborted before Claude Code started.');
        if (request.sandbox !== 'read-only') {
            return fail('refused', `The claude runtime runs only read-only phases (plan, review, retro); this run asked for ${request.sandbox}. Fix: run this phase on the codex runtime (runtimes in the config).`);
        }
        const price = (model) => (0,pricing/* priceOf */.xx)('anthropic', model, o.pricing)?.price;
        const refusal = (0,pricing/* unpricedRefusal */.hf)(this.name, this.model, o.costCapUsd, price(this.model) !== undefined);
        if (refusal)
            return fail('refused', refusal);
        if (!(await (0,install/* isExecutableFile */.Jf)(o.claude.path))) {
            return fail('spawn', `The Claude Code binary at '${o.claude.path}' does not exist or is not executable. Fix: check claude-code-version, or run this phase on the codex runtime.`);
        }
        const session = request.resumeThreadId
            ? { kind: 'resume', id: request.resumeThreadId }
            : { kind: 'new', id: (0,external_node_crypto_.randomUUID)() };
        const tmpDir = (0,external_node_path_.join)(o.home, 'tmp');
        await (0,promises_.mkdir)(tmpDir, { recursive: true });
        const args = (0,claude_args/* buildClaudeArgs */.I1)({
            jsonSchema: request.outputSchema?.json,
            model: o.model,
            maxTurns: o.maxTurns ?? claude_args/* DEFAULT_MAX_TURNS */.yK,
            session,
        });
        const label = `Claude Code${request.label ? `: ${request.label}` : ''} (read-only${session.kind === 'resume' ? `, resuming ${session.id}` : ''})`;
        this.log.startGroup(label);
        try {
            this.log.debug(`claude ${args.join(' ')}`);
            const timeoutMs = request.timeoutMs ?? o.defaultTimeoutMs ?? 60 * 60 * 1000;
            const proc = await (0,stream_process/* runStreamProcess */.$)({
                path: o.claude.path,
                args,
                cwd: request.cwd,
                input: request.prompt,
                env: (0,claude_args/* buildClaudeEnv */.Co)({
                    source: o.env ?? process.env,
                    home: o.home,
                    tmpDir,
                    apiKey: o.apiKey,
                    baseUrl: o.baseUrl,
                }),
                timeoutMs,
                killGraceMs: o.killGraceMs ?? 3000,
                signal: request.signal,
                cancel: o.signal,
                eventsFile: o.eventsFile,
                log: this.log,
                what: 'Claude Code',
                onLine: (line, stop) => {
                    const event = parseClaudeEvent(line);
                    if (!event)
                        return;
                    const logLine = collector.apply(event);
                    if (logLine)
                        this.log[logLine.level](logLine.text);
                    if (event.type === 'system' && event.subtype === 'init') {
                        if (event.session_id !== session.id)
                            stop('mismatch');
                        else if (collector.unexpectedTools.length > 0 || collector.mcpServers.length > 0)
                            stop('unsafe');
                    }
                },
            });
            const measured = this.meter.measure({
                sessionId: collector.sessionId,
                resumed: session.kind === 'resume',
                result: collector.result,
                priceOf: price,
                model: collector.model ?? this.model,
            });
            if (measured.listCostUsd !== undefined)
                this.log.debug(`Cost: ${measured.costUsd === null ? 'unknown (unpriced model)' : `$${measured.costUsd.toFixed(4)}`} from the price table; Claude Code's own list-price figure for this run: $${measured.listCostUsd.toFixed(4)} (not used).`);
            const extra = {
                exitCode: proc.exitCode,
                stderrTail: proc.stderrTail,
                usage: measured.usage,
                costUsd: measured.costUsd,
                model: collector.model ?? this.model,
            };
            if (proc.stopped === 'cancelled')
                return fail('cancelled', cancelledMessage(o.signal, 'the Claude Code process tree was killed'), extra);
            if (proc.stopped === 'aborted')
                return fail('aborted', 'Aborted by the caller; the Claude Code process tree was killed.', extra);
            if (proc.stopped === 'timeout')
                return fail('timeout', `Claude Code did not finish within ${timeoutMs} ms; its process tree was killed.`, extra);
            if (proc.stopped === 'mismatch' || noConversation(collector.result)) {
                return fail('thread_mismatch', `Asked to ${session.kind === 'resume' ? 'resume' : 'start'} session ${session.id}, but Claude Code ${collector.sessionId && collector.sessionId !== session.id ? `ran session ${collector.sessionId}` : 'found no such session'}. The run was stopped and nothing from it was used.`, extra);
            }
            if (proc.stopped === 'unsafe') {
                return fail('refused', `Claude Code offered more than the read-only tools (tools: ${collector.offeredTools?.join(', ') || 'none'}; MCP servers: ${collector.mcpServers.join(', ') || 'none'}); the run was stopped before the model answered. Fix: pin claude-code-version to a version this action supports.`, extra);
            }
            if (proc.spawnError)
                return fail('spawn', proc.spawnError, extra);
            const result = collector.result;
            if (!result) {
                const how = proc.exitCode === null
                    ? `was killed by ${proc.signal ?? 'a signal'}`
                    : `exited with code ${proc.exitCode}`;
                return fail('exit', `Claude Code ${how} without a result: ${proc.stderrTail.trim().slice(-1500) || 'no output on stderr'}`, extra);
            }
            const answer = checkAnswer(result, request.outputSchema, collector.lastText);
            if (!answer.ok)
                return fail('invalid_output', answer.message, { ...extra, finalMessage: answer.finalMessage });
            return {
                ok: true,
                threadId: collector.sessionId ?? session.id,
                finalMessage: answer.finalMessage,
                output: answer.value,
                runtime: this.name,
                model: collector.model ?? this.model,
                commands: [],
                toolCalls: collector.toolCalls,
                denied: collector.denied,
                fileChanges: [],
                usage: measured.usage,
                costUsd: measured.costUsd,
                durationMs: Math.round(performance.now() - started),
            };
        }
        finally {
            this.log.endGroup();
        }
    }
    failure(collector, started, kind, message, extra) {
        return {
            ok: false,
            kind,
            message,
            threadId: collector.sessionId,
            exitCode: null,
            stderrTail: '',
            finalMessage: undefined,
            runtime: this.name,
            model: this.model,
            commands: [],
            toolCalls: collector.toolCalls,
            denied: collector.denied,
            fileChanges: [],
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
    return `${text} (Claude Code: ${what}.)`;
}

;// CONCATENATED MODULE: ./src/agent/claude/index.ts










/** This job's HOME for Claude Code: under RUNNER_TEMP, which the runner empties between jobs. */
const claudeHomeFor = (runnerTemp) => (0,external_node_path_.join)(runnerTemp, 'codex-orchestrator', 'claude-home');
/** Thrown when the inputs cannot make a working Claude Code runner. */
class ClaudeSetupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ClaudeSetupError';
    }
}
/**
 * The runner for a phase configured for Claude Code: checks the key, finds the pinned binary in
 * the tool cache (a miss installs that version there: src/agent/install/claude.ts, integrity-checked,
 * the native binary only), and gives it a private HOME.
 */
async function createClaudeRunnerForJob({ inputs, config, context, eventsFile, signal, }) {
    if (!inputs.anthropicApiKey) {
        throw new ClaudeSetupError("Input 'anthropic-api-key' is empty, and this phase runs on the claude runtime (runtimes in the config). " +
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user as is
            'Fix: pass anthropic-api-key: ${{ secrets.ANTHROPIC_API_KEY }}, or run the phase on the codex runtime.');
    }
    const claude = await resolveClaudeBinary({
        version: inputs.claudeCodeVersion,
        toolCache: context.toolCache,
        signal,
        log: (line) => log.info(line),
    });
    const home = claudeHomeFor(context.runnerTemp);
    await (0,promises_.mkdir)(home, { recursive: true });
    return new ClaudeRunner({
        claude,
        home,
        eventsFile,
        apiKey: inputs.anthropicApiKey,
        baseUrl: inputs.anthropicBaseUrl || undefined,
        model: inputs.claudeModel || undefined,
        defaultModel: claude_args/* CLAUDE_DEFAULT_MODELS */.QD[inputs.claudeCodeVersion],
        pricing: config.pricing,
        costCapUsd: config.budgets['item-cost-cap-usd'],
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
