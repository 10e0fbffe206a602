import { chain, type ItemJob } from '../../action/job.js';
import type { Finding } from '../../review/schema.js';
import type { ItemState } from '../../state/index.js';
import { postRemains } from '../../tracker/github/remains.js';

/**
 * What follows a review of a work item's pull request (DESIGN §7): changes required below the cap
 * start fix (through workflow_dispatch; autonomy `draft` and `loop` chain it, like dev chains
 * review); changes still required at the cap end the loop with the "what remains" summary for a
 * person. Returns lines for the job summary.
 */
export async function afterReview(
  job: ItemJob,
  review: {
    prNumber: number;
    branch: string;
    item: { issue: number; state: ItemState } | undefined;
    cycle: number;
    status: string;
    findings: readonly Finding[];
  },
): Promise<string[]> {
  const { ctx } = job;
  const { item, prNumber, cycle } = review;
  if (!item || review.status !== 'changes_required') return [];
  const max = ctx.inputs.maxReviewCycles;
  if (cycle < max) {
    if (ctx.inputs.autonomy !== 'draft' && ctx.inputs.autonomy !== 'loop')
      return [
        `Autonomy \`${ctx.inputs.autonomy}\` starts no fix on its own: comment /codex fix on PR #${prNumber}.`,
      ];
    const dispatched = await chain(job, 'fix', prNumber);
    return [dispatched.dispatched ? `Dispatched fix for PR #${prNumber}.` : dispatched.reason];
  }
  const last = item.state.fix;
  await postRemains(job, {
    pr: prNumber,
    item: item.issue,
    why: `Review cycle ${cycle} of ${max} still requires changes, and it was the last automated one (max-review-cycles).`,
    findings: review.findings,
    threads: 0,
    tried: last?.summary
      ? [
          `Fix round ${last.rounds} for review cycle ${last.cycle}${last.commit ? ` (${last.commit.slice(0, 7)})` : ''}: ${last.summary}`,
        ]
      : [],
    next: `Fix the remaining findings on the branch ${review.branch}, then comment /codex review on PR #${prNumber}; or close it.`,
  });
  return [`Wrote "What remains" on PR #${prNumber}: the review cycle cap (${max}) is reached.`];
}
