import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BranchPrefixError } from '../../src/git/branch.js';
import { commitStaged, stageAndListChanges } from '../../src/git/commit.js';
import { createGitExec } from '../../src/git/exec.js';
import { PushRefusedError, porcelainRefStatus, pushBranch } from '../../src/git/push.js';
import { authEnv, originRemote, remoteMessages, remoteTip } from '../../src/git/remote.js';
import { openWorktree, removeWorktree } from '../../src/git/worktree.js';
import { createRepos, type TempRepos } from '../harness/git.js';

const git = createGitExec();
const ACTION = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
let repos: TempRepos;
beforeEach(async () => {
  repos = await createRepos({ 'README.md': '# demo\n' });
});
afterEach(() => repos.cleanup());

async function worktreeWithCommit(branch: string) {
  const checkout = await repos.clone();
  const remote = await originRemote(git, checkout, '');
  const tree = await openWorktree(git, {
    repoDir: checkout,
    parentDir: repos.root,
    branch,
    defaultBranch: 'main',
    remote,
  });
  await writeFile(join(tree.dir, 'feature.txt'), 'feature\n');
  await stageAndListChanges(git, tree.dir, 'HEAD');
  const sha = await commitStaged(git, tree.dir, 'Add the feature', ACTION);
  return { checkout, remote, tree, sha: sha! };
}

