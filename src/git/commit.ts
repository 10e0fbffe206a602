import { type GitExec, gitOk } from './exec.js';

/** Who the action's commits are by. */
export interface GitIdentity {
  name: string;
  email: string;
}

const identityEnv = (who: GitIdentity) => ({
  GIT_AUTHOR_NAME: who.name,
  GIT_AUTHOR_EMAIL: who.email,
  GIT_COMMITTER_NAME: who.name,
  GIT_COMMITTER_EMAIL: who.email,
});

export const headSha = (git: GitExec, dir: string) => gitOk(git, ['rev-parse', 'HEAD'], { cwd: dir });

/**
 * Stages everything in the worktree (respecting .gitignore) and lists the paths that differ from
 * `since`, renames split into their old and new path so that moving a protected file away counts.
 */
export async function stageAndListChanges(git: GitExec, dir: string, since: string): Promise<string[]> {
  await gitOk(git, ['add', '--all'], { cwd: dir });
  const out = await gitOk(git, ['diff', '--cached', '--name-only', '--no-renames', '-z', since], {
    cwd: dir,
  });
  return out.split('\0').filter((p) => p !== '');
}

/** Paths changed between two commits, renames split. */
export async function changedPaths(git: GitExec, dir: string, from: string, to: string): Promise<string[]> {
  const out = await gitOk(git, ['diff', '--name-only', '--no-renames', '-z', from, to], { cwd: dir });
  return out.split('\0').filter((p) => p !== '');
}

/**
 * Commits what is staged as the action, without signing or hooks. Returns the new commit, or
 * undefined when nothing differs from HEAD (the caller records that the run changed nothing).
 */
export async function commitStaged(
  git: GitExec,
  dir: string,
  message: string,
  author: GitIdentity,
): Promise<string | undefined> {
  const diff = await git(['diff', '--cached', '--quiet'], { cwd: dir });
  if (diff.exitCode === 0) return undefined;
  if (diff.exitCode !== 1) throw new Error(`git diff --cached --quiet failed: ${diff.stderr.trim()}`);
  await gitOk(git, ['-c', 'commit.gpgsign=false', 'commit', '--no-verify', '--quiet', '--file=-'], {
    cwd: dir,
    input: message,
    env: identityEnv(author),
  });
  return headSha(git, dir);
}

/**
 * Commits `paths` alone as the action, in a checkout a person works in: anything else they staged
 * stays staged and out of the commit (`git commit --only`), no signing, no hooks. Returns the new
 * commit, or undefined when the paths do not differ from HEAD.
 */
export async function commitPaths(
  git: GitExec,
  dir: string,
  paths: readonly string[],
  message: string,
  author: GitIdentity,
): Promise<string | undefined> {
  await gitOk(git, ['add', '--', ...paths], { cwd: dir });
  const diff = await git(['diff', '--cached', '--quiet', 'HEAD', '--', ...paths], { cwd: dir });
  if (diff.exitCode === 0) return undefined;
  if (diff.exitCode !== 1) throw new Error(`git diff --cached --quiet failed: ${diff.stderr.trim()}`);
  await gitOk(
    git,
    ['-c', 'commit.gpgsign=false', 'commit', '--no-verify', '--quiet', '--only', '--file=-', '--', ...paths],
    { cwd: dir, input: message, env: identityEnv(author) },
  );
  return headSha(git, dir);
}

/** True when `ancestor` is reachable from `descendant` (both must be present locally). */
export async function isAncestor(git: GitExec, dir: string, ancestor: string, descendant: string) {
  const result = await git(['merge-base', '--is-ancestor', ancestor, descendant], { cwd: dir });
  if (result.exitCode > 1) throw new Error(`git merge-base failed: ${result.stderr.trim()}`);
  return result.exitCode === 0;
}

/** One-line descriptions (`sha subject (author)`) of the commits in `to` that are not in `from`. */
export async function commitsBetween(git: GitExec, dir: string, from: string, to: string): Promise<string[]> {
  const out = await gitOk(git, ['log', '--format=%h %s (%an)', `${from}..${to}`], { cwd: dir });
  return out.split('\n').filter((l) => l !== '');
}

/**
 * Replays a patch series (from formatPatch) as the action, keeping each commit's message and author.
 * A patch that does not apply is aborted and thrown: the worktree is left as it was.
 */
export async function applyPatches(git: GitExec, dir: string, mbox: string, committer: GitIdentity) {
  const result = await git(['-c', 'commit.gpgsign=false', 'am', '--keep-cr', '--quiet'], {
    cwd: dir,
    input: mbox,
    env: { GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email },
  });
  if (result.exitCode !== 0) {
    await git(['am', '--abort'], { cwd: dir });
    throw new Error(
      `The held commits do not apply on the branch any more: ${result.stderr.trim().slice(-1000)}`,
    );
  }
  return headSha(git, dir);
}

/** The commits `from..to` as one mbox (binary-safe), for holding them until a human approves. */
export const formatPatch = (git: GitExec, dir: string, from: string, to: string) =>
  git(['format-patch', '--binary', '--stdout', '--no-signature', `${from}..${to}`], { cwd: dir }).then(
    (r) => {
      if (r.exitCode !== 0) throw new Error(`git format-patch failed: ${r.stderr.trim()}`);
      return r.stdout;
    },
  );
