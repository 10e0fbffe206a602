import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitStaged, stageAndListChanges } from '../../src/git/commit.js';
import { createGitExec } from '../../src/git/exec.js';
import { SecretInPushError } from '../../src/git/outgoing.js';
import { pushBranch } from '../../src/git/push.js';
import type { Remote } from '../../src/git/remote.js';
import { openWorktree, type Worktree } from '../../src/git/worktree.js';
import { setJobSecrets } from '../../src/safety/secrets.js';

// The CLI's local "origin" is the repository itself: its branch refs move in place, with the same
// rules as a push to origin (fast-forward only, inside the prefix, never over commits it lacks).
const git = createGitExec();
const BOT = { name: 'codex-orchestrator', email: 'codex-orchestrator@localhost' };
let root: string;
let repo: string;
let remote: Remote;
const sh = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'git-self-'));
  repo = join(root, 'repo');
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  await writeFile(join(repo, 'README.md'), '# demo\n');
  sh('add', '-A');
  sh('-c', 'user.name=p', '-c', 'user.email=p@example.com', 'commit', '-q', '-m', 'init');
  remote = { url: repo, env: {}, tracking: 'refs/codex-orchestrator/local/', self: true };
});
afterEach(async () => {
  setJobSecrets([]);
  await rm(root, { recursive: true, force: true });
});

async function commitIn(tree: Worktree, file: string, text: string): Promise<string> {
  await writeFile(join(tree.dir, file), text);
  await stageAndListChanges(git, tree.dir, 'HEAD');
  return (await commitStaged(git, tree.dir, `Add ${file}`, BOT))!;
}

const open = (branch: string) =>
  openWorktree(git, { repoDir: repo, parentDir: root, branch, defaultBranch: 'main', remote });

describe('pushBranch to the repository itself', () => {
  it('creates the branch, then fast-forwards it; the tracking ref is its own, never refs/remotes', async () => {
    const tree = await open('codex/T-1-x');
    expect(tree.remoteTip).toBeUndefined();
    const first = await commitIn(tree, 'a.txt', 'a\n');
    const pushed = await pushBranch(git, {
      dir: tree.dir,
      remote,
      branch: 'codex/T-1-x',
      prefix: 'codex',
      base: tree.base,
    });
    expect(pushed).toEqual({ status: 'pushed', sha: first, previous: undefined });
    expect(sh('rev-parse', 'codex/T-1-x')).toBe(first);
    const second = await commitIn(tree, 'b.txt', 'b\n');
    expect(
      await pushBranch(git, { dir: tree.dir, remote, branch: 'codex/T-1-x', prefix: 'codex', base: first }),
    ).toEqual({ status: 'pushed', sha: second, previous: first });
    expect(sh('reflog', '-1', '--format=%gs', 'codex/T-1-x')).toBe('codex-orchestrator: push');
    const again = await open('codex/T-1-x');
    expect(again).toMatchObject({ base: second, remoteTip: second });
    expect(sh('for-each-ref', '--format=%(refname)', 'refs/remotes')).toBe('');
    expect(sh('rev-parse', 'refs/codex-orchestrator/local/codex/T-1-x')).toBe(second);
  });

  it('never moves the branch over commits it lacks, nor when it moved after the check', async () => {
    const tree = await open('codex/T-2-x');
    const mine = await commitIn(tree, 'a.txt', 'a\n');
    await pushBranch(git, { dir: tree.dir, remote, branch: 'codex/T-2-x', prefix: 'codex', base: tree.base });
    // A person commits on the branch meanwhile (another worktree of theirs).
    const other = await open('codex/T-2-x');
    const theirs = await commitIn(other, 'theirs.txt', 'x\n');
    sh('update-ref', 'refs/heads/codex/T-2-x', theirs);
    const next = await commitIn(tree, 'b.txt', 'b\n');
    const result = await pushBranch(git, {
      dir: tree.dir,
      remote,
      branch: 'codex/T-2-x',
      prefix: 'codex',
      base: mine,
    });
    expect(result).toMatchObject({ status: 'foreign', remoteSha: theirs });
    expect(sh('rev-parse', 'codex/T-2-x')).toBe(theirs);
    expect(next).not.toBe(theirs);

    // The ref moves between the check and the move: the move, checked against the old value, fails.
    const racing: typeof git = async (args, options) => {
      if (args[0] === 'update-ref' && args.includes('refs/heads/codex/T-3-x'))
        sh('update-ref', 'refs/heads/codex/T-3-x', theirs);
      return git(args, options);
    };
    const third = await open('codex/T-3-x');
    await commitIn(third, 'c.txt', 'c\n');
    const raced = await pushBranch(racing, {
      dir: third.dir,
      remote,
      branch: 'codex/T-3-x',
      prefix: 'codex',
      base: third.base,
    });
    expect(raced).toMatchObject({ status: 'foreign', remoteSha: theirs });
    expect(sh('rev-parse', 'codex/T-3-x')).toBe(theirs);
  });

  it('checks what it would add for the job secrets, and refuses a branch outside the prefix', async () => {
    const tree = await open('codex/T-4-x');
    await commitIn(tree, 'leak.txt', 'key sk-live-0123456789abcdef0123\n');
    setJobSecrets([{ name: 'the model key', value: 'sk-live-0123456789abcdef0123' }]);
    await expect(
      pushBranch(git, {
        dir: tree.dir,
        remote,
        branch: 'codex/T-4-x',
        prefix: 'codex',
        base: tree.base,
      }),
    ).rejects.toBeInstanceOf(SecretInPushError);
    await expect(
      pushBranch(git, { dir: tree.dir, remote, branch: 'main', prefix: 'codex', base: tree.base }),
    ).rejects.toThrow(/only pushes branches under 'codex\/'/);
    expect(sh('branch', '--list', 'codex/*')).toBe('');
  });
});
