import type { GitHubClient, RepoRef } from '../github/client.js';
import { listMarkedComments } from '../github/comments.js';
import type { ActionIdentity } from '../github/identity.js';
import { acceptanceCriteria, linkedIssues } from './criteria.js';
import { buildDiffContext } from './diff.js';
import { getIssue, listPullFiles } from './github.js';
import {
  ANY_REVIEW_MARKER,
  type CycleDecision,
  decideCycle,
  latestReview,
  type PreviousReview,
} from './previous.js';
import type { ReviewPromptInput } from './prompt.js';
import type { PullRequestLike } from './resolve.js';

/** Everything read from GitHub and the checkout before the model runs. */
export interface ReviewContext {
  pr: PullRequestLike & { labels: string[] };
  /** The issue the PR closes (the first "Closes #N"), whose criteria the review checks. */
  linkedIssue: number | undefined;
  previous: PreviousReview | undefined;
  decision: CycleDecision;
  prompt: ReviewPromptInput;
}

/**
 * Reads the pull request's files, the linked issue's criteria and the previous review (only from
 * the action's own comments), and decides the cycle. Reads only: nothing is written here.
 */
export async function gatherReviewContext(options: {
  client: GitHubClient;
  repo: RepoRef;
  pr: PullRequestLike & { labels: string[] };
  identity: ActionIdentity;
  budgetBytes: number;
  /** Whether the code Codex reads is at the PR's head (src/review/checkout.ts). */
  checkoutAtHead: boolean | undefined;
}): Promise<ReviewContext> {
  const { client, repo, pr, identity } = options;
  const [files, comments] = await Promise.all([
    listPullFiles(client, repo, pr.number),
    listMarkedComments(client, repo, pr.number, ANY_REVIEW_MARKER, identity),
  ]);
  const [linkedIssue] = linkedIssues(pr.body, repo);
  const issue = linkedIssue === undefined ? undefined : await getIssue(client, repo, linkedIssue);
  const latest = latestReview(comments);
  const decision = decideCycle(latest, pr.head.sha);
  // On a re-run the latest review is this cycle's own; the model is shown the cycle before it, so
  // its own earlier answer for the same commit does not anchor it.
  const previous = decision.rerun ? latestReview(comments, decision.cycle) : latest;
  const prompt: ReviewPromptInput = {
    repository: `${repo.owner}/${repo.repo}`,
    number: pr.number,
    cycle: decision.cycle,
    headSha: pr.head.sha,
    checkoutAtHead: options.checkoutAtHead,
    title: pr.title,
    body: pr.body ?? '',
    author: pr.user?.login ?? 'unknown',
    baseRef: pr.base.ref,
    headRef: pr.head.ref,
    criteria:
      linkedIssue !== undefined && issue
        ? { issue: linkedIssue, title: issue.title, items: acceptanceCriteria(issue.body) }
        : undefined,
    previous,
    diff: buildDiffContext(files, options.budgetBytes),
  };
  return { pr, linkedIssue: issue ? linkedIssue : undefined, previous, decision, prompt };
}
