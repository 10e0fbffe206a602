import * as core from '../log.js';
import { type GitExec, gitOk } from './exec.js';

/**
 * How the action reaches origin: the URL and the environment that carries its credentials. The
 * token travels only in this environment (git's GIT_CONFIG_* variables), so it is never written to
 * .git/config, never in a command line, and never in the agent's environment.
 */
export interface Remote {
  url: string;
  /** Variables for fetch/push/ls-remote invocations only. Empty without a token or for non-HTTP remotes. */
  env: Record<string, string>;
  /**
   * Where its branches are fetched to: `refs/remotes/origin/` by default. The local tracker, whose
   * remote is the repository itself, keeps them apart from the user's remote-tracking branches.
   */
  tracking?: string;
  /**
   * The repository itself (the CLI's local tracker): its branch refs are read and moved in place
   * (`rev-parse`, `update-ref` with the old value checked), with no transport in between.
   */
  self?: boolean;
}

/** The ref a fetched branch of `remote` lands in. */
export const trackingRef = (remote: Pick<Remote, 'tracking'>, branch: string): string =>
  `${remote.tracking ?? 'refs/remotes/origin/'}${branch}`;

/**
 * The `http.<scheme>://<host>/.extraheader` setting for an HTTPS remote, as actions/checkout writes
 * it, but passed through the environment. The derived header is masked before anyone can log it.
 */
export function authEnv(remoteUrl: string, token: string): Record<string, string> {
  if (!token || !/^https?:\/\//i.test(remoteUrl)) return {};
  const url = new URL(remoteUrl);
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  core.setSecret(basic);
  const value = `AUTHORIZATION: basic ${basic}`;
  core.setSecret(value);
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${url.protocol}//${url.host}/.extraheader`,
    GIT_CONFIG_VALUE_0: value,
  };
}

/** Reads origin's URL from the repository and pairs it with the credentials' environment. */
export async function originRemote(git: GitExec, repoDir: string, token: string): Promise<Remote> {
  const url = await gitOk(git, ['config', '--get', 'remote.origin.url'], { cwd: repoDir }).catch(() => '');
  if (!url) {
    throw new Error(
      `The repository at ${repoDir} has no 'origin' remote. Check out the repository with actions/checkout ` +
        `before this step.`,
    );
  }
  return { url, env: authEnv(url, token) };
}

/**
 * Credentials that a checkout left in the repository's config, where anything running in a worktree
 * (the agent included) can read them: `http.*.extraheader` entries and URLs with a password.
 */
export async function persistedCredentials(git: GitExec, repoDir: string): Promise<string[]> {
  const result = await git(['config', '--null', '--get-regexp', '^(http\\..*extraheader|remote\\..*url)$'], {
    cwd: repoDir,
  });
  if (result.exitCode !== 0) return [];
  const found: string[] = [];
  for (const entry of result.stdout.split('\0')) {
    const [key = '', value = ''] = entry.split('\n');
    if (/extraheader$/i.test(key) && /authorization/i.test(value)) found.push(key);
    if (/url$/i.test(key) && /^[a-z][a-z0-9+.-]*:\/\/[^/@]*:[^/@]*@/i.test(value)) found.push(key);
  }
  return found;
}

/**
 * What the server said during a push or fetch: git prints it on stderr as `remote: …` lines (a
 * pre-receive hook's output, GitHub's protected-branch and push-protection messages). Git pads
 * them with spaces and may colour them; both are removed, and blank lines dropped.
 */
export function remoteMessages(stderr: string): string[] {
  return stderr
    .split(/\r?\n|\r/)
    .filter((line) => line.startsWith('remote:'))
    .map((line) =>
      line
        .slice('remote:'.length)
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape starts ANSI colours
        .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
        .trim(),
    )
    .filter(Boolean);
}

/** The remote branch's tip, or undefined when it does not exist. */
export async function remoteTip(git: GitExec, dir: string, remote: Remote, branch: string) {
  if (remote.self) {
    const found = await git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], {
      cwd: dir,
    });
    return found.exitCode === 0 ? found.stdout.trim() : undefined;
  }
  const out = await gitOk(git, ['ls-remote', '--heads', remote.url, `refs/heads/${branch}`], {
    cwd: dir,
    env: remote.env,
  });
  const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
  return line?.split('\t')[0];
}

/** Fetches one branch of the remote into its tracking ref (`refs/remotes/origin/<branch>`) and returns its tip. */
export async function fetchBranch(
  git: GitExec,
  dir: string,
  remote: Remote,
  branch: string,
): Promise<string> {
  if (remote.self) {
    const sha = await gitOk(git, ['rev-parse', '--verify', `refs/heads/${branch}^{commit}`], { cwd: dir });
    await gitOk(git, ['update-ref', trackingRef(remote, branch), sha], { cwd: dir });
    return sha;
  }
  await gitOk(
    git,
    [
      'fetch',
      '--no-tags',
      '--no-write-fetch-head',
      remote.url,
      `+refs/heads/${branch}:${trackingRef(remote, branch)}`,
    ],
    { cwd: dir, env: remote.env },
  );
  return gitOk(git, ['rev-parse', `${trackingRef(remote, branch)}^{commit}`], { cwd: dir });
}
