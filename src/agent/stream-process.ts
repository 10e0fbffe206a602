import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { execa } from 'execa';
import { trackProcessTree } from '../process/cancel.js';
import { killTree } from '../process/tree.js';
import { readLines } from './jsonl.js';
import { RedactingLines } from './redact-lines.js';

const STDERR_TAIL_CHARS = 4000;

/** Why a process was stopped before it ended on its own; a runner adds its own reasons. */
export type StopReason = 'timeout' | 'aborted' | 'cancelled' | (string & {});

/** Where a runner's story goes: the job log by default, a recorder in tests. */
export interface StreamLog {
  info(text: string): void;
  debug(text: string): void;
}

/** One run of an agent CLI that writes JSON lines on stdout. */
export interface StreamProcessOptions {
  path: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd?: string;
  /** Written to stdin, which is then closed (the CLIs read stdin to EOF). */
  input: string;
  timeoutMs: number;
  killGraceMs: number;
  /** The caller's signal: once aborted the tree is killed and the stop reason is `aborted`. */
  signal?: AbortSignal;
  /** The job's cancellation: stop reason `cancelled`. */
  cancel?: AbortSignal;
  /** Every raw line is appended here, redacted of the job's secrets (the `events-file` output). */
  eventsFile: string;
  /** Each complete line; `stop` kills the tree with the given reason (the first reason wins). */
  onLine: (line: string, stop: (reason: StopReason) => void) => void;
  log: StreamLog;
  /** The program's name in messages ("Codex", "Claude Code"). */
  what: string;
}

export interface StreamProcessResult {
  exitCode: number | null;
  signal: string | undefined;
  stderrTail: string;
  stopped: StopReason | undefined;
  /** Set when the program could not be started at all. */
  spawnError: string | undefined;
}

/**
 * Runs an agent CLI detached (it leads its own process group) and reads its stdout to the end
 * line by line: a timeout, the caller's abort, the job's cancellation or `stop` kills the whole
 * process tree; stdout is drained to the end (a CLI dies of SIGPIPE otherwise); each chunk is
 * appended to the events file with the job's secrets redacted; a process outliving the action is
 * killed with it (src/cancel.ts).
 */
export async function runStreamProcess(o: StreamProcessOptions): Promise<StreamProcessResult> {
  let eventsFileError: unknown;
  const redactor = new RedactingLines();
  const events = await mkdir(dirname(o.eventsFile), { recursive: true })
    .then(() => open(o.eventsFile, 'a'))
    .catch((error: unknown) => {
      eventsFileError = error;
      o.log.info(`Could not open the events file ${o.eventsFile}: ${String(error)}; running without it.`);
      return undefined;
    });
  const child = execa(o.path, o.args, {
    input: o.input,
    cwd: o.cwd,
    env: o.env,
    extendEnv: false,
    detached: true,
    cleanup: false,
    buffer: false,
    reject: false,
    stdout: 'pipe',
    stderr: 'pipe',
  });
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-STDERR_TAIL_CHARS);
  });

  let stopped: StopReason | undefined;
  let killing: Promise<void> | undefined;
  const stop = (why: StopReason) => {
    if (stopped || child.pid === undefined) return;
    stopped = why;
    killing = killTree(child.pid, child, o.killGraceMs);
  };
  const timer = setTimeout(() => stop('timeout'), o.timeoutMs);
  const onAbort = () => stop('aborted');
  const onCancel = () => stop('cancelled');
  o.signal?.addEventListener('abort', onAbort, { once: true });
  o.cancel?.addEventListener('abort', onCancel, { once: true });
  if (o.cancel?.aborted) stop('cancelled');
  if (o.signal?.aborted) stop('aborted');
  const untrack = child.pid === undefined ? () => {} : trackProcessTree(child.pid);

  const reading = readLines(child.stdout ?? [], (line) => o.onLine(line, stop), {
    onChunk: async (chunk) => {
      if (!events || eventsFileError) return;
      try {
        await events.write(redactor.push(chunk));
      } catch (error) {
        // A full disk must not cost the run: keep draining stdout.
        eventsFileError = error;
        o.log.info(
          `Could not write the events file ${o.eventsFile}: ${String(error)}; continuing without it.`,
        );
      }
    },
    onOversized: (bytes) => o.log.debug(`Skipped an event line of ${bytes} bytes (too long to parse).`),
  });
  try {
    const [result] = await Promise.all([child, reading]);
    await killing;
    return {
      exitCode: result.exitCode ?? null,
      signal: result.signal,
      stderrTail,
      stopped,
      spawnError:
        child.pid === undefined
          ? `Could not start ${o.what} at '${o.path}': ${result.message ?? 'unknown error'}.`
          : undefined,
    };
  } catch (error) {
    // Reading failed unexpectedly: never leave the CLI running behind a thrown error.
    if (child.pid !== undefined) await killTree(child.pid, child, o.killGraceMs);
    throw error;
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
    o.cancel?.removeEventListener('abort', onCancel);
    untrack();
    if (events && !eventsFileError) await events.write(redactor.end()).catch(() => undefined);
    await events?.close();
  }
}
