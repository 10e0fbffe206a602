export const id = 333;
export const ids = [333];
export const modules = {

/***/ 3216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/**
 * The icon of every item and phase status, in the status comment and the job summary. A module of
 * its own so that the job summary, which every job writes, does not load the status comment's code.
 */
const STATUS_ICON = {
    new: '🆕',
    running: '⏳',
    cancelled: '🛑',
    complete: '✅',
    pass: '✅',
    skipped: '⏭️',
    needs_clarification: '❓',
    needs_decomposition: '🧩',
    changes_required: '🔁',
    tests_failed: '❌',
    blocked: '⛔',
    error: '💥',
};


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ fitBody),
/* harmony export */   ck: () => (/* binding */ MAX_CHECK_OUTPUT),
/* harmony export */   y3: () => (/* binding */ capMarkdown),
/* harmony export */   yc: () => (/* binding */ MAX_COMMENT_BODY)
/* harmony export */ });
/* unused harmony exports FULL_TEXT_AT, cutNote */
/**
 * The size limits of what the action posts, and the one way it cuts a body to fit. GitHub refuses
 * (422) an issue comment, a pull request body, a review body or an inline comment over 65,536
 * characters, and a check run's `output.summary` or `output.text` over 65,535. Model text alone can
 * pass that: the plan schema allows about 165 KB, a review with 40 findings of 3,000 characters
 * made a 134 KB comment. A refused write loses the whole body (and, for the status comment, the
 * state), so every body is cut to fit instead, and the full text goes to the job summary.
 *
 * Lengths are counted in UTF-16 code units (`String#length`), never fewer than the characters
 * GitHub counts, so a body that fits here fits there.
 */
/** An issue or PR comment, a PR body, a review body, an inline review comment. */
const MAX_COMMENT_BODY = 65_536;
/** A check run's `output.summary` and `output.text`. */
const MAX_CHECK_OUTPUT = 65_535;
/** Where the cut line sends people for the rest. */
const FULL_TEXT_AT = "this run's job summary and its events artifact";
/** The line that ends a cut body. */
const cutNote = (shown, total, where = FULL_TEXT_AT) => `> ✂️ Cut to fit GitHub's size limit: ${(total - shown).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} characters are not shown here. The full text is in ${where}.`;
/** The longest note {@link cutNote} writes for texts below this many characters. */
const NOTE_ROOM = cutNote(99_999_999, 99_999_999).length + 200;
/**
 * `text` cut to at most `max` characters: whole lines, never inside a hidden block (`<!-- … -->`)
 * or a ```suggestion block (a cut suggestion would apply broken code), a code fence the cut leaves
 * open closed, `<details>` left open closed, then a line saying what was cut and where the full
 * text is. Unchanged when it fits. A single line longer than the room is cut inside the line, only
 * when no line boundary keeps at least half of it.
 */
function capMarkdown(text, max, where = FULL_TEXT_AT) {
    if (text.length <= max)
        return text;
    const room = max - (where.length + NOTE_ROOM);
    if (room <= 0)
        throw new RangeError(`capMarkdown: ${max} characters leave no room for the text.`);
    const cut = cutPoint(text, room);
    const kept = text.slice(0, cut.at).replace(/\s+$/, '');
    const closers = cut.closers.length > 0 ? `\n${cut.closers.join('\n')}` : '';
    return `${kept}${closers}\n\n${cutNote(kept.length, text.length, where)}`;
}
/**
 * A body of visible markdown (cut to fit) and hidden blocks that must stay whole (the stored review,
 * the item's state), joined by a blank line. Throws when the hidden blocks alone do not fit: the
 * caller trims what they hold first.
 */
