import { isAncestor } from './commit.js';
import { type GitExec, gitOk } from './exec.js';

/** What syncing the default branch with origin did. */
export interface SyncResult {
  status: 'fast_forwarded' | 'up_to_date' | 'skipped' | 'failed';
  reason: string;
}

/** The variables a person's git needs to reach origin with their own credentials. */
const CREDENTIAL_ENV = [
  'SSH_AUTH_SOCK',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'XDG_CONFIG_HOME',
];

/**
 * Fetches origin's default branch and fast-forwards the checkout to it: only when the checkout is
 * on that branch and has no uncommitted changes to tracked files, and only forward (a branch that
 * has commits origin lacks is left as it is). Anything else is `skipped` with the reason; the
 * caller reads what is there. Hooks never run (the git port disables them).
 */
export async function syncDefaultBranch(
  git: GitExec,
  options: { dir: string; defaultBranch: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<SyncResult> {
  const { dir, defaultBranch: branch } = options;
  const origin = await git(['config', '--get', 'remote.origin.url'], { cwd: dir });
  if (origin.exitCode !== 0) return { status: 'skipped', reason: 'the repository has no origin remote' };
  const head = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: dir });
  const current = head.exitCode === 0 ? head.stdout.trim() : undefined;
  if (current !== branch)
    return {
      status: 'skipped',
      reason: `the checkout is on ${current ?? 'a detached HEAD'}, not the default branch ${branch}`,
    };
  const dirty = await gitOk(git, ['status', '--porcelain', '--untracked-files=no'], { cwd: dir });
  if (dirty.trim()) return { status: 'skipped', reason: 'the checkout has uncommitted changes' };
  const env: Record<string, string> = {};
  for (const name of CREDENTIAL_ENV) if (options.env[name]) env[name] = options.env[name] as string;
  const tracking = `refs/remotes/origin/${branch}`;
  const fetched = await git(
    ['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:${tracking}`],
    {
      cwd: dir,
      env,
      timeoutMs: options.timeoutMs,
    },
  );
  if (fetched.exitCode !== 0)
    return {
      status: 'failed',
      reason: `git fetch origin ${branch} failed: ${(fetched.stderr || fetched.stdout).trim().slice(-500) || `exit code ${fetched.exitCode}`}`,
    };
  const local = await gitOk(git, ['rev-parse', 'HEAD'], { cwd: dir });
  const remote = await gitOk(git, ['rev-parse', tracking], { cwd: dir });
  if (local === remote || (await isAncestor(git, dir, remote, local)))
    return { status: 'up_to_date', reason: `${branch} has everything origin has` };
  if (!(await isAncestor(git, dir, local, remote)))
    return {
      status: 'skipped',
      reason: `${branch} and origin/${branch} have diverged: it was not fast-forwarded (merge them by hand)`,
    };
  const merged = await git(['merge', '--ff-only', '--quiet', tracking], { cwd: dir });
  if (merged.exitCode !== 0)
    return {
      status: 'failed',
      reason: `git merge --ff-only failed: ${(merged.stderr || merged.stdout).trim().slice(-500)}`,
    };
  return { status: 'fast_forwarded', reason: `${branch} moved ${local.slice(0, 7)} → ${remote.slice(0, 7)}` };
}
