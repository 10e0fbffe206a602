export const id = 378;
export const ids = [378];
export const modules = {

/***/ 3865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ foundByLabel),
/* harmony export */   MH: () => (/* binding */ mergeReviews),
/* harmony export */   RD: () => (/* binding */ reviewersLabel),
/* harmony export */   T6: () => (/* binding */ runtimeLabel),
/* harmony export */   l_: () => (/* binding */ opinionsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9793);
/* harmony import */ var _track_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5735);




const opinionsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    runtime: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(40),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(200).nullable(),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n([..._schema_js__WEBPACK_IMPORTED_MODULE_0__/* .REVIEW_STATUSES */ .EB, 'invalid']),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(100)),
    attempts: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0),
    input_tokens: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0),
    output_tokens: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0),
    cost_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).nullable(),
}))
    .min(1);
const LABELS = { codex: 'Codex', claude: 'Claude' };
/** A runtime's name for people (`claude` → Claude). */
const runtimeLabel = (runtime) => LABELS[runtime] ?? runtime;
/**
 * Who reviewed, for a heading: `Codex`, `Claude`, `Codex + Claude`. A review recorded before the
 * opinions were (or read back without them) was Codex's: it was the only runtime then.
 */
const reviewersLabel = (opinions) => opinions && opinions.length > 0 ? opinions.map((o) => runtimeLabel(o.runtime)).join(' + ') : 'Codex';
/** Who found a finding, for people: `both` when every reviewer of a second opinion did. */
function foundByLabel(opinions, id) {
    const by = opinions.filter((o) => o.findings.includes(id));
    if (by.length === opinions.length && by.length > 1)
        return by.length === 2 ? 'both' : 'all';
    return by.map((o) => runtimeLabel(o.runtime)).join(', ') || '—';
}
const STRICTNESS = { pass: 0, changes_required: 1, blocked: 2 };
const RANK = (s) => _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(s);
/**
 * One review from several answers: the stricter verdict (blocked > changes_required > pass; an
 * invalid answer arrives as a blocked review, so it is never a pass), the findings merged by the
 * fingerprint of src/review/track.ts (the same finding from two reviewers is one finding, at the
 * higher of their severities, kept in the words of the reviewer listed first), criteria met only
 * when every reviewer says so, and each summary and blocked reason under its reviewer's name. One
 * answer is returned as it is. The result holds the schema's rules: a pass has no serious finding
 * and no unmet criterion because every answer was such a pass.
 */
function mergeReviews(answers) {
    const [only] = answers;
    if (!only)
        throw new Error('mergeReviews needs at least one answer.');
    if (answers.length === 1)
        return { review: only.review, foundBy: only.review.findings.map(() => [only.runtime]) };
    const findings = [];
    const foundBy = [];
    for (const { runtime, review } of answers) {
        const at = new Map(findings.map((f, index) => [f, index]));
        const matched = (0,_track_js__WEBPACK_IMPORTED_MODULE_1__/* .matchFindings */ .cF)(review.findings, findings, { sameIdSameFile: true });
        review.findings.forEach((finding, index) => {
            const same = matched.get(index);
            const where = same && at.get(same);
            if (where !== undefined) {
                if (RANK(finding.severity) < RANK(findings[where].severity))
                    findings[where] = { ...findings[where], severity: finding.severity };
                foundBy[where].push(runtime);
                return;
            }
            findings.push({ ...finding, id: freeId(finding.id, runtime, findings) });
            foundBy.push([runtime]);
        });
    }
    const status = answers
        .map((a) => a.review.status)
        .reduce((a, b) => (STRICTNESS[b] > STRICTNESS[a] ? b : a));
    const named = (runtime, text) => `${runtimeLabel(runtime)}: ${text}`;
    const blocked = answers.filter((a) => a.review.status === 'blocked' && a.review.blocked_reason);
    return {
        review: {
            status,
            summary: answers.map((a) => named(a.runtime, a.review.summary)).join('\n\n'),
            findings,
            criteria: mergeCriteria(answers),
            blocked_reason: status === 'blocked'
                ? blocked.map((a) => named(a.runtime, a.review.blocked_reason)).join('; ')
                : null,
        },
        foundBy,
    };
}
/** An id no finding of `taken` has: the reviewer's own, else with its runtime appended. */
function freeId(id, runtime, taken) {
    const used = new Set(taken.map((f) => f.id));
    if (!used.has(id))
        return id;
    for (let n = 1;; n++) {
        const suffix = `-${runtime}${n > 1 ? `-${n}` : ''}`;
        const candidate = `${id.slice(0, 100 - suffix.length)}${suffix}`;
        if (!used.has(candidate))
            return candidate;
    }
}
/** The criteria of every answer, one per criterion text: met when every reviewer that judged it says so. */
function mergeCriteria(answers) {
    const byText = new Map();
    for (const { runtime, review } of answers) {
        for (const c of review.criteria) {
            const key = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseTitle */ .B)(c.criterion);
            const entry = byText.get(key) ?? { criterion: c.criterion, judged: [] };
            entry.judged.push({ runtime, c });
            byText.set(key, entry);
        }
    }
    return [...byText.values()].map(({ criterion, judged }) => {
        const met = judged.every((j) => j.c.met);
        const evidence = judged.length === 1
            ? judged[0].c.evidence
            : judged
                .filter((j) => j.c.evidence.trim())
                .map((j) => `${runtimeLabel(j.runtime)}${j.c.met && !met ? ' (says met)' : ''}: ${j.c.evidence}`)
                .join('; ');
        return { criterion, met, evidence };
    });
}


