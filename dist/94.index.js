export const id = 94;
export const ids = [94];
export const modules = {

/***/ 94:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dc: () => (/* binding */ acceptanceCriteria),
  fc: () => (/* binding */ markItemDone),
  TP: () => (/* binding */ parseIssueFile),
  QX: () => (/* binding */ parseMilestoneFile),
  cU: () => (/* binding */ setFrontMatterFields)
});

// UNUSED EXPORTS: setItemStatus, yamlScalar

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/backlog/problems.ts
var problems = __webpack_require__(2771);
;// CONCATENATED MODULE: ./src/backlog/front-matter.ts


/**
 * The front matter of a docs file, read without anything that could run it: the block between a
 * first line of exactly `---` and the next `---` (or `...`) line is YAML, parsed by the `yaml`
 * package (its errors carry positions; YAML 1.2, where `no` and `on` are strings) behind a fast
 * path for the plain subset below. gray-matter, which this replaced, also took `---js` and
 * evaluated the block: these files come from agents' branches and any checkout, so any other
 * opener is refused (`---yaml` too: the status rewrites in docs-file.ts know only `---`).
 *
 * The fast path covers what backlog files usually have: flat `key: value` lines whose values are
 * plain words, quoted strings without escapes, integers, or lists of those (flow `[a, b]` or block
 * `- a`). The `yaml` package takes ~100 µs for such a block, which for 10,000 files is most of a
 * scan; this reads it in a few. Anything outside that subset — comments, other scalars (booleans,
 * nulls, floats, dates), escapes, nesting, duplicate keys, anything odd — returns undefined, and
 * the block is parsed with `yaml` instead, so every error message (with its line) still comes from
 * the real parser. A unit test checks that both agree.
 */
