import type { ItemJob } from '../../action/job.js';
import type { FixThread } from '../../engine/fix/input.js';
import type { FixAnswer } from '../../engine/fix/schema.js';
import { replyAndResolveThread } from '../../github/threads.js';
import * as core from '../../log.js';
import { renderModelMarkdown } from '../../safety/markdown.js';
import type { FixContext } from './context.js';

/** Marks the action's reply in a thread, so a re-run of the same cycle does not reply twice. */
export const fixReplyMarker = (cycle: number) => `<!-- codex-orchestrator:fix-reply cycle=${cycle} -->`;

/**
 * The threads this round may close: those whose finding (or whose own id) the answer claims AND
 * whose file the round's commit changed. A claim without a change to that code proves nothing, so
 * those threads stay open for the next review or a person.
 */
export function threadsToClose(
  context: FixContext,
  answer: FixAnswer,
  changed: readonly string[],
): FixThread[] {
  const files = new Set(changed);
  const findings = new Set(answer.fixed_findings);
  const threads = new Set(answer.fixed_threads);
  return [
    ...context.threads.filter((t) => threads.has(t.id)),
    ...context.ownThreads.filter((t) => (t.finding && findings.has(t.finding)) || threads.has(t.id)),
  ].filter((t) => files.has(t.path));
}

/** Replies in and resolves each thread; returns one line per thread for the job summary. */
export async function closeThreads(
  job: ItemJob,
  threads: readonly FixThread[],
  round: { cycle: number; sha: string; summary: string },
): Promise<string[]> {
  const marker = fixReplyMarker(round.cycle);
  const body = [
    `Addressed in ${round.sha.slice(0, 12)} (fix round for review cycle ${round.cycle}).`,
    '',
    renderModelMarkdown(round.summary),
    '',
    marker,
  ].join('\n');
  const lines: string[] = [];
  for (const thread of threads) {
    const where = `${thread.path}${thread.line ? `:${thread.line}` : ''}`;
    if (!job.writes) {
      core.info(`[dry-run] Would reply in and resolve the thread ${thread.id} on ${where}:\n${body}`);
      lines.push(`Would reply in and resolve the thread on ${where}.`);
      continue;
    }
    // A re-run after a reply that landed only resolves (the reply carries this cycle's marker).
    await replyAndResolveThread(
      job.client,
      thread.id,
      thread.replied.includes(round.cycle) ? undefined : body,
    );
    lines.push(
      `Replied in and resolved the thread on ${where}${thread.finding ? ` (\`${thread.finding}\`)` : ''}.`,
    );
  }
  return lines;
}
