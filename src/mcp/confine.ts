import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import type { GitExec } from '../git/exec.js';
import { type LocalRepo, openLocalRepo, RepoError } from '../local/repo.js';
import { itemKeySchema } from '../state/index.js';
import { STATE_DIR } from '../tracker/local/folder.js';
import { ToolError } from './errors.js';

/**
 * Where the server may work (DESIGN §12, the MCP server): the repositories inside the folders it
 * was started with (`--root`, default its working directory), compared as real paths, so a
 * `repo_path` with `..` or through a link that leads elsewhere is refused, and so is a repository
 * whose root lies above an allowed folder. Ids are checked before they name a file or a branch.
 */

const within = (root: string, real: string) =>
  real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

/** The allowed folders as real paths; a folder that does not exist is an error at start. */
export async function allowedRoots(dirs: readonly string[], cwd: string): Promise<string[]> {
  const roots: string[] = [];
  for (const dir of dirs.length > 0 ? dirs : [cwd]) {
    const path = resolve(cwd, dir);
    const real = await realpath(path).catch(() => undefined);
    if (!real || !(await stat(real)).isDirectory())
      throw new Error(`--root ${dir}: ${path} is not a folder. Pass an existing folder.`);
    roots.push(real);
  }
  return roots;
}

/** The repository `repoPath` names, when the server may work in it; a ToolError saying why not otherwise. */
export async function confineRepo(
  roots: readonly string[],
  repoPath: string,
  git: GitExec,
): Promise<LocalRepo> {
  const allowed = roots.join(', ');
  const path = isAbsolute(repoPath) ? repoPath : resolve(roots[0] as string, repoPath);
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined) throw new ToolError(`repo_path ${repoPath} does not exist (${path}).`);
  if (!roots.some((root) => within(root, real)))
    throw new ToolError(
      `repo_path ${repoPath} is outside the folders this server may work in (${allowed}): start the server with --root <folder> to allow another.`,
    );
  let repo: LocalRepo;
  try {
    repo = await openLocalRepo(git, real);
  } catch (error) {
    if (error instanceof RepoError) throw new ToolError(error.message.replace('(or pass --dir)', ''));
    throw error;
  }
  const top = await realpath(repo.repoDir);
  if (!roots.some((root) => within(root, top)))
    throw new ToolError(
      `repo_path ${repoPath} lies in the git repository ${top}, whose root is outside the folders this server may work in (${allowed}).`,
    );
  const state = join(top, STATE_DIR);
  const link = await lstat(state).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const target = await realpath(state).catch(() => undefined);
    if (!target || !within(top, target))
      throw new ToolError(
        `${state} is a link that leads outside the repository: the server keeps its state inside it. Remove the link.`,
      );
  }
  return { ...repo, repoDir: top };
}

/** The item id, when it can name a folder and a branch; a ToolError naming the argument otherwise. */
export function checkItemId(argument: string, id: string): string {
  if (!itemKeySchema.safeParse(id).success || id.startsWith('.'))
    throw new ToolError(
      `${argument} '${id}' is not an item id: ids are letters, digits, '.', '_' and '-', with no '/' or leading '.'.`,
    );
  return id;
}
