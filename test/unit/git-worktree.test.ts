import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitExec } from '../../src/git/exec.js';
import { originRemote, persistedCredentials } from '../../src/git/remote.js';
import { openWorktree, removeWorktree } from '../../src/git/worktree.js';
import { createRepos, type TempRepos } from '../harness/git.js';

const git = createGitExec();
let repos: TempRepos;
beforeEach(async () => {
  repos = await createRepos({ 'README.md': '# demo\n' });
});
afterEach(() => repos.cleanup());

describe('openWorktree', () => {
  it('starts a new branch from origin default branch, under the parent folder', async () => {
    const checkout = await repos.clone();
    const remote = await originRemote(git, checkout, '');
    const tree = await openWorktree(git, {
      repoDir: checkout,
      parentDir: repos.root,
      branch: 'codex/7-demo',
      defaultBranch: 'main',
      remote,
    });
    expect(tree.dir.startsWith(join(repos.root, 'codex-worktree-'))).toBe(true);
    expect(tree.remoteTip).toBeUndefined();
    expect(tree.base).toBe(repos.log('main')[0]!.split(' ')[0]);
    expect(repos.git(['rev-parse', 'HEAD'], tree.dir)).toBe(tree.base);
    expect(await readFile(join(tree.dir, 'README.md'), 'utf8')).toBe('# demo\n');
    await removeWorktree(git, checkout, tree.dir);
    expect(existsSync(tree.dir)).toBe(false);
    expect(repos.git(['worktree', 'list'], checkout).split('\n')).toHaveLength(1);
  });

  it('continues a branch that exists on origin (a re-run), including commits a human pushed', async () => {
    await repos.commitOnOrigin('codex/7-demo', { 'a.txt': 'one\n' }, 'First');
    const humanTip = await repos.commitOnOrigin('codex/7-demo', { 'b.txt': 'two\n' }, 'Second');
    const checkout = await repos.clone();
    const tree = await openWorktree(git, {
      repoDir: checkout,
      parentDir: repos.root,
      branch: 'codex/7-demo',
      defaultBranch: 'main',
      remote: await originRemote(git, checkout, ''),
    });
    expect(tree.remoteTip).toBe(humanTip);
    expect(tree.base).toBe(humanTip);
    expect(await readFile(join(tree.dir, 'b.txt'), 'utf8')).toBe('two\n');
    await removeWorktree(git, checkout, tree.dir);
  });

  it('works beside a leftover worktree of a crashed job and a checkout that has the branch', async () => {
    await repos.commitOnOrigin('codex/7-demo', { 'a.txt': 'one\n' }, 'First');
    const checkout = await repos.clone();
    repos.git(['checkout', '--quiet', 'codex/7-demo'], checkout);
    const remote = await originRemote(git, checkout, '');
    const options = {
      repoDir: checkout,
      parentDir: repos.root,
      branch: 'codex/7-demo',
      defaultBranch: 'main',
      remote,
    };
    const first = await openWorktree(git, options);
    await writeFile(join(first.dir, 'junk.txt'), 'junk');
    // The first job "crashed": its worktree is still registered and checked out.
    const second = await openWorktree(git, options);
    expect(existsSync(join(second.dir, 'junk.txt'))).toBe(false);
    await removeWorktree(git, checkout, second.dir);
    await removeWorktree(git, checkout, first.dir);
    expect(existsSync(first.dir)).toBe(false);
  });

  it('removeWorktree never throws, even for a folder that is gone', async () => {
    const checkout = await repos.clone();
    await expect(removeWorktree(git, checkout, join(repos.root, 'nope'))).resolves.toBeUndefined();
  });
});

describe('originRemote and persistedCredentials', () => {
  it('explains a checkout without an origin remote', async () => {
    const checkout = await repos.clone();
    repos.git(['remote', 'remove', 'origin'], checkout);
    await expect(originRemote(git, checkout, '')).rejects.toThrow(/no 'origin' remote.*actions\/checkout/);
  });

  it('finds credentials a checkout persisted into .git/config', async () => {
    const checkout = await repos.clone();
    expect(await persistedCredentials(git, checkout)).toEqual([]);
    repos.git(['config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic eDp5'], checkout);
    repos.git(['remote', 'add', 'mirror', 'https://x-access-token:ghs_abc@github.com/o/r.git'], checkout);
    expect(await persistedCredentials(git, checkout)).toEqual([
      'http.https://github.com/.extraheader',
      'remote.mirror.url',
    ]);
  });
});