/** The only line that opens front matter (a byte order mark before it is allowed, trailing blanks too). */
const FRONT_MATTER_OPEN = /^(?:\uFEFF)?---[ \t]*$/;
/** A line that closes it: `---`, or YAML's document end `...`. */
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** Front matter that cannot be read, with the file line to point at. */
class FrontMatterError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/** The front matter opens on line 1, so its text starts on line 2. */
const FIRST_LINE = 2;
/** Where the line starting at `from` ends (its `\n`, or the end of the text). */
const lineEnd = (text, from) => {
    const at = text.indexOf('\n', from);
    return at === -1 ? text.length : at;
};
const lineAt = (text, from, end) => text.slice(from, end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
/**
 * Reads the front matter of `text`. A file whose first line does not start with `---` has none
 * (empty data, the whole text as content); one whose first line starts with `---` but is not
 * exactly that (`---js`, `---json`, `--- yaml`, `----`) is refused, as is a block never closed.
 * Throws FrontMatterError with the file line.
 */
function readFrontMatter(text) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const firstEnd = lineEnd(text, start);
    const first = lineAt(text, start, firstEnd);
    if (!first.startsWith('---'))
        return { data: {}, content: text.slice(start), lineOf: () => 1 };
    if (!FRONT_MATTER_OPEN.test(first)) {
        throw new FrontMatterError(`the first line is ${(0,problems/* quoted */.TL)(first, 24)}: front matter opens with a line of exactly "---" and is YAML; other front matter languages (---js, ---json, ---yaml …) are refused, never run.`, 1);
    }
    let from = firstEnd + 1;
    while (from <= text.length) {
        const end = lineEnd(text, from);
        if (FRONT_MATTER_CLOSE.test(lineAt(text, from, end))) {
            const source = text.slice(firstEnd + 1, from);
            return { ...parseBlock(source), content: text.slice(Math.min(end + 1, text.length)) };
        }
        from = end + 1;
    }
    throw new FrontMatterError('the front matter opened on line 1 is never closed: end it with a line of exactly "---".', 1);
}
/** The block between the opening and closing lines, as data with the lines of its keys. */
function parseBlock(source) {
    const fast = parseFastFrontMatter(source);
    if (fast) {
        return {
            data: fast.data,
            lineOf: (key, index) => {
                const entry = index === undefined ? undefined : fast.entryLines.get(key)?.[index];
                const at = entry ?? fast.keyLines.get(key);
                return at === undefined ? 1 : FIRST_LINE + at;
            },
        };
    }
    const doc = (0,dist/* parseDocument */.Tp)(source, { uniqueKeys: true, prettyErrors: true });
    const error = doc.errors[0];
    if (error) {
        // An error found only at the end of the block (an unclosed `[`) points past its last line:
        // the person looks for it on that last line, not on the closing `---`.
        const last = source.replace(/\n$/, '').split('\n').length;
        const line = Math.min(error.linePos?.[0].line ?? 1, last) + FIRST_LINE - 1;
        throw new FrontMatterError(error.message.split('\n')[0] ?? 'invalid YAML', line);
    }
    const value = doc.toJS() ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new FrontMatterError('expected a mapping of keys (id: …, title: …)', FIRST_LINE);
    }
    const lineOfOffset = (offset) => {
        if (offset === undefined)
            return 1;
        let line = FIRST_LINE;
        for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1))
            line++;
        return line;
    };
    return {
        data: value,
        lineOf: (key, index) => {
            const root = doc.contents;
            if (!(0,dist/* isMap */.jh)(root))
                return 1;
            const pair = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
            if (!pair)
                return 1;
            const item = pair.value;
            if (index !== undefined && (0,dist/* isSeq */.oP)(item)) {
                const entry = item.items[index];
                if (entry?.range)
                    return lineOfOffset(entry.range[0]);
            }
            return lineOfOffset(pair.key.range?.[0]);
        },
    };
}
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const ENTRY_LINE = /^[ \t]+-[ \t]+(.*?)[ \t]*$/;
/** Words a plain scalar may be made of; `:`, `#`, quotes, brackets and the like send it to `yaml`. */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9 _./()+-]*$/;
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
/** Plain words the YAML core schema reads as something other than a string. */
const SPECIAL = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** A scalar of the subset, or undefined when only `yaml` should decide what it is. */
function scalar(text) {
    if (text.length >= 2 && text[0] === '"' && text[text.length - 1] === '"') {
        const inner = text.slice(1, -1);
        return /["\\]/.test(inner) ? undefined : inner;
    }
    if (text.length >= 2 && text[0] === "'" && text[text.length - 1] === "'") {
        const inner = text.slice(1, -1);
        return inner.includes("'") ? undefined : inner;
    }
    if (!PLAIN.test(text) || SPECIAL.test(text))
        return undefined;
    if (/^[0-9]/.test(text))
        return INTEGER.test(text) ? Number(text) : undefined;
    // Internal runs of spaces are kept by YAML; only a trailing space would differ, and it is trimmed.
    return text;
}
function parseFastFrontMatter(block) {
    if (block.includes('\r') || block.includes('\t'))
        return undefined;
    const lines = block.split('\n');
    const data = {};
    const keyLines = new Map();
    const entryLines = new Map();
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        // `key: value`, the key at the start of the line, one space (or the end) after the colon.
        const colon = line.indexOf(':');
        const key = line.slice(0, colon);
        if (colon < 1 || !KEY.test(key) || (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 32))
            return undefined;
        if (keyLines.has(key) || key === '__proto__')
            return undefined;
        keyLines.set(key, i);
        const rest = line.slice(colon + 1).trim();
        if (rest === '') {
            const entries = [];
            const at = [];
            while (i + 1 < lines.length) {
                const entry = ENTRY_LINE.exec(lines[i + 1]);
                if (!entry)
                    break;
                const value = scalar(entry[1]);
                if (value === undefined)
                    return undefined;
                entries.push(value);
                at.push(++i);
            }
            // A key without a value is null in YAML: leave that to the real parser.
            if (entries.length === 0)
                return undefined;
            data[key] = entries;
            entryLines.set(key, at);
            continue;
        }
        if (rest[0] === '[') {
            if (rest[rest.length - 1] !== ']')
                return undefined;
            const inner = rest.slice(1, -1).trim();
            if (inner === '') {
                data[key] = [];
                continue;
            }
            const entries = [];
            for (const part of inner.split(',')) {
                const value = scalar(part.trim());
                if (value === undefined)
                    return undefined;
                entries.push(value);
            }
            data[key] = entries;
            continue;
        }
        const value = scalar(rest);
        if (value === undefined)
            return undefined;
        data[key] = value;
    }
    return { data, keyLines, entryLines };
}

// EXTERNAL MODULE: ./src/backlog/model.ts
var model = __webpack_require__(4730);
;// CONCATENATED MODULE: ./src/backlog/docs-file.ts



/** A scalar id: strings as written, numbers as their decimal text. */
const asId = (value) => typeof value === 'string'
    ? value.trim() || undefined
    : typeof value === 'number'
        ? String(value)
        : undefined;
