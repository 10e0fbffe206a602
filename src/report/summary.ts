import type { PhaseResult } from '../phase.js';
import { STATUS_ICON } from './icons.js';

/** Writes the job summary of a phase: status, reason, and the phase's own markdown. */
export async function writeJobSummary({
  phase,
  result,
}: {
  phase: string;
  result: PhaseResult;
}): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  // Loaded here, at the end of the job, so its HTTP client does not weigh on the cold start.
  const core = await import('@actions/core');
  core.summary.addHeading(`codex-orchestrator · ${phase}`, 2);
  core.summary.addRaw(
    `${STATUS_ICON[result.status]} **${result.status}**${result.reason ? ` — ${result.reason}` : ''}`,
    true,
  );
  if (result.summary) core.summary.addBreak().addRaw(result.summary, true);
  await core.summary.write();
}
