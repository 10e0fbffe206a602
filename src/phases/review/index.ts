import { gateTrigger, type ItemJob, openItemJob } from '../../action/job.js';
import { type ReviewCheckout, reviewCheckout } from '../../action/review/checkout.js';
import { gatherReviewContext, type ReviewContext } from '../../action/review/context.js';
import { cycleMismatch, stoppedReason } from '../../action/review/item.js';
import { recordOnItem } from '../../action/review/item-record.js';
import { fromFork, resolvePullTarget, skipReason } from '../../action/review/resolve.js';
import { plannedRuns } from '../../agent/runtime.js';
import { ZERO_USAGE } from '../../agent/types.js';
import { type ReviewerOutcome, reviewVerdict, settleReview } from '../../engine/review.js';
import { createGitExec } from '../../git/exec.js';
import { getPull } from '../../github/pulls.js';
import * as core from '../../log.js';
import type { PhaseHandler } from '../../phase.js';
import { type Opinion, runtimeLabel } from '../../review/opinions.js';
import { formatCost, renderReview } from '../../review/render.js';
import type { Review } from '../../review/schema.js';
import { type Tracking, trackFindings } from '../../review/track.js';
import { itemCapReached } from '../../state/index.js';
import type { PhaseResult } from '../../status.js';
import { renderFinding } from '../../tracker/github/review/payloads.js';
import {
  applyPlan,
  printPlan,
  type WritePlan,
  type WriteReport,
} from '../../tracker/github/review/writes.js';
import { afterReview } from './cycle.js';
import { planWrites, runReviewer } from './plan.js';

/**
 * The review phase (DESIGN §1, §4): the review's runtime (Codex, Claude Code, or both at once as a
 * second opinion, merged into one review: src/engine/review.ts) reviews a pull request read-only
 * against the review schema; the result goes to a review comment, one PR review (event COMMENT)
 * with inline comments, the `codex-orchestrator/review` check run and the job summary. A pass makes
 * the PR ready for a human, who holds the merge (gate 2).
 */
export const reviewPhase: PhaseHandler = async (ctx) => {
  const target = resolvePullTarget(ctx.context.eventName, ctx.context.payload, ctx.target);
  if (target.kind !== 'pr')
    return { status: target.kind === 'skip' ? 'skipped' : 'error', reason: target.reason };
  const prNumber = target.number;
  const job = await openItemJob(ctx);
  const gate = await core.group('Check who asked for the review', () => gateTrigger(job));
  if (!gate.allowed) return { status: 'skipped', reason: gate.reason, prNumber };

  const pr = await getPull(job.client, job.repo, prNumber);
  const skip = skipReason(pr, ctx.config.review['allow-forks']);
  if (skip) return { status: 'skipped', reason: skip, prNumber, branch: pr.head.ref };

  const checkout = await reviewCheckout(createGitExec(), {
    workspace: ctx.context.workspace,
    parentDir: ctx.context.runnerTemp,
    token: ctx.inputs.githubToken,
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    fromFork: fromFork(pr),
  });
  try {
    return await reviewPullRequest(job, pr, checkout);
  } finally {
    await checkout.cleanup();
  }
};

