import type { BacklogView, QueuePhase } from './queue.js';

/** One entry of the `queue` output: the ready items in order. */
export interface QueueOutputEntry {
  /** The issue number (GitHub) or the item's id (docs). */
  item: number | string;
  title: string;
  priority: string;
  milestone: string | null;
  phase: QueuePhase;
  /** The item's file (docs). */
  file?: string;
}

/** The `queue` output of a scan (DESIGN §9), also what `scan --json` prints under `queue`. */
export function queueOutput(view: BacklogView): QueueOutputEntry[] {
  return view.ready.map(({ item, phase }) => ({
    item: item.source.kind === 'github' ? item.source.number : item.id,
    title: item.title,
    priority: item.priority,
    milestone: item.milestone ?? null,
    phase,
    ...(item.source.kind === 'docs' ? { file: item.source.file } : {}),
  }));
}
