export const id = 232;
export const ids = [232];
export const modules = {

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ upsertCheckRun),
/* harmony export */   _U: () => (/* binding */ createCheckRun),
/* harmony export */   jg: () => (/* binding */ ANNOTATIONS_PER_REQUEST)
/* harmony export */ });
/* unused harmony export EXTERNAL_ID */
/** GitHub accepts at most 50 annotations per request; later requests append to the run. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for `output.summary` and `output.text`. */
const MAX_OUTPUT_CHARS = 65_535;
/** Tags our runs, so a workflow job that happens to have the same name is not taken for ours. */
const EXTERNAL_ID = 'codex-orchestrator';
/**
 * Creates the check run, or updates the one of that name on that commit (a re-run does not add a
 * second run). Annotations are sent in batches of 50; those the run already carries are not sent
 * again, because GitHub appends annotations and never replaces them.
 */
async function upsertCheckRun(client, repo, spec) {
    if (spec.status === 'completed' && !spec.conclusion) {
        throw new Error(`Check run '${spec.name}' is completed without a conclusion. Expected one of success, failure, neutral, cancelled, skipped, timed_out, action_required.`);
    }
    const existing = await findCheckRun(client, repo, spec.name, spec.headSha);
    let annotations = (spec.annotations ?? []).map(toApiAnnotation);
    if (existing && annotations.length > 0) {
        const present = new Set((await client.paginate(client.rest.checks.listAnnotations, {
            ...repo,
            check_run_id: existing.id,
            per_page: 100,
        })).map(annotationKey));
        annotations = annotations.filter((a) => !present.has(annotationKey(a)));
    }
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (batch) => ({
        title: spec.title,
        summary: limit(spec.summary),
        ...(spec.text !== undefined ? { text: limit(spec.text) } : {}),
        ...(batch && batch.length > 0 ? { annotations: batch } : {}),
    });
    const fields = {
        status: spec.status,
        ...(spec.conclusion ? { conclusion: spec.conclusion } : {}),
        ...(spec.status === 'completed' ? { completed_at: new Date().toISOString() } : {}),
        ...(spec.detailsUrl ? { details_url: spec.detailsUrl } : {}),
        external_id: EXTERNAL_ID,
    };
    let id;
    let htmlUrl;
    if (existing) {
        const { data } = await client.rest.checks.update({
            ...repo,
            check_run_id: existing.id,
            ...fields,
            output: output(batches[0]),
        });
        id = data.id;
        htmlUrl = data.html_url ?? existing.htmlUrl;
    }
    else {
        const { data } = await client.rest.checks.create({
            ...repo,
            name: spec.name,
            head_sha: spec.headSha,
            ...fields,
            output: output(batches[0]),
        });
        id = data.id;
        htmlUrl = data.html_url ?? '';
    }
    for (const batch of batches.slice(1)) {
        await client.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
    }
    return { id, htmlUrl };
}
/** The newest check run of that name on the commit that this action created. */
async function findCheckRun(client, repo, name, headSha) {
    const { data } = await client.rest.checks.listForRef({
        ...repo,
        ref: headSha,
        check_name: name,
        // `latest` keeps one run per name, which may be a workflow job's: look at all of them.
        filter: 'all',
        per_page: 100,
    });
    // Only runs this action created (a workflow job with the same name is someone else's); the newest.
    const run = data.check_runs
        .filter((r) => r.name === name && r.head_sha === headSha && r.external_id === EXTERNAL_ID)
        .sort((a, b) => b.id - a.id)[0];
    return run ? { id: run.id, htmlUrl: run.html_url ?? '' } : undefined;
}
function toApiAnnotation(a) {
    return {
        path: a.path,
        start_line: a.startLine,
        end_line: a.endLine ?? a.startLine,
        annotation_level: a.level,
        message: a.message,
        ...(a.title !== undefined ? { title: a.title } : {}),
        ...(a.rawDetails !== undefined ? { raw_details: a.rawDetails } : {}),
    };
}
function annotationKey(a) {
    return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message, a.title ?? null]);
}
function limit(text) {
    if (text.length <= MAX_OUTPUT_CHARS)
        return text;
    const note = '\n\n… (cut: GitHub allows 65 535 characters here)';
    return text.slice(0, MAX_OUTPUT_CHARS - note.length) + note;
}
/**
 * Creates the check run without looking for an existing one first (one request instead of two).
 * Only for the first review of a commit: the review comment is written before the check run, so
 * a commit without this cycle's comment has no check run of ours yet. Re-runs go through
 * `upsertCheckRun`, which finds the run by the `external_id` set here too.
 */
