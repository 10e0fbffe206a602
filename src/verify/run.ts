import { BASE_ENV, pickEnv } from '../safety/env.js';
import { redactSecrets } from '../safety/secrets.js';
import { type Isolation, type IsolationProbe, jobIsolation, requireIsolation } from './isolate.js';
import { type CommandOutcome, OUTPUT_TAIL_CHARS, spawnOutcome } from './process.js';

export { type CommandOutcome, OUTPUT_TAIL_CHARS };

/** The verification of one tree: every command in order, stopping at the first failure. */
export interface VerifyReport {
  ok: boolean;
  results: CommandOutcome[];
  /** Commands not run because an earlier one failed. */
  skipped: string[];
}

// What the commands may see of the job's environment. Tokens (INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN,
// ACTIONS_ID_TOKEN_REQUEST_*, the model key) are not listed, so they never reach code the model wrote.
const PASSED = [
  ...BASE_ENV,
  'TEMP',
  'TMP',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_TEMP',
  'RUNNER_TOOL_CACHE',
  'JAVA_HOME',
  'GOROOT',
  'GOPATH',
  'CARGO_HOME',
  'RUSTUP_HOME',
  'pythonLocation',
];

/** The minimal environment of verification commands, taken from `source` by allow-list. */
export function verifyEnv(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return { CI: 'true', ...pickEnv(source, PASSED) };
}

/**
 * Runs one command with `sh -c` in its own process group, NOT isolated: only for the action's own
 * commands. Code from the work branch goes through `runVerification`, which isolates it.
 */
export function runCommand(
  command: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<CommandOutcome> {
  return spawnOutcome(command, '/bin/sh', ['-c', command], options).then(redacted);
}

/**
 * The outcome with the job's secrets redacted from its output (src/safety/secrets.ts, every
 * encoding): the one point all command output passes before it goes back to the model, into the
 * PR body, the status comment or the log. Isolation keeps the secrets out of the commands' reach;
 * this keeps a copy that got through anyway (a secret in the repository, an isolation gap) from
 * travelling further.
 */
const redacted = (outcome: CommandOutcome): CommandOutcome => ({
  ...outcome,
  output: redactSecrets(outcome.output),
});

/**
 * Runs the configured verification commands in `cwd`, isolated from the job's secrets, outside the model, one after the other
 * within one overall time budget. The first failure stops the rest (they are listed as skipped).
 */
export async function runVerification(options: {
  commands: readonly string[];
  cwd: string;
  timeoutMs: number;
  env?: Record<string, string>;
  /** `sandbox.network` of the config; off by default. */
  network?: boolean;
  /** The job's isolation (`jobIsolation`); detected here when not given. */
  isolation?: IsolationProbe;
}): Promise<VerifyReport> {
  // Refuses (throws IsolationUnavailableError) before anything runs.
  const isolation: Isolation = requireIsolation(options.isolation ?? (await jobIsolation()));
  const env = options.env ?? verifyEnv();
  const deadline = performance.now() + options.timeoutMs;
  const results: CommandOutcome[] = [];
  for (const [index, command] of options.commands.entries()) {
    const left = Math.max(1000, deadline - performance.now());
    const outcome = await isolation.run(command, {
      cwd: options.cwd,
      env,
      network: options.network ?? false,
      timeoutMs: left,
    });
    results.push(redacted(outcome));
    if (outcome.exitCode !== 0) return { ok: false, results, skipped: options.commands.slice(index + 1) };
  }
  return { ok: true, results, skipped: [] };
}
