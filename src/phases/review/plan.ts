import { engineEnv } from '../../action/engine.js';
import type { ItemJob } from '../../action/job.js';
import type { ReviewContext } from '../../action/review/context.js';
import { reviewLabel } from '../../action/review/item-record.js';
import { type ReviewerOutcome, runReviewer as runEngineReviewer } from '../../engine/review.js';
import { defaultBranch, readDefaultBranchFile } from '../../github/content.js';
import { listReviewThreads } from '../../github/threads.js';
import type { PhaseContext } from '../../phase.js';
import type { Opinion } from '../../review/opinions.js';
import { renderReview } from '../../review/render.js';
import type { Review } from '../../review/schema.js';
import type { Tracking } from '../../review/track.js';
import { findingThreads, planInline } from '../../tracker/github/review/inline.js';
import {
  buildCheckPayload,
  buildCommentBody,
  buildReviewPayload,
  placeFindings,
} from '../../tracker/github/review/payloads.js';
import { reviewAuth } from '../../tracker/github/review/stored.js';
import type { WritePlan } from '../../tracker/github/review/writes.js';

/** The engine's reviewer over the pull request's checkout (template and instructions from the default branch). */
export async function runReviewer(
  job: ItemJob,
  context: ReviewContext,
  cwd: string,
): Promise<ReviewerOutcome> {
  const { client, repo } = job;
  return runEngineReviewer({
    env: engineEnv(job.ctx),
    tracker: { readDefaultBranchFile: (path) => readDefaultBranchFile(client, repo, path) },
    defaultBranch: await defaultBranch(client, repo),
    input: context.prompt,
    cwd,
  });
}

/**
 * Everything to write, computed before anything is written (and printed as is in a dry run). From
 * the second cycle on (or on a re-run) the action's own finding threads are read first, so a
 * finding already commented on its line is not posted again and a fixed one's thread is resolved.
 */
export async function planWrites(
  job: ItemJob,
  context: ReviewContext,
  review: Review,
  tracking: Tracking,
  opinions: readonly Opinion[],
): Promise<WritePlan> {
  const ctx: PhaseContext = job.ctx;
  const { pr, decision } = context;
  const headSha = pr.head.sha;
  const cycle = decision.cycle;
  const prefix = ctx.config.labels.prefix;
  const pass = review.status === 'pass';
  const label = reviewLabel({ status: review.status, cycle, maxCycles: ctx.inputs.maxReviewCycles });
  const { users, teams } = ctx.config.reviewers;
  const { hunks } = context.prompt.diff;
  const inline = placeFindings(review.findings, hunks).inline;
  // A first review of a PR has no threads of the action's yet: no call for them.
  const threads =
    context.previous || decision.rerun
      ? findingThreads(await listReviewThreads(job.client, job.repo, pr.number), job.identity)
      : [];
  const threadPlan = planInline(review, inline, threads);
  return {
    prNumber: pr.number,
    cycle,
    headSha,
    rerun: decision.rerun,
    inlineIds: inline.map((f) => f.id),
    comment: {
      body: buildCommentBody(review, {
        cycle,
        headSha,
        tracking,
        opinions,
        auth: reviewAuth(job.identity.key, { repo: job.repo, pr: pr.number, cycle, headSha }),
      }),
      existing: decision.comment,
    },
    review: buildReviewPayload(review, {
      cycle,
      headSha,
      hunks,
      alreadyInline: threadPlan.already,
      tracking,
      opinions,
    }),
    resolveThreads: threadPlan.resolve,
    check: buildCheckPayload(review, {
      cycle,
      headSha,
      rendered: renderReview(review, { cycle, tracking, opinions }),
    }),
    after: {
      readyForReview: pass && pr.draft ? { nodeId: pr.node_id } : undefined,
      reviewers:
        pass && (users.length > 0 || teams.length > 0) ? { users, teams, author: pr.user?.login } : undefined,
      label: label ? { prefix, state: label, current: pr.labels } : undefined,
    },
  };
}
