import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

function capture(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, progress: new Progress({ stderr: (t) => writes.push(t), isTTY }) };
}

describe('the run progress on stderr', () => {
  it('prints one plain line per step with the item, the phase and the time since the item started', () => {
    const { writes, progress } = capture(false);
    progress.start('T-1');
    vi.advanceTimersByTime(65_000);
    progress.step('T-1', 'dev', '2 criterion(s)\nto do');
    vi.advanceTimersByTime(3_600_000);
    progress.step('T-1', 'review', `cycle 1: ${'x'.repeat(300)}`);
    progress.close();
    expect(writes).toEqual([
      '[1:05] T-1 dev: 2 criterion(s) to do\n',
      `[1:01:05] T-1 review: cycle 1: ${'x'.repeat(190)}…\n`,
    ]);
  });

  it('on a terminal, keeps a live status line under the steps, redrawn each second, and clears it at the end', () => {
    const { writes, progress } = capture(true);
    progress.start('T-1');
    progress.step('T-1', 'dev', 'criterion 1');
    vi.advanceTimersByTime(2_000);
    progress.step('T-1', 'review', 'cycle 1');
    progress.close();
    vi.advanceTimersByTime(5_000);
    expect(writes).toEqual([
      '[0:00] T-1 dev: criterion 1\n',
      '\r\u001b[2K▸ T-1 · dev · 0:00',
      '\r\u001b[2K▸ T-1 · dev · 0:01',
      '\r\u001b[2K▸ T-1 · dev · 0:02',
      // A step line first clears the status line, then the status line comes back below it.
      '\r\u001b[2K',
      '[0:02] T-1 review: cycle 1\n',
      '\r\u001b[2K▸ T-1 · review · 0:02',
      '\r\u001b[2K',
    ]);
  });
});
