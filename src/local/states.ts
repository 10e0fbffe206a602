import { readdir } from 'node:fs/promises';
import type { WorkItem } from '../backlog/model.js';
import { type ItemState, itemKeySchema, itemStateSchema } from '../state/index.js';
import { readJson, type StateFolder } from '../tracker/local/folder.js';

/** An item's local state as read: the state, or `unreadable` (a damaged or foreign file). */
export type LocalState = ItemState | 'unreadable';

/** The local states of backlog items that have one (no state folder: none). Writes nothing. */
export async function localStates(
  folder: StateFolder,
  known: ReadonlyMap<string, WorkItem>,
): Promise<Map<string, LocalState>> {
  const found = new Map<string, LocalState>();
  let names: string[];
  try {
    names = await readdir(`${folder.root}/items`);
  } catch {
    return found;
  }
  for (const id of names) {
    if (!known.has(id) || !itemKeySchema.safeParse(id).success) continue;
    try {
      const raw = await readJson(folder.item(id).state);
      if (raw === undefined) continue;
      const parsed = itemStateSchema.safeParse(raw);
      found.set(id, parsed.success ? parsed.data : 'unreadable');
    } catch {
      found.set(id, 'unreadable');
    }
  }
  return found;
}

/**
 * Why an item with this local state waits for a person rather than being ready, or undefined. An
 * item whose branch passed review (or, for a surface that stops after dev, whose dev completed)
 * waits for a person's merge; one whose escalation waits for approval waits for that.
 */
export function waitingReason(
  id: string,
  state: LocalState,
  options: { devCompleteWaits?: boolean } = {},
): string | undefined {
  if (state === 'unreadable') return 'its state.json cannot be read: see its log, or delete the file';
  if (state.phase === 'review' && state.status === 'pass')
    return `its branch ${state.branch} passed review: a person merges it`;
  if (state.escalation && !state.escalation.approvedBy)
    return `an escalation waits for approval: codex-orchestrator approve ${id}`;
  if (options.devCompleteWaits && state.dev.result === 'complete')
    return `its branch ${state.branch} is done and verified: a person reviews and merges it`;
  return undefined;
}
