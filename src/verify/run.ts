import { spawn } from 'node:child_process';
import { BASE_ENV } from '../safety/env.js';

/** One verification command's outcome. `exitCode` is null when it was killed (timeout). */
export interface CommandOutcome {
  command: string;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The last part of stdout and stderr, interleaved as they arrived. */
  output: string;
}

/** The verification of one tree: every command in order, stopping at the first failure. */
export interface VerifyReport {
  ok: boolean;
  results: CommandOutcome[];
  /** Commands not run because an earlier one failed. */
  skipped: string[];
}

/** Characters of output kept per command (the end is where test runners print their failures). */
export const OUTPUT_TAIL_CHARS = 20_000;

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
  const env: Record<string, string> = { CI: 'true' };
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && (PASSED.includes(name) || name.startsWith('LC_'))) env[name] = value;
  }
  return env;
}

/** Keeps the last `max` characters of a stream without holding all of it. */
class Tail {
  private text = '';
  private dropped = false;
  constructor(private readonly max: number) {}
  push(chunk: string) {
    this.text += chunk;
    if (this.text.length > this.max * 2) {
      this.text = this.text.slice(-this.max);
      this.dropped = true;
    }
  }
  toString() {
    const clipped = this.dropped || this.text.length > this.max;
    return clipped ? `[… earlier output clipped]\n${this.text.slice(-this.max)}` : this.text;
  }
}

/**
 * Runs one command with `sh -c` in its own process group, so that a timeout kills everything it
 * started (test runners fork workers that would otherwise keep the pipes open).
 */
export function runCommand(
  command: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<CommandOutcome> {
  const started = performance.now();
  const tail = new Tail(OUTPUT_TAIL_CHARS);
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (c: string) => tail.push(c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => tail.push(c));
    const finish = (exitCode: number | null, error?: Error) => {
      clearTimeout(timer);
      // Whatever the command left running in the background goes with it.
      killGroup();
      if (error) tail.push(`\n${error.message}\n`);
      if (timedOut)
        tail.push(`\n[killed after ${Math.round(options.timeoutMs / 1000)} s: the verify timeout]\n`);
      resolve({
        command,
        exitCode: timedOut ? null : exitCode,
        timedOut,
        durationMs: Math.round(performance.now() - started),
        output: tail.toString(),
      });
    };
    child.on('error', (error) => finish(127, error));
    // A background process can hold the pipes open after the shell exits; killing the group ends it
    // so that 'close' follows.
    child.on('exit', killGroup);
    child.on('close', (code) => finish(code));
  });
}

/**
 * Runs the configured verification commands in `cwd`, outside the model, one after the other
 * within one overall time budget. The first failure stops the rest (they are listed as skipped).
 */
export async function runVerification(options: {
  commands: readonly string[];
  cwd: string;
  timeoutMs: number;
  env?: Record<string, string>;
}): Promise<VerifyReport> {
  const env = options.env ?? verifyEnv();
  const deadline = performance.now() + options.timeoutMs;
  const results: CommandOutcome[] = [];
  for (const [index, command] of options.commands.entries()) {
    const left = Math.max(1000, deadline - performance.now());
    const outcome = await runCommand(command, { cwd: options.cwd, env, timeoutMs: left });
    results.push(outcome);
    if (outcome.exitCode !== 0) return { ok: false, results, skipped: options.commands.slice(index + 1) };
  }
  return { ok: true, results, skipped: [] };
}