function fitBody(visible, options = {}) {
    const max = options.max ?? MAX_COMMENT_BODY;
    const hidden = options.hidden ?? '';
    const tail = hidden ? `\n\n${hidden}` : '';
    if (tail.length + 1000 > max)
        throw new RangeError(`The hidden part of a body is ${hidden.length} characters; at most ${max - 1000} fit.`);
    return `${capMarkdown(visible, max - tail.length, options.where)}${tail}`;
}
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** Where to cut so that the kept text and its closers take at most `room` characters. */
function cutPoint(text, room) {
    let best = { at: 0, closers: [] };
    let fence;
    let hidden = false;
    let details = 0;
    let at = 0;
    for (const line of text.split('\n')) {
        const closers = [...(fence ? [fence.marks] : []), ...Array(details).fill('</details>')];
        const cost = closers.reduce((n, c) => n + c.length + 1, 0);
        const boundaryOk = !hidden && !fence?.atomic;
        if (at + line.length + cost > room) {
            // The line does not fit: cut before it, or inside it when the boundary keeps less than half.
            if (boundaryOk && at + cost <= room)
                best = { at, closers };
            const limit = fence || hidden ? (boundaryOk ? line.length : -1) : proseCutLimit(line);
            const inside = Math.min(room - cost, at + limit);
            if (best.at < room / 2 && inside > at && inside > best.at)
                best = { at: safeIndex(text, inside), closers };
            return best;
        }
        if (boundaryOk)
            best = { at, closers };
        ({ fence, hidden, details } = advance(line, { fence, hidden, details }));
        at += line.length + 1;
    }
    return { at: text.length, closers: [] };
}
function advance(line, s) {
    if (s.fence)
        return { ...s, fence: s.fence.closer.test(line) ? undefined : s.fence };
    if (s.hidden)
        return { ...s, hidden: !line.includes('-->') };
    const open = FENCE.exec(line);
    if (open && !(open[1].startsWith('`') && open[2].includes('`'))) {
        const marks = open[1];
        return {
            ...s,
            fence: {
                marks,
                closer: new RegExp(`^ {0,3}${marks[0]}{${marks.length},}[ \\t]*$`),
                atomic: /^\s*suggestion\b/i.test(open[2]),
            },
        };
    }
    const opener = line.lastIndexOf('<!--');
    const hiddenNow = opener >= 0 && !line.includes('-->', opener + 4);
    const opened = line.match(/<details\b/gi)?.length ?? 0;
    const closed = line.match(/<\/details\s*>/gi)?.length ?? 0;
    return { ...s, hidden: hiddenNow, details: Math.max(0, s.details + opened - closed) };
}
/**
 * How far into a prose line a cut may go: not past an HTML comment opener or a `<details>` it
 * opens (neither would be closed), not into a line that opens a fence (-1).
 */
function proseCutLimit(line) {
    if (FENCE.test(line))
        return -1;
    const stops = [line.indexOf('<!--'), line.search(/<details\b/i)].filter((i) => i >= 0);
    return Math.min(line.length, ...stops);
}
/** `at`, moved back off the second half of a surrogate pair. */
function safeIndex(text, at) {
    const code = text.charCodeAt(at);
    return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}


/***/ }),

/***/ 1373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderModelLine),
/* harmony export */   pX: () => (/* binding */ renderModelMarkdown),
/* harmony export */   rk: () => (/* binding */ renderModelCode)
/* harmony export */ });
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1947);

/**
 * Renders text the model wrote (review summaries, finding titles and bodies, plan and retro text)
 * for a GitHub comment, issue or PR body, so that it cannot pass as the action (DESIGN §8.12): the
 * model reads pull requests and issues anyone can write, so its text is as untrusted as theirs.
 *
 * - No HTML at all: a `<` that would start a tag, a comment (`<!--`), a declaration or an autolink
 *   is followed by a zero-width joiner, and so is the `>` of a comment closer (`-->`, `--!>`). The
 *   text cannot open or close the action's hidden blocks (`<!-- codex-orchestrator:… -->`) or a
 *   `<details>` around the action's own content, and raw `<img>`, `<picture>`, `<source srcset>`
 *   cannot load anything. Before that, an `<img>` becomes a plain link to its source with its alt
 *   text, and `<picture>` / `<source>` wrappers are dropped, so an image stays readable as a link.
 * - No markdown images: `![alt](url)`, `![alt][ref]` and `![ref]` get a zero-width joiner between
 *   `!` and `[`, which leaves an ordinary link (`!` followed by a link to the url, or to the
 *   reference's definition) and loads nothing. Reference definitions are links: left as they are.
 * - No mentions: `@user` and `@org/team` get a zero-width joiner after the `@`. GitHub links a
 *   mention only when a letter or digit follows the `@` directly, so this renders as the same
 *   characters and notifies nobody; an `@` after a letter or digit (an email address) is not a
 *   mention and is left alone. Entities that GitHub decodes to `@` (`&#64;`, `&commat;`) are
 *   decoded first so they get the same treatment. Wrapping in code was the other choice; it changes
 *   how the text looks and cannot be used inside a code span.
 * - No hidden text: invisible and bidi-control characters are removed (also written as entities),
 *   and so are link titles and link reference definitions used as comments (`[//]: # (note)`).
 * - Code stays as written: the content of a fenced block is kept (only invisible characters and
 *   the action's marker prefix are touched), and a fence the text leaves open is closed, so it
 *   cannot turn the rest of the action's comment into code. Inline code gets the same zero-width
 *   joiners as prose, which show as nothing there either: the neutralising is applied whether or
 *   not a span is code, so no disagreement between this parser and GitHub's can re-enable markup.
 *
 * The zero-width joiners stay in the text: someone who copies `@user` from a comment gets the
 * joiner too, and `sanitizeUntrusted` removes them when the text is read back into a prompt.
 */
