export const id = 809;
export const ids = [809];
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

/***/ 746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ findingLocation),
/* harmony export */   BD: () => (/* binding */ formatCost),
/* harmony export */   Fs: () => (/* binding */ renderReview),
/* harmony export */   HT: () => (/* binding */ isSecondOpinion),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON)
/* harmony export */ });
/* unused harmony exports renderFindingsTable, renderFixed, renderCriteria, renderOpinions */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1373);
/* harmony import */ var _opinions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3865);



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
/** True when more than one reviewer answered: a second opinion, shown as such. */
const isSecondOpinion = (opinions) => (opinions?.length ?? 0) > 1;
/**
 * The findings as a table: severity, location, title, whether the finding is inline on the PR,
 * (from the second cycle on) whether it is new or still open, and (a second opinion) who found it.
 */
function renderFindingsTable(findings, inline, tracking, opinions) {
    if (findings.length === 0)
        return '_No findings._';
    const states = tracking?.since != null;
    const by = isSecondOpinion(opinions) ? opinions : undefined;
    const columns = [
        '',
        'Severity',
        'Where',
        'Finding',
        ...(by ? ['Found by'] : []),
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
            ...(by ? [(0,_opinions_js__WEBPACK_IMPORTED_MODULE_2__/* .foundByLabel */ .If)(by, f.id)] : []),
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
/** A cost for people: small ones with four decimals, an unknown one never as $0. */
function formatCost(costUsd) {
    if (costUsd === null)
        return 'unknown (unpriced model)';
    return `$${costUsd > 0 && costUsd < 0.01 ? costUsd.toFixed(4) : costUsd.toFixed(2)}`;
}
const OPINION_LABEL = {
    ...STATUS_LABEL,
    invalid: '⛔ invalid answer (twice)',
};
/** Each reviewer of a second opinion: its model, its own verdict, how many findings, its cost. */
function renderOpinions(opinions) {
    const rows = opinions.map((o) => `| ${(0,_opinions_js__WEBPACK_IMPORTED_MODULE_2__/* .runtimeLabel */ .T6)(o.runtime)} | ${o.model ? `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(o.model.replace(/`/g, ''))}\`` : '—'} | ${OPINION_LABEL[o.status]} | ${o.findings.length} | ${(o.input_tokens + o.output_tokens).toLocaleString('en-US')} | ${formatCost(o.cost_usd)} |`);
    const known = opinions.every((o) => o.cost_usd !== null);
    const total = opinions.reduce((n, o) => n + (o.cost_usd ?? 0), 0);
    return [
        '| Reviewer | Model | Its verdict | Findings | Tokens | Cost |',
        '|---|---|---|---|---|---|',
        ...rows,
        '',
        `The stricter verdict counts; a finding both reported is one finding, marked "both". Cost of the review: ${known ? formatCost(total) : `unknown (${formatCost(total)} priced)`}.`,
    ].join('\n');
}
/** The review for people: verdict, summary, findings table, criteria (shared by the comment and the job summary). */
function renderReview(review, options) {
    const { tracking, opinions } = options;
    const parts = [
        `### ${(0,_opinions_js__WEBPACK_IMPORTED_MODULE_2__/* .reviewersLabel */ .RD)(opinions)} review · cycle ${options.cycle}: ${STATUS_LABEL[review.status]}`,
        (0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelMarkdown */ .pX)(review.summary),
    ];
    if (review.status === 'blocked' && review.blocked_reason)
        parts.push(`**Blocked:** ${(0,_safety_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderModelLine */ .G)(review.blocked_reason)}`);
    if (isSecondOpinion(opinions))
        parts.push('#### Second opinion', renderOpinions(opinions));
    parts.push(`#### Findings (${review.findings.length})`, renderFindingsTable(review.findings, options.inline, tracking, opinions));
    if (tracking?.since != null && tracking.fixed.length > 0)
        parts.push(renderFixed(tracking.fixed, tracking.since));
    parts.push('#### Acceptance criteria', renderCriteria(review.criteria));
    return parts.join('\n\n');
}


/***/ }),

/***/ 1809:
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

// UNUSED EXPORTS: ANNOTATION_LEVEL, findingMarker, foundByLine, reviewJsonBlock

// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/review/opinions.ts
var review_opinions = __webpack_require__(3865);
// EXTERNAL MODULE: ./src/review/patch.ts
var patch = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/review/render.ts
var render = __webpack_require__(746);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var safety_markdown = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/tracker/github/review/stored.ts
var stored = __webpack_require__(6968);
;// CONCATENATED MODULE: ./src/tracker/github/review/fit.ts

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
function fitStoredReview(review, max = MAX_STORED_REVIEW, tracking, auth, opinions) {
    // The records follow the findings kept: a dropped finding leaves no entry behind.
    const kept = (r, id) => r.findings.some((f) => f.id === id);
    const encodeStoredReview = (r) => (0,stored/* encodeStoredReview */.Kk)(r, tracking && { ...tracking, findings: tracking.findings.filter((t) => kept(r, t.id)) }, auth, opinions?.map((o) => ({ ...o, findings: o.findings.filter((id) => kept(r, id)) })));
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

// EXTERNAL MODULE: ./src/tracker/github/review/previous.ts
var previous = __webpack_require__(378);
;// CONCATENATED MODULE: ./src/tracker/github/review/payloads.ts









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
 * The review comment on the PR: markers, the rendered review, the review JSON for people and tools
 * in a collapsed ```json block, and the authenticated copy in the hidden block that fix and the
 * next review read back (DESIGN §3; src/review/stored.ts). Only the hidden block is ever read: the
 * visible copy holds model text that could imitate anything. Within GitHub's limit: the stored
 * review is trimmed when it alone would not fit (and the comment says so); the visible JSON is
 * shown whole or not at all (a line says where it is instead); the rendered review is then cut to
 * what is left.
 */
function buildCommentBody(review, options) {
    const { cycle, headSha, tracking, opinions } = options;
    const stored = fitStoredReview(review, undefined, tracking, options.auth, opinions);
    const visible = [
        (0,previous/* reviewMarker */.vU)(cycle),
        (0,previous/* headMarker */.pU)(headSha),
        (0,render/* renderReview */.Fs)(review, { cycle, tracking, opinions }),
        `<sub>Reviewed commit ${headSha.slice(0, 12)}.</sub>`,
    ];
    if (stored.trimmed)
        visible.push(trimmedNote(stored.trimmed));
    const json = reviewJsonBlock(review);
    const whole = [...visible, json].join('\n\n');
    if (whole.length + 2 + stored.block.length <= limits/* MAX_COMMENT_BODY */.yc)
        return `${whole}\n\n${stored.block}`;
    visible.push(`<sub>The review JSON (${json.length.toLocaleString('en-US')} characters) does not fit in this comment: it is in this run's \`review\` output and job summary.</sub>`);
    return (0,limits/* fitBody */.KM)(visible.join('\n\n'), { max: limits/* MAX_COMMENT_BODY */.yc, hidden: stored.block });
}
/**
 * The review JSON as people and tools read it: exactly the schema's fields (DESIGN §4), indented,
 * in a collapsed ```json block. Model text is inside, so nothing in it may leave the block: JSON
 * writes no raw line break (every line is JSON punctuation, a key or a whole string), every `<` is
 * written `\u003c` (still the same JSON value), so the text cannot close the `<details>`, open an
 * HTML comment or write one of the action's markers, and the fence is longer than any run of
 * backticks in it. Never read back (src/review/stored.ts).
 */
function reviewJsonBlock(review) {
    const { status, summary, findings, criteria, blocked_reason } = review;
    const json = JSON.stringify({ status, summary, findings, criteria, blocked_reason }, null, 2).replace(/</g, '\\u003c');
    const fence = (0,markdown/* fenceFor */.Lt)(json);
    return ['<details><summary>Review JSON</summary>', '', `${fence}json`, json, fence, '', '</details>'].join('\n');
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
/**
 * A finding as markdown; the suggestion becomes a ```suggestion block when it is posted inline.
 * In a second opinion, a line says who found it ("Found by both reviewers: Codex and Claude.").
 */
function renderFinding(finding, inline, opinions) {
    // The id is model text too: in a code span it cannot render, but it could still write one of
    // the action's hidden markers (a second finding marker would hide this comment's finding).
    const id = (0,safety_markdown/* renderModelCode */.rk)(finding.id.replace(/[`\r\n]/g, ''));
    const lines = [
        `${render/* SEVERITY_ICON */._9[finding.severity]} **${finding.severity}: ${(0,safety_markdown/* renderModelLine */.G)(finding.title)}** (\`${id}\`)`,
    ];
    if ((0,render/* isSecondOpinion */.HT)(opinions))
        lines.push('', foundByLine(opinions, finding.id));
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
/** Who found a finding of a second opinion, as a sentence under its title. */
function foundByLine(opinions, id) {
    const by = opinions.filter((o) => o.findings.includes(id)).map((o) => (0,review_opinions/* runtimeLabel */.T6)(o.runtime));
    const names = by.length > 1 ? `${by.slice(0, -1).join(', ')} and ${by.at(-1)}` : (by[0] ?? 'no reviewer');
    if (by.length === opinions.length)
        return `_Found by ${by.length === 2 ? 'both' : 'all'} reviewers: ${names}._`;
    return `_Found by ${names} only._`;
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
    const { opinions } = options;
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
            body: renderFinding(finding, true, opinions),
        };
        if (finding.end_line !== null && finding.end_line !== finding.line) {
            comment.start_line = finding.line;
            comment.start_side = 'RIGHT';
        }
        return comment;
    });
    const body = [
        (0,previous/* inlineReviewMarker */.w)(options.cycle, options.headSha),
        `**${(0,review_opinions/* reviewersLabel */.RD)(opinions)} review · cycle ${options.cycle}:** ${review.findings.length} finding(s), ${inline.length} inline${already.size > 0 ? ` (${already.size} more already commented on the same line)` : ''}.`,
    ];
    if (outside.length > 0) {
        body.push(`Findings outside the diff (${outside.length}):`, ...outside.map((f) => `- \`${(0,render/* findingLocation */.$R)(f)}\`\n\n${indent(renderFinding(f, false, opinions))}`));
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


/***/ })

};
