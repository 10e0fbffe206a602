import type { AgentRunner, Usage } from './agent/types.js';
import type { Config } from './config.js';
import type { ActionContext } from './context.js';
import type { GitHubClient } from './github/client.js';
import type { Inputs, Phase } from './inputs.js';

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

/** Everything a phase may use: validated inputs and config, the job context, and the ports. */
export interface PhaseContext {
  phase: HandlerName;
  /**
   * The slash command that started this job (`plan`, `approve`, `stop`, ...), or what stands for
   * one: `answer` for a reply to the questions, `pull-closed` for a closed pull request of the action.
   */
  command?: string;
  inputs: Inputs;
  config: Config;
  context: ActionContext;
  /** The issue or PR number the phase works on (input `target`, else from the event). */
  target: number | undefined;
  /**
   * The job's one GitHub client (retry and throttling, GHES URLs), built from the `github-token`
   * input. Throws a clear error when the token is empty.
   */
  github: () => GitHubClient;
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM): stop work, the state says `cancelled`. */
  signal?: AbortSignal;
  /**
   * The runner of the runtime the config gives this phase (`runtimes`, codex by default), created
   * on first use, so phases that call no model install nothing. Phases never name a runtime.
   */
  agent: () => Promise<AgentRunner>;
  /** Every runtime the config gives this phase, in order (review may have two: a second opinion). */
  agents?: () => Promise<AgentRunner[]>;
  /** Path of this job's raw agent events (JSONL). */
  eventsFile: string;
}

export type PhaseHandler = (ctx: PhaseContext) => Promise<PhaseResult>;