/***/ }),

/***/ 9793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ REVIEW_STATUSES),
/* harmony export */   PO: () => (/* binding */ validateReview),
/* harmony export */   Zb: () => (/* binding */ reviewOutputSchema),
/* harmony export */   m: () => (/* binding */ validateReviewText),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony exports findingSchema, criterionSchema, reviewSchema, reviewJsonSchema */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



const SEVERITIES = ['critical', 'major', 'minor', 'nit'];
const REVIEW_STATUSES = ['pass', 'changes_required', 'blocked'];
const relativePath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1, { error: 'must be a path relative to the repository root, not empty' })
    .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(p), {
    error: (issue) => `'${String(issue.input)}' is absolute; give the path relative to the repository root`,
})
    .refine((p) => !p.split(/[\\/]/).includes('..'), {
    error: (issue) => `'${String(issue.input)}' leaves the repository ('..'); give a path inside it`,
});
const lineNumber = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable();
/** One problem the reviewer found (DESIGN §4). */
const findingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1).max(100),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(SEVERITIES),
    file: relativePath,
    line: lineNumber,
    end_line: lineNumber,
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    suggestion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
});
const criterionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    criterion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    met: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
});
const shape = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(REVIEW_STATUSES),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1),
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(findingSchema),
    criteria: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(criterionSchema),
    blocked_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
});
/**
 * The review JSON v1 with the rules a JSON schema cannot say: a `pass` holds no critical or major
 * finding and no unmet criterion, a `blocked` says why, `changes_required` names something to
 * change, finding ids are unique, and `end_line` is not before `line`.
 */
