export const id = 204;
export const ids = [204];
export const modules = {

/***/ 3204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ readRolloutCommands),
/* harmony export */   XI: () => (/* binding */ readRolloutModel),
/* harmony export */   "do": () => (/* binding */ readRolloutUsage),
/* harmony export */   findRolloutFile: () => (/* binding */ findRolloutFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6411);




/** Finds the rollout file of a thread, or undefined when this CODEX_HOME has none. */
async function findRolloutFile(codexHome, threadId) {
    const suffix = `-${threadId}.jsonl`;
    const sessions = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(codexHome, 'sessions');
    // Newest first: a resumed thread is usually recent, and the tree is YYYY/MM/DD.
    for (const year of await listDesc(sessions)) {
        for (const month of await listDesc((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(sessions, year))) {
            for (const day of await listDesc((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(sessions, year, month))) {
                const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(sessions, year, month, day);
                const hit = (await listDesc(dir)).find((name) => name.startsWith('rollout-') && name.endsWith(suffix));
                if (hit)
                    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, hit);
            }
        }
    }
    return undefined;
}
async function listDesc(dir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).sort().reverse();
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
    await (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_3__/* .readLines */ .Se)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file), (line) => {
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


/***/ })

};
