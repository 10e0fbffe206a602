import type { PhaseStatus } from '../status.js';

/**
 * The icon of every item and phase status, in the status comment and the job summary. A module of
 * its own so that the job summary, which every job writes, does not load the status comment's code.
 */
export const STATUS_ICON: Record<PhaseStatus | 'new' | 'running' | 'cancelled', string> = {
  new: '🆕',
  running: '⏳',
  cancelled: '🛑',
  complete: '✅',
  pass: '✅',
  skipped: '⏭️',
  needs_clarification: '❓',
  needs_decomposition: '🧩',
  changes_required: '🔁',
  tests_failed: '❌',
  blocked: '⛔',
  error: '💥',
};
