import { headSha } from '../git/commit.js';
import { type GitExec, gitOk } from '../git/exec.js';
import { diffSince } from '../review/increment.js';
import type { Opinion } from '../review/opinions.js';
import type { Review } from '../review/schema.js';
import { type Tracking, trackFindings } from '../review/track.js';
import type { LoopTracker } from '../tracker/port.js';
import type { LoopItem } from './item-types.js';
import { reviewVerdict, runReviewer, settleReview } from './review.js';
import { branchReviewInput } from './review-input.js';
import { baseRef, spend, update, type WorkSession } from './session.js';

/** One review of the item's branch, as the loop records it. */
export type BranchReview =
  | { kind: 'failed'; reason: string }
  | {
      kind: 'reviewed';
      cycle: number;
      head: string;
      review: Review;
      tracking: Tracking;
      /** Who reviewed and what each found and spent (empty for a repeated review). */
      opinions: Opinion[];
      verdict: ReturnType<typeof reviewVerdict>;
      /** True when the head was reviewed already: its review was read back, no model ran. */
      repeated: boolean;
    };

/**
 * Reviews the item's branch against the default branch (DESIGN §7): the whole change on the first
 * cycle, the commits since the last reviewed head from the second on (the whole change as its file
 * list), findings carried by fingerprint. An unchanged head is never reviewed twice: its recorded
 * review is used again with no model call. The review JSON is recorded before anything else.
 */
export async function reviewBranch(
  session: WorkSession & { tracker: LoopTracker },
  item: LoopItem,
): Promise<BranchReview> {
  const { env, tracker, git, wt } = session;
  const head = await headSha(git, wt.dir);
  const previous = await tracker.reviews.latest();
  const max = env.maxReviewCycles;
  if (previous?.review && previous.headSha === head) {
    const tracking = previous.tracking ?? trackFindings(previous.review, previous.cycle, undefined).tracking;
    return {
      kind: 'reviewed',
      cycle: previous.cycle,
      head,
      review: previous.review,
      tracking,
      opinions: previous.opinions ?? [],
      verdict: reviewVerdict(previous.review, previous.cycle, max, false),
      repeated: true,
    };
  }
  const cycle = (previous?.cycle ?? 0) + 1;
  const budget = env.config.review['diff-budget-bytes'];
  const base = await mergeBase(git, wt.dir, baseRef(session), head);
  const whole = (await diffSince(git, { dir: wt.dir, base, head, fetchFrom: undefined })) ?? [];
  const since =
    previous?.review && previous.headSha
      ? await diffSince(git, { dir: wt.dir, base: previous.headSha, head, fetchFrom: undefined })
      : undefined;
  const outcome = await runReviewer({
    env,
    tracker,
    defaultBranch: session.defaultBranch,
    cwd: wt.dir,
    input: branchReviewInput({
      repository: tracker.repository,
      item,
      branch: wt.branch,
      defaultBranch: session.defaultBranch,
      author: tracker.author.name,
      cycle,
      head,
      criteria: session.state.criteria,
      fromPlan: session.state.plan !== null,
      previous,
      whole,
      since,
      budgetBytes: budget,
    }),
  });
  spend(session, outcome.usage);
  if (outcome.kind === 'failed') return { kind: 'failed', reason: outcome.reason };
  const settled = settleReview(outcome, cycle, previous);
  await tracker.reviews.record({
    cycle,
    headSha: head,
    review: settled.review,
    tracking: settled.tracking,
    // Who reviewed, what each found and spent: beside the review JSON, which stays the schema's.
    notes: { opinions: settled.opinions },
  });
  update(session, {
    ...session.state,
    reviewCycle: cycle,
    headSha: head,
    reviewFingerprints: settled.review.findings.map((f) => f.id),
    threads: outcome.threadId
      ? { ...session.state.threads, review: outcome.threadId }
      : session.state.threads,
  });
  return {
    kind: 'reviewed',
    cycle,
    head,
    review: settled.review,
    tracking: settled.tracking,
    opinions: settled.opinions,
    verdict: reviewVerdict(settled.review, cycle, max, settled.invalid),
    repeated: false,
  };
}

/** Where the branch left the default branch: what "the whole change" is counted from. */
async function mergeBase(git: GitExec, dir: string, base: string, head: string): Promise<string> {
  return gitOk(git, ['merge-base', base, head], { cwd: dir });
}
