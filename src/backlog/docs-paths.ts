import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, sep } from 'node:path';

/**
 * Where the docs source may read: inside the repository only. The globs come from the policy file
 * and the files from a checkout, so a glob with `..` or an absolute path, or a symbolic link
 * committed to the repository, could otherwise make the scan read (and show on the dashboard)
 * files of the runner. A glob that could leave is refused with the config; a file reached through
 * a link that leads outside is a problem of the backlog and is never read.
 */

/** Why a `backlog.docs` glob could match files outside the repository, or undefined. */
export function globLeavesRepository(glob: string): string | undefined {
  // Checked as written and with picomatch's escapes removed (`\.\./x` is `../x`).
  const forms = [glob, glob.replace(/\\(.)/g, '$1')];
  if (forms.some((text) => text.split(/[\\/{},()|]/).includes('..'))) return "has a '..' segment";
  // Brace and extglob alternatives each start a pattern of their own: `{/etc,docs}/*.md`.
  if (forms.some((text) => /(?:^|[{,(|])(?:[\\/]|[A-Za-z]:)/.test(text))) return 'is an absolute path';
  return undefined;
}

/** Whether a path the glob returned (relative to the repository root) points outside it. */
export const pathLeavesRepository = (path: string) =>
  isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.split(/[\\/]/).includes('..');

const within = (root: string, real: string) =>
  real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The paths (relative to `dir`) whose folder resolves, through a symbolic link somewhere on the
 * way, outside `dir`. One realpath per distinct folder: a backlog has far fewer folders than files.
 */
export async function foldersOutside(dir: string, paths: readonly string[]): Promise<Set<string>> {
  const root = await realpath(dir);
  const folders = [...new Set(paths.map((p) => dirname(p)))];
  const outside = new Set<string>();
  await Promise.all(
    folders.map(async (folder) => {
      const real = await realpath(join(dir, folder)).catch(() => undefined);
      if (real === undefined || !within(root, real)) outside.add(folder);
    }),
  );
  return new Set(paths.filter((p) => outside.has(dirname(p))));
}

/** A file's text, or `outside` when the file is a symbolic link that leads outside `dir`. */
export type ReadInside = { kind: 'text'; text: string } | { kind: 'outside' };

// Opening with O_NOFOLLOW costs nothing over a plain read and fails (ELOOP) only on a link, which
// is then resolved; Windows has no O_NOFOLLOW, so there each file is checked with lstat first.
const NOFOLLOW = constants.O_NOFOLLOW as number | undefined;

async function readText(path: string, flags: number): Promise<ReadInside> {
  const handle = await open(path, flags);
  try {
    return { kind: 'text', text: await handle.readFile('utf8') };
  } finally {
    await handle.close();
  }
}

/** Reads `path` (relative to `dir`, its folder known to be inside) without following a link out. */
export async function readInside(dir: string, path: string): Promise<ReadInside> {
  const full = join(dir, path);
  if (NOFOLLOW !== undefined) {
    try {
      return await readText(full, constants.O_RDONLY | NOFOLLOW);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
    }
  } else if (!(await lstat(full)).isSymbolicLink()) {
    return readText(full, constants.O_RDONLY);
  }
  const [root, real] = await Promise.all([realpath(dir), realpath(full)]);
  return within(root, real) ? readText(real, constants.O_RDONLY) : { kind: 'outside' };
}
