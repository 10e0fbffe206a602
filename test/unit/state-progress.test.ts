import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressUpdater } from '../../src/engine/progress.js';
import { type ItemState, newItemState } from '../../src/state/schema.js';

const at = (attempt: number): ItemState => ({ ...newItemState(1), attempt });

describe('progress updater', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('writes at most once per interval, the newest state, and always the final one', async () => {
    const written: number[] = [];
    const progress = createProgressUpdater(async (s) => void written.push(s.attempt), {
      intervalMs: 10_000,
      now: () => Date.now(),
    });
    await progress.update(at(1)); // first: at once
    await progress.update(at(2)); // throttled
    await progress.update(at(3)); // replaces 2
    expect(written).toEqual([1]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(written).toEqual([1, 3]);
    await progress.update(at(4)); // throttled again
    await progress.final(at(5)); // cancels 4, writes at once
    await vi.advanceTimersByTimeAsync(60_000);
    expect(written).toEqual([1, 3, 5]);
  });

  it('logs a failed progress write and goes on; a failed final write throws', async () => {
    const errors: string[] = [];
    const progress = createProgressUpdater(
      async () => {
        throw new Error('502 Bad Gateway');
      },
      { onError: (m) => errors.push(m) },
    );
    await progress.update(at(1));
    expect(errors).toEqual(['Could not update the status comment: 502 Bad Gateway']);
    await expect(progress.final(at(2))).rejects.toThrow('502');
  });
});
