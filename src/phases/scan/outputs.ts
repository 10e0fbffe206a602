import type { QueueOutputEntry } from '../../backlog/queue-output.js';

/**
 * The scan's `queue` and `matrix` outputs, cut to what GitHub takes: a job's outputs may hold 1 MB
 * in all (a 10,000-item queue is about 6 MB, and a larger value fails the job when it ends), and a
 * matrix may start at most 256 jobs. What the queue leaves out is counted, for the log and the job
 * summary; a scan never claims more items than a matrix can start.
 */

/** Half of GitHub's 1 MB for a job's outputs: the rest is for the others (matrix, status, …). */
export const MAX_QUEUE_BYTES = 512 * 1024;

/** GitHub starts at most 256 jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256;

export interface Capped<T> {
  kept: T[];
  /** How many entries were left out (0: all kept). */
  left: number;
}

/** The first entries of the queue whose JSON array fits in `maxBytes` (UTF-8). */
export function capQueue(
  entries: readonly QueueOutputEntry[],
  maxBytes = MAX_QUEUE_BYTES,
): Capped<QueueOutputEntry> {
  let bytes = 2; // []
  let kept = 0;
  for (const entry of entries) {
    const size = Buffer.byteLength(JSON.stringify(entry), 'utf8') + (kept > 0 ? 1 : 0);
    if (bytes + size > maxBytes) break;
    bytes += size;
    kept += 1;
  }
  return { kept: entries.slice(0, kept), left: entries.length - kept };
}

/** The line that says what the queue cap left out, for the log and the summary; undefined when nothing. */
export function leftOutNote(queue: Capped<unknown>): string | undefined {
  if (queue.left === 0) return undefined;
  const total = queue.kept.length + queue.left;
  return `The queue output lists the first ${queue.kept.length} of ${total} ready items (${queue.left} left out): GitHub takes at most 1 MB of outputs from a job. The dashboard and \`codex-orchestrator scan\` show them all.`;
}