/**
 * Why an id cannot be used, or undefined. Ids end up in branch names, code spans and one-line
 * reports, where a line break or an invisible character would break them or hide what they say.
 */
function unusableId(id) {
    const char = id.match(problems/* INVISIBLE */.kH)?.[0];
    if (char === undefined)
        return undefined;
    return `${(0,problems/* quoted */.TL)(id)} contains an invisible or control character (${(0,problems/* codePoint */.yb)(char)}), such as a line break: ids are one line of visible characters.`;
}
/** Parses one issue file; `file` is its path relative to the repository root. */
function parseIssueFile(file, text) {
    const problems = [];
    let front;
    try {
        front = readFrontMatter(text);
    }
    catch (error) {
        const line = error instanceof FrontMatterError ? error.line : 1;
        const message = error instanceof Error ? error.message : String(error);
        return {
            item: undefined,
            refs: [],
            milestoneLine: 1,
            problems: [{ kind: 'parse', file, line, message }],
        };
    }
    const { data } = front;
    const invalid = (field, message) => problems.push({ kind: 'invalid-field', file, line: front.lineOf(field), field, message });
    let id = asId(data.id);
    const idProblem = id === undefined ? undefined : unusableId(id);
    if (data.id === undefined || data.id === null || (id === undefined && typeof data.id === 'string'))
        problems.push({ kind: 'missing-field', file, line: front.lineOf('id'), field: 'id' });
    else if (id === undefined)
        invalid('id', 'expected a string or a number.');
    else if (idProblem) {
        invalid('id', idProblem);
        id = undefined;
    }
    const title = typeof data.title === 'string' ? data.title.trim() : undefined;
    if (!title) {
        if (data.title === undefined || data.title === null || typeof data.title === 'string')
            problems.push({ kind: 'missing-field', file, line: front.lineOf('title'), field: 'title' });
        else
            invalid('title', 'expected text.');
    }
    let status = 'open';
    if (data.status !== undefined && data.status !== null) {
        const parsed = (0,model/* parseStatus */.i$)(data.status);
        if (parsed)
            status = parsed;
        else
            invalid('status', `unknown status ${JSON.stringify(data.status)}. Expected open, in_progress, in_review, blocked, done or deprecated.`);
    }
    let priority = model/* DEFAULT_PRIORITY */.PC;
    if (data.priority !== undefined && data.priority !== null) {
        const parsed = (0,model/* parsePriority */.cF)(data.priority);
        if (parsed)
            priority = parsed;
        else
            invalid('priority', `unknown priority ${JSON.stringify(data.priority)}. Expected critical, high, medium, low or P0–P3.`);
    }
    let milestone;
    if (data.milestone !== undefined && data.milestone !== null) {
        milestone = asId(data.milestone);
        const unusable = milestone === undefined ? undefined : unusableId(milestone);
        if (milestone === undefined)
            invalid('milestone', 'expected the id of a milestone.');
        else if (unusable) {
            invalid('milestone', unusable);
            milestone = undefined;
        }
    }
    const refs = [];
    const blockedBy = [];
    const blocking = [];
    for (const field of ['blocked_by', 'blocking']) {
        const value = data[field];
        if (value === undefined || value === null)
            continue;
        const entries = Array.isArray(value) ? value : [value];
        entries.forEach((entry, index) => {
            const ref = asId(entry);
            const line = front.lineOf(field, Array.isArray(value) ? index : undefined);
            const unusable = ref === undefined ? 'expected item ids (a list of strings).' : unusableId(ref);
            if (ref === undefined || unusable) {
                problems.push({ kind: 'invalid-field', file, line, field, message: unusable });
                return;
            }
            refs.push({ id: ref, field, line });
            (field === 'blocked_by' ? blockedBy : blocking).push(ref);
        });
    }
    const labels = Array.isArray(data.labels)
        ? data.labels.filter((l) => typeof l === 'string')
        : [];
    const item = id !== undefined && title
        ? {
            id,
            title,
            body: front.content,
            priority,
            milestone,
            status,
            blockedBy,
            blocking,
            acceptanceCriteria: acceptanceCriteria(front.content),
            labels,
            source: { kind: 'docs', file, line: 1 },
            order: undefined,
        }
        : undefined;
    return { item, refs, milestoneLine: front.lineOf('milestone'), problems };
}
function parseMilestoneFile(file, text) {
    let front;
    try {
        front = readFrontMatter(text);
    }
    catch (error) {
        const line = error instanceof FrontMatterError ? error.line : 1;
        return {
            milestone: undefined,
            problems: [{ kind: 'parse', file, line, message: error.message }],
        };
    }
    const { data } = front;
    const problems = [];
    const base = file.replace(/^.*\//, '').replace(/\.md$/i, '');
    const id = asId(data.id) ?? base;
    const unusable = unusableId(id);
    if (unusable) {
        const line = front.lineOf('id');
        return {
            milestone: undefined,
            problems: [{ kind: 'invalid-field', file, line, field: 'id', message: unusable }],
        };
    }
    const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : id;
    let order;
    if (data.order !== undefined && data.order !== null) {
        if (typeof data.order === 'number' && Number.isFinite(data.order))
            order = data.order;
        else
            problems.push({
                kind: 'invalid-field',
                file,
                line: front.lineOf('order'),
                field: 'order',
                message: 'expected a number.',
            });
    }
    const dueValue = data.due;
    const due = dueValue instanceof Date ? dueValue.toISOString().slice(0, 10) : asId(dueValue);
    return { milestone: { id, title, order, due, file }, problems };
}
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const CRITERIA_HEADING = /^acceptance criteria\b/i;
const CHECKBOX = /^([ \t]*[-*+][ \t]+)\[([ xX])\](?=[ \t]|$)[ \t]*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Line indexes of the checklist under the first "Acceptance criteria" heading (code blocks skipped). */
function criteriaLines(lines) {
    const found = [];
    let level = 0;
    let fence;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        // Only fences, headings and list items matter; most lines are prose and stop here.
        const first = line.trimStart().charCodeAt(0);
        if (first !== 0x60 &&
            first !== 0x7e &&
            first !== 0x23 &&
            first !== 0x2d &&
            first !== 0x2a &&
            first !== 0x2b)
            continue;
        const fenceMatch = FENCE.exec(line);
        if (fenceMatch) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (fence !== undefined)
            continue;
        const heading = HEADING.exec(line);
        if (heading) {
            const depth = heading[1].length;
            if (level > 0 && depth <= level)
                break;
            if (level === 0 && CRITERIA_HEADING.test(heading[2]))
                level = depth;
            continue;
        }
        if (level > 0 && CHECKBOX.test(line))
            found.push(i);
    }
    return found;
}
/** The checklist under the body's "Acceptance criteria" heading. */
function acceptanceCriteria(body) {
    if (!/acceptance criteria/i.test(body))
        return [];
    const lines = body.split(/\r?\n/);
    return criteriaLines(lines).map((i) => {
        const match = CHECKBOX.exec(lines[i]);
        return { text: match[3].trim(), done: match[2] !== ' ' };
    });
}
/**
 * The file's text with `status: done` in its front matter and every acceptance criterion ticked;
 * everything else (comments, key order, line endings, the body) is kept as it was. The dev PR
 * commits this, so merging the reviewed PR is what archives the item.
 */
