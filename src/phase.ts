import type { AgentRunner } from './agent/types.js';
import type { Config } from './config.js';
import type { ActionContext } from './context.js';
import type { GitHubClient } from './github/client.js';
import type { Inputs } from './inputs.js';
import type { HandlerName, PhaseResult } from './status.js';

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
