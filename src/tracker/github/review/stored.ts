import { createHash } from 'node:crypto';
import { type Review, validateReview } from '../../../review/schema.js';
import { type Tracking, trackingSchema } from '../../../review/track.js';

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

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The hidden block that stores `review`'s JSON in a comment body, with the cycle record of its
 * findings (src/review/track.ts) under the key `tracking` when given.
 */
export function encodeStoredReview(review: Review, tracking?: Tracking): string {
  const json = JSON.stringify(tracking ? { ...review, tracking } : review);
  return `<!-- ${PREFIX} sha256=${sha256(json)} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}

/** Why a body holds no stored review (for a debug line; the review is then treated as absent). */
export type StoredReviewProblem = 'missing' | 'repeated' | 'malformed' | 'checksum' | 'json' | 'schema';

/** The stored review of a comment body, or why there is none. */
export type StoredReview =
  | { ok: true; review: Review; tracking: Tracking | undefined }
  | { ok: false; problem: StoredReviewProblem };

/**
 * Reads the review stored in a comment body by {@link encodeStoredReview}: only when the block is
 * there exactly once, its checksum matches and its JSON is a valid review. Nothing else in the
 * body (a ```json block, a quoted copy of an older comment) is ever read.
 */
export function readStoredReview(body: string): StoredReview {
  const count = body.match(OPENER)?.length ?? 0;
  if (count === 0) return { ok: false, problem: 'missing' };
  if (count > 1) return { ok: false, problem: 'repeated' };
  const block = BLOCK.exec(body);
  if (!block) return { ok: false, problem: 'malformed' };
  const [, checksum, encoded] = block as unknown as [string, string, string];
  const json = Buffer.from(encoded, 'base64url').toString('utf8');
  if (sha256(json) !== checksum) return { ok: false, problem: 'checksum' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'json' };
  }
  // The record is not part of the review JSON v1 (a strict schema): it is taken off first, and a
  // block written before it existed reads as a review without one.
  let tracking: Tracking | undefined;
  if (value !== null && typeof value === 'object' && 'tracking' in value) {
    const { tracking: raw, ...rest } = value as Record<string, unknown>;
    const parsed = trackingSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, problem: 'schema' };
    tracking = parsed.data;
    value = rest;
  }
  const checked = validateReview(value);
  return checked.ok ? { ok: true, review: checked.review, tracking } : { ok: false, problem: 'schema' };
}

/** The stored review of a comment body, or undefined (see {@link readStoredReview}). */
export function decodeStoredReview(body: string): Review | undefined {
  const stored = readStoredReview(body);
  return stored.ok ? stored.review : undefined;
}
