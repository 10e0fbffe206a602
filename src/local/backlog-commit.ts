import { mkdir, realpath } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { commitPaths, commitStaged } from '../git/commit.js';
import { gitOk } from '../git/exec.js';
import { pushBranch } from '../git/push.js';
import { openWorktree, removeWorktree } from '../git/worktree.js';
import { LOCAL_AUTHOR, type LocalRepo, selfRemote } from './repo.js';

/**
 * Where a local surface commits its own edits of the docs backlog (a new item, the retro's
 * changes): never the default branch. On the branch checked out when that is not the default one
 * (in the person's working tree, committing only the edited files); otherwise on a side branch
 * `<prefix>/backlog-<date>` of ours, in a worktree of its own, moved fast-forward only. Nothing is
 * pushed anywhere.
 */
export interface BacklogTarget {
  /**
   * `checkout`: the person's branch in their working tree; `side`: our branch beside it;
   * `uncommitted`: the working tree, whatever is checked out, and no commit (the caller asked).
   */
  kind: 'checkout' | 'side' | 'uncommitted';
  /** The branch a commit goes on; null for `uncommitted`. */
  branch: string | null;
  /** The tree to edit. */
  dir: string;
  /**
   * Why `path` (relative to the tree) may not be written here, or undefined: it leads outside the
   * repository through a link, or (in the working tree) a person has uncommitted changes in it.
   */
  refuse(path: string): Promise<string | undefined>;
  /** Creates the folders of `path` inside the tree. */
  prepare(path: string): Promise<void>;
  /** Commits `paths` alone as the engine; undefined when nothing changed. */
  commit(paths: readonly string[], message: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/** The side branch of a day. */
export const backlogBranch = (prefix: string, now: Date) =>
  `${prefix}/backlog-${now.toISOString().slice(0, 10)}`;

export async function openBacklogTarget(
  repo: LocalRepo,
  options: { prefix: string; parentDir: string; now?: Date; commit?: boolean },
): Promise<BacklogTarget> {
  const { git, repoDir } = repo;
  if (options.commit === false)
    return {
      kind: 'uncommitted',
      branch: null,
      dir: repoDir,
      refuse: (path) => leavesTree(repoDir, path),
      prepare: (path) => mkdirInside(repoDir, path),
      commit: async () => undefined,
      close: async () => {},
    };
  const head = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: repoDir });
  const current = head.exitCode === 0 ? head.stdout.trim() : undefined;
  if (current && current !== repo.defaultBranch) {
    return {
      kind: 'checkout',
      branch: current,
      dir: repoDir,
      async refuse(path) {
        const outside = await leavesTree(repoDir, path);
        if (outside) return outside;
        const status = await gitOk(git, ['status', '--porcelain', '--', path], { cwd: repoDir });
        return status.trim() ? `${path} has uncommitted changes in your working tree` : undefined;
      },
      prepare: (path) => mkdirInside(repoDir, path),
      commit: (paths, message) => commitPaths(git, repoDir, paths, message, LOCAL_AUTHOR),
      close: async () => {},
    };
  }
  const branch = backlogBranch(options.prefix, options.now ?? new Date());
  const remote = selfRemote(repo);
  const wt = await openWorktree(git, {
    repoDir,
    parentDir: options.parentDir,
    branch,
    defaultBranch: repo.defaultBranch,
    remote,
  });
  return {
    kind: 'side',
    branch,
    dir: wt.dir,
    refuse: (path) => leavesTree(wt.dir, path),
    prepare: (path) => mkdirInside(wt.dir, path),
    async commit(paths, message) {
      await gitOk(git, ['add', '--', ...paths], { cwd: wt.dir });
      const sha = await commitStaged(git, wt.dir, message, LOCAL_AUTHOR);
      if (!sha) return undefined;
      const pushed = await pushBranch(git, {
        dir: wt.dir,
        remote,
        branch,
        prefix: options.prefix,
        base: wt.base,
      });
      if (pushed.status === 'foreign')
        throw new Error(
          `${branch} has commits the engine did not write (${pushed.foreignCommits.slice(0, 3).join('; ')}); nothing was committed to it. Merge or delete that branch, then call the tool again.`,
        );
      return sha;
    },
    close: () => removeWorktree(git, repoDir, wt.dir),
  };
}

const within = (root: string, real: string) => real === root || real.startsWith(root + sep);

/** Why `path` leads outside `tree` (through a linked folder or file), or undefined. */
async function leavesTree(tree: string, path: string): Promise<string | undefined> {
  const root = await realpath(tree);
  // The nearest part of the path that exists decides: a link there points wherever it points.
  let probe = join(tree, path);
  for (;;) {
    const real = await realpath(probe).catch(() => undefined);
    if (real !== undefined)
      return within(root, real) ? undefined : `${path} leads outside the repository through a link`;
    const parent = dirname(probe);
    if (parent === probe) return `${path} is not inside the repository`;
    probe = parent;
  }
}

async function mkdirInside(tree: string, path: string): Promise<void> {
  const why = await leavesTree(tree, path);
  if (why) throw new Error(`Refusing to write: ${why}.`);
  await mkdir(dirname(join(tree, path)), { recursive: true });
}
