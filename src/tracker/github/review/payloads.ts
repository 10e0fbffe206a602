import {
  ANNOTATIONS_PER_REQUEST,
  type Annotation,
  type AnnotationLevel,
  type CheckPayload,
} from '../../../github/checks.js';
import type { InlineComment, ReviewPayload } from '../../../github/pulls.js';
import { capMarkdown, fitBody, MAX_CHECK_OUTPUT, MAX_COMMENT_BODY } from '../../../report/limits.js';
import { fenceFor } from '../../../report/markdown.js';
import { type Opinion, reviewersLabel, runtimeLabel } from '../../../review/opinions.js';
import { type HunkRange, hunkContaining } from '../../../review/patch.js';
import { findingLocation, isSecondOpinion, renderReview, SEVERITY_ICON } from '../../../review/render.js';
import type { Finding, Review, Severity } from '../../../review/schema.js';
import type { Tracking } from '../../../review/track.js';
import type { BoundKey } from '../../../safety/block-mac.js';
import { renderModelCode, renderModelLine, renderModelMarkdown } from '../../../safety/markdown.js';
import { fitStoredReview, trimmedNote } from './fit.js';
import { headMarker, inlineReviewMarker, reviewMarker } from './previous.js';

/** The name of the check run that branch protection requires (the human gate: see "The human gate: branch rules" in the README). */
export const CHECK_NAME = 'codex-orchestrator/review';

export const ANNOTATION_LEVEL: Record<Severity, AnnotationLevel> = {
  critical: 'failure',
  major: 'failure',
  minor: 'warning',
  nit: 'notice',
};

/**
 * The first review of a commit creates its check run in one request (createCheckRun), so at most
 * one request's worth of annotations.
 */
const MAX_ANNOTATIONS = ANNOTATIONS_PER_REQUEST;

const truncate = (text: string, max: number) =>
  text.length <= max
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
export function buildCommentBody(
  review: Review,
  options: {
    cycle: number;
    headSha: string;
    tracking?: Tracking;
    /** Who reviewed (src/review/opinions.ts): named in the heading, stored beside the review JSON. */
    opinions?: readonly Opinion[];
    /** The job's key bound to this comment (reviewAuth); undefined when the job holds none. */
    auth: BoundKey | undefined;
  },
): string {
  const { cycle, headSha, tracking, opinions } = options;
  const stored = fitStoredReview(review, undefined, tracking, options.auth, opinions);
  const visible = [
    reviewMarker(cycle),
    headMarker(headSha),
    renderReview(review, { cycle, tracking, opinions }),
    `<sub>Reviewed commit ${headSha.slice(0, 12)}.</sub>`,
  ];
  if (stored.trimmed) visible.push(trimmedNote(stored.trimmed));
  const json = reviewJsonBlock(review);
  const whole = [...visible, json].join('\n\n');
  if (whole.length + 2 + stored.block.length <= MAX_COMMENT_BODY) return `${whole}\n\n${stored.block}`;
  visible.push(
    `<sub>The review JSON (${json.length.toLocaleString('en-US')} characters) does not fit in this comment: it is in this run's \`review\` output and job summary.</sub>`,
  );
  return fitBody(visible.join('\n\n'), { max: MAX_COMMENT_BODY, hidden: stored.block });
}

/**
 * The review JSON as people and tools read it: exactly the schema's fields (DESIGN §4), indented,
 * in a collapsed ```json block. Model text is inside, so nothing in it may leave the block: JSON
 * writes no raw line break (every line is JSON punctuation, a key or a whole string), every `<` is
 * written `\u003c` (still the same JSON value), so the text cannot close the `<details>`, open an
 * HTML comment or write one of the action's markers, and the fence is longer than any run of
 * backticks in it. Never read back (src/review/stored.ts).
 */