const reviewSchema = shape.superRefine((review, ctx) => {
    const serious = review.findings.filter((f) => f.severity === 'critical' || f.severity === 'major');
    const unmet = review.criteria.filter((c) => !c.met);
    if (review.status === 'pass' && serious.length > 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: `'pass' with ${serious.length} critical/major finding(s) (${serious.map((f) => f.id).join(', ')}); use 'changes_required' or lower their severity`,
        });
    }
    if (review.status === 'pass' && unmet.length > 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: `'pass' while ${unmet.length} criterion/criteria are not met; use 'changes_required'`,
        });
    }
    if (review.status === 'blocked' && !review.blocked_reason?.trim()) {
        ctx.addIssue({
            code: 'custom',
            path: ['blocked_reason'],
            message: "status 'blocked' needs a non-empty blocked_reason",
        });
    }
    if (review.status === 'changes_required' && review.findings.length === 0 && unmet.length === 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['status'],
            message: "'changes_required' with no finding and no unmet criterion; list what must change, or use 'pass'",
        });
    }
    const seen = new Set();
    review.findings.forEach((finding, index) => {
        if (seen.has(finding.id)) {
            ctx.addIssue({
                code: 'custom',
                path: ['findings', index, 'id'],
                message: `duplicate finding id '${finding.id}'; ids must be unique`,
            });
        }
        seen.add(finding.id);
        if (finding.end_line !== null && (finding.line === null || finding.end_line < finding.line)) {
            ctx.addIssue({
                code: 'custom',
                path: ['findings', index, 'end_line'],
                message: `end_line ${finding.end_line} needs a line at or before it (line is ${finding.line})`,
            });
        }
    });
});
/** Parses and validates the model's raw answer, collecting every problem. */
function validateReviewText(text) {
    if (text === undefined || text.trim() === '')
        return { ok: false, problems: ['the answer was empty'] };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, problems: [`the answer is not JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)})`] };
    }
    return validateReview(value);
}
/** Validates an already parsed review value. */
function validateReview(value) {
    const parsed = reviewSchema.safeParse(value);
    if (parsed.success)
        return { ok: true, review: parsed.data };
    return {
        ok: false,
        problems: parsed.error.issues.map((issue) => {
            const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
            return `${path}: ${issue.message}`;
        }),
    };
}
let jsonSchema;
// A static `new URL(…, import.meta.url)`, like src/prompts/bundled.ts: ncc copies the file next to
// the bundle and rewrites the path.
const REVIEW_SCHEMA_FILE = new URL(/* asset import */ __webpack_require__(9950), __webpack_require__.b);
/** The strict-subset JSON schema shipped in schemas/review.json, sent to Codex with --output-schema. */
function reviewJsonSchema() {
    jsonSchema ??= JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(REVIEW_SCHEMA_FILE, 'utf8'));
    return jsonSchema;
}
/** The pair the agent runner needs: the JSON schema for the model, the zod schema for the answer. */
function reviewOutputSchema() {
    return { json: reviewJsonSchema(), zod: reviewSchema };
}


/***/ }),

/***/ 5735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZR: () => (/* binding */ trackingSchema),
/* harmony export */   cF: () => (/* binding */ matchFindings),
/* harmony export */   sS: () => (/* binding */ trackFindings)
/* harmony export */ });
/* unused harmony export NEARBY_LINES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8992);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9793);



const trackingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    since: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable(),
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100),
        first_cycle: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
        state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['new', 'still_open']),
    })),
    fixed: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(100),
        first_cycle: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
        severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC),
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        line: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).nullable(),
        title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    })),
});
/** How far a re-reported finding may have moved and still be the same one. */
const NEARBY_LINES = 10;
const nearby = (a, b) => a.line === null || b.line === null ? a.line === b.line : Math.abs(a.line - b.line) <= NEARBY_LINES;
/**
 * The fingerprint: which of `findings` are the same as one of `others`, one to one (index in
 * `findings` → the matching finding of `others`). The same id first; failing that, the same file,
 * the same normalised title and a line within {@link NEARBY_LINES}. `sameIdSameFile` makes an id
 * match only in the same file: two reviewers (a second opinion) choose their ids apart, and the
 * same slug (`missing-test`) in two files is two findings.
 */
function matchFindings(findings, others, options = {}) {
    const open = new Map(others.map((f) => [f.id, f]));
    const matched = new Map();
    findings.forEach((finding, index) => {
        const same = open.get(finding.id);
        if (same && (!options.sameIdSameFile || same.file === finding.file)) {
            matched.set(index, same);
            open.delete(finding.id);
        }
    });
    findings.forEach((finding, index) => {
        if (matched.has(index))
            return;
        const title = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseTitle */ .B)(finding.title);
        const candidate = [...open.values()].find((p) => p.file === finding.file && (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseTitle */ .B)(p.title) === title && nearby(p, finding));
        if (!candidate)
            return;
        matched.set(index, candidate);
        open.delete(candidate.id);
    });
    return matched;
}
/**
 * Carries the previous cycle's open findings into this cycle's review. A finding is the same one
 * when {@link matchFindings} says so (a model that re-reports a problem after a fix commit often
 * renames it; the line moves with the code above it). A finding matched that way takes the
 * carried id, so the fingerprint stays stable for the fix phase, the inline comment and the next
 * cycle. Returns the review (ids carried) and its record.
 */
