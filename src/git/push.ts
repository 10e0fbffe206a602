import { assertOwnBranch } from './branch.js';
import { commitsBetween, headSha, isAncestor } from './commit.js';
import type { GitExec } from './exec.js';
import { fetchBranch, type Remote, remoteTip } from './remote.js';

/** What a push did. `foreign`: origin's branch holds commits this job's history lacks; nothing was pushed. */
export type PushResult =
  | { status: 'pushed'; sha: string; previous: string | undefined }
  | { status: 'up_to_date'; sha: string }
  | { status: 'foreign'; remoteSha: string; foreignCommits: string[] };

/**
 * Pushes the worktree's HEAD to `refs/heads/<branch>` on origin, fast-forward only. It refuses a
 * branch outside the prefix (throws) and never force-pushes: when origin's branch has commits that
 * are not in HEAD's history (someone else pushed), it reports them and pushes nothing.
 */
export async function pushBranch(
  git: GitExec,
  options: { dir: string; remote: Remote; branch: string; prefix: string },
): Promise<PushResult> {
  const { dir, remote, branch } = options;
  assertOwnBranch(branch, options.prefix);
  const head = await headSha(git, dir);
  const tip = await remoteTip(git, dir, remote, branch);
  if (tip === head) return { status: 'up_to_date', sha: head };
  if (tip) {
    const fetched = await fetchBranch(git, dir, remote, branch);
    if (!(await isAncestor(git, dir, fetched, head))) {
      return {
        status: 'foreign',
        remoteSha: fetched,
        foreignCommits: await commitsBetween(git, dir, head, fetched),
      };
    }
  }
  // No '+' and no --force: git itself rejects a non-fast-forward if origin moved since the check.
  const result = await git(
    ['push', '--no-verify', '--porcelain', remote.url, `${head}:refs/heads/${branch}`],
    {
      cwd: dir,
      env: remote.env,
    },
  );
  if (result.exitCode !== 0) {
    if (/non-fast-forward|fetch first|rejected/i.test(result.stderr + result.stdout)) {
      const moved = await fetchBranch(git, dir, remote, branch);
      return {
        status: 'foreign',
        remoteSha: moved,
        foreignCommits: await commitsBetween(git, dir, head, moved),
      };
    }
    throw new Error(`git push to ${branch} failed: ${(result.stderr || result.stdout).trim().slice(-2000)}`);
  }
  return { status: 'pushed', sha: head, previous: tip };
}
