import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDefaultBranchFile } from '../../src/github/content.js';
import {
  actionIdentity,
  appSlugOf,
  GITHUB_ACTIONS_BOT,
  IdentityError,
  isGitHubToken,
  isIdentity,
} from '../../src/github/identity.js';
import * as core from '../../src/log.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

// The fallback warns; a real `::warning::` line in a CI log would become an annotation.
vi.mock('../../src/log.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/log.js')>()),
  warning: vi.fn(),
  debug: vi.fn(),
}));

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHubServer();
  vi.mocked(core.warning).mockClear();
});
afterEach(async () => {
  await gh.close();
});

describe('actionIdentity', () => {
  it('is github-actions[bot] for GITHUB_TOKEN, from one GraphQL call, cached per client', async () => {
    const client = gh.client('ghs_action');
    expect(await actionIdentity(client)).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
    expect(await actionIdentity(client)).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
    expect(gh.calls().map((c) => c.operation)).toEqual(['graphql query viewer']);
    gh.assertNoViolations();
  });

  it("is the app's bot for a GitHub App installation token, and the user for a PAT", async () => {
    gh.addToken('ghs_app_token', 'codex-helper[bot]');
    expect(await actionIdentity(gh.client('ghs_app_token'))).toEqual({
      login: 'codex-helper[bot]',
      type: 'Bot',
    });
    expect(await actionIdentity(gh.client('ghp_maintainer'))).toEqual({ login: 'maintainer', type: 'User' });
    gh.assertNoViolations();
  });

  it('falls back to GET /user when GraphQL is unreachable', async () => {
    gh.failNext({ path: '/graphql', status: 502, times: 4 });
    expect(await actionIdentity(gh.client('ghp_maintainer'))).toEqual({ login: 'maintainer', type: 'User' });
    expect(gh.calls().map((c) => `${c.operation} ${c.status}`)).toEqual([
      ...Array(4).fill('graphql 502'),
      'users/get-authenticated 200',
    ]);
  });

  it('assumes github-actions[bot] for an installation token when nothing answers, with a warning', async () => {
    gh.failNext({ path: '/graphql', status: 502, times: 4 });
    // GET /user answers 403 "Resource not accessible by integration" to installation tokens.
    expect(await actionIdentity(gh.client('ghs_action'))).toEqual({
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    expect(vi.mocked(core.warning)).toHaveBeenCalledWith(
      expect.stringContaining('Assuming github-actions[bot]'),
    );
  });

  it('fails with the reasons when a user token cannot be identified, and does not cache the failure', async () => {
    const client = gh.client('ghp_maintainer');
    gh.failNext({ path: '/graphql', status: 502, times: 4 });
    gh.failNext({ path: '/user', status: 401 });
    const error = await actionIdentity(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityError);
    expect((error as Error).message).toMatch(
      /GraphQL viewer: 502 Bad Gateway; GET \/user: 401 Bad credentials\)/,
    );
    expect(await actionIdentity(client)).toEqual({ login: 'maintainer', type: 'User' });
  });
});

describe('isIdentity', () => {
  const me = { login: 'github-actions[bot]', type: 'Bot' as const };
  it('matches login case-insensitively and requires the same account type', () => {
    expect(isIdentity({ login: 'GitHub-Actions[bot]', type: 'Bot' }, me)).toBe(true);
    expect(isIdentity({ login: 'github-actions[bot]', type: 'User' }, me)).toBe(false);
    expect(isIdentity({ login: 'github-actions', type: 'Bot' }, me)).toBe(false);
    expect(isIdentity(null, me)).toBe(false);
  });
});

describe('isGitHubToken and appSlugOf', () => {
  it("tell GITHUB_TOKEN's identity from an App's and a user's", () => {
    const app = { login: 'Codex-App[bot]', type: 'Bot' as const };
    expect(isGitHubToken(GITHUB_ACTIONS_BOT)).toBe(true);
    expect(isGitHubToken(app)).toBe(false);
    // A user named like the bot is not the bot.
    expect(isGitHubToken({ login: 'github-actions[bot]', type: 'User' })).toBe(false);
    expect(appSlugOf(app)).toBe('codex-app');
    expect(appSlugOf(GITHUB_ACTIONS_BOT)).toBe('github-actions');
    expect(appSlugOf({ login: 'octocat', type: 'User' })).toBeUndefined();
  });
});

describe('readDefaultBranchFile', () => {
  it("reads from the default branch (never a PR's head) and caches the branch name", async () => {
    gh.addFile('.github/codex-orchestrator.yml', 'labels:\n  prefix: codex\n');
    gh.addPullRequest({
      head: 'codex/evil',
      files: [{ filename: '.github/codex-orchestrator.yml', content: 'x' }],
    });
    const client = gh.client();
    expect(await readDefaultBranchFile(client, gh.repoRef, '.github/codex-orchestrator.yml')).toBe(
      'labels:\n  prefix: codex\n',
    );
    expect(await readDefaultBranchFile(client, gh.repoRef, '/prompts/review.md')).toBeUndefined();
    const reads = gh.calls('repos/get-content');
    expect(reads.map((c) => [c.path, c.query.ref])).toEqual([
      ['/repos/acme/widgets/contents/.github%2Fcodex-orchestrator.yml', 'main'],
      ['/repos/acme/widgets/contents/prompts%2Freview.md', 'main'],
    ]);
    expect(gh.calls('repos/get')).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('says so when the path is a directory', async () => {
    gh.addFile('prompts/review.md', 'x');
    await expect(readDefaultBranchFile(gh.client(), gh.repoRef, 'prompts')).rejects.toThrow(
      "'prompts' on acme/widgets@main is a directory or a submodule, not a file. Expected a file path.",
    );
  });

  it('honours a non-default default branch', async () => {
    const trunk = await startGitHubServer({ defaultBranch: 'trunk' });
    trunk.addFile('AGENTS.md', 'rules');
    expect(await readDefaultBranchFile(trunk.client(), trunk.repoRef, 'AGENTS.md')).toBe('rules');
    expect(trunk.calls('repos/get-content')[0]?.query.ref).toBe('trunk');
    await trunk.close();
  });
});
