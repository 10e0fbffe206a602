import type { z } from 'zod';

/** Token usage of one run (or a sum of runs). Codex reports cumulative usage per thread; this is a delta. */
export interface Usage {
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
  reasoningOutputTokens: number;
}

export const ZERO_USAGE: Usage = Object.freeze({
  inputTokens: 0,
  cachedInputTokens: 0,
  outputTokens: 0,
  reasoningOutputTokens: 0,
});

export const addUsage = (a: Usage, b: Usage): Usage => ({
  inputTokens: a.inputTokens + b.inputTokens,
  cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
  outputTokens: a.outputTokens + b.outputTokens,
  reasoningOutputTokens: a.reasoningOutputTokens + b.reasoningOutputTokens,
});

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

/** A file the agent changed, path relative to the run's cwd when inside it. */
export interface FileChangeRecord {
  path: string;
  kind: 'add' | 'delete' | 'update';
}

export interface AgentRunSuccess<T = unknown> {
  ok: true;
  threadId: string;
  finalMessage: string;
  /** The parsed, validated structured answer when an output schema was given. */
  output: T | undefined;
  commands: CommandRecord[];
  fileChanges: FileChangeRecord[];
  /** Usage of this run alone (not the thread's cumulative total). */
  usage: Usage;
  durationMs: number;
}

export type AgentFailureKind =
  | 'turn_failed'
  | 'exit'
  | 'timeout'
  /** The request's own signal was aborted by the caller. */
  | 'aborted'
  /** The job was cancelled (SIGINT/SIGTERM from the runner): the phase records "cancelled". */
  | 'cancelled'
  | 'invalid_output'
  | 'thread_mismatch'
  | 'spawn';

export interface AgentRunFailure {
  ok: false;
  kind: AgentFailureKind;
  /** What went wrong, for people: the turn's error, the stderr tail, the schema problems. */
  message: string;
  threadId: string | undefined;
  exitCode: number | null;
  stderrTail: string;
  /** The raw final message, when there was one (e.g. the JSON that broke the schema). */
  finalMessage: string | undefined;
  commands: CommandRecord[];
  fileChanges: FileChangeRecord[];
  usage: Usage;
  durationMs: number;
}

export type AgentRunResult<T = unknown> = AgentRunSuccess<T> | AgentRunFailure;

/**
 * Runs a coding agent once. Codex CLI is the one implementation today; the interface is what the
 * phases see, so another agent CLI can be added without touching them.
 */
export interface AgentRunner {
  readonly name: string;
  run<T>(request: AgentRunRequest<T>): Promise<AgentRunResult<T>>;
  /**
   * Where the agent keeps its sessions (Codex: CODEX_HOME; threads live in its `sessions/`).
   * Restore a cached `sessions/` here to resume a thread started in an earlier job.
   */
  readonly stateDir?: string;
  /** Every command the agent attempted in a thread, including refused ones (for the command audit). */
  attemptedCommands?(threadId: string): Promise<AttemptedCommand[]>;
}
