import type { GitHubClient, RepoRef } from '../../github/client.js';
import { listMarkedComments } from '../../github/comments.js';
import type { ActionIdentity } from '../../github/identity.js';
import { getIssue } from '../../github/issues.js';
import { listPullFiles, type PullFile, type PullRequestLike } from '../../github/pulls.js';
import { acceptanceCriteria, linkedIssues } from '../../review/criteria.js';
import { buildDiffContext } from '../../review/diff.js';
import type { ReviewPromptInput } from '../../review/prompt.js';
import {
  ANY_REVIEW_MARKER,
  type CycleDecision,
  decideCycle,
  latestReview,
  type PreviousReview,
} from '../../tracker/github/review/previous.js';
import { findReviewItem, type ReviewItem } from './item.js';

/** Everything read from GitHub and the checkout before the model runs. */
export interface ReviewContext {
  pr: PullRequestLike & { labels: string[] };
  /** The issue the PR closes (the first "Closes #N"), or its work item's issue, whose criteria the review checks. */
  linkedIssue: number | undefined;
  /** The work item the PR belongs to, when its issue has the action's status comment. */
  item: ReviewItem | undefined;
  previous: PreviousReview | undefined;
  /**
   * On a re-run (the head was reviewed already), that review: the phase repeats it without a
   * model call when its JSON reads back. Undefined otherwise.
   */
  repeat: PreviousReview | undefined;
  decision: CycleDecision;
  prompt: ReviewPromptInput;
}

/**
 * Reads the pull request's files, the linked issue's criteria, the work item's state and the
 * previous review (only from the action's own comments), and decides the cycle. Reads only:
 * nothing is written here. The criteria come from the item's state (the plan's, with progress)
 * when it has them, else from the issue's "Acceptance criteria" checklist.
 */
export async function gatherReviewContext(options: {
  client: GitHubClient;
  repo: RepoRef;
  pr: PullRequestLike & { labels: string[] };
  identity: ActionIdentity;
  /** The label prefix, which is also the item branches' prefix (`codex/<n>-…`). */
  prefix: string;
  budgetBytes: number;
  /** Whether the code Codex reads is at the PR's head (src/review/checkout.ts). */
  checkoutAtHead: boolean | undefined;
  /** The files changed since a commit, from the checkout (ReviewCheckout.diffSince). */
  diffSince?: (base: string) => Promise<PullFile[] | undefined>;
}): Promise<ReviewContext> {
  const { client, repo, pr, identity } = options;
  const [files, comments] = await Promise.all([
    listPullFiles(client, repo, pr.number),
    listMarkedComments(client, repo, pr.number, ANY_REVIEW_MARKER, identity),
  ]);
  const [closes] = linkedIssues(pr.body, repo);
  const closed = closes === undefined ? undefined : await getIssue(client, repo, closes);
  const item = await findReviewItem({
    client,
    repo,
    identity,
    pr,
    prefix: options.prefix,
    closes: closes !== undefined && closed ? { issue: closes, info: closed } : undefined,
  });
  const linkedIssue = item?.issue ?? (closed ? closes : undefined);
  const issue = item?.info ?? closed;
  const trust = { key: identity.key, repo, pr: pr.number };
  const latest = latestReview(comments, trust);
  const decision = decideCycle(latest, pr.head.sha);
  // On a re-run the latest review is this cycle's own; the model is shown the cycle before it, so
  // its own earlier answer for the same commit does not anchor it.
  const previous = decision.rerun ? latestReview(comments, trust, decision.cycle) : latest;
  // The commits since the last reviewed head, when the previous findings read back (they are what
  // the model checks against those commits) and git can give the range; else the whole PR.
  const base = previous?.review ? previous.headSha : undefined;
  const since = base && base !== pr.head.sha && options.diffSince ? await options.diffSince(base) : undefined;
  const prompt: ReviewPromptInput = {
    repository: `${repo.owner}/${repo.repo}`,
    number: pr.number,
    change: `pull request #${pr.number}`,
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
        ? {
            issue: linkedIssue,
            title: issue.title,
            items:
              item && item.state.criteria.length > 0
                ? item.state.criteria.map((c) => ({ text: c.text, checked: c.done }))
                : acceptanceCriteria(issue.body),
            fromPlan: !!item && item.state.criteria.length > 0,
          }
        : undefined,
    previous,
    diff: buildDiffContext(files, options.budgetBytes),
    increment: base && since ? { base, diff: buildDiffContext(since, options.budgetBytes) } : undefined,
  };
  const repeat = decision.rerun ? latest : undefined;
  return { pr, linkedIssue, item, previous, repeat, decision, prompt };
}