function markItemDone(text) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const opened = FRONT_MATTER_OPEN.test(lines[0] ?? '');
    // `---js` and the like are no front matter to add to, and no body to put a new one above.
    if (!opened && /^(?:\uFEFF)?---/.test(lines[0] ?? ''))
        return text;
    let bodyStart = 0;
    if (opened) {
        const close = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_CLOSE.test(line));
        if (close > 0) {
            const statusLine = lines.findIndex((line, i) => i > 0 && i < close && /^status[ \t]*:/.test(line));
            if (statusLine > 0)
                lines[statusLine] = 'status: done';
            else
                lines.splice(close, 0, 'status: done');
            bodyStart = statusLine > 0 ? close + 1 : close + 2;
        }
    }
    if (bodyStart === 0 && !opened) {
        lines.unshift('---', 'status: done', '---');
        bodyStart = 3;
    }
    const body = lines.slice(bodyStart);
    for (const i of criteriaLines(body)) {
        lines[bodyStart + i] = lines[bodyStart + i].replace(/^([ \t]*[-*+][ \t]+)\[ \]/, '$1[x]');
    }
    return lines.join(eol);
}
/** A YAML scalar for a front matter value: plain when it cannot be misread, else double-quoted. */
const yamlScalar = (value) => /^[A-Za-z][A-Za-z0-9._/-]*$/.test(value) && !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(value)
    ? value
    : JSON.stringify(value);