async function createCheckRun(client, repo, check) {
    const { data } = await client.rest.checks.create({
        ...repo,
        name: check.name,
        head_sha: check.headSha,
        status: check.status,
        conclusion: check.conclusion,
        completed_at: new Date().toISOString(),
        external_id: EXTERNAL_ID,
        output: {
            title: check.title,
            summary: check.summary,
            ...(check.text !== undefined ? { text: check.text } : {}),
            ...(check.annotations.length > 0 ? { annotations: check.annotations } : {}),
        },
    });
    return { id: data.id, htmlUrl: data.html_url ?? '' };
}


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ hunkContaining),
/* harmony export */   FS: () => (/* binding */ parseHunks),
/* harmony export */   xS: () => (/* binding */ countChanges)
/* harmony export */ });
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/**
 * The RIGHT-side line ranges of a unified-diff patch as GitHub returns it for one file
 * (`GET /pulls/{n}/files` → `patch`). GitHub accepts a review comment only on a line shown in the
 * diff, and a multi-line comment only within one hunk, so these ranges decide what goes inline.
 */
function parseHunks(patch) {
    if (!patch)
        return [];
    const ranges = [];
    for (const line of patch.split('\n')) {
        const match = HUNK_HEADER.exec(line);
        if (!match)
            continue;
        const start = Number(match[1]);
        const count = match[2] === undefined ? 1 : Number(match[2]);
        ranges.push({ start, end: start + count - 1 });
    }
    return ranges;
}
/** Counts the added and removed lines of a patch (for files whose counts the API did not give). */
function countChanges(patch) {
    let additions = 0;
    let deletions = 0;
    let inHunk = false;
    for (const line of patch.split('\n')) {
        if (HUNK_HEADER.test(line))
            inHunk = true;
        else if (!inHunk)
            continue;
        else if (line.startsWith('+'))
            additions++;
        else if (line.startsWith('-'))
            deletions++;
    }
    return { additions, deletions };
}
/**
 * Finds the hunk that contains the whole range `line..endLine` on the RIGHT side, or undefined
 * when the range is (partly) outside the diff and must be reported in the review body instead.
 */
function hunkContaining(ranges, line, endLine = line) {
    return ranges.find((range) => range.start <= line && endLine <= range.end);
}


/***/ }),

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $c: () => (/* binding */ CHECK_NAME),
  bv: () => (/* binding */ buildCheckPayload),
  SM: () => (/* binding */ buildCommentBody),
  r4: () => (/* binding */ buildReviewPayload),
  uI: () => (/* binding */ findingOfComment),
  ky: () => (/* binding */ placeFindings),
  Kj: () => (/* binding */ renderFinding)
});

// UNUSED EXPORTS: ANNOTATION_LEVEL, findingMarker

// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var safety_markdown = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/review/stored.ts
var stored = __webpack_require__(1029);
;// CONCATENATED MODULE: ./src/review/fit.ts

/**
 * The most of a review comment the stored review may take (GitHub allows 65,536 characters per
 * comment): the rest is for the markers, the verdict, the summary and the findings table.
 */