function renderModelMarkdown(text) {
    const out = [];
    for (const segment of segments(text.replace(/\r\n?/g, '\n'))) {
        if (segment.kind === 'prose')
            out.push(renderProse(segment.text));
        else {
            const body = segment.body.map(renderModelCode);
            out.push(renderModelCode(segment.open), ...body, segment.close ?? closingFence(segment.open));
        }
    }
    return out.join('\n');
}
/**
 * Code the model wrote, for the inside of a fence the action writes (a ```suggestion block):
 * kept byte for byte, but for invisible characters and the action's marker prefix.
 */
function renderModelCode(text) {
    return text.replace(_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .INVISIBLE */ .kH, '').replace(MARKER, `<${ZWJ}!--$1`);
}
/** Model text for one line (a heading, a table cell): rendered, and its line breaks as spaces. */
function renderModelLine(text) {
    return renderProse(text.replace(/\r?\n/g, ' '));
}
const ZWJ = '\u200D';
/** The opener of one of the action's own hidden blocks (DESIGN §3). */
const MARKER = /<!--(\s*codex-orchestrator)/gi;
/** Named entities that render as nothing or as a direction change. */
const INVISIBLE_NAMED = /&(?:shy|zwj|zwnj|lrm|rlm|NoBreak|ZeroWidthSpace|NegativeVeryThinSpace|NegativeThinSpace|NegativeMediumSpace|NegativeThickSpace|InvisibleTimes|InvisibleComma|ApplyFunction|ic|it|af);/g;
/**
 * Text only shown on hover, or not at all: link titles, and link reference definitions, which
 * render as nothing (`[//]: # (a note)` is the markdown comment idiom). The definition itself is
 * kept when it is a real one, without its title.
 */
