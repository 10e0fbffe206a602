import { open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitExec } from '../../git/exec.js';
import { removeWorktree } from '../../git/worktree.js';
import type { StateFolder } from './folder.js';

/** How taking the state folder for a run went. */
export type RunLock = { kind: 'held'; release(): Promise<void> } | { kind: 'busy'; pid: number };

const lockFile = (folder: StateFolder) => join(folder.root, 'run.lock');

/**
 * Takes the state folder for one run: two runs in one repository would work the same items in the
 * same worktrees. The lock file holds the run's pid; a lock whose process is gone (a run killed with
 * SIGKILL) is taken over.
 */
export async function lockStateFolder(folder: StateFolder, pid = process.pid): Promise<RunLock> {
  const path = lockFile(folder);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${pid}\n`);
      await handle.close();
      return {
        kind: 'held',
        release: async () => {
          // Only our own lock: a later run may have taken over a lock it thought stale.
          if ((await holder(path)) === pid) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = await holder(path);
      if (other !== undefined && other !== pid && alive(other)) return { kind: 'busy', pid: other };
      await rm(path, { force: true });
    }
  }
  return { kind: 'busy', pid: (await holder(path)) ?? 0 };
}

async function holder(path: string): Promise<number | undefined> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the worktrees a killed run left behind (their branches keep the work that counts) and
 * their registrations. Only under the lock: a live run's worktree is never touched.
 */
export async function removeLeftWorktrees(git: GitExec, folder: StateFolder): Promise<string[]> {
  const names = await readdir(folder.worktrees).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const dir = join(folder.worktrees, name);
    await removeWorktree(git, folder.repoDir, dir);
    removed.push(dir);
  }
  await git(['worktree', 'prune'], { cwd: folder.repoDir }).catch(() => undefined);
  return removed;
}
