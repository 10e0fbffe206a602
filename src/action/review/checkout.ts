import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../../errors.js';
import { type GitExec, gitOk } from '../../git/exec.js';
import { fetchBranch, originRemote, type Remote } from '../../git/remote.js';
import { removeWorktree } from '../../git/worktree.js';
import type { PullFile } from '../../github/pulls.js';
import * as core from '../../log.js';
import { diffSince } from '../../review/increment.js';

/** Where Codex reads the pull request's code. */
export interface ReviewCheckout {
  dir: string;
  /** Whether `dir` is at the PR's head commit; undefined when the workspace is not a git checkout. */
  atHead: boolean | undefined;
  /**
   * The files changed from `base` to the PR's head, from git in this checkout (src/review/
   * increment.ts); undefined when git cannot tell (no checkout at the head, a rewritten branch).
   */
  diffSince(base: string): Promise<PullFile[] | undefined>;
  /** Removes the worktree, if one was made; never throws. */
  cleanup(): Promise<void>;
}

const noCleanup = async () => {};
const noDiff = async () => undefined;

/**
 * The code Codex reviews. A workflow that runs on `pull_request` checks out the head; one started
 * by `workflow_dispatch` (the dev phase chaining to review) checks out the default branch. Then the
 * head is fetched from origin with the action's token (never the agent's) into a worktree under
 * RUNNER_TEMP, so Codex reads the code the diff talks about. Anything that fails here falls back to
 * the workspace, and the prompt says it is not at the head: the review goes on from the diff.
 */
export async function reviewCheckout(
  git: GitExec,
  options: {
    workspace: string;
    parentDir: string;
    token: string;
    headSha: string;
    headRef: string;
    fromFork: boolean;
  },
): Promise<ReviewCheckout> {
  const { workspace, headSha } = options;
  const head = await git(['rev-parse', 'HEAD'], { cwd: workspace, timeoutMs: 10_000 }).catch(() => undefined);
  if (head?.exitCode !== 0)
    return { dir: workspace, atHead: undefined, diffSince: noDiff, cleanup: noCleanup };
  const inDir = (dir: string, remote: () => Promise<Remote | undefined>) => async (base: string) =>
    diffSince(git, { dir, base, head: headSha, fetchFrom: await remote() });
  if (head.stdout.trim() === headSha) {
    // A fork's origin is the base repository, which holds its earlier heads only as refs/pull/*.
    const remote = () =>
      options.fromFork
        ? Promise.resolve(undefined)
        : originRemote(git, workspace, options.token).catch(() => undefined);
    return { dir: workspace, atHead: true, diffSince: inDir(workspace, remote), cleanup: noCleanup };
  }
  if (options.fromFork) {
    core.info(
      `The workspace is at ${head.stdout.trim()}, not the fork's head ${headSha}; reviewing from the diff.`,
    );
    return { dir: workspace, atHead: false, diffSince: noDiff, cleanup: noCleanup };
  }
  try {
    const remote = await originRemote(git, workspace, options.token);
    await fetchBranch(git, workspace, remote, options.headRef);
    // The branch may have moved on since the PR was read; the head commit is then its ancestor.
    const present = await git(['cat-file', '-e', `${headSha}^{commit}`], { cwd: workspace });
    if (present.exitCode !== 0) throw new Error(`commit ${headSha} is not on origin's ${options.headRef}`);
    const dir = await mkdtemp(join(options.parentDir, 'codex-review-'));
    try {
      await gitOk(git, ['worktree', 'add', '--detach', dir, headSha], { cwd: workspace });
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    core.info(
      `The workspace is at ${head.stdout.trim()}; Codex reviews a worktree at the head ${headSha} (${dir}).`,
    );
    return {
      dir,
      atHead: true,
      diffSince: inDir(dir, async () => remote),
      cleanup: () => removeWorktree(git, workspace, dir),
    };
  } catch (error) {
    core.info(`Could not check out the head ${headSha} (${errorMessage(error)}); reviewing from the diff.`);
    return { dir: workspace, atHead: false, diffSince: noDiff, cleanup: noCleanup };
  }
}
