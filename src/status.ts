import type { Usage } from './agent/types.js';
import type { Phase } from './inputs.js';

// The phase vocabulary every layer shares: the phases, their results, and the one result type a
// phase (or the CLI's loop, for an item) ends in. PhaseContext, which only the Action's phases
// see, lives in phase.ts.

/** A phase that does work (everything but `auto`, which only routes). */
export type ConcretePhase = Exclude<Phase, 'auto'>;

/** A registered handler: a concrete phase, or the internal `control` handler for slash commands. */
export type HandlerName = ConcretePhase | 'control';

export const PHASE_STATUSES = [
  'complete',
  'tests_failed',
  'needs_clarification',
  'needs_decomposition',
  'changes_required',
  'pass',
  'blocked',
  'skipped',
  'error',
] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** The one typed result every phase ends in; main.ts turns it into outputs and the job summary. */
export interface PhaseResult {
  status: PhaseStatus;
  /** One or two sentences for people: why this status (required for skipped and blocked). */
  reason: string;
  nextPhase?: ConcretePhase;
  item?: number;
  prNumber?: number;
  branch?: string;
  review?: unknown;
  plan?: unknown;
  queue?: unknown;
  matrix?: unknown;
  usage?: Usage;
  /** Markdown for the job summary, below the standard header. */
  summary?: string;
  /**
   * The job fails (exit 1, `reason` as its error) while `status` stays what it is: the scan of a docs
   * backlog with problems is `blocked`, and a red run is how people notice it.
   */
  fail?: boolean;
}