const MAX_STORED_REVIEW = 48_000;
/** The shortest a text of a stored review is clipped to. */
const MIN_TEXT = 120;
/**
 * The review to store in the comment. Whole when it fits; otherwise its long texts (finding
 * bodies, the summary, evidence) are clipped to the longest length that fits, and a suggestion
 * longer than that is dropped rather than cut (a cut suggestion is broken code that someone might
 * apply). Findings are dropped from the end only when even the shortest clip does not fit. The
 * result still validates (every clipped text keeps at least its first characters), so fix reads it
 * like any other; the full review is in the job summary and the `review` output.
 */
function fitStoredReview(review, max = MAX_STORED_REVIEW, tracking) {
    // The record follows the findings kept: a dropped finding leaves no entry behind.
    const encodeStoredReview = (r) => (0,stored/* encodeStoredReview */.Kk)(r, tracking && {
        ...tracking,
        findings: tracking.findings.filter((t) => r.findings.some((f) => f.id === t.id)),
    });
    const whole = encodeStoredReview(review);
    if (whole.length <= max)
        return { review, block: whole, trimmed: undefined };
    for (const findings of counts(review.findings.length)) {
        const at = (limit) => clipReview(review, limit, findings);
        if (encodeStoredReview(at(MIN_TEXT)).length > max)
            continue;
        let lo = MIN_TEXT;
        let hi = Math.max(MIN_TEXT, ...textsOf(review).map((t) => t.length));
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (encodeStoredReview(at(mid)).length <= max)
                lo = mid;
            else
                hi = mid - 1;
        }
        const fitted = at(lo);
        const dropped = review.findings
            .slice(0, findings)
            .filter((f, i) => f.suggestion !== null && fitted.findings[i].suggestion === null).length;
        return {
            review: fitted,
            block: encodeStoredReview(fitted),
            trimmed: {
                clippedTo: lo,
                droppedSuggestions: dropped,
                droppedFindings: review.findings.length - findings,
            },
        };
    }
    throw new RangeError(`The review cannot be stored in a comment even with its texts clipped to ${MIN_TEXT} characters.`);
}
/** The line a trimmed review's comment shows. */
function trimmedNote(trimmed) {
    const parts = [`texts clipped to ${trimmed.clippedTo.toLocaleString('en-US')} characters`];
    if (trimmed.droppedSuggestions > 0)
        parts.push(`${trimmed.droppedSuggestions} suggestion(s) left out`);
    if (trimmed.droppedFindings > 0)
        parts.push(`the last ${trimmed.droppedFindings} finding(s) left out`);
    return `> ✂️ The review was too long to store whole in this comment (${parts.join(', ')}); the fix phase reads the stored part. The full review is in this run's job summary and its events artifact.`;
}
/** How many findings to try to keep: all, then fewer (never none of a review that has some). */
function counts(total) {
    const out = [total];
    for (let n = Math.floor(total * 0.8); n >= 1 && n < out.at(-1); n = Math.floor(n * 0.8))
        out.push(n);
    if (total > 0 && out.at(-1) !== 1)
        out.push(1);
    return out;
}
function textsOf(review) {
    return [
        review.summary,
        review.blocked_reason ?? '',
        ...review.findings.flatMap((f) => [f.title, f.body, f.suggestion ?? '']),
        ...review.criteria.flatMap((c) => [c.criterion, c.evidence]),
    ];
}
const clip = (text, limit) => text.length > limit ? `${text.slice(0, limit).trimEnd() || text.slice(0, limit)}… [clipped]` : text;
function clipReview(review, limit, findings) {
    return {
        ...review,
        summary: clip(review.summary, limit),
        blocked_reason: review.blocked_reason === null ? null : clip(review.blocked_reason, limit),
        findings: review.findings.slice(0, findings).map((f) => ({
            ...f,
            title: clip(f.title, limit),
            body: clip(f.body, limit),
            suggestion: f.suggestion !== null && f.suggestion.length <= limit ? f.suggestion : null,
        })),
        criteria: review.criteria.map((c) => ({
            ...c,
            criterion: clip(c.criterion, limit),
            evidence: clip(c.evidence, limit),
        })),
    };
}