export function reviewJsonBlock(review: Review): string {
  const { status, summary, findings, criteria, blocked_reason } = review;
  const json = JSON.stringify({ status, summary, findings, criteria, blocked_reason }, null, 2).replace(
    /</g,
    '\\u003c',
  );
  const fence = fenceFor(json);
  return ['<details><summary>Review JSON</summary>', '', `${fence}json`, json, fence, '', '</details>'].join(
    '\n',
  );
}

/**
 * The hidden marker that ends each inline comment of the action: the finding's id, base64url so
 * that no id can close the comment. Model text cannot write `<!-- codex-orchestrator` (it is
 * rendered with renderModelMarkdown/renderModelCode), and only the action's own comments are read
 * back, so the marker names the finding the action posted there.
 */
export const findingMarker = (id: string): string =>
  `<!-- codex-orchestrator:finding id=${Buffer.from(id, 'utf8').toString('base64url')} -->`;

const FINDING_MARKER = /<!-- codex-orchestrator:finding id=([A-Za-z0-9_-]+) -->/g;

/** The finding id an inline comment of the action carries; undefined unless exactly one marker is there. */
export function findingOfComment(body: string): string | undefined {
  const found = [...body.matchAll(FINDING_MARKER)];
  if (found.length !== 1) return undefined;
  return Buffer.from(found[0]![1]!, 'base64url').toString('utf8');
}

/**
 * A finding as markdown; the suggestion becomes a ```suggestion block when it is posted inline.
 * In a second opinion, a line says who found it ("Found by both reviewers: Codex and Claude.").
 */
