import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CancelledError,
  installCancellation,
  trackedTrees,
  trackProcessTree,
} from '../../src/process/cancel.js';

const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

/** Live `sleep 291` / `sleep 292` processes started by this test. */
const sleepers = () =>
  readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e) && alive(Number(e)))
    .filter((e) => {
      try {
        return /^sleep 29[12]$/.test(readFileSync(`/proc/${e}/cmdline`, 'utf8').replaceAll('\0', ' ').trim());
      } catch {
        return false;
      }
    });

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe('installCancellation', () => {
  it('aborts the job signal on the first SIGINT, with the signal named in the message', () => {
    const lines: string[] = [];
    const exits: number[] = [];
    const cancellation = installCancellation({ log: (l) => lines.push(l), exit: (c) => exits.push(c) });
    dispose = () => cancellation.dispose();
    expect(cancellation.signal.aborted).toBe(false);
    process.emit('SIGINT');
    expect(cancellation.signal.aborted).toBe(true);
    expect(cancellation.signal.reason).toBeInstanceOf(CancelledError);
    expect(cancellation.message).toMatch(/^Cancelled by SIGINT/);
    expect(exits).toEqual([]);
    expect(lines).toEqual(['Received SIGINT: cancelling (stopping the agent, then saving the state).']);
  });

  it('kills every tracked process tree and exits on the second signal', async () => {
    // A detached shell with a child of its own, like Codex and its sandboxed command.
    const child = spawn('/bin/sh', ['-c', 'sleep 291 & sleep 292; wait'], {
      detached: true,
      stdio: 'ignore',
    });
    const untrack = trackProcessTree(child.pid!);
    await new Promise((r) => setTimeout(r, 300));
    expect(sleepers()).toHaveLength(2);
    const exits: number[] = [];
    const cancellation = installCancellation({ exit: (c) => exits.push(c) });
    dispose = () => cancellation.dispose();
    process.emit('SIGINT');
    expect(alive(child.pid!)).toBe(true);
    process.emit('SIGTERM');
    expect(exits).toEqual([143]);
    await new Promise((r) => child.on('exit', r));
    expect(trackedTrees()).toEqual([]);
    // The grandchild went too, though it was never signalled by its parent.
    await new Promise((r) => setTimeout(r, 200));
    expect(sleepers()).toEqual([]);
    untrack();
  });

  it('removes its handlers once disposed', () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const cancellation = installCancellation({ exit: () => {} });
    expect(process.listenerCount('SIGINT')).toBe(before[0]! + 1);
    cancellation.dispose();
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});
