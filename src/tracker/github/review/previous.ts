import type { RepoRef } from '../../../github/client.js';
import * as core from '../../../log.js';
import type { PriorReview } from '../../../review/prior.js';
import type { BlockKey } from '../../../safety/block-mac.js';
import { readStoredReview, reviewAuth } from './stored.js';

/**
 * Markers of the review comment. The first line is DESIGN §3's marker; the second records the head
 * commit the review is about, which decides whether a new run is a re-run or a new cycle.
 */
export const reviewMarker = (cycle: number) => `<!-- codex-orchestrator:review cycle=${cycle} -->`;
export const headMarker = (sha: string) => `<!-- codex-orchestrator:review-head sha=${sha} -->`;
/** Marker in the body of the PR review that carries the inline comments, so a re-run finds it. */
export const inlineReviewMarker = (cycle: number, sha: string) =>
  `<!-- codex-orchestrator:review-inline cycle=${cycle} sha=${sha} -->`;

const REVIEW_MARKER = /<!-- codex-orchestrator:review cycle=(\d+) -->/;
const HEAD_MARKER = /<!-- codex-orchestrator:review-head sha=([0-9a-f]{7,64}) -->/;

/**
 * A review comment the action wrote earlier, read back. Its `review` comes from the comment's
 * hidden block (stored.ts), or is undefined when the block is missing, repeated, edited or no longer
 * valid: text that model output can imitate is never read back.
 */
export interface PreviousReview extends PriorReview {
  commentId: number;
  /** The comment's body as it is now (a re-run that renders the same body writes nothing). */
  body: string;
}

/** A comment: its id and body (the author is checked when comments are listed, src/github/comments.ts). */
export interface CommentLike {
  id: number;
  body: string;
}

/** Matches the action's review comments of any cycle, for `listMarkedComments`. */
export const ANY_REVIEW_MARKER = /<!-- codex-orchestrator:review cycle=\d+ -->/;

/** What review comments are read with: the job's key (none: unkeyed) and the pull request they are on. */
export interface ReviewTrust {
  key: BlockKey | undefined;
  repo: RepoRef;
  pr: number;
}

/**
 * Reads a review comment's cycle, head commit and review JSON; undefined when it is not one. With
 * a key, also undefined when its stored review does not authenticate for this pull request, the
 * comment's cycle and head (src/review/stored.ts): such a comment is not the action's, whoever
 * the author, and counts for nothing (not even its cycle).
 */
export function parseReviewComment(comment: CommentLike, trust: ReviewTrust): PreviousReview | undefined {
  const body = comment.body;
  const marked = REVIEW_MARKER.exec(body)?.[1];
  if (marked === undefined) return undefined;
  const cycle = Number(marked);
  const headSha = HEAD_MARKER.exec(body)?.[1];
  const stored = readStoredReview(
    body,
    reviewAuth(trust.key, { repo: trust.repo, pr: trust.pr, cycle, headSha }),
  );
  if (!stored.ok && trust.key) {
    core.info(
      `Review comment ${comment.id} is ignored: its stored review ${stored.problem === 'unauthenticated' ? "does not authenticate under this job's key (written before the MAC, with another key, for another pull request or cycle, or not by the action)" : `is ${stored.problem}`}.`,
    );
    return undefined;
  }
  if (!stored.ok) core.debug(`Review comment ${comment.id} holds no stored review: ${stored.problem}.`);
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
export function latestReview(
  ownComments: readonly CommentLike[],
  trust: ReviewTrust,
  beforeCycle = Number.POSITIVE_INFINITY,
): PreviousReview | undefined {
  let latest: PreviousReview | undefined;
  for (const comment of ownComments) {
    const parsed = parseReviewComment(comment, trust);
    if (parsed && parsed.cycle < beforeCycle && (!latest || parsed.cycle >= latest.cycle)) latest = parsed;
  }
  return latest;
}

/** Which cycle this run is, and whether it repeats an earlier run for the same commit. */
export interface CycleDecision {
  cycle: number;
  /** True when the latest review is about the same head commit: update it in place, post nothing twice. */
  rerun: boolean;
  /** The comment to update (re-run), else undefined (a new comment for the new cycle). */
  comment: { id: number; body: string } | undefined;
}

/**
 * The cycle rule: the first review is cycle 1; a review of the same head commit as the latest one
 * is a re-run of that cycle (its comment is updated); a new head commit starts cycle + 1 with a
 * new comment, so each cycle's review stays readable on the PR.
 */
export function decideCycle(previous: PreviousReview | undefined, headSha: string): CycleDecision {
  if (!previous) return { cycle: 1, rerun: false, comment: undefined };
  if (previous.headSha === headSha)
    return { cycle: previous.cycle, rerun: true, comment: { id: previous.commentId, body: previous.body } };
  return { cycle: previous.cycle + 1, rerun: false, comment: undefined };
}
