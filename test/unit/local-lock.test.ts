import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateFolder } from '../../src/tracker/local/folder.js';
import { lockStateFolder } from '../../src/tracker/local/lock.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'local-lock-'));
  await mkdir(join(root, '.codex-orchestrator'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const lockFile = () => join(root, '.codex-orchestrator', 'run.lock');

describe('one run per state folder', () => {
  it('is held by one run at a time; released, it can be taken again', async () => {
    const folder = stateFolder(root);
    const first = await lockStateFolder(folder);
    expect(first.kind).toBe('held');
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
    // Another live process holds it: a second run is turned away with that pid.
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(lockFile(), `${other.pid}\n`);
      expect(await lockStateFolder(folder)).toEqual({ kind: 'busy', pid: other.pid });
      // Our release never removes a lock another run holds.
      if (first.kind === 'held') await first.release();
      expect(await readFile(lockFile(), 'utf8')).toBe(`${other.pid}\n`);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over the lock of a run that was killed', async () => {
    const folder = stateFolder(root);
    const dead = spawn('true', [], { stdio: 'ignore' });
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(lockFile(), `${dead.pid}\n`);
    const lock = await lockStateFolder(folder);
    expect(lock.kind).toBe('held');
    expect(await readFile(lockFile(), 'utf8')).toBe(`${process.pid}\n`);
    if (lock.kind === 'held') await lock.release();
    await expect(readFile(lockFile(), 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