/** Everything after the gates: read, review, write. */
async function reviewPullRequest(
  job: ItemJob,
  pr: Awaited<ReturnType<typeof getPull>>,
  checkout: ReviewCheckout,
): Promise<PhaseResult> {
  const { ctx, client, repo, identity } = job;
  const prNumber = pr.number;
  const context = await core.group(`Read pull request #${prNumber}`, async () => {
    const gathered = await gatherReviewContext({
      client,
      repo,
      pr,
      identity,
      prefix: ctx.config.labels.prefix,
      budgetBytes: ctx.config.review['diff-budget-bytes'],
      checkoutAtHead: checkout.atHead,
      diffSince: (base) => checkout.diffSince(base),
    });
    logContext(gathered);
    return gathered;
  });
  const { cycle } = context.decision;
  const { item } = context;
  const stop = item && stoppedReason(item, ctx.config.labels.prefix);
  if (stop) return { status: 'skipped', reason: stop, prNumber, branch: pr.head.ref, item: item.issue };
  const onItem = { job, context };
  // The item's token/cost cap (DESIGN §8.9) holds for review too: blocked before the model runs.
  const capped = item && itemCapReached(item.state.usage, ctx.config, plannedRuns(ctx));
  if (capped) {
    const verdict = { status: 'blocked', reason: capped, findings: undefined, reviewed: false } as const;
    const lines = await core.group(`Record the budget stop in #${item.issue}`, () =>
      recordOnItem(onItem, { ...verdict, usage: ZERO_USAGE, threadId: undefined }),
    );
    return {
      status: 'blocked',
      reason: capped,
      prNumber,
      branch: pr.head.ref,
      item: item.issue,
      summary: lines.join('\n'),
    };
  }
  // An unchanged head is never reviewed again: its stored review is repeated without a model call
  // (the writes below are idempotent, so a re-run finishes what an interrupted run left).
  const repeat = context.repeat?.review ? { ...context.repeat, review: context.repeat.review } : undefined;
  if (repeat)
    core.info(
      `Head ${pr.head.sha} was reviewed in cycle ${cycle} already: its review is repeated without a model call (push a commit to review again).`,
    );
  const outcome: ReviewerOutcome = repeat
    ? {
        kind: 'review',
        review: repeat.review,
        threadId: '',
        attempts: 0,
        usage: ZERO_USAGE,
        agentMs: 0,
        runs: [],
      }
    : await runReviewer(job, context, checkout.dir);
  if (!repeat)
    core.info(
      `Reviewer (cycle ${cycle}): ${outcome.attempts} attempt(s), ${Math.round(outcome.agentMs)} ms in the agent.`,
    );
  const base = { prNumber, branch: pr.head.ref, item: context.linkedIssue, usage: outcome.usage };
  const spent = { usage: outcome.usage, threadId: outcome.threadId };
  if (outcome.kind === 'failed') {
    if (item) {
      await core.group(`Record the failed review in #${item.issue}`, () =>
        recordOnItem(onItem, {
          status: 'error',
          reason: outcome.reason,
          findings: undefined,
          reviewed: false,
          ...spent,
        }),
      );
    }
    return { ...base, status: 'error', reason: outcome.reason };
  }
  const settled = repeat
    ? {
        review: repeat.review,
        tracking: repeat.tracking ?? trackFindings(repeat.review, cycle, undefined).tracking,
        invalid: false,
        opinions: repeat.opinions ?? [],
      }
    : settleReview(outcome, cycle, context.previous);
  const { review, tracking, opinions } = settled;
  logTracking(tracking);
  if (!repeat) logOpinions(opinions);

  const plan = await planWrites(job, context, review, tracking, opinions);
  let report: WriteReport;
  if (!job.writes) {
    report = await core.group('Dry run: nothing is written; these are the exact payloads', async () => {
      printPlan(plan);
      return {
        dryRun: true,
        lines: ['Dry run: nothing was written to GitHub.'],
        commentUrl: undefined,
        reviewUrl: undefined,
        checkUrl: undefined,
      };
    });
  } else {
    report = await core.group('Write the review to the pull request', async () => {
      const written = await applyPlan(client, repo, identity, plan);
      for (const line of written.lines) core.info(line);
      return written;
    });
  }
  const result = reviewVerdict(review, cycle, ctx.inputs.maxReviewCycles, settled.invalid);
  // A repeat whose review the item already records writes nothing there twice (nor chains twice).
  const recorded = repeat && item?.state.reviewCycle === cycle && item.state.headSha === pr.head.sha;
  if (item && !recorded) {
    const lines = await core.group(`Record the review in #${item.issue}`, () =>
      recordOnItem(onItem, {
        status: result.status,
        reason: result.reason,
        findings: outcome.kind === 'review' ? review.findings.map((f) => f.id) : undefined,
        reviewed: true,
        ...spent,
      }),
    );
    report.lines.push(...lines);
    // The loop (src/work/cycle.ts): fix below the cycle cap, "what remains" at it.
    const next = { prNumber, branch: pr.head.ref, item: { issue: item.issue, state: item.state }, cycle };
    report.lines.push(
      ...(await afterReview(job, { ...next, status: result.status, findings: review.findings })),
    );
  }
  return {
    ...base,
    ...result,
    review,
    summary: summaryOf(review, { tracking, opinions }, plan, report, outcome.attempts),
  };
}