describe('pushBranch', () => {
  it('pushes a new branch under the prefix, fast-forward only, as the action', async () => {
    const { checkout, remote, tree, sha } = await worktreeWithCommit('codex/1-feature');
    const result = await pushBranch(git, {
      dir: tree.dir,
      remote,
      branch: 'codex/1-feature',
      prefix: 'codex',
      base: tree.base,
    });
    expect(result).toEqual({ status: 'pushed', sha, previous: undefined });
    expect(repos.log('codex/1-feature')[0]).toBe(`${sha} Add the feature`);
    expect(repos.authors('codex/1-feature')[0]).toBe(`${ACTION.name} <${ACTION.email}>`);
    // A second push of the same head changes nothing.
    expect(
      await pushBranch(git, {
        dir: tree.dir,
        remote,
        branch: 'codex/1-feature',
        prefix: 'codex',
        base: tree.base,
      }),
    ).toEqual({
      status: 'up_to_date',
      sha,
    });
    await removeWorktree(git, checkout, tree.dir);
  });

  it('refuses a branch outside the prefix before touching origin', async () => {
    const { remote, tree } = await worktreeWithCommit('codex/1-feature');
    await expect(
      pushBranch(git, { dir: tree.dir, remote, branch: 'main', prefix: 'codex', base: tree.base }),
    ).rejects.toThrow(BranchPrefixError);
    expect(repos.log('main')).toHaveLength(1);
  });

  it('never pushes over commits someone else wrote on the branch', async () => {
    const { remote, tree } = await worktreeWithCommit('codex/1-feature');
    const human = await repos.commitOnOrigin('codex/1-feature', { 'human.txt': 'mine\n' }, 'Human work');
    const result = await pushBranch(git, {
      dir: tree.dir,
      remote,
      branch: 'codex/1-feature',
      prefix: 'codex',
      base: tree.base,
    });
    expect(result.status).toBe('foreign');
    if (result.status !== 'foreign') return;
    expect(result.remoteSha).toBe(human);
    expect(result.foreignCommits).toEqual([
      expect.stringMatching(/^[0-9a-f]{7,} Human work \(Test Human\)$/),
    ]);
    expect(repos.log('codex/1-feature')[0]).toBe(`${human} Human work`);
  });

  it("reports a push a server hook refused with the hook's words, not as a failed fetch", async () => {
    const { remote, tree } = await worktreeWithCommit('codex/1-feature');
    await repos.hook(
      'pre-receive',
      [
        'echo "GH013: Repository rule violations found for refs/heads/codex/1-feature." >&2',
        'echo "- Changes must be made through a pull request signed by a verified key." >&2',
        'exit 1',
      ].join('\n'),
    );
    const error = await pushBranch(git, {
      dir: tree.dir,
      remote,
      branch: 'codex/1-feature',
      prefix: 'codex',
      base: tree.base,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushRefusedError);
    const refused = error as PushRefusedError;
    expect(refused.reason).toBe('pre-receive hook declined');
    expect(refused.serverMessages).toEqual([
      'GH013: Repository rule violations found for refs/heads/codex/1-feature.',
      '- Changes must be made through a pull request signed by a verified key.',
    ]);
    expect(refused.message).toContain(
      'origin refused the push to codex/1-feature (pre-receive hook declined)',
    );
    expect(refused.message).toContain('  GH013: Repository rule violations found');
    expect(refused.message).not.toMatch(/fetch|couldn't find remote ref/i);
    expect(repos.branches()).toEqual(['main']);
  });

  it('still treats a branch that moved as foreign commits when a hook lets other pushes through', async () => {
    const { remote, tree } = await worktreeWithCommit('codex/1-feature');
    const human = await repos.commitOnOrigin('codex/1-feature', { 'human.txt': 'mine\n' }, 'Human work');
    await repos.hook('pre-receive', 'echo "checked" >&2\nexit 0');
    const result = await pushBranch(git, {
      dir: tree.dir,
      remote,
      branch: 'codex/1-feature',
      prefix: 'codex',
      base: tree.base,
    });
    expect(result).toMatchObject({ status: 'foreign', remoteSha: human });
  });

  it('keeps the token out of .git/config and passes it only in the push environment', async () => {
    const { checkout, tree } = await worktreeWithCommit('codex/1-feature');
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const remote = { url: repos.origin, env: authEnv('https://github.com/o/r.git', 'ghs_secret123') };
    write.mockRestore();
    await pushBranch(git, {
      dir: tree.dir,
      remote,
      branch: 'codex/1-feature',
      prefix: 'codex',
      base: tree.base,
    });
    const config = await readFile(join(checkout, '.git', 'config'), 'utf8');
    expect(config).not.toContain('ghs_secret123');
    expect(config).not.toContain(Buffer.from('x-access-token:ghs_secret123').toString('base64'));
    expect(config).not.toMatch(/extraheader/i);
  });
});

describe('push output', () => {
  it("reads one ref's porcelain status", () => {
    const out =
      'To ../o.git\n!\tabc:refs/heads/codex/x\t[remote rejected] (pre-receive hook declined)\nDone\n';
    expect(porcelainRefStatus(out, 'refs/heads/codex/x')).toEqual({
      flag: '!',
      summary: '[remote rejected]',
      reason: 'pre-receive hook declined',
    });
    expect(
      porcelainRefStatus('!\tabc:refs/heads/codex/x\t[rejected] (fetch first)', 'refs/heads/codex/x'),
    ).toEqual({ flag: '!', summary: '[rejected]', reason: 'fetch first' });
    expect(porcelainRefStatus(out, 'refs/heads/codex/y')).toBeUndefined();
  });

  it("keeps the server's lines, without git's padding, colours or blank lines", () => {
    const stderr = [
      'remote: \u001b[1;31merror\u001b[m: GH006: Protected branch update failed.        ',
      'remote: ',
      'remote: - Required status check "ci" is expected.',
      "error: failed to push some refs to '../o.git'",
    ].join('\n');
    expect(remoteMessages(stderr)).toEqual([
      'error: GH006: Protected branch update failed.',
      '- Required status check "ci" is expected.',
    ]);
  });
});

describe('authEnv', () => {
  it('sends the token as a basic extraheader scoped to the remote host, and masks it', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/o/r.git`;
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const env = authEnv(url, 'ghs_secret123');
    const masked = write.mock.calls.map((c) => String(c[0]));
    write.mockRestore();
    const basic = Buffer.from('x-access-token:ghs_secret123').toString('base64');
    expect(masked).toContain(`::add-mask::${basic}\n`);
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.http://127.0.0.1:${(server.address() as AddressInfo).port}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    });
    const checkout = await repos.clone();
    await expect(remoteTip(git, checkout, { url, env }, 'codex/1-x')).rejects.toThrow();
    server.close();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]!.authorization).toBe(`basic ${basic}`);
  });

  it('adds nothing without a token or for a non-HTTP remote', () => {
    expect(authEnv('https://github.com/o/r.git', '')).toEqual({});
    expect(authEnv('/tmp/origin.git', 'ghs_x')).toEqual({});
    expect(authEnv('git@github.com:o/r.git', 'ghs_x')).toEqual({});
  });
});
