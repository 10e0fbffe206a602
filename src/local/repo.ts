import { basename } from 'node:path';
import type { GitIdentity } from '../git/commit.js';
import { type GitExec, gitOk } from '../git/exec.js';
import type { Remote } from '../git/remote.js';

// The repository a local surface (the CLI, the MCP server) works in, and who the engine's commits
// are by on this machine: what both surfaces share, below them so neither imports the other.

/** The repository a local command works in. */
export interface LocalRepo {
  git: GitExec;
  /** The main worktree's root. */
  repoDir: string;
  /** The branch items start from (never written). */
  defaultBranch: string;
  /** Its name for people and prompts: origin's `owner/name`, else the folder's name. */
  repository: string;
}

/** Who the engine's commits are by on this machine: not the person, so its commits stay apart. */
export const LOCAL_AUTHOR: GitIdentity = {
  name: 'codex-orchestrator',
  email: 'codex-orchestrator@localhost',
};

/** Thrown when the folder is not a git repository the command can work in. */
export class RepoError extends Error {}

/**
 * The repository at `dir` and its default branch: `base` when given, else what origin's HEAD names,
 * else `init.defaultBranch`, `main` or `master`, whichever exists as a local branch.
 */
export async function openLocalRepo(git: GitExec, dir: string, base?: string): Promise<LocalRepo> {
  const top = await git(['rev-parse', '--show-toplevel'], { cwd: dir });
  if (top.exitCode !== 0)
    throw new RepoError(`${dir} is not inside a git repository: run this in one (or pass --dir).`);
  const repoDir = top.stdout.trim();
  const exists = async (branch: string) =>
    (await git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], { cwd: repoDir }))
      .exitCode === 0;
  let defaultBranch: string | undefined;
  if (base) {
    if (!(await exists(base))) throw new RepoError(`--base ${base} is not a branch of ${repoDir}.`);
    defaultBranch = base;
  } else {
    const originHead = await git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
      cwd: repoDir,
    });
    const configured = await git(['config', '--get', 'init.defaultBranch'], { cwd: repoDir });
    const candidates = [
      originHead.exitCode === 0 ? originHead.stdout.trim().replace(/^origin\//, '') : '',
      configured.exitCode === 0 ? configured.stdout.trim() : '',
      'main',
      'master',
    ].filter(Boolean);
    for (const name of candidates) {
      if (await exists(name)) {
        defaultBranch = name;
        break;
      }
    }
  }
  if (!defaultBranch)
    throw new RepoError(
      `Cannot tell the default branch of ${repoDir} (no origin/HEAD, no main or master): pass --base BRANCH.`,
    );
  const origin = await git(['config', '--get', 'remote.origin.url'], { cwd: repoDir });
  const named = /[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
    origin.exitCode === 0 ? origin.stdout.trim() : '',
  );
  return {
    git,
    repoDir,
    defaultBranch,
    repository: named ? `${named[1]}/${named[2]}` : basename(repoDir),
  };
}

/**
 * The repository itself as the engine's "origin": its branch refs are where item branches are
 * published (fast-forward only, as to origin), fetched apart from the user's remote-tracking refs.
 */
export const selfRemote = (repo: LocalRepo): Remote => ({
  url: repo.repoDir,
  env: {},
  tracking: 'refs/codex-orchestrator/local/',
  self: true,
});

/** The git identity of the person at this machine, for approvals; else the login. */
export async function localPerson(git: GitExec, repoDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const name = await gitOk(git, ['config', '--get', 'user.name'], { cwd: repoDir }).catch(() => '');
  return name || env.USER || env.USERNAME || 'a person at this machine';
}
