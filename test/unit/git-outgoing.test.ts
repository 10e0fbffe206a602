import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitStaged, stageAndListChanges } from '../../src/git/commit.js';
import { createGitExec, gitOk } from '../../src/git/exec.js';
import { SecretInPushError } from '../../src/git/outgoing.js';
import { pushBranch } from '../../src/git/push.js';
import { originRemote } from '../../src/git/remote.js';
import { openWorktree, type Worktree } from '../../src/git/worktree.js';
import { SecretScanner, setJobSecrets } from '../../src/safety/secrets.js';
import { createRepos, type TempRepos } from '../harness/git.js';

// Secrets only pushes can carry: the API guard never sees a commit.
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const KEY = 'sk-proj-Xq7abcLm2pR9tV4wZ8yB3nK6';
const secrets = new SecretScanner([
  { name: 'the github-token', value: TOKEN },
  { name: 'the model key', value: KEY },
]);
const BRANCH = 'codex/1-feature';
const ACTION = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const git = createGitExec();

let repos: TempRepos;
let checkout: string;
let tree: Worktree;
beforeEach(async () => {
  repos = await createRepos({ 'README.md': '# demo\n' });
  checkout = await repos.clone();
  tree = await openWorktree(git, {
    repoDir: checkout,
    parentDir: repos.root,
    branch: BRANCH,
    defaultBranch: 'main',
    remote: await originRemote(git, checkout, ''),
  });
});
afterEach(() => repos.cleanup());

/** Writes the files and commits them as the action, with `message`. */
async function commit(files: Record<string, string | Buffer>, message = 'Add files', author = ACTION) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(tree.dir, path)), { recursive: true });
    await writeFile(join(tree.dir, path), content);
  }
  await stageAndListChanges(git, tree.dir, 'HEAD');
  return (await commitStaged(git, tree.dir, message, author))!;
}

const push = async (scanner: SecretScanner | undefined = secrets) =>
  pushBranch(git, {
    dir: tree.dir,
    remote: await originRemote(git, checkout, ''),
    branch: BRANCH,
    prefix: 'codex',
    base: tree.base,
    secrets: scanner,
  });

/** Pushes, expects a refusal, and checks that origin got nothing and the message hides the secret. */
async function refused(): Promise<SecretInPushError> {
  const error = await push().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SecretInPushError);
  const message = (error as Error).message;
  for (const value of [TOKEN, KEY, Buffer.from(TOKEN).toString('base64')]) {
    expect(message).not.toContain(value);
  }
  expect(repos.branches()).toEqual(['main']);
  return error as SecretInPushError;
}

describe('pushBranch: nothing secret reaches origin', () => {
  it('refuses a commit whose message holds the token, naming the commit, not the secret', async () => {
    const sha = await commit({ 'a.txt': 'a\n' }, `Criterion 1/1: add a\n\nDone. The token is ${TOKEN}.\n`);
    const error = await refused();
    expect(error.found).toEqual({
      secret: 'the github-token',
      form: 'raw',
      commit: sha,
      where: 'its message or author fields',
    });
    expect(error.message).toContain(`Refused to push to ${BRANCH}: commit ${sha.slice(0, 12)}`);
    expect(error.message).toContain('Nothing was pushed');
  });

  it('refuses the model key base64-encoded in a committed file, naming the file', async () => {
    const first = await commit({ 'ok.txt': 'fine\n' }, 'Clean commit');
    const sha = await commit(
      { 'config/creds.b64': `${Buffer.from(`Authorization: Bearer ${KEY}`).toString('base64')}\n` },
      'Add config',
    );
    const error = await refused();
    expect(error.found).toMatchObject({
      secret: 'the model key',
      commit: sha,
      where: 'the file config/creds.b64',
    });
    expect(error.found.form).toMatch(/^base64 \(offset \d\)$/);
    expect(error.found.commit).not.toBe(first);
  });

  it('refuses the token split across the lines of a file', async () => {
    const pieces = TOKEN.match(/.{1,6}/g)!;
    const source = `export const t =\n${pieces.map((p) => `  '${p}' +`).join('\n')}\n  '';\n`;
    await commit({ 'src/t.ts': source });
    expect((await refused()).found).toMatchObject({ form: 'split raw', where: 'the file src/t.ts' });
  });

  it('refuses the token inside a binary file, in an author name, and in a file name', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]),
      Buffer.from(TOKEN),
      Buffer.from([0, 1]),
    ]);
    await commit({ 'logo.png': png });
    expect((await refused()).found).toMatchObject({ form: 'raw', where: 'the file logo.png' });

    await gitOk(git, ['reset', '--hard', '--quiet', tree.base], { cwd: tree.dir });
    const byAgent = await commit({ 'b.txt': 'b\n' }, 'Plain message', {
      name: TOKEN,
      email: 'agent@example.com',
    });
    expect((await refused()).found).toMatchObject({ commit: byAgent, where: 'its message or author fields' });

    await gitOk(git, ['reset', '--hard', '--quiet', tree.base], { cwd: tree.dir });
    const named = await commit({ [`dump/${TOKEN.slice(0, 20)}/${TOKEN.slice(20)}.txt`]: 'x\n' });
    expect((await refused()).found).toMatchObject({ commit: named, where: 'a file name' });
  });

  it('refuses a secret a later commit removed again: the history still carries it', async () => {
    const leaking = await commit({ 'env.txt': `KEY=${KEY}\n` }, 'Dump env');
    await commit({ 'env.txt': 'KEY=\n' }, 'Remove it');
    expect((await refused()).found).toMatchObject({ commit: leaking, where: 'the file env.txt' });
  });

  it('finds a secret at the end of a file of several megabytes, and pushes a clean one', async () => {
    const big = 'const row = [1, 2, 3, "lorem ipsum"];\n'.repeat(200_000);
    await commit({ 'data.js': big });
    expect(await push()).toMatchObject({ status: 'pushed' });
    await commit({ 'data.js': `${big}// ${Buffer.from(TOKEN).toString('hex')}\n` });
    expect((await push().catch((e: unknown) => e)) as SecretInPushError).toBeInstanceOf(SecretInPushError);
    expect(repos.log(BRANCH)).toHaveLength(2);
  });

  it("checks only what origin lacks: a secret a person already pushed does not stop the job's clean commit", async () => {
    await commit({ 'a.txt': 'a\n' });
    expect(await push()).toMatchObject({ status: 'pushed' });
    const human = await repos.commitOnOrigin(BRANCH, { 'notes.txt': `old ${TOKEN}\n` }, 'Human notes');
    await gitOk(
      git,
      ['fetch', '--quiet', repos.origin, `+refs/heads/${BRANCH}:refs/remotes/origin/${BRANCH}`],
      {
        cwd: tree.dir,
      },
    );
    await gitOk(git, ['reset', '--hard', '--quiet', human], { cwd: tree.dir });
    const clean = await commit({ 'b.txt': 'b\n' });
    expect(await push()).toEqual({ status: 'pushed', sha: clean, previous: human });
  });

  it("uses the job's secrets by default", async () => {
    await commit({ 'a.txt': `${KEY}\n` });
    setJobSecrets([{ name: 'the model key', value: KEY }]);
    try {
      const error = await push(undefined).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SecretInPushError);
      expect((error as SecretInPushError).found.secret).toBe('the model key');
    } finally {
      setJobSecrets([]);
    }
    expect(repos.branches()).toEqual(['main']);
  });
});
