import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type GitExec, gitOk } from './exec.js';
import { fetchBranch, type Remote, remoteTip } from './remote.js';

/** The item's worktree for this job. */
export interface Worktree {
  dir: string;
  branch: string;
  /** The commit the job's work starts from: origin's branch tip on a re-run, else the default branch. */
  base: string;
  /** Origin's tip of the branch when the job started; undefined for a new branch. */
  remoteTip: string | undefined;
}

export interface OpenWorktreeOptions {
  /** The job's checkout (GITHUB_WORKSPACE); the worktree shares its object store. */
  repoDir: string;
  /** Where worktrees go (RUNNER_TEMP), so nothing lands inside the checkout. */
  parentDir: string;
  branch: string;
  /** New branches start from this branch of origin (the repository's default branch). */
  defaultBranch: string;
  remote: Remote;
}

/**
 * Creates a worktree for `branch` under `parentDir`, its HEAD detached at the base. A branch that
 * exists on origin (a re-run) is fetched and continued; otherwise the branch starts at origin's
 * default branch.
 */
export async function openWorktree(git: GitExec, options: OpenWorktreeOptions): Promise<Worktree> {
  const { repoDir, branch, remote } = options;
  const tip = await remoteTip(git, repoDir, remote, branch);
  // Fetched either way: the PR's base, and what the dev job's commit log is counted from
  // (`refs/remotes/origin/<default>..HEAD`).
  const defaultTip = await fetchBranch(git, repoDir, remote, options.defaultBranch);
  const base = tip ? await fetchBranch(git, repoDir, remote, branch) : defaultTip;
  if (tip && base !== tip) {
    throw new Error(`Origin's '${branch}' moved while it was fetched (${tip} → ${base}). Run the job again.`);
  }
  // A crashed job on a self-hosted runner can leave a stale registration behind.
  await git(['worktree', 'prune'], { cwd: repoDir });
  const dir = await mkdtemp(join(options.parentDir, 'codex-worktree-'));
  // Detached: the checkout itself may have the branch checked out (a dispatch on that ref), and git
  // refuses a second checkout of one branch. Pushes name the branch explicitly (HEAD:refs/heads/…).
  await gitOk(git, ['worktree', 'add', '--detach', dir, base], { cwd: repoDir });
  return { dir, branch, base, remoteTip: tip };
}

/**
 * A worktree of `ref` (a branch or a commit) under `parentDir`, its HEAD detached: what a commit
 * holds, to read or to run, without touching the checkout a person works in.
 */
export async function openDetachedWorktree(
  git: GitExec,
  repoDir: string,
  parentDir: string,
  ref: string,
): Promise<string> {
  await git(['worktree', 'prune'], { cwd: repoDir });
  const dir = await mkdtemp(join(parentDir, 'codex-worktree-'));
  await gitOk(git, ['worktree', 'add', '--detach', dir, ref], { cwd: repoDir });
  return dir;
}

/** Removes the worktree and its registration; never throws, so it is safe in a `finally`. */
export async function removeWorktree(git: GitExec, repoDir: string, dir: string): Promise<void> {
  const result = await git(['worktree', 'remove', '--force', '--force', dir], { cwd: repoDir }).catch(
    () => undefined,
  );
  if (result?.exitCode !== 0) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    await git(['worktree', 'prune'], { cwd: repoDir }).catch(() => undefined);
  }
}
