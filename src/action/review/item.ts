import { branchItem } from '../../git/branch.js';
import type { GitHubClient, RepoRef } from '../../github/client.js';
import type { ActionIdentity } from '../../github/identity.js';
import { getIssue, type IssueInfo } from '../../github/issues.js';
import { LIFECYCLE } from '../../github/labels.js';
import type { PullRequestLike } from '../../github/pulls.js';
import * as core from '../../log.js';
import { type ItemState, StateError } from '../../state/index.js';
import type { CycleDecision } from '../../tracker/github/review/previous.js';
import { loadItemState } from '../../tracker/github/store.js';
import { fromFork } from './resolve.js';

/**
 * The work item a reviewed pull request belongs to (DESIGN §3): an issue whose status comment the
 * action itself wrote. A PR that names an issue but whose issue has no such comment is reviewed as
 * a plain PR, and nothing is written to the issue.
 */
export interface ReviewItem {
  issue: number;
  /** The issue as read before the review (title and checklist for criteria, labels for the lifecycle label). */
  info: IssueInfo;
  state: ItemState;
  /** The status comment to edit in place. */
  commentId: number;
}

/**
 * Finds the PR's work item: the issue of its first "Closes #n" (already read, `closes`), else the
 * issue of its `<prefix>/<n>-…` branch; it counts only when that issue holds a status comment by the
 * action's identity (loadItemState ignores everyone else's). Costs at most one request when the PR
 * closes an issue (none when the issue has no comments), two when only the branch names it.
 * A PR from a fork never belongs to an item: its branch name and body are the fork author's.
 */
export async function findReviewItem(options: {
  client: GitHubClient;
  repo: RepoRef;
  identity: ActionIdentity;
  pr: PullRequestLike;
  prefix: string;
  closes: { issue: number; info: IssueInfo } | undefined;
}): Promise<ReviewItem | undefined> {
  const { client, repo, identity, pr, closes } = options;
  if (fromFork(pr)) return undefined;
  const issue = closes?.issue ?? branchItem(pr.head.ref, options.prefix);
  if (issue === undefined || closes?.info.comments === 0) return undefined;

  let loaded: Awaited<ReturnType<typeof loadItemState>>;
  try {
    loaded = await loadItemState(client, repo, issue, identity);
  } catch (error) {
    // The review does not need the state; a broken one must not stop it, only its recording.
    if (!(error instanceof StateError)) throw error;
    core.warning(`${error.message} The review goes on without recording it in #${issue}.`);
    return undefined;
  }
  if (!loaded) return undefined;
  const { state, commentId } = loaded;
  if (state.pr !== null && state.pr !== pr.number && state.branch !== pr.head.ref) {
    core.info(
      `#${issue} tracks pull request #${state.pr} (branch ${state.branch ?? 'unknown'}), not #${pr.number}: this review is not recorded there.`,
    );
    return undefined;
  }
  const info = closes?.info ?? (await getIssue(client, repo, issue));
  if (!info) return undefined;
  return { issue, info, state, commentId };
}

/** Why the review must not run for this item (`/codex stop`, or the stop label), if it must not. */
export function stoppedReason(item: ReviewItem, prefix: string): string | undefined {
  const { stopped } = item.state;
  if (stopped) return `#${item.issue} was stopped by ${stopped.by}; comment /codex resume on it to continue.`;
  const stop = LIFECYCLE(prefix).stop;
  if (item.info.labels.some((l) => l.toLowerCase() === stop.toLowerCase()))
    return `#${item.issue} carries the '${stop}' label; remove it to continue.`;
  return undefined;
}

/**
 * Compares the item's recorded review cycle with the one the PR's review comments give.
 *
 * The review comments are authoritative: the cycle counts reviews of this PR's head commits, the
 * comment is written before the status comment (a run that fails between the two leaves the state
 * behind, never ahead), and it is what fix reads back (DESIGN §3). The state's `reviewCycle` is a
 * mirror written after each review, so a disagreement is reported and then overwritten. Expected:
 * the state is at the cycle (a re-run, or fix already counted it) or one behind (a new head commit).
 */
export function cycleMismatch(
  decision: CycleDecision,
  item: ReviewItem,
  prNumber: number,
): string | undefined {
  const recorded = item.state.reviewCycle;
  if (recorded === decision.cycle || recorded === decision.cycle - 1) return undefined;
  return (
    `The status comment of #${item.issue} records review cycle ${recorded}, but the review comments on PR #${prNumber} ` +
    `make this cycle ${decision.cycle}. The review comments count: cycle ${decision.cycle} is reviewed and recorded.`
  );
}