// EXTERNAL MODULE: ./src/review/patch.ts
var patch = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/review/previous.ts
var previous = __webpack_require__(203);
// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(746);
;// CONCATENATED MODULE: ./src/review/payloads.ts








/** The name of the check run that branch protection requires (the human gate: see "The human gate: branch rules" in the README). */
const CHECK_NAME = 'codex-orchestrator/review';
const ANNOTATION_LEVEL = {
    critical: 'failure',
    major: 'failure',
    minor: 'warning',
    nit: 'notice',
};
/**
 * The first review of a commit creates its check run in one request (createCheckRun), so at most
 * one request's worth of annotations.
 */
const MAX_ANNOTATIONS = checks/* ANNOTATIONS_PER_REQUEST */.jg;
const truncate = (text, max) => text.length <= max
    ? text
    : `${text.slice(0, max - 80)}\n\n… (truncated: ${text.length - max + 80} more characters)`;
/**
 * The review comment on the PR: markers, the rendered review, and the review JSON in the hidden
 * block that fix and the next review read back (DESIGN §3; src/review/stored.ts). The block is
 * the only copy of the JSON in the comment: model text never reaches it, and nothing else in the
 * comment is read. Within GitHub's limit: the stored review is trimmed when it alone would not
 * fit (and the comment says so), then the visible part is cut to what is left.
 */
function buildCommentBody(review, cycle, headSha, tracking) {
    const stored = fitStoredReview(review, undefined, tracking);
    const visible = [
        (0,previous/* reviewMarker */.vU)(cycle),
        (0,previous/* headMarker */.pU)(headSha),
        (0,render/* renderReview */.Fs)(review, { cycle, tracking }),
        `<sub>Reviewed commit ${headSha.slice(0, 12)}.</sub>`,
    ];
    if (stored.trimmed)
        visible.push(trimmedNote(stored.trimmed));
    return (0,limits/* fitBody */.KM)(visible.join('\n\n'), { max: limits/* MAX_COMMENT_BODY */.yc, hidden: stored.block });
}
/**
 * The hidden marker that ends each inline comment of the action: the finding's id, base64url so
 * that no id can close the comment. Model text cannot write `<!-- codex-orchestrator` (it is
 * rendered with renderModelMarkdown/renderModelCode), and only the action's own comments are read
 * back, so the marker names the finding the action posted there.
 */
