import { spawn } from 'node:child_process';
import { trackProcessTree } from '../process/cancel.js';

/** One verification command's outcome. `exitCode` is null when it was killed (timeout). */
export interface CommandOutcome {
  command: string;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The last part of stdout and stderr, interleaved as they arrived. */
  output: string;
}

/** Characters of output kept per command (the end is where test runners print their failures). */
export const OUTPUT_TAIL_CHARS = 20_000;

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
 * Runs `file args` in its own process group, so that a timeout kills everything it started (test
 * runners fork workers that would otherwise keep the pipes open). `command` is what the outcome
 * reports: the configured command, not the wrapper that runs it.
 */
export function spawnOutcome(
  command: string,
  file: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<CommandOutcome> {
  const started = performance.now();
  const tail = new Tail(OUTPUT_TAIL_CHARS);
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Detached, so nothing kills it when the action dies: the cancellation registry does.
    const untrack = child.pid ? trackProcessTree(child.pid) : () => undefined;
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
      untrack();
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
