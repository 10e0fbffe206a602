import { jobSecretScanner, type SecretScanner } from '../safety/secrets.js';
import { assertOwnBranch } from './branch.js';
import { commitsBetween, headSha, isAncestor } from './commit.js';
import type { GitExec } from './exec.js';
import { findSecretInPush, SecretInPushError } from './outgoing.js';
import { fetchBranch, type Remote, remoteMessages, remoteTip } from './remote.js';

/** What a push did. `foreign`: origin's branch holds commits this job's history lacks; nothing was pushed. */
export type PushResult =
  | { status: 'pushed'; sha: string; previous: string | undefined }
  | { status: 'up_to_date'; sha: string }
  | { status: 'foreign'; remoteSha: string; foreignCommits: string[] };

/**
 * Origin refused the push for a reason of its own (a pre-receive hook, branch protection, push
 * protection, a permission), not because the branch moved: retrying or fetching will not help,
 * and the server's words say what will.
 */
export class PushRefusedError extends Error {
  constructor(
    readonly branch: string,
    /** Git's short reason, e.g. `pre-receive hook declined`. */
    readonly reason: string,
    /** The server's `remote:` lines, in order. */
    readonly serverMessages: string[],
  ) {
    super(
      `origin refused the push to ${branch} (${reason}).` +
        (serverMessages.length > 0
          ? ` The server said:\n${serverMessages.map((line) => `  ${line}`).join('\n')}`
          : ' The server gave no message.') +
        "\nFix what it names (a pre-receive hook, a branch rule or ruleset, push protection, the token's permissions), then re-run the job.",
    );
    this.name = 'PushRefusedError';
  }
}

/** One ref's line of `git push --porcelain`: `<flag>\t<from>:<to>\t<summary> (<reason>)`. */
export function porcelainRefStatus(
  stdout: string,
  ref: string,
): { flag: string; summary: string; reason: string | undefined } | undefined {
  for (const line of stdout.split('\n')) {
    const [flag = '', refs = '', rest = ''] = line.split('\t');
    if (flag.length !== 1 || !refs.endsWith(`:${ref}`)) continue;
    const match = /^(\[[^\]]*\]|\S+)(?: \((.*)\))?$/.exec(rest.trim());
    return { flag, summary: match?.[1] ?? rest.trim(), reason: match?.[2] };
  }
  return undefined;
}

/** Rejections that mean "origin's branch moved": the fetch-and-compare path handles them. */
const MOVED = /^(non-fast-forward|fetch first|stale info)$/;

/**
 * Pushes the worktree's HEAD to `refs/heads/<branch>` on origin, fast-forward only. It refuses a
 * branch outside the prefix (throws) and never force-pushes: when origin's branch has commits that
 * are not in HEAD's history (someone else pushed), it reports them and pushes nothing. Every
 * object the push would send is first checked for the job's secrets (src/git/outgoing.ts); one
 * that holds a secret stops the push with a SecretInPushError, and nothing reaches origin.
 */
export async function pushBranch(
  git: GitExec,
  options: {
    dir: string;
    remote: Remote;
    branch: string;
    prefix: string;
    /**
     * A commit origin already has that the work started from (the worktree's base, the last
     * pushed commit): what it holds is not sent, so it is not checked. Origin's branch tip counts too.
     */
    base: string;
    /** Whose secrets to look for; the job's (setJobSecrets) by default. */
    secrets?: SecretScanner;
    /** The commit to push; the worktree's HEAD by default (the CLI pushes a branch ref of its own). */
    head?: string;
  },
): Promise<PushResult> {
  const { dir, remote, branch } = options;
  assertOwnBranch(branch, options.prefix);
  const head = options.head ?? (await headSha(git, dir));
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
  const known = tip ? [options.base, tip] : [options.base];
  const secret = await findSecretInPush(git, dir, {
    head,
    known,
    scanner: options.secrets ?? jobSecretScanner(),
  });
  if (secret) throw new SecretInPushError(branch, secret);
  if (remote.self) return moveOwnRef(git, { dir, remote, branch, head, tip });
  // No '+' and no --force: git itself rejects a non-fast-forward if origin moved since the check.
  const result = await git(
    ['push', '--no-verify', '--porcelain', remote.url, `${head}:refs/heads/${branch}`],
    {
      cwd: dir,
      env: remote.env,
    },
  );
  if (result.exitCode !== 0) {
    const status = porcelainRefStatus(result.stdout, `refs/heads/${branch}`);
    if (status?.summary === '[rejected]' && MOVED.test(status.reason ?? '')) {
      const moved = await fetchBranch(git, dir, remote, branch);
      return {
        status: 'foreign',
        remoteSha: moved,
        foreignCommits: await commitsBetween(git, dir, head, moved),
      };
    }
    if (status?.flag === '!') {
      throw new PushRefusedError(
        branch,
        status.reason ?? status.summary.replace(/^\[|\]$/g, ''),
        remoteMessages(result.stderr),
      );
    }
    throw new Error(
      `git push to ${branch} failed: ${(result.stderr || result.stdout).trim().slice(-2000) || '(no output)'}`,
    );
  }
  return { status: 'pushed', sha: head, previous: tip };
}

/**
 * The push to the repository itself: the branch ref moves to `head` only if it still is `tip` (or
 * still does not exist), the check and the move in one step; a ref that moved meanwhile is
 * reported like a push origin rejected.
 */
async function moveOwnRef(
  git: GitExec,
  o: { dir: string; remote: Remote; branch: string; head: string; tip: string | undefined },
): Promise<PushResult> {
  const ref = `refs/heads/${o.branch}`;
  const moved = await git(['update-ref', '-m', 'codex-orchestrator: push', ref, o.head, o.tip ?? ''], {
    cwd: o.dir,
  });
  if (moved.exitCode === 0) return { status: 'pushed', sha: o.head, previous: o.tip };
  const now = await fetchBranch(git, o.dir, o.remote, o.branch);
  return { status: 'foreign', remoteSha: now, foreignCommits: await commitsBetween(git, o.dir, o.head, now) };
}
