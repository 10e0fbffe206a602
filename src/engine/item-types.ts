import type { Usage } from '../agent/types.js';
import type { Finding } from '../review/schema.js';
import type { ItemState } from '../state/index.js';

/** A docs item as the loop works it: what its file says. */
export interface LoopItem {
  id: string;
  title: string;
  /** The markdown below the front matter. Untrusted text. */
  body: string;
  /** The acceptance criteria of its file; none: the planner writes them first. */
  criteria: string[];
  /** Its file, relative to the repository's root: marked done on the branch once dev completes. */
  file: string;
}

/** How an item's loop ended. */
export type LoopStatus =
  /** The review passed: the branch waits for a person to merge it. */
  | 'pass'
  /** Dev and verification passed (a loop asked for dev only, the MCP server's process_bug). */
  | 'complete'
  | 'tests_failed'
  | 'needs_clarification'
  | 'needs_decomposition'
  /** A person must act: an escalation, a budget, the review cycle cap, no progress, the same findings back. */
  | 'blocked'
  | 'error'
  /** A STOP file or a signal ended the loop between steps; a later run continues. */
  | 'stopped';

export interface LoopOutcome {
  status: LoopStatus;
  reason: string;
  /** The item's branch (it stays when the loop ends), once there is one. */
  branch: string | null;
  /** Reviews the branch had. */
  cycles: number;
  /** The latest review's findings that are still open. */
  openFindings: Finding[];
  /** The engine's commits on the branch. */
  commits: number;
  /** What this loop spent (the item's total is in the state). */
  usage: Usage;
  /** The next human step, in one sentence. */
  next: string;
  state: ItemState;
}