const findingMarker = (id) => `<!-- codex-orchestrator:finding id=${Buffer.from(id, 'utf8').toString('base64url')} -->`;
const FINDING_MARKER = /<!-- codex-orchestrator:finding id=([A-Za-z0-9_-]+) -->/g;
/** The finding id an inline comment of the action carries; undefined unless exactly one marker is there. */
function findingOfComment(body) {
    const found = [...body.matchAll(FINDING_MARKER)];
    if (found.length !== 1)
        return undefined;
    return Buffer.from(found[0][1], 'base64url').toString('utf8');
}
/** A finding as markdown; the suggestion becomes a ```suggestion block when it is posted inline. */
function renderFinding(finding, inline) {
    // The id is model text too: in a code span it cannot render, but it could still write one of
    // the action's hidden markers (a second finding marker would hide this comment's finding).
    const id = (0,safety_markdown/* renderModelCode */.rk)(finding.id.replace(/[`\r\n]/g, ''));
    const lines = [
        `${render/* SEVERITY_ICON */._9[finding.severity]} **${finding.severity}: ${(0,safety_markdown/* renderModelLine */.G)(finding.title)}** (\`${id}\`)`,
    ];
    if (finding.body.trim())
        lines.push('', (0,safety_markdown/* renderModelMarkdown */.pX)(finding.body.trim()));
    if (finding.suggestion !== null) {
        const code = (0,safety_markdown/* renderModelCode */.rk)(finding.suggestion.replace(/\n$/, ''));
        const fence = (0,markdown/* fenceFor */.Lt)(code);
        lines.push('', `${fence}${inline ? 'suggestion' : ''}`, code, fence);
    }
    if (!inline)
        return (0,limits/* capMarkdown */.y3)(lines.join('\n'), limits/* MAX_COMMENT_BODY */.yc);
    const marker = findingMarker(finding.id);
    return `${(0,limits/* capMarkdown */.y3)(lines.join('\n'), limits/* MAX_COMMENT_BODY */.yc - marker.length - 2)}\n\n${marker}`;
}
/** Where each finding goes: inline (inside a hunk of the diff), or listed in the review body. */
function placeFindings(findings, hunks) {
    const inline = [];
    const outside = [];
    for (const finding of findings) {
        const ranges = hunks.get(finding.file);
        const hunk = ranges && finding.line !== null
            ? (0,patch/* hunkContaining */.Be)(ranges, finding.line, finding.end_line ?? finding.line)
            : undefined;
        (hunk ? inline : outside).push(finding);
    }
    return { inline, outside };
}
/**
 * The one PR review of this cycle: findings inside the diff as inline comments (multi-line when
 * end_line is set), the others listed in the body. Undefined when there is nothing to comment on:
 * the review comment and the check run already say `pass`.
 */
function buildReviewPayload(review, options) {
    if (review.findings.length === 0)
        return undefined;
    const placed = placeFindings(review.findings, options.hunks);
    const already = options.alreadyInline ?? new Set();
    const inline = placed.inline.filter((f) => !already.has(f.id));
    const { outside } = placed;
    const isNew = (f) => options.tracking?.findings.find((t) => t.id === f.id)?.state !== 'still_open';
    if (inline.length === 0 && !outside.some(isNew))
        return undefined;
    const comments = inline.map((finding) => {
        const comment = {
            path: finding.file,
            line: finding.end_line ?? finding.line,
            side: 'RIGHT',
            body: renderFinding(finding, true),
        };
        if (finding.end_line !== null && finding.end_line !== finding.line) {
            comment.start_line = finding.line;
            comment.start_side = 'RIGHT';
        }
        return comment;
    });
    const body = [
        (0,previous/* inlineReviewMarker */.w)(options.cycle, options.headSha),
        `**Codex review · cycle ${options.cycle}:** ${review.findings.length} finding(s), ${inline.length} inline${already.size > 0 ? ` (${already.size} more already commented on the same line)` : ''}.`,
    ];
    if (outside.length > 0) {
        body.push(`Findings outside the diff (${outside.length}):`, ...outside.map((f) => `- \`${(0,render/* findingLocation */.$R)(f)}\`\n\n${indent(renderFinding(f, false))}`));
    }
    return {
        commit_id: options.headSha,
        event: 'COMMENT',
        body: (0,limits/* capMarkdown */.y3)(body.join('\n\n'), limits/* MAX_COMMENT_BODY */.yc),
        comments,
    };
}
const indent = (text) => text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
/** The check run: success on pass, failure on changes_required, neutral with the reason on blocked. */
function buildCheckPayload(review, options) {
    const conclusion = review.status === 'pass' ? 'success' : review.status === 'changes_required' ? 'failure' : 'neutral';
    const counts = review.findings.length === 0 ? 'no findings' : `${review.findings.length} finding(s)`;
    const title = review.status === 'pass'
        ? `Pass (${counts}): ready for a human review`
        : review.status === 'changes_required'
            ? `Changes required (${counts})`
            : `Blocked: ${review.blocked_reason ?? 'no reason given'}`;
    const annotations = review.findings.slice(0, MAX_ANNOTATIONS).map((f) => ({
        path: f.file,
        start_line: f.line ?? 1,
        end_line: f.end_line ?? f.line ?? 1,
        annotation_level: ANNOTATION_LEVEL[f.severity],
        title: truncate(`${f.severity}: ${f.title}`, 255),
        message: truncate(f.body.trim() || f.title, 64_000),
    }));
    const more = review.findings.length > MAX_ANNOTATIONS
        ? `\n\n${review.findings.length - MAX_ANNOTATIONS} more finding(s) are in the review comment, not annotated.`
        : '';
    return {
        name: CHECK_NAME,
        headSha: options.headSha,
        status: 'completed',
        conclusion,
        title: truncate(title, 255),
        summary: (0,limits/* capMarkdown */.y3)(`${(0,safety_markdown/* renderModelMarkdown */.pX)(review.summary)}${more}`, limits/* MAX_CHECK_OUTPUT */.ck),
        text: (0,limits/* capMarkdown */.y3)(options.rendered, limits/* MAX_CHECK_OUTPUT */.ck),
        annotations,
    };
}


/***/ }),

/***/ 203:
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
/* harmony import */ var _stored_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1029);


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
/** Reads a review comment's cycle, head commit and review JSON; undefined when it is not one. */
function parseReviewComment(comment) {
    const body = comment.body;
    const cycle = REVIEW_MARKER.exec(body)?.[1];
    if (cycle === undefined)
        return undefined;
    const stored = (0,_stored_js__WEBPACK_IMPORTED_MODULE_1__/* .readStoredReview */ .ci)(body);
    if (!stored.ok)
        _log_js__WEBPACK_IMPORTED_MODULE_0__.debug(`Review comment ${comment.id} holds no stored review: ${stored.problem}.`);
    const review = stored.ok ? stored.review : undefined;
    const tracking = stored.ok ? stored.tracking : undefined;
    return {
        commentId: comment.id,
        body,
        cycle: Number(cycle),
        headSha: HEAD_MARKER.exec(body)?.[1],
        review,
        tracking,
    };
}
/**
 * The newest review comment (highest cycle, then newest), optionally only among cycles before
 * `beforeCycle`. Pass only the action's own comments: a marker in anyone else's comment must be
 * ignored (DESIGN §3).
 */