function trackFindings(review, cycle, previous) {
    if (!previous) {
        return {
            review,
            tracking: {
                since: null,
                findings: review.findings.map((f) => ({ id: f.id, first_cycle: cycle, state: 'new' })),
                fixed: [],
            },
        };
    }
    const firstCycle = new Map();
    for (const track of previous.tracking?.findings ?? [])
        firstCycle.set(track.id, track.first_cycle);
    const matched = matchFindings(review.findings, previous.review.findings);
    const reported = new Set([...matched.values()].map((f) => f.id));
    const open = previous.review.findings.filter((f) => !reported.has(f.id));
    const findings = review.findings.map((finding, index) => {
        const carried = matched.get(index);
        return carried ? { ...finding, id: carried.id } : finding;
    });
    const first = (id) => firstCycle.get(id) ?? previous.cycle;
    return {
        review: { ...review, findings },
        tracking: {
            since: previous.cycle,
            findings: findings.map((f, index) => matched.has(index)
                ? { id: f.id, first_cycle: first(f.id), state: 'still_open' }
                : { id: f.id, first_cycle: cycle, state: 'new' }),
            fixed: open.map((f) => ({
                id: f.id,
                first_cycle: first(f.id),
                severity: f.severity,
                file: f.file,
                line: f.line,
                title: f.title,
            })),
        },
    };
}


/***/ }),

/***/ 378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xf: () => (/* binding */ decideCycle),
/* harmony export */   YS: () => (/* binding */ latestReview),
/* harmony export */   pU: () => (/* binding */ headMarker),
/* harmony export */   vU: () => (/* binding */ reviewMarker),
/* harmony export */   w: () => (/* binding */ inlineReviewMarker),
/* harmony export */   xQ: () => (/* binding */ ANY_REVIEW_MARKER)
/* harmony export */ });
/* unused harmony export parseReviewComment */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
/* harmony import */ var _stored_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6968);


/**
 * Markers of the review comment. The first line is DESIGN §3's marker; the second records the head
 * commit the review is about, which decides whether a new run is a re-run or a new cycle.
 */
const reviewMarker = (cycle) => `<!-- codex-orchestrator:review cycle=${cycle} -->`;
const headMarker = (sha) => `<!-- codex-orchestrator:review-head sha=${sha} -->`;
/** Marker in the body of the PR review that carries the inline comments, so a re-run finds it. */
const inlineReviewMarker = (cycle, sha) => `<!-- codex-orchestrator:review-inline cycle=${cycle} sha=${sha} -->`;
const REVIEW_MARKER = /<!-- codex-orchestrator:review cycle=(\d+) -->/;
const HEAD_MARKER = /<!-- codex-orchestrator:review-head sha=([0-9a-f]{7,64}) -->/;
/** Matches the action's review comments of any cycle, for `listMarkedComments`. */
const ANY_REVIEW_MARKER = /<!-- codex-orchestrator:review cycle=\d+ -->/;
/**
 * Reads a review comment's cycle, head commit and review JSON; undefined when it is not one. With
 * a key, also undefined when its stored review does not authenticate for this pull request, the
 * comment's cycle and head (src/review/stored.ts): such a comment is not the action's, whoever
 * the author, and counts for nothing (not even its cycle).
 */
