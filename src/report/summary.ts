import { renderModelLine } from '../safety/markdown.js';
import type { PhaseResult } from '../status.js';
import { STATUS_ICON } from './icons.js';
import { capMarkdown } from './limits.js';

/**
 * GitHub drops a step summary over 1 MiB. Counted in UTF-16 code units, which can be fewer than
 * the bytes, so a margin is left for text beyond ASCII.
 */
const MAX_SUMMARY = 700_000;

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
    // A reason can quote the model (a blocked review's reason): rendered like any model text.
    `${STATUS_ICON[result.status]} **${result.status}**${result.reason ? ` — ${renderModelLine(result.reason)}` : ''}`,
    true,
  );
  if (result.summary)
    core.summary.addBreak().addRaw(capMarkdown(result.summary, MAX_SUMMARY, 'the events artifact'), true);
  await core.summary.write();
}