function latestReview(ownComments, beforeCycle = Number.POSITIVE_INFINITY) {
    let latest;
    for (const comment of ownComments) {
        const parsed = parseReviewComment(comment);
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

/***/ 746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ findingLocation),
/* harmony export */   Fs: () => (/* binding */ renderReview),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON)
/* harmony export */ });
/* unused harmony exports renderFindingsTable, renderFixed, renderCriteria */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1373);


const STATUS_LABEL = {
    pass: '✅ pass',
    changes_required: '🔁 changes required',
    blocked: '⛔ blocked',
};
const SEVERITY_ICON = {
    critical: '🔴',
    major: '🟠',
    minor: '🟡',
    nit: '⚪',
};
/**
 * `path:line` or `path:line-end` for a finding; the file alone when it has no line. The path is the
 * model's, shown inside a code span: backticks and line breaks are dropped so it cannot leave it.
 */
function findingLocation(finding) {
    const file = finding.file.replace(/[`\r\n]/g, '');
    if (finding.line === null)
        return file;
    const end = finding.end_line !== null && finding.end_line !== finding.line ? `-${finding.end_line}` : '';
    return `${file}:${finding.line}${end}`;
}
/** A finding's state as the table shows it: new this cycle, or still open since its first cycle. */
function stateCell(tracking, id) {
    const track = tracking.findings.find((t) => t.id === id);
    if (!track || track.state === 'new')
        return '🆕 new';
    return `still open (since cycle ${track.first_cycle})`;
}
/**
 * The findings as a table: severity, location, title, whether the finding is inline on the PR,
 * and (from the second cycle on) whether it is new or still open.
 */
function renderFindingsTable(findings, inline, tracking) {
    if (findings.length === 0)
        return '_No findings._';
    const states = tracking?.since != null;
    const columns = [
        '',
        'Severity',
        'Where',
        'Finding',
        ...(inline ? ['Inline'] : []),
        ...(states ? ['State'] : []),
    ];
    const header = `| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|`;
    const rows = findings.map((f) => {
        const cells = [
            SEVERITY_ICON[f.severity],
            f.severity,
            `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(findingLocation(f))}\``,
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelLine */ .G)(f.title)),
            ...(inline ? [inline.has(f.id) ? 'yes' : 'no'] : []),
            ...(states && tracking ? [stateCell(tracking, f.id)] : []),
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return [header, ...rows].join('\n');
}
/** The previous cycle's findings this cycle no longer reports. */
function renderFixed(fixed, since) {
    return [
        `#### Fixed since cycle ${since} (${fixed.length})`,
        fixed
            .map((f) => `- ✅ ${SEVERITY_ICON[f.severity]} \`${findingLocation({ ...f, end_line: null })}\` ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelLine */ .G)(f.title)} (first reported in cycle ${f.first_cycle})`)
            .join('\n'),
    ].join('\n\n');
}
/** The acceptance criteria as a checklist with the evidence. */
function renderCriteria(criteria) {
    if (criteria.length === 0)
        return '_No acceptance criteria were given for this pull request._';
    return criteria
        .map((c) => `- [${c.met ? 'x' : ' '}] ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelLine */ .G)(c.criterion)}${c.evidence ? ` — ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelLine */ .G)(c.evidence)}` : ''}`)
        .join('\n');
}
/** The review for people: verdict, summary, findings table, criteria (shared by the comment and the job summary). */
function renderReview(review, options) {
    const { tracking } = options;
    const parts = [
        `### Codex review · cycle ${options.cycle}: ${STATUS_LABEL[review.status]}`,
        (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelMarkdown */ .pX)(review.summary),
    ];
    if (review.status === 'blocked' && review.blocked_reason)
        parts.push(`**Blocked:** ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelLine */ .G)(review.blocked_reason)}`);
    parts.push(`#### Findings (${review.findings.length})`, renderFindingsTable(review.findings, options.inline, tracking));
    if (tracking?.since != null && tracking.fixed.length > 0)
        parts.push(renderFixed(tracking.fixed, tracking.since));
    parts.push('#### Acceptance criteria', renderCriteria(review.criteria));
    return parts.join('\n\n');
}