/**
 * The file's text with `status: <status>` (and each `extra` key) set in its front matter: see
 * {@link setFrontMatterFields}. The retro's pull request commits this, so merging it is what
 * deprecates an item.
 */
function setItemStatus(text, status, extra = {}) {
    return setFrontMatterFields(text, { status, ...extra });
}
/**
 * The file's text with each key of `fields` set in its front matter; the rest (comments, key
 * order, line endings, the body) is kept. A key already there is rewritten in place, its indented
 * continuation lines (a list or block written under it) dropped; a missing one goes last. A file
 * without front matter is returned as it was: it is not an item file.
 */
function setFrontMatterFields(text, fields) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    if (!FRONT_MATTER_OPEN.test(lines[0] ?? ''))
        return text;
    let close = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_CLOSE.test(line));
    if (close < 0)
        return text;
    for (const [key, value] of Object.entries(fields)) {
        const line = `${key}: ${yamlScalar(value)}`;
        const at = lines.findIndex((l, i) => i > 0 && i < close && new RegExp(`^${key}[ \\t]*:`).test(l));
        if (at < 0) {
            lines.splice(close, 0, line);
            close += 1;
            continue;
        }
        let end = at + 1;
        while (end < close && /^[ \t]+\S|^[ \t]*-/.test(lines[end]))
            end++;
        lines.splice(at, end - at, line);
        close -= end - at - 1;
    }
    return lines.join(eol);
}


/***/ }),

/***/ 4730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ PRIORITIES),
/* harmony export */   PC: () => (/* binding */ DEFAULT_PRIORITY),
/* harmony export */   ZY: () => (/* binding */ isResolved),
/* harmony export */   cF: () => (/* binding */ parsePriority),
/* harmony export */   i$: () => (/* binding */ parseStatus),
/* harmony export */   q3: () => (/* binding */ compareIds)
/* harmony export */ });
/* unused harmony export ITEM_STATUSES */
/**
 * The one model both backlog sources produce (DESIGN §6): a GitHub issue and a markdown file become
 * the same `WorkItem`, so the DAG, the queue and the dashboard never ask where an item came from.
 */
/** Priorities, most urgent first; `P0`–`P3` are read as critical–low. */
const PRIORITIES = ['critical', 'high', 'medium', 'low'];
/** Without a priority an item is medium: neither jumps the queue nor waits behind everything. */
const DEFAULT_PRIORITY = 'medium';
/** The statuses an item can have; docs files write them, GitHub items get them from state and labels. */
const ITEM_STATUSES = ['open', 'in_progress', 'in_review', 'blocked', 'done', 'deprecated'];
/** Other spellings people use in front matter, and the status each means. */
const STATUS_ALIASES = {
    todo: 'open',
    new: 'open',
    ready: 'open',
    planned: 'open',
    doing: 'in_progress',
    started: 'in_progress',
    wip: 'in_progress',
    review: 'in_review',
    closed: 'done',
    complete: 'done',
    completed: 'done',
    cancelled: 'deprecated',
    canceled: 'deprecated',
    wontfix: 'deprecated',
    obsolete: 'deprecated',
};
/** Items that count as finished for their dependents: done, or dropped (like a closed GitHub issue). */
const isResolved = (status) => status === 'done' || status === 'deprecated';
/**
 * A priority from any of its accepted spellings: `critical|high|medium|low`, `P0`–`P3`, `0`–`3`
 * (case-insensitive). Undefined when the value is none of these.
 */
function parsePriority(value) {
    if (typeof value === 'number' && Number.isInteger(value))
        return PRIORITIES[value];
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim().toLowerCase();
    const numbered = /^p?([0-3])$/.exec(text);
    if (numbered)
        return PRIORITIES[Number(numbered[1])];
    return PRIORITIES.includes(text) ? text : undefined;
}
/** A status from its accepted spellings (`in-progress`, `In Progress`, `closed`, …), else undefined. */
function parseStatus(value) {
    if (typeof value !== 'string')
        return undefined;
    const text = value
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
    if (ITEM_STATUSES.includes(text))
        return text;
    return STATUS_ALIASES[text];
}
/**
 * Compares ids so that `item-2` sorts before `item-10`: runs of digits by value, other text
 * ignoring case, then the raw text as a tie-break, so the order is total and stable. Hand-written
 * because `Intl.Collator` costs a microsecond a call, which a 10,000-item sort notices.
 */
