import type { JobSession } from '../../action/engine.js';
import { dispatchOff } from '../../action/job.js';
import type { WorkOutcome } from '../../engine/loop.js';
import type { Autonomy } from '../../inputs.js';
import { verifyMarkdown } from '../../verify/format.js';

// What a person reads after a dev job: the next action in the status comment, the job summary.

/** The next action after a dev failure that a re-run may fix. */
export const RETRY = 'Look at the run log, then comment /codex retry to run dev again.';

const NEXT_ACTION: Record<
  WorkOutcome['status'],
  (s: JobSession, reason: string, pr?: number) => string | null
> = {
  complete: (s, _r, pr) => reviewByHand(s, pr),
  tests_failed: (s, _r, pr) =>
    `The verification fails${pr ? ` on PR #${pr}` : ''}: fix it on the branch ${s.wt.branch}, then comment /codex retry.`,
  blocked: (s, reason) =>
    s.state.escalation
      ? 'Review the escalation (and the held commits comment); a user with write access comments /codex approve to let it through.'
      : reason,
  needs_decomposition: () =>
    'The item is too big for one pull request: split it (comment /codex plan to re-plan it).',
  error: () => RETRY,
};

/** Whether dev starts the review of its pull request itself (autonomy `draft` and `loop` do). */
export const startsReview = (autonomy: Autonomy): boolean => autonomy === 'draft' || autonomy === 'loop';

/**
 * What a person does for a complete item whose review the action does not start: autonomy `plan`
 * starts nothing on its own, and without dispatch nothing can be started. Null when review follows.
 */
function reviewByHand(session: JobSession, pr: number | undefined): string | null {
  if (!pr) return null;
  const { autonomy } = session.ctx.inputs;
  const why = !startsReview(autonomy)
    ? `autonomy \`${autonomy}\` starts nothing on its own`
    : dispatchOff(session.job);
  return why ? `Comment \`/codex review\` on PR #${pr} to have it reviewed (${why}).` : null;
}

/** What a human must do next after dev ended in `status` (null: nothing). */
export function devNextAction(
  session: JobSession,
  status: WorkOutcome['status'],
  reason: string,
  pr: number | undefined,
): string | null {
  return NEXT_ACTION[status](session, reason, pr);
}

/** The dev job's summary: branch, criteria, one line per run, the verification. */
export function jobSummary(session: JobSession, outcome: WorkOutcome): string {
  const criteria = session.state.criteria.map(
    (c, i) => `- [${c.done ? 'x' : ' '}] ${i + 1}. ${c.text.replace(/\s+/g, ' ').slice(0, 200)}`,
  );
  const parts = [`**Branch:** \`${session.wt.branch}\``, criteria.join('\n')];
  if (session.log.length > 0) parts.push(`**Runs:**\n${session.log.map((l) => `- ${l}`).join('\n')}`);
  if ('report' in outcome && outcome.report)
    parts.push(`**Verification:**\n${verifyMarkdown(outcome.report, 3000)}`);
  return parts.join('\n\n');
}
