import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkActor, hasWriteAccess } from '../../src/action/actor.js';
import type { GitHubClient } from '../../src/github/client.js';
import { collaboratorRole } from '../../src/github/permissions.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

let gh: FakeGitHub;
let client: GitHubClient;

beforeAll(async () => {
  gh = await startGitHubServer();
  gh.setCollaborator('keeper', 'maintain');
  gh.setCollaborator('triager', 'triage');
  gh.addUser('dependabot[bot]', 'Bot');
  // A user whose login merely looks like a bot's (GitHub forbids `[` in logins; the payload could not).
  gh.addUser('evil[bot]', 'User');
  gh.setCollaborator('evil[bot]', undefined);
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.close());

// A fresh client per check, so the permission cache of one case does not answer another.
const check = (gate: Parameters<typeof checkActor>[2]) => {
  client = gh.client();
  return checkActor(client, gh.repoRef, gate);
};
const none = { allowedUsers: [], allowedBots: [] };

describe('checkActor', () => {
  it.each([
    ['maintainer', 'admin'],
    ['keeper', 'maintain'],
    ['writer', 'write'],
  ])('lets %s in with the %s role', async (actor, permission) => {
    expect(await check({ actor, actorType: 'User', ...none })).toEqual({ allowed: true, permission });
  });

  it.each([
    ['triager', "'triage'"],
    ['reader', "'read'"],
    ['outsider', 'no'],
  ])('refuses %s (%s access) and says what is required', async (actor, access) => {
    const result = await check({ actor, actorType: 'User', ...none });
    expect(result.allowed).toBe(false);
    expect(result.allowed === false && result.reason).toBe(
      `The actor '${actor}' has ${access} access to acme/widgets; write, maintain or admin is required (or add them to the allowed-users input).`,
    );
  });

  it('lets a user listed in allowed-users in without asking GitHub, case-insensitively', async () => {
    const before = gh.calls().length;
    expect(
      await check({ actor: 'Outsider', actorType: 'User', allowedUsers: ['outsider'], allowedBots: [] }),
    ).toEqual({
      allowed: true,
      permission: 'allowed-user',
    });
    expect(
      await check({ actor: 'outsider', actorType: 'User', allowedUsers: ['*'], allowedBots: [] }),
    ).toMatchObject({
      allowed: true,
    });
    expect(gh.calls().length).toBe(before);
  });

  it('refuses a bot unless allowed-bots lists it (with or without the [bot] suffix, or *)', async () => {
    const bot = { actor: 'dependabot[bot]', actorType: 'Bot' as const };
    const refused = await check({ ...bot, ...none });
    expect(refused).toEqual({
      allowed: false,
      reason:
        "The actor 'dependabot[bot]' is a bot that is not in allowed-bots. Add 'dependabot' to the allowed-bots input to let it trigger the action.",
    });
    for (const entry of ['dependabot', 'dependabot[bot]', 'Dependabot', '*']) {
      expect(await check({ ...bot, allowedUsers: [], allowedBots: [entry] })).toEqual({
        allowed: true,
        permission: 'allowed-bot',
      });
    }
  });

  it('does not let allowed-users admit a bot, even one with write access', async () => {
    gh.setCollaborator('github-actions[bot]', 'write');
    const result = await check({
      actor: 'github-actions[bot]',
      actorType: 'Bot',
      allowedUsers: ['*'],
      allowedBots: [],
    });
    gh.setCollaborator('github-actions[bot]', undefined);
    expect(result.allowed).toBe(false);
  });

  it('is not fooled by a user named like a bot: evil[bot] (type User) gets the user check', async () => {
    const gate = {
      actor: 'evil[bot]',
      actorType: 'User' as const,
      allowedUsers: [],
      allowedBots: ['evil', 'evil[bot]', '*'],
    };
    const result = await check(gate);
    expect(result).toEqual({
      allowed: false,
      reason:
        "The actor 'evil[bot]' has no access to acme/widgets; write, maintain or admin is required (or add them to the allowed-users input).",
    });
    expect(gh.calls('repos/get-collaborator-permission-level').at(-1)?.path).toBe(
      '/repos/acme/widgets/collaborators/evil%5Bbot%5D/permission',
    );
  });

  it('looks the account type up when the event does not give it, never guessing from the login', async () => {
    expect(await check({ actor: 'evil[bot]', allowedUsers: [], allowedBots: ['*'] })).toMatchObject({
      allowed: false,
    });
    expect(await check({ actor: 'dependabot[bot]', allowedUsers: [], allowedBots: ['dependabot'] })).toEqual({
      allowed: true,
      permission: 'allowed-bot',
    });
    expect(gh.calls('users/get-by-username').map((c) => c.path)).toEqual([
      '/users/evil%5Bbot%5D',
      '/users/dependabot%5Bbot%5D',
    ]);
  });

  it('refuses an unknown account and an empty actor with a reason', async () => {
    expect(await check({ actor: 'nobody-here', ...none })).toEqual({
      allowed: false,
      reason: "The actor 'nobody-here' is not a GitHub account.",
    });
    expect(await check({ actor: ' ', ...none })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('no actor'),
    });
  });
});

describe('hasWriteAccess', () => {
  it('asks GitHub once per client and login', async () => {
    const c = gh.client();
    const before = gh.calls('repos/get-collaborator-permission-level').length;
    expect(await hasWriteAccess(c, gh.repoRef, 'writer')).toBe(true);
    expect(await hasWriteAccess(c, gh.repoRef, 'Writer')).toBe(true);
    expect(await hasWriteAccess(c, gh.repoRef, 'reader')).toBe(false);
    expect(gh.calls('repos/get-collaborator-permission-level').length - before).toBe(2);
    expect(await collaboratorRole(c, gh.repoRef, 'unknown-person')).toBe('none');
  });
});
