import { defaultBranch, readDefaultBranchFile } from '../../github/content.js';
import { listReviewThreads } from '../../github/threads.js';
import type { ItemJob } from '../../item/job.js';
import * as core from '../../log.js';
import type { PhaseContext } from '../../phase.js';
import { loadPrompt } from '../../prompts/load.js';
import { readProjectInstructions } from '../../prompts/project.js';
import type { ReviewContext } from '../../review/context.js';
import { findingThreads, planInline } from '../../review/inline.js';
import { reviewLabel } from '../../review/item-record.js';
import {
  buildCheckPayload,
  buildCommentBody,
  buildReviewPayload,
  placeFindings,
} from '../../review/payloads.js';
import { buildReviewPrompt } from '../../review/prompt.js';
import { renderReview } from '../../review/render.js';
import { type ReviewRunOutcome, runReview } from '../../review/run.js';
import type { Review } from '../../review/schema.js';
import { reviewAuth } from '../../review/stored.js';
import type { Tracking } from '../../review/track.js';
import type { WritePlan } from '../../review/writes.js';

/** Builds the prompt (template and instructions from the default branch) and runs the reviewer. */
export async function runReviewer(
  job: ItemJob,
  context: ReviewContext,
  cwd: string,
): Promise<ReviewRunOutcome> {
  const { ctx, client, repo } = job;
  const fromDefaultBranch = (path: string) => readDefaultBranchFile(client, repo, path);
  const template = await loadPrompt('review', {
    overrides: ctx.config.prompts,
    readDefaultBranchFile: fromDefaultBranch,
  });
  // The reviewer's instructions come from the default branch: the PR's own AGENTS.md is code under
  // review (DESIGN §8.10), and the run is told not to load the checkout's (agent/codex/args.ts).
  const projectInstructions = await readProjectInstructions(
    fromDefaultBranch,
    await defaultBranch(client, repo),
  );
  core.info(
    projectInstructions
      ? `Project instructions: ${projectInstructions.path} on ${projectInstructions.branch}${projectInstructions.truncated ? ' (cut at 32 KiB)' : ''}.`
      : 'Project instructions: none on the default branch.',
  );
  const prompt = buildReviewPrompt(
    { ...context.prompt, projectInstructions },
    template.template,
    `review (${template.origin})`,
  );
  const runner = await ctx.agent();
  // No group of our own here: the runner prints each run as a group, and groups do not nest.
  return runReview(runner, {
    prompt,
    cwd,
    timeoutMs: ctx.config.budgets['phase-timeout-minutes'] * 60_000,
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
    }),
    resolveThreads: threadPlan.resolve,
    check: buildCheckPayload(review, {
      cycle,
      headSha,
      rendered: renderReview(review, { cycle, tracking }),
    }),
    after: {
      readyForReview: pass && pr.draft ? { nodeId: pr.node_id } : undefined,
      reviewers:
        pass && (users.length > 0 || teams.length > 0) ? { users, teams, author: pr.user?.login } : undefined,
      label: label ? { prefix, state: label, current: pr.labels } : undefined,
    },
  };
}
