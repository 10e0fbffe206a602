import { createHash } from 'node:crypto';
import type { RepoRef } from '../../../github/client.js';
import { type Opinion, opinionsSchema } from '../../../review/opinions.js';
import { type Review, validateReview } from '../../../review/schema.js';
import { type Tracking, trackingSchema } from '../../../review/track.js';
import { type BlockKey, type BoundKey, bindKey, blockContext } from '../../../safety/block-mac.js';

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

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What a stored review is about: the context its MAC covers. */
export interface ReviewBinding {
  repo: RepoRef;
  pr: number;
  cycle: number;
  /** The reviewed head commit (its review-head marker). */
  headSha: string | undefined;
}

/** The job's key bound to one review comment; undefined when the job holds no key. */
export function reviewAuth(key: BlockKey | undefined, binding: ReviewBinding): BoundKey | undefined {
  return (
    key &&
    bindKey(
      key,
      blockContext('review-json', binding.repo, {
        pr: binding.pr,
        cycle: binding.cycle,
        head: binding.headSha ?? 'none',
      }),
    )
  );
}

/**
 * The hidden block that stores `review`'s JSON in a comment body, with the cycle record of its
 * findings (src/review/track.ts) under the key `tracking` and who reviewed (src/review/opinions.ts)
 * under `opinions` when given; signed with `auth` when the job holds a key, else checksummed.
 */
export function encodeStoredReview(
  review: Review,
  tracking?: Tracking,
  auth?: BoundKey,
  opinions?: readonly Opinion[],
): string {
  const beside = {
    ...(tracking ? { tracking } : {}),
    ...(opinions && opinions.length > 0 ? { opinions } : {}),
  };
  const json = JSON.stringify({ ...review, ...beside });
  const tag = auth ? `hmac-sha256=${auth.sign(json)}` : `sha256=${sha256(json)}`;
  return `<!-- ${PREFIX} ${tag} ${Buffer.from(json, 'utf8').toString('base64url')} -->`;
}

/** Why a body holds no stored review (for a debug line; the review is then treated as absent). */
export type StoredReviewProblem =
  | 'missing'
  | 'repeated'
  | 'malformed'
  | 'checksum'
  | 'unauthenticated'
  | 'json'
  | 'schema';

/** The stored review of a comment body, or why there is none. */
export type StoredReview =
  | { ok: true; review: Review; tracking: Tracking | undefined; opinions: Opinion[] | undefined }
  | { ok: false; problem: StoredReviewProblem };

/**
 * Reads the review stored in a comment body by {@link encodeStoredReview}: only when the block is
 * there exactly once, it authenticates (its MAC verifies under `auth`; without a key, its
 * checksum matches) and its JSON is a valid review. Nothing else in the body (the visible ```json
 * block, a quoted copy of an older comment) is ever read.
 */
export function readStoredReview(body: string, auth?: BoundKey): StoredReview {
  const count = body.match(OPENER)?.length ?? 0;
  if (count === 0) return { ok: false, problem: 'missing' };
  if (count > 1) return { ok: false, problem: 'repeated' };
  const block = BLOCK.exec(body);
  if (!block) return { ok: false, problem: 'malformed' };
  const [, kind, tag, encoded] = block as unknown as [string, string, string, string];
  const json = Buffer.from(encoded, 'base64url').toString('utf8');
  if (auth) {
    if (kind !== 'hmac-sha256' || !auth.verify(json, tag)) return { ok: false, problem: 'unauthenticated' };
  } else if (kind === 'sha256' && sha256(json) !== tag) {
    return { ok: false, problem: 'checksum' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'json' };
  }
  // The records are not part of the review JSON v1 (a strict schema): they are taken off first,
  // and a block written before one existed reads as a review without it.
  if (value === null || typeof value !== 'object') return { ok: false, problem: 'schema' };
  const { tracking: rawTracking, opinions: rawOpinions, ...rest } = value as Record<string, unknown>;
  const tracking = rawTracking === undefined ? undefined : trackingSchema.safeParse(rawTracking);
  const opinions = rawOpinions === undefined ? undefined : opinionsSchema.safeParse(rawOpinions);
  if (tracking?.success === false || opinions?.success === false) return { ok: false, problem: 'schema' };
  const checked = validateReview(rest);
  return checked.ok
    ? { ok: true, review: checked.review, tracking: tracking?.data, opinions: opinions?.data }
    : { ok: false, problem: 'schema' };
}

/** The stored review of a comment body, or undefined (see {@link readStoredReview}). */
export function decodeStoredReview(body: string, auth?: BoundKey): Review | undefined {
  const stored = readStoredReview(body, auth);
  return stored.ok ? stored.review : undefined;
}
