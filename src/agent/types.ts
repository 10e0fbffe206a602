import type { z } from 'zod';

/**
 * What one run spent (or a sum of runs), the same for every runtime: a delta, never a session's
 * running total (Codex reports cumulative usage per thread, Claude Code cumulative cost per
 * session; each runner turns them into deltas). The cost travels with the tokens so that every sum
 * of usage (a phase's, an item's) carries its cost.
 */
export interface Usage {
  /** Every input token, cached ones and cache writes included. */
  inputTokens: number;
  /** The part of `inputTokens` read from the provider's prompt cache. */
  cachedInputTokens: number;
  /** Every output token, reasoning included. */
  outputTokens: number;
  reasoningOutputTokens: number;
  /**
   * USD of the priced runs in this sum, from the price table (src/agent/pricing.ts). Absent from a
   * usage recorded before runs were priced one by one: such a sum is estimated at the flat price.
   */
  costUsd?: number;
  /** Tokens (input + output) of runs whose model has no price: their cost is unknown, never 0. */
  unpricedTokens?: number;
}

export const ZERO_USAGE: Usage = Object.freeze({
  inputTokens: 0,
  cachedInputTokens: 0,
  outputTokens: 0,
  reasoningOutputTokens: 0,
});

const tokensOf = (u: Usage): number => u.inputTokens + u.outputTokens;

/** The usage's cost, 0 for no tokens, undefined when it predates per-run costs. */
const knownCost = (u: Usage): number | undefined => u.costUsd ?? (tokensOf(u) === 0 ? 0 : undefined);

/**
 * The sum of two usages. The cost is summed too, unless one side predates per-run costs: then the
 * sum has none, and is estimated as a whole at the flat price, as before (src/state/budget.ts).
 */
export const addUsage = (a: Usage, b: Usage): Usage => {
  const sum: Usage = {
    inputTokens: a.inputTokens + b.inputTokens,
    cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    reasoningOutputTokens: a.reasoningOutputTokens + b.reasoningOutputTokens,
  };
  const costA = knownCost(a);
  const costB = knownCost(b);
  if (costA !== undefined && costB !== undefined && (a.costUsd !== undefined || b.costUsd !== undefined))
    sum.costUsd = costA + costB;
  const unpriced = (a.unpricedTokens ?? 0) + (b.unpricedTokens ?? 0);
  if (unpriced > 0) sum.unpricedTokens = unpriced;
  return sum;
};

export type SandboxMode = 'read-only' | 'workspace-write';

/** A structured answer: the JSON schema sent to the agent and the zod schema that checks the reply. */
export interface OutputSchema<T> {
  /** Strict-subset JSON schema (every object closed, every property required). */
  json: Record<string, unknown>;
  /** Validates the parsed answer; the agent's reply is never trusted without it. */
  zod: z.ZodType<T>;
}

/** One call of the agent. */
export interface AgentRunRequest<T = unknown> {
  prompt: string;
  /** Working directory of the run (`-C`). */
  cwd: string;
  sandbox: SandboxMode;
  /** Resume this thread instead of starting a new one; the runner checks that the thread matches. */
  resumeThreadId?: string;
  outputSchema?: OutputSchema<T>;
  /** Kills the process tree after this long. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Lets the commands the agent runs reach the network (workspace-write only). */
  networkAccess?: boolean;
  /** A short name for logs ("review", "criterion 2"). */
  label?: string;
  /**
   * Command prefixes the agent must not run (config `commands.deny`, e.g. "git push"), enforced by
   * the agent CLI where it can (Codex: execpolicy `forbidden` rules). Absent or empty: none.
   */
  deniedCommands?: readonly string[];
}

/** A command the agent asked to run, whether or not it ran (refused ones included). */
export interface AttemptedCommand {
  /** The tool that carried it (`exec_command`, `write_stdin`, `shell`, ...). */
  tool: string;
  /** The command line or script as the agent wrote it. */
  command: string;
  /** The argument vector, for tools that take one. */
  argv: string[] | undefined;
  /** The agent asked to run it outside the sandbox. */
  escalated: boolean;
  /**
   * Set when the record of this command was tampered with (the event stream shows it ran, the
   * session's own record does not): the finding itself, which always escalates.
   */
  tampered?: string;
}

