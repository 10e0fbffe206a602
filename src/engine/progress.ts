import { errorMessage } from '../errors.js';
import * as core from '../log.js';
import type { ItemState } from '../state/schema.js';

/** Writes progress to the status comment at a bounded rate (DESIGN §10: throttled edits). */
export interface ProgressUpdater {
  /**
   * Records progress. Written at once when the last write is at least `intervalMs` old, otherwise
   * once that interval has passed (only the newest state is written). Never throws: a failed
   * progress edit is logged as a warning, the work goes on.
   */
  update(state: ItemState): Promise<void>;
  /** Writes the final state now, after any write in flight; cancels a pending one. Throws on failure. */
  final(state: ItemState): Promise<void>;
  /**
   * Cancels a pending write and waits for one in flight, writing nothing: for a caller that saves
   * the final state itself right after (one write instead of two).
   */
  settle(): Promise<void>;
}

export interface ProgressOptions {
  /** The shortest time between two progress edits (default 10 s). */
  intervalMs?: number;
  /** Injected by tests. */
  now?: () => number;
  onError?: (message: string) => void;
}

/** A throttled status-comment writer for long phases; `save` writes one state (saveItemState). */
export function createProgressUpdater(
  save: (state: ItemState) => Promise<unknown>,
  options: ProgressOptions = {},
): ProgressUpdater {
  const interval = options.intervalMs ?? 10_000;
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((m: string) => core.warning(m));
  let lastWrite = Number.NEGATIVE_INFINITY;
  let pending: ItemState | undefined;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();

  const write = (state: ItemState): Promise<void> => {
    lastWrite = now();
    chain = chain
      .then(() => save(state))
      .then(
        () => undefined,
        (error: unknown) => onError(`Could not update the status comment: ${errorMessage(error)}`),
      );
    return chain;
  };

  const flush = (): Promise<void> => {
    timer = undefined;
    const state = pending;
    pending = undefined;
    return state ? write(state) : chain;
  };

  return {
    update(state) {
      pending = state;
      if (timer) return Promise.resolve();
      const wait = lastWrite + interval - now();
      if (wait <= 0) return flush();
      timer = setTimeout(() => void flush(), wait);
      timer.unref();
      return Promise.resolve();
    },
    async final(state) {
      await this.settle();
      lastWrite = now();
      await save(state);
    },
    async settle() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
      await chain;
    },
  };
}
