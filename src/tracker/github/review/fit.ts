import type { Opinion } from '../../../review/opinions.js';
import type { Review } from '../../../review/schema.js';
import type { Tracking } from '../../../review/track.js';
import type { BoundKey } from '../../../safety/block-mac.js';
import { encodeStoredReview as encodeBlock } from './stored.js';

/**
 * The most of a review comment the stored review may take (GitHub allows 65,536 characters per
 * comment): the rest is for the markers, the verdict, the summary and the findings table.
 */
export const MAX_STORED_REVIEW = 48_000;

/** The shortest a text of a stored review is clipped to. */
const MIN_TEXT = 120;

/** A review as stored, and what was left out of it to fit. */
export interface FittedReview {
  review: Review;
  /** The hidden block (encodeStoredReview of `review`). */
  block: string;
  /** Undefined when the review is stored whole. */
  trimmed: { clippedTo: number; droppedSuggestions: number; droppedFindings: number } | undefined;
}

/**
 * The review to store in the comment. Whole when it fits; otherwise its long texts (finding
 * bodies, the summary, evidence) are clipped to the longest length that fits, and a suggestion
 * longer than that is dropped rather than cut (a cut suggestion is broken code that someone might
 * apply). Findings are dropped from the end only when even the shortest clip does not fit. The
 * result still validates (every clipped text keeps at least its first characters), so fix reads it
 * like any other; the full review is in the job summary and the `review` output.
 */
export function fitStoredReview(
  review: Review,
  max = MAX_STORED_REVIEW,
  tracking?: Tracking,
  auth?: BoundKey,
  opinions?: readonly Opinion[],
): FittedReview {
  // The records follow the findings kept: a dropped finding leaves no entry behind.
  const kept = (r: Review, id: string) => r.findings.some((f) => f.id === id);
  const encodeStoredReview = (r: Review) =>
    encodeBlock(
      r,
      tracking && { ...tracking, findings: tracking.findings.filter((t) => kept(r, t.id)) },
      auth,
      opinions?.map((o) => ({ ...o, findings: o.findings.filter((id) => kept(r, id)) })),
    );
  const whole = encodeStoredReview(review);
  if (whole.length <= max) return { review, block: whole, trimmed: undefined };
  for (const findings of counts(review.findings.length)) {
    const at = (limit: number) => clipReview(review, limit, findings);
    if (encodeStoredReview(at(MIN_TEXT)).length > max) continue;
    let lo = MIN_TEXT;
    let hi = Math.max(MIN_TEXT, ...textsOf(review).map((t) => t.length));
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (encodeStoredReview(at(mid)).length <= max) lo = mid;
      else hi = mid - 1;
    }
    const fitted = at(lo);
    const dropped = review.findings
      .slice(0, findings)
      .filter((f, i) => f.suggestion !== null && fitted.findings[i]!.suggestion === null).length;
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
  throw new RangeError(
    `The review cannot be stored in a comment even with its texts clipped to ${MIN_TEXT} characters.`,
  );
}

/** The line a trimmed review's comment shows. */
export function trimmedNote(trimmed: NonNullable<FittedReview['trimmed']>): string {
  const parts = [`texts clipped to ${trimmed.clippedTo.toLocaleString('en-US')} characters`];
  if (trimmed.droppedSuggestions > 0) parts.push(`${trimmed.droppedSuggestions} suggestion(s) left out`);
  if (trimmed.droppedFindings > 0) parts.push(`the last ${trimmed.droppedFindings} finding(s) left out`);
  return `> ✂️ The review was too long to store whole in this comment (${parts.join(', ')}); the fix phase reads the stored part. The full review is in this run's job summary and its events artifact.`;
}

/** How many findings to try to keep: all, then fewer (never none of a review that has some). */
function counts(total: number): number[] {
  const out = [total];
  for (let n = Math.floor(total * 0.8); n >= 1 && n < out.at(-1)!; n = Math.floor(n * 0.8)) out.push(n);
  if (total > 0 && out.at(-1) !== 1) out.push(1);
  return out;
}

function textsOf(review: Review): string[] {
  return [
    review.summary,
    review.blocked_reason ?? '',
    ...review.findings.flatMap((f) => [f.title, f.body, f.suggestion ?? '']),
    ...review.criteria.flatMap((c) => [c.criterion, c.evidence]),
  ];
}

const clip = (text: string, limit: number) =>
  text.length > limit ? `${text.slice(0, limit).trimEnd() || text.slice(0, limit)}… [clipped]` : text;

function clipReview(review: Review, limit: number, findings: number): Review {
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
