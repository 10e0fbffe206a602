import { errorMessage } from '../../../errors.js';
import { type CheckPayload, createCheckRun, upsertCheckRun } from '../../../github/checks.js';
import type { GitHubClient, RepoRef } from '../../../github/client.js';
import { writeComment } from '../../../github/comments.js';
import type { ActionIdentity } from '../../../github/identity.js';
import { type LifecycleState, setLifecycleLabel } from '../../../github/labels.js';
import {
  createReview,
  findOwnReview,
  markReadyForReview,
  type ReviewPayload,
  requestReviewers,
} from '../../../github/pulls.js';
import { resolveReviewThread } from '../../../github/threads.js';
import * as core from '../../../log.js';
import type { ThreadToResolve } from './inline.js';
import { inlineReviewMarker } from './previous.js';

/** Everything the review phase writes to GitHub, computed before anything is written. */
export interface WritePlan {
  prNumber: number;
  cycle: number;
  headSha: string;
  /** True when an earlier run already reviewed this cycle and commit. */
  rerun: boolean;
  /** Ids of the findings shown inline (inside the diff); the others are listed in the review body. */
  inlineIds: string[];
  comment: { body: string; existing: { id: number; body: string } | undefined };
  /** The PR review with the inline comments; undefined when there are no findings (or none new). */
  review: ReviewPayload | undefined;
  /** The action's finding threads to resolve: their finding is fixed, or moved to another line. */
  resolveThreads: ThreadToResolve[];
  check: CheckPayload;
  /** What a pass (or a stop) changes on the PR. */
  after: {
    readyForReview: { nodeId: string } | undefined;
    reviewers: { users: string[]; teams: string[]; author: string | undefined } | undefined;
    label: { prefix: string; state: LifecycleState; current: string[] } | undefined;
  };
}

/** What was written (or, in a dry run, would have been), with links for the summary. */
export interface WriteReport {
  dryRun: boolean;
  lines: string[];
  commentUrl: string | undefined;
  reviewUrl: string | undefined;
  checkUrl: string | undefined;
}

/** Prints every payload exactly as it would be sent; used by dry runs (and logged at debug otherwise). */
export function printPlan(plan: WritePlan, log: (message: string) => void = core.info): void {
  log(
    `Review comment (${plan.comment.existing ? `update of comment ${plan.comment.existing.id}` : 'new'}):\n${plan.comment.body}`,
  );
  log(
    plan.review
      ? `PR review (POST /pulls/${plan.prNumber}/reviews):\n${JSON.stringify(plan.review, null, 2)}`
      : 'PR review: none (no findings).',
  );
  for (const t of plan.resolveThreads)
    log(
      `Then: resolve the thread of \`${t.findingId}\` on ${t.where} (${t.why === 'fixed' ? 'no longer reported' : 'it moved; posted again at its new line'}).`,
    );
  log(`Check run:\n${JSON.stringify(plan.check, null, 2)}`);
  const { readyForReview, reviewers, label } = plan.after;
  if (readyForReview)
    log('Then: mark the pull request ready for review (GraphQL markPullRequestReadyForReview).');
  if (reviewers)
    log(
      `Then: request reviews from users [${reviewers.users.join(', ')}], teams [${reviewers.teams.join(', ')}].`,
    );
  if (label) log(`Then: label the pull request ${label.prefix}:${label.state}.`);
}

/**
 * Writes the plan in an order that makes re-runs safe: the comment first (it records the cycle and
 * the commit), then the PR review (skipped when this cycle's review for this commit exists), then
 * the check run (created or updated by name and commit), then the PR's state.
 */
export async function applyPlan(
  client: GitHubClient,
  repo: RepoRef,
  identity: ActionIdentity,
  plan: WritePlan,
): Promise<WriteReport> {
  const lines: string[] = [];
  const comment = await writeComment(client, repo, plan.prNumber, plan.comment.body, plan.comment.existing);
  lines.push(
    comment.written
      ? `${plan.comment.existing ? 'Updated' : 'Posted'} the review comment${comment.htmlUrl ? ` (${comment.htmlUrl})` : ''}.`
      : 'The review comment was already up to date.',
  );

  let reviewUrl: string | undefined;
  if (plan.review) {
    // Only a re-run can find this cycle's review: the first run writes the comment before the review.
    const existing = plan.rerun
      ? await findOwnReview(
          client,
          repo,
          plan.prNumber,
          inlineReviewMarker(plan.cycle, plan.headSha),
          identity,
        )
      : undefined;
    if (existing) {
      lines.push(
        `The PR review of cycle ${plan.cycle} for this commit exists already (review ${existing.id}); not posted again.`,
      );
    } else {
      const posted = await createReview(client, repo, plan.prNumber, plan.review);
      reviewUrl = posted.htmlUrl;
      lines.push(
        `Posted a PR review with ${plan.review.comments.length} inline comment(s) (${posted.htmlUrl}).`,
      );
    }
  }

  for (const thread of plan.resolveThreads) {
    await resolveReviewThread(client, thread.threadId);
    lines.push(
      `Resolved the thread of \`${thread.findingId}\` on ${thread.where}: ${thread.why === 'fixed' ? 'this review no longer reports it' : 'the finding moved; its comment is at the new line'}.`,
    );
  }

  const check = plan.rerun
    ? await upsertCheckRun(client, repo, {
        name: plan.check.name,
        headSha: plan.check.headSha,
        status: plan.check.status,
        conclusion: plan.check.conclusion,
        title: plan.check.title,
        summary: plan.check.summary,
        text: plan.check.text,
        annotations: plan.check.annotations.map((a) => ({
          path: a.path,
          startLine: a.start_line,
          endLine: a.end_line,
          level: a.annotation_level,
          title: a.title,
          message: a.message,
        })),
      })
    : await createCheckRun(client, repo, plan.check);
  lines.push(`Check run ${plan.check.name}: ${plan.check.conclusion} (${check.htmlUrl || check.id}).`);

  const { readyForReview, reviewers, label } = plan.after;
  if (readyForReview) {
    await markReadyForReview(client, readyForReview.nodeId);
    lines.push('Marked the pull request ready for review.');
  }
  if (reviewers) {
    try {
      const requested = await requestReviewers(client, repo, plan.prNumber, reviewers);
      const who = [...requested.users, ...requested.teams.map((t) => `team ${t}`)];
      if (who.length > 0) lines.push(`Requested reviews from ${who.join(', ')}.`);
    } catch (error) {
      // The review is written; a reviewer GitHub refuses (not a collaborator, a team the token
      // cannot see) is the config's problem, reported without failing the review.
      if ((error as { status?: number }).status !== 422) throw error;
      const message =
        `Could not request reviews from [${[...reviewers.users, ...reviewers.teams.map((t) => `team ${t}`)].join(', ')}]: ` +
        `${errorMessage(error)}. Fix the config's reviewers (users must be collaborators; teams need a token that can read them).`;
      core.warning(message);
      lines.push(message);
    }
  }
  if (label) {
    const changed = await setLifecycleLabel(client, repo, plan.prNumber, label.prefix, label.state, {
      current: label.current,
    });
    if (changed.added.length > 0 || changed.removed.length > 0) {
      lines.push(`Labels: added [${changed.added.join(', ')}], removed [${changed.removed.join(', ')}].`);
    }
  }
  return {
    dryRun: false,
    lines,
    commentUrl: comment.htmlUrl || undefined,
    reviewUrl,
    checkUrl: check.htmlUrl || undefined,
  };
}
