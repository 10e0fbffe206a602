import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyPatches,
  changedPaths,
  commitStaged,
  formatPatch,
  headSha,
  stageAndListChanges,
} from '../../src/git/commit.js';
import { createGitExec, GitError, gitOk } from '../../src/git/exec.js';
import { originRemote } from '../../src/git/remote.js';
import { openWorktree, removeWorktree } from '../../src/git/worktree.js';
import { createRepos, type TempRepos } from '../harness/git.js';

const git = createGitExec();
const ACTION = { name: 'codex-orchestrator', email: 'bot@example.com' };
let repos: TempRepos;
beforeEach(async () => {
  repos = await createRepos({
    'README.md': '# demo\n',
    '.github/workflows/ci.yml': 'on: push\n',
    '.gitignore': 'node_modules/\n',
  });
});
afterEach(() => repos.cleanup());

async function tree(branch = 'codex/1-x') {
  const checkout = await repos.clone();
  const remote = await originRemote(git, checkout, '');
  return {
    checkout,
    ...(await openWorktree(git, {
      repoDir: checkout,
      parentDir: repos.root,
      branch,
      defaultBranch: 'main',
      remote,
    })),
  };
}

describe('staging and committing', () => {
  it('lists added, changed, deleted and both sides of renamed paths, ignoring .gitignore', async () => {
    const t = await tree();
    await writeFile(join(t.dir, 'new.txt'), 'n');
    await writeFile(join(t.dir, 'README.md'), '# changed\n');
    await mkdir(join(t.dir, 'node_modules'));
    await writeFile(join(t.dir, 'node_modules', 'x.js'), '');
    await rename(join(t.dir, '.github/workflows/ci.yml'), join(t.dir, 'ci-moved.yml'));
    const paths = await stageAndListChanges(git, t.dir, 'HEAD');
    expect(paths.sort()).toEqual(['.github/workflows/ci.yml', 'README.md', 'ci-moved.yml', 'new.txt']);
    const sha = await commitStaged(git, t.dir, 'Criterion 1: change things\n\nBody', ACTION);
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(repos.git(['log', '-1', '--format=%an <%ae>|%cn|%s|%b'], t.dir).trimEnd()).toBe(
      'codex-orchestrator <bot@example.com>|codex-orchestrator|Criterion 1: change things|Body',
    );
    expect((await changedPaths(git, t.dir, t.base, sha!)).sort()).toEqual(paths.sort());
    await removeWorktree(git, t.checkout, t.dir);
  });

  it('returns undefined when there is nothing to commit', async () => {
    const t = await tree();
    const before = await headSha(git, t.dir);
    expect(await stageAndListChanges(git, t.dir, 'HEAD')).toEqual([]);
    expect(await commitStaged(git, t.dir, 'nothing', ACTION)).toBeUndefined();
    expect(await headSha(git, t.dir)).toBe(before);
  });

  it('runs no hooks, even a pre-commit hook that fails', async () => {
    const t = await tree();
    await writeFile(join(t.checkout, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    await writeFile(join(t.dir, 'x.txt'), 'x');
    await stageAndListChanges(git, t.dir, 'HEAD');
    expect(await commitStaged(git, t.dir, 'with a hook', ACTION)).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('holding commits as patches', () => {
  it('replays held commits on a fresh checkout with the same trees and messages', async () => {
    const a = await tree();
    await writeFile(join(a.dir, 'one.txt'), 'one\n');
    await stageAndListChanges(git, a.dir, 'HEAD');
    await commitStaged(git, a.dir, 'Criterion 1: one', ACTION);
    await writeFile(join(a.dir, 'bin.dat'), Buffer.from([0, 1, 2, 255]));
    await stageAndListChanges(git, a.dir, 'HEAD');
    const last = await commitStaged(git, a.dir, 'Criterion 2: binary', ACTION);
    const mbox = await formatPatch(git, a.dir, a.base, last!);
    await removeWorktree(git, a.checkout, a.dir);

    const b = await tree();
    const head = await applyPatches(git, b.dir, mbox, ACTION);
    // `last` lives in the first clone; the replayed commit only has the same sha when both landed
    // in the same second, so compare the trees where each commit is.
    expect(repos.git(['rev-parse', `${head}^{tree}`], b.dir)).toBe(
      repos.git(['rev-parse', `${last}^{tree}`], a.checkout),
    );
    expect(repos.git(['log', '--format=%s', `${b.base}..HEAD`], b.dir).split('\n')).toEqual([
      'Criterion 2: binary',
      'Criterion 1: one',
    ]);
    expect([...(await readFile(join(b.dir, 'bin.dat')))]).toEqual([0, 1, 2, 255]);
  });

  it('aborts cleanly when the patches do not apply', async () => {
    const t = await tree();
    const before = await headSha(git, t.dir);
    await expect(applyPatches(git, t.dir, 'not a patch\n', ACTION)).rejects.toThrow(/do not apply/);
    expect(await headSha(git, t.dir)).toBe(before);
    expect(repos.git(['status', '--porcelain'], t.dir)).toBe('');
  });
});

describe('gitOk', () => {
  it('throws GitError naming the command and stderr', async () => {
    const t = await tree();
    await expect(gitOk(git, ['rev-parse', 'no-such-ref'], { cwd: t.dir })).rejects.toThrow(GitError);
    await expect(gitOk(git, ['rev-parse', '--verify', 'no-such-ref'], { cwd: t.dir })).rejects.toThrow(
      /git rev-parse --verify no-such-ref failed with exit code 128: fatal/,
    );
  });
});