/** A command the agent ran, as the event stream reports it. */
export interface CommandRecord {
  command: string;
  exitCode: number | null;
  status: string;
}

/** A call of a tool that is not a shell (Claude Code's `Read`, Codex's MCP tools), with its outcome. */
export interface ToolCallRecord {
  tool: string;
  /** The call's input, shortened for logs (a path, a pattern). */
  input: string;
  /** False when the tool reported an error (a missing file, a refused path). */
  ok: boolean;
}

/** A call the runtime refused (permission rules, a tool it does not offer, execpolicy). */
export interface DeniedCall {
  tool: string;
  input: string;
  /** The runtime's reason, as it gave it. */
  reason: string;
}

/** A file the agent changed, path relative to the run's cwd when inside it. */
export interface FileChangeRecord {
  path: string;
  kind: 'add' | 'delete' | 'update';
}

/** What every result carries, whichever runtime ran and however it ended. */
export interface RunRecord {
  /** The runtime that ran (`codex`, `claude`). */
  runtime: string;
  /** The model that answered, when the runtime said which (else the one it was asked for). */
  model: string | undefined;
  commands: CommandRecord[];
  /** Calls of tools other than a shell, in order. */
  toolCalls: ToolCallRecord[];
  /** Calls the runtime refused, with its reason. */
  denied: DeniedCall[];
  fileChanges: FileChangeRecord[];
  /** Usage of this run alone (not the thread's cumulative total), with its cost. */
  usage: Usage;
  /** `usage.costUsd` of this run; null when its model has no price (the cost is unknown, not 0). */
  costUsd: number | null;
  durationMs: number;
}

export interface AgentRunSuccess<T = unknown> extends RunRecord {
  ok: true;
  threadId: string;
  finalMessage: string;
  /** The parsed, validated structured answer when an output schema was given. */
  output: T | undefined;
}

export type AgentFailureKind =
  | 'turn_failed'
  | 'exit'
  | 'timeout'
  /** The request's own signal was aborted by the caller. */
  | 'aborted'
  /** The job was cancelled (SIGINT/SIGTERM from the runner): the phase records "cancelled". */
  | 'cancelled'
  /**
   * No valid structured answer: JSON that breaks the schema, or (Claude Code) no answer at all, an
   * error result, or any end but success. Asked for once more in the same thread.
   */
  | 'invalid_output'
  | 'thread_mismatch'
  | 'spawn'
  /** Refused before any model call: the request asks for what this runtime may not do. */
  | 'refused';

export interface AgentRunFailure extends RunRecord {
  ok: false;
  kind: AgentFailureKind;
  /** What went wrong, for people: the turn's error, the stderr tail, the schema problems. */
  message: string;
  threadId: string | undefined;
  exitCode: number | null;
  stderrTail: string;
  /** The raw final message, when there was one (e.g. the JSON that broke the schema). */
  finalMessage: string | undefined;
}

export type AgentRunResult<T = unknown> = AgentRunSuccess<T> | AgentRunFailure;

/**
 * The runtime port: runs one turn of a coding agent and reports it in the same terms whatever the
 * agent (src/agent/codex, src/agent/claude). Phases see only this, so the audit, budgets, events
 * file, job summary and status comment work the same for every runtime. A runner's runs may not
 * overlap one another, but two runners (two runtimes) may run at the same time.
 */
export interface AgentRunner {
  /** The runtime (`codex`, `claude`). */
  readonly name: string;
  /**
   * The model its runs will use, as far as it is known before a run (the input, else the pinned
   * CLI's default); undefined when it cannot be known in advance.
   */
  readonly model: string | undefined;
  /** The sandboxes it may run: a read-only runtime refuses `workspace-write` (kind `refused`). */
  readonly sandboxes: readonly SandboxMode[];
  run<T>(request: AgentRunRequest<T>): Promise<AgentRunResult<T>>;
  /**
   * Where the agent keeps its sessions (Codex: CODEX_HOME; threads live in its `sessions/`).
   * Restore a cached `sessions/` here to resume a thread started in an earlier job.
   */
  readonly stateDir?: string;
  /** Every command the agent attempted in a thread, including refused ones (for the command audit). */
  attemptedCommands?(threadId: string): Promise<AttemptedCommand[]>;
}
