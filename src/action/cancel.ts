import { errorMessage } from '../errors.js';
import * as core from '../log.js';
import type { PhaseContext } from '../phase.js';
import { finishPhase, type StatePhase } from '../state/index.js';
import { loadItemState } from '../tracker/github/store.js';
import { openItemJob, saveState, workItemOf } from './job.js';

/**
 * After the runner cancelled the job: the item this job worked on says `cancelled`, not `running`
 * (or the result the phase wrote while it was being stopped), so a person sees what happened and a
 * re-run continues from the saved state. Only an entry of this run is rewritten; a failure here is
 * logged, never thrown — the job is failing already, and the runner kills it within seconds.
 */
export async function recordCancellation(ctx: PhaseContext, message: string): Promise<void> {
  if (!ctx.target || ctx.phase === 'setup' || ctx.phase === 'control') return;
  try {
    const job = await openItemJob(ctx);
    if (!job.writes) return;
    const item = await workItemOf(job, ctx.target);
    const state = (await loadItemState(job.client, job.repo, item, job.identity))?.state;
    const last = state?.timeline.at(-1);
    if (!state || !last || (state.status !== 'running' && last.runUrl !== job.runUrl)) return;
    const phase: StatePhase = last.phase;
    await saveState(
      job,
      finishPhase(state, phase, 'cancelled', {
        note: message,
        runUrl: job.runUrl,
        nextAction: `The run was cancelled while ${phase} ran. Comment /codex retry (or re-run the job) to continue where it stopped.`,
      }),
    );
    core.info(`Recorded the cancellation in the status comment of #${item}.`);
  } catch (error) {
    core.warning(`Could not record the cancellation in the status comment: ${errorMessage(error)}`);
  }
}