export function renderFinding(finding: Finding, inline: boolean, opinions?: readonly Opinion[]): string {
  // The id is model text too: in a code span it cannot render, but it could still write one of
  // the action's hidden markers (a second finding marker would hide this comment's finding).
  const id = renderModelCode(finding.id.replace(/[`\r\n]/g, ''));
  const lines = [
    `${SEVERITY_ICON[finding.severity]} **${finding.severity}: ${renderModelLine(finding.title)}** (\`${id}\`)`,
  ];
  if (isSecondOpinion(opinions)) lines.push('', foundByLine(opinions, finding.id));
  if (finding.body.trim()) lines.push('', renderModelMarkdown(finding.body.trim()));
  if (finding.suggestion !== null) {
    const code = renderModelCode(finding.suggestion.replace(/\n$/, ''));
    const fence = fenceFor(code);
    lines.push('', `${fence}${inline ? 'suggestion' : ''}`, code, fence);
  }
  if (!inline) return capMarkdown(lines.join('\n'), MAX_COMMENT_BODY);
  const marker = findingMarker(finding.id);
  return `${capMarkdown(lines.join('\n'), MAX_COMMENT_BODY - marker.length - 2)}\n\n${marker}`;
}

/** Who found a finding of a second opinion, as a sentence under its title. */
export function foundByLine(opinions: readonly Opinion[], id: string): string {
  const by = opinions.filter((o) => o.findings.includes(id)).map((o) => runtimeLabel(o.runtime));
  const names = by.length > 1 ? `${by.slice(0, -1).join(', ')} and ${by.at(-1)}` : (by[0] ?? 'no reviewer');
  if (by.length === opinions.length)
    return `_Found by ${by.length === 2 ? 'both' : 'all'} reviewers: ${names}._`;
  return `_Found by ${names} only._`;
}

/** Where each finding goes: inline (inside a hunk of the diff), or listed in the review body. */
export function placeFindings(
  findings: readonly Finding[],
  hunks: ReadonlyMap<string, readonly HunkRange[]>,
): { inline: Finding[]; outside: Finding[] } {
  const inline: Finding[] = [];
  const outside: Finding[] = [];
  for (const finding of findings) {
    const ranges = hunks.get(finding.file);
    const hunk =
      ranges && finding.line !== null
        ? hunkContaining(ranges, finding.line, finding.end_line ?? finding.line)
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
export function buildReviewPayload(
  review: Review,
  options: {
    cycle: number;
    headSha: string;
    hunks: ReadonlyMap<string, readonly HunkRange[]>;
    /**
     * Ids of inline findings whose comment is already on the PR at the same line (src/review/
     * inline.ts): not posted again. A PR review with no new inline comment and no finding new
     * this cycle would only repeat the review comment, so there is none.
     */
    alreadyInline?: ReadonlySet<string>;
    tracking?: Tracking;
    /** Who reviewed: named in the body; in a second opinion each comment says who found it. */
    opinions?: readonly Opinion[];
  },
): ReviewPayload | undefined {
  const { opinions } = options;
  if (review.findings.length === 0) return undefined;
  const placed = placeFindings(review.findings, options.hunks);
  const already = options.alreadyInline ?? new Set<string>();
  const inline = placed.inline.filter((f) => !already.has(f.id));
  const { outside } = placed;
  const isNew = (f: Finding) => options.tracking?.findings.find((t) => t.id === f.id)?.state !== 'still_open';
  if (inline.length === 0 && !outside.some(isNew)) return undefined;
  const comments = inline.map((finding): InlineComment => {
    const comment: InlineComment = {
      path: finding.file,
      line: finding.end_line ?? finding.line!,
      side: 'RIGHT',
      body: renderFinding(finding, true, opinions),
    };
    if (finding.end_line !== null && finding.end_line !== finding.line) {
      comment.start_line = finding.line!;
      comment.start_side = 'RIGHT';
    }
    return comment;
  });
  const body = [
    inlineReviewMarker(options.cycle, options.headSha),
    `**${reviewersLabel(opinions)} review · cycle ${options.cycle}:** ${review.findings.length} finding(s), ${inline.length} inline${already.size > 0 ? ` (${already.size} more already commented on the same line)` : ''}.`,
  ];
  if (outside.length > 0) {
    body.push(
      `Findings outside the diff (${outside.length}):`,
      ...outside.map((f) => `- \`${findingLocation(f)}\`\n\n${indent(renderFinding(f, false, opinions))}`),
    );
  }
  return {
    commit_id: options.headSha,
    event: 'COMMENT',
    body: capMarkdown(body.join('\n\n'), MAX_COMMENT_BODY),
    comments,
  };
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');

/** The check run: success on pass, failure on changes_required, neutral with the reason on blocked. */
export function buildCheckPayload(
  review: Review,
  options: { cycle: number; headSha: string; rendered: string },
): CheckPayload {
  const conclusion =
    review.status === 'pass' ? 'success' : review.status === 'changes_required' ? 'failure' : 'neutral';
  const counts = review.findings.length === 0 ? 'no findings' : `${review.findings.length} finding(s)`;
  const title =
    review.status === 'pass'
      ? `Pass (${counts}): ready for a human review`
      : review.status === 'changes_required'
        ? `Changes required (${counts})`
        : `Blocked: ${review.blocked_reason ?? 'no reason given'}`;
  const annotations = review.findings.slice(0, MAX_ANNOTATIONS).map(
    (f): Annotation => ({
      path: f.file,
      start_line: f.line ?? 1,
      end_line: f.end_line ?? f.line ?? 1,
      annotation_level: ANNOTATION_LEVEL[f.severity],
      title: truncate(`${f.severity}: ${f.title}`, 255),
      message: truncate(f.body.trim() || f.title, 64_000),
    }),
  );
  const more =
    review.findings.length > MAX_ANNOTATIONS
      ? `\n\n${review.findings.length - MAX_ANNOTATIONS} more finding(s) are in the review comment, not annotated.`
      : '';
  return {
    name: CHECK_NAME,
    headSha: options.headSha,
    status: 'completed',
    conclusion,
    title: truncate(title, 255),
    summary: capMarkdown(`${renderModelMarkdown(review.summary)}${more}`, MAX_CHECK_OUTPUT),
    text: capMarkdown(options.rendered, MAX_CHECK_OUTPUT),
    annotations,
  };
}