function parseReviewComment(comment, trust) {
    const body = comment.body;
    const marked = REVIEW_MARKER.exec(body)?.[1];
    if (marked === undefined)
        return undefined;
    const cycle = Number(marked);
    const headSha = HEAD_MARKER.exec(body)?.[1];
    const stored = (0,_stored_js__WEBPACK_IMPORTED_MODULE_1__/* .readStoredReview */ .ci)(body, (0,_stored_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewAuth */ .Xy)(trust.key, { repo: trust.repo, pr: trust.pr, cycle, headSha }));
    if (!stored.ok && trust.key) {
        _log_js__WEBPACK_IMPORTED_MODULE_0__.info(`Review comment ${comment.id} is ignored: its stored review ${stored.problem === 'unauthenticated' ? "does not authenticate under this job's key (written before the MAC, with another key, for another pull request or cycle, or not by the action)" : `is ${stored.problem}`}.`);
        return undefined;
    }
    if (!stored.ok)
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`Review comment ${comment.id} holds no stored review: ${stored.problem}.`);
    return {
        commentId: comment.id,
        body,
        cycle,
        headSha,
        review: stored.ok ? stored.review : undefined,
        tracking: stored.ok ? stored.tracking : undefined,
        opinions: stored.ok ? stored.opinions : undefined,
    };
}
/**
 * The newest review comment (highest cycle, then newest), optionally only among cycles before
 * `beforeCycle`. Pass only the action's own comments: a marker in anyone else's comment must be
 * ignored (DESIGN §3); with a key, so is a comment whose stored review does not authenticate.
 */
function latestReview(ownComments, trust, beforeCycle = Number.POSITIVE_INFINITY) {
    let latest;
    for (const comment of ownComments) {
        const parsed = parseReviewComment(comment, trust);
        if (parsed && parsed.cycle < beforeCycle && (!latest || parsed.cycle >= latest.cycle))
            latest = parsed;
    }
    return latest;
}
/**
 * The cycle rule: the first review is cycle 1; a review of the same head commit as the latest one
 * is a re-run of that cycle (its comment is updated); a new head commit starts cycle + 1 with a
 * new comment, so each cycle's review stays readable on the PR.
 */
function decideCycle(previous, headSha) {
    if (!previous)
        return { cycle: 1, rerun: false, comment: undefined };
    if (previous.headSha === headSha)
        return { cycle: previous.cycle, rerun: true, comment: { id: previous.commentId, body: previous.body } };
    return { cycle: previous.cycle + 1, rerun: false, comment: undefined };
}


/***/ }),

/***/ 6968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ encodeStoredReview),
/* harmony export */   Xy: () => (/* binding */ reviewAuth),
/* harmony export */   ci: () => (/* binding */ readStoredReview)
/* harmony export */ });
/* unused harmony export decodeStoredReview */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _review_opinions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3865);
/* harmony import */ var _review_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9793);
/* harmony import */ var _review_track_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5735);
/* harmony import */ var _safety_block_mac_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7953);





/**
 * The review JSON as the action stores it in its review comment, for the fix phase and the next
 * review to read back (DESIGN §3, §4): one hidden block,
 *
 *     <!-- codex-orchestrator:review-json hmac-sha256=<hex> <base64url of the JSON> -->
 *
 * The comment also shows the review JSON to people, in a collapsed ```json block (payloads.ts);
 * that copy is never read back: model text could imitate it. This block is the one that is read:
 *
 * - the JSON is base64url-encoded, so no text inside it (model text included) can close the
 *   comment or hold a second marker;
 * - model text is rendered with `renderModelMarkdown` (src/safety/markdown.ts), which cannot
 *   write `<!--`, so it cannot write this block at all;
 * - the block must be there exactly once (counting every `<!-- codex-orchestrator:review-json`
 *   opener, well formed or not), so an imitation that slipped in some other way makes the stored
 *   review absent rather than chosen. The marker's words without the comment opener (which model
 *   text can still write) are not counted: they would let the model hide the stored review;
 * - its MAC must verify: HMAC-SHA256 under the job's key (src/safety/block-mac.ts, from
 *   `session-key`, else the model key) over the JSON and what the review is about (repository,
 *   pull request, cycle, head commit). Every workflow of the repository posts as
 *   `github-actions[bot]` with the default token, so the comment's author alone does not make it
 *   the action's; an edit, a cut (a body truncated to GitHub's limit) or a block copied from
 *   another pull request or cycle leaves the review absent instead of half-read or replayed.
 *
 * A job without any key writes `sha256=<hex>` instead (a checksum: it catches a cut or an edit by
 * hand, not a forger) and reads either form; what it trusts is then the comment's author alone.
 * A job with a key reads only blocks whose MAC verifies: a checksummed block (written before the
 * MAC, or without a key) is not read.
 */