function compareIds(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(j);
        if (isDigit(ca) && isDigit(cb)) {
            let ei = i;
            let ej = j;
            while (ei < a.length && isDigit(a.charCodeAt(ei)))
                ei++;
            while (ej < b.length && isDigit(b.charCodeAt(ej)))
                ej++;
            // Leading zeros do not change a number's value: compare without them, by length then digits.
            let si = i;
            let sj = j;
            while (si < ei - 1 && a.charCodeAt(si) === 48)
                si++;
            while (sj < ej - 1 && b.charCodeAt(sj) === 48)
                sj++;
            const byLength = ei - si - (ej - sj);
            if (byLength !== 0)
                return byLength;
            for (let k = 0; k < ei - si; k++) {
                const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
                if (d !== 0)
                    return d;
            }
            i = ei;
            j = ej;
            continue;
        }
        const la = lower(ca);
        const lb = lower(cb);
        if (la !== lb)
            return la - lb;
        i++;
        j++;
    }
    const rest = a.length - i - (b.length - j);
    if (rest !== 0)
        return rest;
    return a < b ? -1 : a > b ? 1 : 0;
}
const isDigit = (c) => c >= 48 && c <= 57;
const lower = (c) => (c >= 65 && c <= 90 ? c + 32 : c);


/***/ }),

/***/ 2771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ describeProblem),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   kH: () => (/* binding */ INVISIBLE),
/* harmony export */   yb: () => (/* binding */ codePoint)
/* harmony export */ });
/* unused harmony export renderProblems */
/**
 * What makes a backlog unusable. The docs source fails fast: every problem is collected and
 * reported together, and while there is one nothing is dispatched or written (DESIGN §6).
 */
const where = (p) => `${p.file}:${p.line}`;
/** Control and format characters, line and paragraph separators: what a one-line report cannot show. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** `U+000A` for a line break. */
const codePoint = (char) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** A value of a file quoted for a problem: cut after `max` characters, invisible ones spelt out (`<U+000A>`). */
const quoted = (text, max = 40) => `"${(text.length > max ? `${text.slice(0, max)}…` : text).replace(INVISIBLE, (c) => `<${codePoint(c)}>`)}"`;
/** One line per problem, each starting with `file:line`, as people read them beside the files. */
function describeProblem(problem) {
    switch (problem.kind) {
        case 'parse':
            return `${where(problem)}: the front matter does not parse: ${problem.message}`;
        case 'missing-field':
            return `${where(problem)}: missing \`${problem.field}\` in the front matter.`;
        case 'invalid-field':
            return `${where(problem)}: \`${problem.field}\`: ${problem.message}`;
        case 'duplicate-id':
            return `duplicate id '${problem.id}' in ${problem.files.map(where).join(', ')}: ids must be unique.`;
        case 'unknown-dependency':
            return `${where(problem)}: \`${problem.field}\` names '${problem.id}', which is no item's id.`;
        case 'cycle': {
            const files = problem.files.length > 0 ? ` (${problem.files.map(where).join(', ')})` : '';
            return `dependency cycle: ${problem.path.join(' → ')} (each waits for the next)${files}: remove one of these dependencies.`;
        }
        case 'unknown-milestone': {
            const known = problem.known.length > 0 ? ` Known: ${problem.known.join(', ')}.` : ' No milestone file found.';
            return `${where(problem)}: \`milestone\` names '${problem.milestone}', which has no milestone file.${known}`;
        }
        case 'outside':
            return `${where(problem)}: reached through a symbolic link that leads outside the repository, so it was not read. Replace the link with the file itself, or move it.`;
    }
}
/** Sorts problems by file and line, cycles and duplicates (which span files) last. */
function sortProblems(problems) {
    const key = (p) => 'file' in p ? [p.file, p.line] : [`\uffff${p.kind}`, 0];
    return [...problems].sort((a, b) => {
        const [fa, la] = key(a);
        const [fb, lb] = key(b);
        return fa < fb ? -1 : fa > fb ? 1 : la - lb;
    });
}
/** The whole report, ready to print: a count, then one problem per line. */
function renderProblems(problems) {
    if (problems.length === 0)
        return 'No problems found.';
    const lines = sortProblems(problems).map((p) => `  - ${describeProblem(p)}`);
    const noun = problems.length === 1 ? 'problem' : 'problems';
    return `The backlog has ${problems.length} ${noun}; nothing is dispatched until they are fixed:\n${lines.join('\n')}`;
}


/***/ })

};