/***/ }),

/***/ 9793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ validateReview),
/* harmony export */   Zb: () => (/* binding */ reviewOutputSchema),
/* harmony export */   m: () => (/* binding */ validateReviewText),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony exports REVIEW_STATUSES, findingSchema, criterionSchema, reviewSchema, reviewJsonSchema */
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

/***/ 1029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ encodeStoredReview),
/* harmony export */   ci: () => (/* binding */ readStoredReview)
/* harmony export */ });
/* unused harmony export decodeStoredReview */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9793);
/* harmony import */ var _track_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5735);



/**
 * The review JSON as the action stores it in its review comment, for the fix phase and the next
 * review to read back (DESIGN §3, §4): one hidden block,
 *
 *     <!-- codex-orchestrator:review-json sha256=<hex> <base64url of the JSON> -->
 *
 * It used to be a ```json block, which the model's own summary could imitate: a summary holding a
 * ```json block was read back as the stored review, so a pull request that prompt-injected the
 * model could forge the verdict fix acts on. Now:
 *
 * - the JSON is base64url-encoded, so no text inside it (model text included) can close the
 *   comment or hold a second marker;
 * - model text is rendered with `renderModelMarkdown` (src/safety/markdown.ts), which cannot
 *   write `<!--`, so it cannot write this block at all;
 * - the block must be there exactly once (counting every `<!-- codex-orchestrator:review-json`
 *   opener, well formed or not), so an imitation that slipped in some other way makes the stored
 *   review absent rather than chosen. The marker's words without the comment opener (which model
 *   text can still write) are not counted: they would let the model hide the stored review;
 * - the checksum must match: an edit of the comment or a cut (a body truncated to GitHub's limit)
 *   leaves the review absent instead of half-read. It is not a signature: whoever can edit the
 *   action's comment can recompute it. The comment's author is checked where comments are listed.
 */
