import { access, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Written last into an install folder: a folder without it is a half install and is redone. */
export const INSTALL_MARKER = '.codex-orchestrator-complete';

/** A staging folder older than this belongs to a job that died; it is removed. */
const STALE_STAGING_MS = 60 * 60 * 1000;

/** True when `dir` holds a finished install: one stat, no hashing. */
export async function isComplete(dir: string): Promise<boolean> {
  try {
    await access(join(dir, INSTALL_MARKER));
    return true;
  } catch {
    return false;
  }
}

/**
 * A fresh folder beside `dir` to install into; the rename in `commit` is what makes it visible,
 * so a concurrent job or a crash never leaves a folder that looks complete. Staging folders that
 * crashed jobs left are removed on the way.
 */
export async function stagingFor(dir: string): Promise<string> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const prefix = `${basename(dir)}.staging-`;
  const now = Date.now();
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const info = await stat(join(parent, name)).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_STAGING_MS)
      await rm(join(parent, name), { recursive: true, force: true });
  }
  const staging = join(parent, `${prefix}${process.pid}-${now}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(staging);
  return staging;
}

/**
 * Writes the marker into `staging`, last, and moves it to `dir`, replacing a half install there.
 * When another job finished first its copy is kept (it is as good as ours) and `staging` is left
 * for the caller to delete.
 */
export async function commit(staging: string, dir: string, marker: string): Promise<void> {
  await writeFile(join(staging, INSTALL_MARKER), marker);
  if (await isComplete(dir)) return;
  await rm(dir, { recursive: true, force: true });
  try {
    await rename(staging, dir);
  } catch (error) {
    if (await isComplete(dir)) return;
    throw new Error(`Could not move the install from ${staging} into ${dir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
