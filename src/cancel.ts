import { descendants } from './agent/proc.js';

/**
 * Cancellation of the job. The runner cancels a step with SIGINT, then SIGTERM about 7.5 s later,
 * then a kill. The first signal aborts the job's AbortSignal: the agent runner kills Codex's
 * process tree and returns `kind: 'cancelled'`, the phase records "cancelled", the action exits
 * non-zero. A second signal means there is no time left: every tracked process tree is killed at
 * once and the process exits. Codex and verification commands run detached (their own process
 * groups, so a timeout can kill all they started), which also means nothing kills them when this
 * process dies; hence the registry and the `exit` hook (seen: Codex running on with parent PID 1).
 */

/** The job's cancellation, made once in `run()`. */
export interface JobCancellation {
  /** Aborted on the first SIGINT/SIGTERM; its `reason` is a `CancelledError`. */
  readonly signal: AbortSignal;
  /** "Cancelled by SIGINT ...", once cancelled. */
  readonly message: string | undefined;
  /** Removes the signal handlers (the default behaviour returns). */
  dispose(): void;
}

/** The abort reason of a cancelled job. */
export class CancelledError extends Error {
  constructor(readonly signalName: NodeJS.Signals) {
    super(
      `Cancelled by ${signalName} (the workflow run was cancelled or timed out); ` +
        "the agent's processes were stopped. A re-run continues from the saved state.",
    );
    this.name = 'CancelledError';
  }
}

const trees = new Set<number>();
let exitHooked = false;

/** SIGKILLs every tracked process group and all their descendants, synchronously. */
export function killTrackedTrees(): void {
  for (const pid of trees) {
    for (const target of [...descendants(pid), -pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  trees.clear();
}

/**
 * Registers a detached child (a process-group leader) to be killed with its whole tree if this
 * process exits or is cancelled a second time before the child is done. Returns the unregister
 * function; call it once the child has exited and been reaped.
 */
export function trackProcessTree(pid: number): () => void {
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', killTrackedTrees);
  }
  trees.add(pid);
  return () => {
    trees.delete(pid);
  };
}

/** The pids currently tracked (for tests and diagnostics). */
export const trackedTrees = (): number[] => [...trees];

/**
 * Installs the SIGINT/SIGTERM handlers. `log` tells the job log what happened; `exit` ends the
 * process on the second signal (default `process.exit`, which runs the `exit` hook above).
 */
export function installCancellation(
  options: { log?: (line: string) => void; exit?: (code: number) => void } = {},
): JobCancellation {
  const controller = new AbortController();
  let message: string | undefined;
  const onSignal = (signalName: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      const reason = new CancelledError(signalName);
      message = reason.message;
      options.log?.(`Received ${signalName}: cancelling (stopping the agent, then saving the state).`);
      controller.abort(reason);
      return;
    }
    options.log?.(`Received ${signalName} again: killing every child process tree now.`);
    killTrackedTrees();
    (options.exit ?? process.exit)(signalName === 'SIGINT' ? 130 : 143);
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    get message() {
      return message;
    },
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