const PREFIX = 'codex-orchestrator:review-json';
/** Every opener of the block, well formed or not: what "exactly once" counts. */
const OPENER = /<!--\s*codex-orchestrator:review-json/gi;
const BLOCK = /<!-- codex-orchestrator:review-json (sha256|hmac-sha256)=([0-9a-f]{64}) ([A-Za-z0-9_-]+) -->/;
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
/** The job's key bound to one review comment; undefined when the job holds no key. */
function reviewAuth(key, binding) {
    return (key &&
        (0,_safety_block_mac_js__WEBPACK_IMPORTED_MODULE_4__/* .bindKey */ .Vi)(key, (0,_safety_block_mac_js__WEBPACK_IMPORTED_MODULE_4__/* .blockContext */ .lA)('review-json', binding.repo, {
            pr: binding.pr,
            cycle: binding.cycle,
            head: binding.headSha ?? 'none',
        })));
}
/**
 * The hidden block that stores `review`'s JSON in a comment body, with the cycle record of its
 * findings (src/review/track.ts) under the key `tracking` and who reviewed (src/review/opinions.ts)
 * under `opinions` when given; signed with `auth` when the job holds a key, else checksummed.
 */
function encodeStoredReview(review, tracking, auth, opinions) {
    const beside = {
        ...(tracking ? { tracking } : {}),
        ...(opinions && opinions.length > 0 ? { opinions } : {}),
    };
    const json = JSON.stringify({ ...review, ...beside });
    const tag = auth ? `hmac-sha256=${auth.sign(json)}` : `sha256=${sha256(json)}`;
    return `<!-- ${PREFIX} ${tag} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}
/**
 * Reads the review stored in a comment body by {@link encodeStoredReview}: only when the block is
 * there exactly once, it authenticates (its MAC verifies under `auth`; without a key, its
 * checksum matches) and its JSON is a valid review. Nothing else in the body (the visible ```json
 * block, a quoted copy of an older comment) is ever read.
 */
function readStoredReview(body, auth) {
    const count = body.match(OPENER)?.length ?? 0;
    if (count === 0)
        return { ok: false, problem: 'missing' };
    if (count > 1)
        return { ok: false, problem: 'repeated' };
    const block = BLOCK.exec(body);
    if (!block)
        return { ok: false, problem: 'malformed' };
    const [, kind, tag, encoded] = block;
    const json = Buffer.from(encoded, 'base64url').toString('utf8');
    if (auth) {
        if (kind !== 'hmac-sha256' || !auth.verify(json, tag))
            return { ok: false, problem: 'unauthenticated' };
    }
    else if (kind === 'sha256' && sha256(json) !== tag) {
        return { ok: false, problem: 'checksum' };
    }
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return { ok: false, problem: 'json' };
    }
    // The records are not part of the review JSON v1 (a strict schema): they are taken off first,
    // and a block written before one existed reads as a review without it.
    if (value === null || typeof value !== 'object')
        return { ok: false, problem: 'schema' };
    const { tracking: rawTracking, opinions: rawOpinions, ...rest } = value;
    const tracking = rawTracking === undefined ? undefined : _review_track_js__WEBPACK_IMPORTED_MODULE_3__/* .trackingSchema */ .ZR.safeParse(rawTracking);
    const opinions = rawOpinions === undefined ? undefined : _review_opinions_js__WEBPACK_IMPORTED_MODULE_1__/* .opinionsSchema */ .l_.safeParse(rawOpinions);
    if (tracking?.success === false || opinions?.success === false)
        return { ok: false, problem: 'schema' };
    const checked = (0,_review_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .validateReview */ .PO)(rest);
    return checked.ok
        ? { ok: true, review: checked.review, tracking: tracking?.data, opinions: opinions?.data }
        : { ok: false, problem: 'schema' };
}
/** The stored review of a comment body, or undefined (see {@link readStoredReview}). */
function decodeStoredReview(body, auth) {
    const stored = readStoredReview(body, auth);
    return stored.ok ? stored.review : undefined;
}


/***/ }),

/***/ 9950:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "49746de4bcd9cf6d9c97.json";

/***/ })

};