const PREFIX = 'codex-orchestrator:review-json';
/** Every opener of the block, well formed or not: what "exactly once" counts. */
const OPENER = /<!--\s*codex-orchestrator:review-json/gi;
const BLOCK = /<!-- codex-orchestrator:review-json sha256=([0-9a-f]{64}) ([A-Za-z0-9_-]+) -->/;
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
/**
 * The hidden block that stores `review`'s JSON in a comment body, with the cycle record of its
 * findings (src/review/track.ts) under the key `tracking` when given.
 */
function encodeStoredReview(review, tracking) {
    const json = JSON.stringify(tracking ? { ...review, tracking } : review);
    return `<!-- ${PREFIX} sha256=${sha256(json)} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}
/**
 * Reads the review stored in a comment body by {@link encodeStoredReview}: only when the block is
 * there exactly once, its checksum matches and its JSON is a valid review. Nothing else in the
 * body (a ```json block, a quoted copy of an older comment) is ever read.
 */
function readStoredReview(body) {
    const count = body.match(OPENER)?.length ?? 0;
    if (count === 0)
        return { ok: false, problem: 'missing' };
    if (count > 1)
        return { ok: false, problem: 'repeated' };
    const block = BLOCK.exec(body);
    if (!block)
        return { ok: false, problem: 'malformed' };
    const [, checksum, encoded] = block;
    const json = Buffer.from(encoded, 'base64url').toString('utf8');
    if (sha256(json) !== checksum)
        return { ok: false, problem: 'checksum' };
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return { ok: false, problem: 'json' };
    }
    // The record is not part of the review JSON v1 (a strict schema): it is taken off first, and a
    // block written before it existed reads as a review without one.
    let tracking;
    if (value !== null && typeof value === 'object' && 'tracking' in value) {
        const { tracking: raw, ...rest } = value;
        const parsed = _track_js__WEBPACK_IMPORTED_MODULE_2__/* .trackingSchema */ .ZR.safeParse(raw);
        if (!parsed.success)
            return { ok: false, problem: 'schema' };
        tracking = parsed.data;
        value = rest;
    }
    const checked = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .validateReview */ .PO)(value);
    return checked.ok ? { ok: true, review: checked.review, tracking } : { ok: false, problem: 'schema' };
}
/** The stored review of a comment body, or undefined (see {@link readStoredReview}). */
function decodeStoredReview(body) {
    const stored = readStoredReview(body);
    return stored.ok ? stored.review : undefined;
}


/***/ }),

/***/ 5735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZR: () => (/* binding */ trackingSchema),
/* harmony export */   sS: () => (/* binding */ trackFindings)
/* harmony export */ });
/* unused harmony exports NEARBY_LINES, normaliseTitle */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
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
/** A title compared loosely: case, punctuation and spacing do not make a finding new. */
const normaliseTitle = (title) => title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const nearby = (a, b) => a.line === null || b.line === null ? a.line === b.line : Math.abs(a.line - b.line) <= NEARBY_LINES;
/**
 * Carries the previous cycle's open findings into this cycle's review. A finding is the same one
 * when it keeps its id; failing that, when its file and normalised title are the previous one's and
 * its line is within {@link NEARBY_LINES} (a model that re-reports a problem after a fix commit
 * often renames it; the line moves with the code above it). A finding matched that way takes the
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
    const open = new Map(previous.review.findings.map((f) => [f.id, f]));
    const matched = new Map();
    review.findings.forEach((finding, index) => {
        const same = open.get(finding.id);
        if (same) {
            matched.set(index, same);
            open.delete(finding.id);
        }
    });
    review.findings.forEach((finding, index) => {
        if (matched.has(index))
            return;
        const title = normaliseTitle(finding.title);
        const candidate = [...open.values()].find((p) => p.file === finding.file && normaliseTitle(p.title) === title && nearby(p, finding));
        if (!candidate)
            return;
        matched.set(index, candidate);
        open.delete(candidate.id);
    });
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
            fixed: [...open.values()].map((f) => ({
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

/***/ 9950:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "49746de4bcd9cf6d9c97.json";

/***/ })

};
