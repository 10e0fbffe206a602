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
  c0: () => (/* binding */ setItemStatus)
});

// EXTERNAL MODULE: ./node_modules/gray-matter/index.js
var gray_matter = __webpack_require__(9599);
var gray_matter_default = /*#__PURE__*/__webpack_require__.n(gray_matter);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/backlog/front-matter.ts
/**
 * A fast path for the front matter backlog files usually have: flat `key: value` lines whose
 * values are plain words, quoted strings without escapes, integers, or lists of those (flow
 * `[a, b]` or block `- a`). The `yaml` package takes ~100 µs for such a block, which for 10,000
 * files is most of a scan; this reads it in a few. Anything outside that subset — comments, other
 * scalars (booleans, nulls, floats, dates), escapes, nesting, duplicate keys, anything odd —
 * returns undefined, and the caller parses the block with `yaml` instead, so every error message
 * (with its line) still comes from the real parser. A unit test checks that both agree.
 */
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




class FrontMatterError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/** The front matter opens on line 1, so its text starts on line 2. */
const FIRST_LINE = 2;
function readFrontMatter(text) {
    let doc;
    let fast;
    let source = '';
    let base = FIRST_LINE;
    const file = gray_matter_default()(text, {
        engines: {
            yaml: (input) => {
                source = input;
                // gray-matter hands over the text after the opening `---`, from its line break on.
                base = /^\r?\n/.test(input) ? FIRST_LINE - 1 : FIRST_LINE;
                fast = parseFastFrontMatter(input);
                if (fast)
                    return fast.data;
                doc = (0,dist/* parseDocument */.Tp)(input, { uniqueKeys: true, prettyErrors: true });
                const error = doc.errors[0];
                if (error) {
                    const line = (error.linePos?.[0].line ?? 1) + base - 1;
                    throw new FrontMatterError(error.message.split('\n')[0] ?? 'invalid YAML', line);
                }
                const value = doc.toJS() ?? {};
                if (typeof value !== 'object' || Array.isArray(value)) {
                    throw new FrontMatterError('expected a mapping of keys (id: …, title: …)', FIRST_LINE);
                }
                return value;
            },
        },
    });
    const lineAt = (offset) => {
        if (offset === undefined)
            return 1;
        let line = base;
        for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1))
            line++;
        return line;
    };
    const lineOf = (key, index) => {
        if (fast) {
            const entry = index === undefined ? undefined : fast.entryLines.get(key)?.[index];
            const at = entry ?? fast.keyLines.get(key);
            return at === undefined ? 1 : base + at;
        }
        const root = doc?.contents;
        if (!(0,dist/* isMap */.jh)(root))
            return 1;
        const pair = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
        if (!pair)
            return 1;
        const value = pair.value;
        if (index !== undefined && (0,dist/* isSeq */.oP)(value)) {
            const entry = value.items[index];
            if (entry?.range)
                return lineAt(entry.range[0]);
        }
        return lineAt(pair.key.range?.[0]);
    };
    return { data: file.data, content: file.content, lineOf };
}
/** A scalar id: strings as written, numbers as their decimal text. */
const asId = (value) => typeof value === 'string'
    ? value.trim() || undefined
    : typeof value === 'number'
        ? String(value)
        : undefined;
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
    const id = asId(data.id);
    if (data.id === undefined || data.id === null || (id === undefined && typeof data.id === 'string'))
        problems.push({ kind: 'missing-field', file, line: front.lineOf('id'), field: 'id' });
    else if (id === undefined)
        invalid('id', 'expected a string or a number.');
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
        if (milestone === undefined)
            invalid('milestone', 'expected the id of a milestone.');
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
            if (ref === undefined) {
                problems.push({
                    kind: 'invalid-field',
                    file,
                    line,
                    field,
                    message: 'expected item ids (a list of strings).',
                });
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
    let bodyStart = 0;
    if (/^(?:\uFEFF)?---[ \t]*$/.test(lines[0] ?? '')) {
        const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
        if (close > 0) {
            const statusLine = lines.findIndex((line, i) => i > 0 && i < close && /^status[ \t]*:/.test(line));
            if (statusLine > 0)
                lines[statusLine] = 'status: done';
            else
                lines.splice(close, 0, 'status: done');
            bodyStart = statusLine > 0 ? close + 1 : close + 2;
        }
    }
    if (bodyStart === 0 && !/^(?:\uFEFF)?---[ \t]*$/.test(lines[0] ?? '')) {
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
 * The file's text with `status: <status>` (and each `extra` key) set in its front matter; the rest
 * (comments, key order, line endings, the body) is kept. A key already there is rewritten in place,
 * its indented continuation lines (a list or block written under it) dropped; a missing one goes
 * last. A file without front matter is returned as it was: it is not an item file. The retro's
 * pull request commits this, so merging it is what deprecates an item.
 */
function setItemStatus(text, status, extra = {}) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    if (!/^(?:\uFEFF)?---[ \t]*$/.test(lines[0] ?? ''))
        return text;
    let close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
    if (close < 0)
        return text;
    for (const [key, value] of Object.entries({ status, ...extra })) {
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


/***/ })

};