/** Each reviewer of a second opinion: its verdict, findings and cost, in the log. */
function logOpinions(opinions: readonly Opinion[]): void {
  if (opinions.length < 2) return;
  for (const o of opinions)
    core.info(
      `  ${runtimeLabel(o.runtime)}${o.model ? ` (${o.model})` : ''}: ${o.status}, ${o.findings.length} finding(s), ${o.attempts} attempt(s), ${formatCost(o.cost_usd)}.`,
    );
}

function logContext(context: ReviewContext): void {
  const { decision, prompt } = context;
  const diff = prompt.diff;
  const omitted = diff.files.filter((f) => f.omitted);
  core.info(
    `Head ${context.pr.head.sha}; cycle ${decision.cycle}${decision.rerun ? ' (re-run of the same commit)' : ''}.`,
  );
  core.info(
    `Diff: ${diff.files.length} file(s), ${diff.totalBytes} bytes of patches, ${diff.includedBytes} in the prompt (budget ${diff.budgetBytes})` +
      (omitted.length > 0 ? `; summarised: ${omitted.map((f) => f.path).join(', ')}` : ''),
  );
  if (prompt.increment) {
    const inc = prompt.increment.diff;
    core.info(
      `Reviewing the commits since ${prompt.increment.base}: ${inc.files.length} file(s), ${inc.includedBytes} of ${inc.totalBytes} bytes of patches in the prompt; the whole pull request as its file list.`,
    );
  }
  core.info(
    prompt.criteria
      ? `Acceptance criteria from #${prompt.criteria.issue}: ${prompt.criteria.items.length}.`
      : 'No linked issue ("Closes #N"), so no acceptance criteria.',
  );
  if (context.previous) core.info(`Previous review: cycle ${context.previous.cycle}.`);
  if (context.item) {
    const { item } = context;
    core.info(
      `Work item #${item.issue}: status comment ${item.commentId}; criteria from ${prompt.criteria?.fromPlan ? 'its plan' : 'the issue'}.`,
    );
    const mismatch = cycleMismatch(decision, item, context.pr.number);
    if (mismatch) core.info(mismatch);
  }
}

function logTracking(tracking: Tracking): void {
  if (tracking.since === null) return;
  const count = (state: string) => tracking.findings.filter((t) => t.state === state).length;
  core.info(
    `Findings since cycle ${tracking.since}: ${tracking.fixed.length} fixed, ${count('still_open')} still open, ${count('new')} new.`,
  );
}

function summaryOf(
  review: Review,
  records: { tracking: Tracking; opinions: readonly Opinion[] },
  plan: WritePlan,
  report: WriteReport,
  attempts: number,
): string {
  const { tracking, opinions } = records;
  return [
    `Pull request #${plan.prNumber}, commit \`${plan.headSha.slice(0, 12)}\`${attempts > 1 ? ` · the reviewer needed ${attempts} attempts` : ''}.`,
    renderReview(review, { cycle: plan.cycle, inline: new Set(plan.inlineIds), tracking, opinions }),
    // In full here: the comment and the PR review are cut to GitHub's limit, and say to look here.
    ...(review.findings.length > 0
      ? ['#### The findings in full', ...review.findings.map((f) => renderFinding(f, false, opinions))]
      : []),
    `#### ${report.dryRun ? 'Dry run' : 'Written to GitHub'}`,
    report.lines.map((line) => `- ${line}`).join('\n'),
  ].join('\n\n');
}
