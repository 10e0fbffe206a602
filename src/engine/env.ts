import type { AgentRunner } from '../agent/types.js';
import type { Config } from '../config.js';
import type { PlannedRun } from '../state/budget.js';

/** The roles the engine runs an agent in; a runtime is chosen per role (config `runtimes`). */
export type AgentRole = 'plan' | 'dev' | 'fix' | 'review' | 'retro';

/**
 * What the engine needs from the surface that drives it (the Action's job, or the CLI's run),
 * besides the item's tracker: the policy, the agents, and the limits that come from inputs.
 */
export interface EngineEnv {
  config: Config;
  /** The runtime for a role, created on first use (a job that runs no agent installs nothing). */
  agent(role: AgentRole): Promise<AgentRunner>;
  /**
   * Every runtime the config gives a role, in order: review may list two, a second opinion
   * (src/engine/review.ts runs them at the same time). Absent: `[agent(role)]`.
   */
  agents?(role: AgentRole): Promise<AgentRunner[]>;
  /**
   * The models a role would run, with whether each has a price: a cost cap on a model without one
   * stops the work before the run (fail closed, src/state/budget.ts).
   */
  plannedRuns(role: AgentRole): readonly PlannedRun[];
  /** How many reviews an item's change may take (the `max-review-cycles` input). */
  maxReviewCycles: number;
  /** Folders where a bundled bubblewrap may live (a `codex-path` input's), for the verification sandbox. */
  codexPaths: readonly string[];
  /** Aborted when the surface is cancelled (the runner's SIGTERM, the CLI's SIGINT). */
  signal?: AbortSignal;
}