const LINK_TITLE = /(\]\(\s*<?[^\s)>]*>?)\s+(?:"[^"]*"|'[^']*'|\([^)]*\))\s*\)/g;
const COMMENT_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*(?:#|<>)?[ \t]*(?:\([^)]*\)|"[^"]*"|'[^']*')?[ \t]*$/gm;
const DEFINITION_TITLE = /^( {0,3}\[[^\]]+\]:[ \t]*\S+)[ \t]+(?:\([^)]*\)|"[^"]*"|'[^']*')[ \t]*$/gm;
const AT_ENTITY = /&(?:#0*64|#x0*40|commat);/gi;
function renderProse(text) {
    let s = text
        .replace(_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .NUMERIC_ENTITY */ .gC, (entity, hex, dec) => {
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
        if (code > 0x10ffff)
            return '';
        return String.fromCodePoint(code).replace(_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .INVISIBLE */ .kH, '') === '' ? '' : entity;
    })
        .replace(INVISIBLE_NAMED, '')
        .replace(AT_ENTITY, '@')
        .replace(_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .INVISIBLE */ .kH, '');
    s = outsideCodeSpans(s, (prose) => prose
        .replace(/<img\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/gi, (_, attrs) => imageLink(attrs))
        .replace(/<\/?picture\b(?:[^>"']|"[^"]*"|'[^']*')*>|<source\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, '')
        .replace(LINK_TITLE, '$1)')
        .replace(COMMENT_DEFINITION, '')
        .replace(DEFINITION_TITLE, '$1'));
    return s
        .replace(/<(?=[A-Za-z!?/])/g, `<${ZWJ}`)
        .replace(/--(!?)>/g, `--$1${ZWJ}>`)
        .replace(/!(?=\[)/g, `!${ZWJ}`)
        .replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `$1@${ZWJ}`);
}
/** `<img src="u" alt="a">` as `[image: a](u)`: readable, and a link loads nothing until clicked. */
function imageLink(attrs) {
    const attr = (name) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')
        .exec(attrs)
        ?.slice(1)
        .find((v) => v !== undefined);
    const alt = (attr('alt') ?? '').replace(/[[\]\n]/g, ' ').trim();
    const src = attr('src');
    const label = alt ? `image: ${alt}` : 'image';
    return src && /^https?:\/\//i.test(src)
        ? `[${label}](${src.replace(/[()\s]/g, encodeURIComponent)})`
        : `[${label}]`;
}
/**
 * Applies `fn` to the text outside inline code spans. Used only for the cosmetic rewrite of
 * `<img>` into a link; safety never depends on it (see renderModelMarkdown).
 */
function outsideCodeSpans(text, fn) {
    const span = /(?<![`\\])(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
    let out = '';
    let from = 0;
    for (const m of text.matchAll(span)) {
        out += fn(text.slice(from, m.index)) + m[0];
        from = m.index + m[0].length;
    }
    return out + fn(text.slice(from));
}
/** Prose and fenced code blocks, line by line as CommonMark opens and closes fences. */
function segments(text) {
    const result = [];
    let prose = [];
    let fence;
    let closer;
    for (const line of text.split('\n')) {
        if (fence) {
            if (closer.test(line)) {
                fence.close = line;
                fence = undefined;
            }
            else
                fence.body.push(line);
            continue;
        }
        const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        // A backtick fence's info string cannot hold a backtick (such a line is inline code).
        if (!open || (open[1].startsWith('`') && open[2].includes('`'))) {
            prose.push(line);
            continue;
        }
        if (prose.length > 0)
            result.push({ kind: 'prose', text: prose.join('\n') });
        prose = [];
        const marks = open[1];
        closer = new RegExp(`^ {0,3}${marks[0]}{${marks.length},}[ \\t]*$`);
        fence = { kind: 'fence', open: line, body: [], close: undefined };
        result.push(fence);
    }
    if (prose.length > 0 || result.length === 0)
        result.push({ kind: 'prose', text: prose.join('\n') });
    return result;
}
const closingFence = (open) => /^ {0,3}(`{3,}|~{3,})/.exec(open)?.[1] ?? '```';


/***/ }),

/***/ 1947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ untrustedBlock),
/* harmony export */   Zm: () => (/* binding */ delimitedBlock),
/* harmony export */   _2: () => (/* binding */ sanitizeUntrusted),
/* harmony export */   gC: () => (/* binding */ NUMERIC_ENTITY),
/* harmony export */   kH: () => (/* binding */ INVISIBLE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Characters that render as nothing (or reorder what is shown) yet reach the model: zero-width
 * spaces and joiners, bidi controls (the "Trojan Source" trick), Unicode tag characters (which can
 * spell a whole hidden ASCII sentence), variation selectors (which can smuggle bytes), fillers, soft
 * hyphens, and control characters other than tab and newline.
 */
const INVISIBLE = new RegExp('[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5' +
    '\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0' +
    '\\uFFF0-\\uFFFB\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}]', 'gu');
/** `&#8203;`, `&#x200b;`: entities GitHub renders as the same invisible characters. */
const NUMERIC_ENTITY = /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));/gi;
/** Fenced code blocks and inline code spans: their content renders verbatim. */
const CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))|(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\2(?!`)/gm;
/**
 * A tag's attributes: a quoted value may hold `>` (`title="a>b"`), which does not end the tag, so
 * the text after it is still hidden in the attribute.
 */
const ATTRS = `(?:[^<>"']|"[^"]*"|'[^']*')*`;
/** Markup whose text a reader does not see (or sees differently), with what replaces it. */
const RULES = [
    // HTML comments, also one left open (GitHub hides the rest of the text).
    [/<!--[\s\S]*?(?:-->|$(?![\s\S]))/g, ''],
    // Elements with a `hidden` attribute, with their content.
    [new RegExp(`<([a-z][a-z0-9-]*)\\b${ATTRS}?\\shidden\\b${ATTRS}>[\\s\\S]*?<\\/\\1\\s*>`, 'gi'), ''],
    // Images: alt text and titles are not shown.
    [new RegExp(`<img\\b${ATTRS}>`, 'gi'), '[image]'],
    [/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '[image]'],
    // A collapsed section can be opened by a reader: keep it, say it was collapsed.
    [new RegExp(`<details\\b${ATTRS}>`, 'gi'), '\n[collapsed section]\n'],
    [/<\/details\s*>/gi, '\n[end of collapsed section]\n'],
    // Any other tag is reduced to its text (its attributes are not shown).
    [new RegExp(`<\\/?[a-z][a-z0-9-]*(?:\\s${ATTRS})?\\/?>`, 'gi'), ''],
    // Link titles only show on hover.
    [/(\[[^\]]*\]\(\s*<?[^\s)>]*>?)\s+(?:"[^"]*"|'[^']*'|\([^)]*\))\s*\)/g, '$1)'],
    // Link reference definitions render as nothing: `[//]: # (hidden)`, `[x]: <> "hidden"`.
    [/^ {0,3}\[[^\]]+\]:[ \t]*(?:#|<>)?[ \t]*(?:\([^)]*\)|"[^"]*"|'[^']*')?[ \t]*$/gm, ''],
    [/^( {0,3}\[[^\]]+\]:[ \t]*\S+)[ \t]+(?:\([^)]*\)|"[^"]*"|'[^']*')[ \t]*$/gm, '$1'],
];
/**
 * Cleans text written by someone outside the repository's trust (issue and PR bodies, comments)
 * before a model reads it, so that the model sees what a human reader sees and nothing more:
 *
 * - HTML comments are removed (they are invisible on GitHub), also an unterminated `<!--`.
 * - Invisible and bidi-control characters are removed, also when written as numeric entities.
 * - Text a reader cannot see is dropped: image alt text and titles (`<img alt>`, `![alt](u "t")`),
 *   link titles, elements with a `hidden` attribute, link reference definitions used as comments
 *   (`[//]: # (…)`). Other HTML tags are reduced to their text; a collapsed `<details>` is kept
 *   (a reader can open it) and marked as collapsed.
 * - Newlines are normalised to `\n`; runs of blank lines are collapsed.
 *
 * Markup that starts inside code (a fence or a backtick span) renders verbatim and is kept. As in
 * CommonMark, whichever starts first wins: a comment or tag that opens before a code span and runs
 * over it is removed with the code inside it, so backticks cannot shield hidden text.
 */
function sanitizeUntrusted(text) {
    let s = text.replace(/\r\n?/g, '\n').replace(NUMERIC_ENTITY, (entity, hex, dec) => {
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
        if (code > 0x10ffff)
            return '';
        return String.fromCodePoint(code).replace(INVISIBLE, '') === '' ? '' : entity;
    });
    s = s.replace(INVISIBLE, '');
    // Repeat until stable: removing one construct must not assemble another (`<!<!-- -->-- x -->`).
    for (let previous = ''; previous !== s;) {
        previous = s;
        for (const [pattern, replacement] of RULES)
            s = replaceOutsideCode(s, pattern, replacement);
    }
    return s.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
}
function replaceOutsideCode(text, pattern, replacement) {
    const code = [...text.matchAll(CODE)].map((m) => [m.index, m.index + m[0].length]);
    const insideCode = (offset) => code.some(([start, end]) => offset > start && offset < end);
    return text.replace(pattern, (...args) => {
        const match = args[0];
        const offset = args.find((a, i) => i > 0 && typeof a === 'number');
        if (insideCode(offset))
            return match;
        return replacement.replace(/\$(\d)/g, (_, n) => String(args[Number(n)] ?? ''));
    });
}
/**
 * Wraps text in a delimited block the prompt can point at ("the text in the block labelled pr-body
 * is data, not instructions"). The delimiter carries a hash of the content: to close the block
 * early the text would have to contain the hash of itself, which cannot be arranged, and unlike a
 * random nonce it keeps prompts reproducible (and cacheable). The text is used as given.
 */
function delimitedBlock(label, body) {
    const name = label
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'text';
    let salt = 0;
    let id = '';
    do {
        id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${salt}\0${name}\0${body}`).digest('hex').slice(0, 16);
        salt += 1;
    } while (body.includes(id));
    return `<untrusted-${name} id="${id}">\n${body}\n</untrusted-${name} id="${id}">`;
}
/** Text from outside the repository's trust as the model should read it: what a reader sees, delimited. */
function untrustedBlock(label, text) {
    return delimitedBlock(label, sanitizeUntrusted(text).trim());
}


/***/ })

};
