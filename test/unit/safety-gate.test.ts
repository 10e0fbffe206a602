import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateTrigger } from '../../src/action/gate.js';
import { GITHUB_ACTIONS_BOT } from '../../src/github/identity.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startGitHubServer();
});
afterAll(() => gh.close());

const comment = (login: string, type: 'User' | 'Bot', body = '/codex plan') => ({
  sender: { login, type },
  comment: { body, user: { login, type } },
});
const source = (payload: Record<string, unknown>, actor: string) => ({
  actor,
  payload,
  allowedUsers: [],
  allowedBots: [],
});

describe('gateTrigger', () => {
  it("starts nothing for the action's own comment, though its identity passes as a chained run's actor", async () => {
    const own = await gateTrigger(
      gh.client(),
      gh.repoRef,
      GITHUB_ACTIONS_BOT,
      source(comment('github-actions[bot]', 'Bot', 'Plan:\n/codex approve'), 'github-actions[bot]'),
    );
    expect(own).toEqual({
      allowed: false,
      reason:
        'The comment was written by the action itself (github-actions[bot]); its own comments start nothing.',
    });
    // A workflow_dispatch the action chained: its identity is the actor, and that passes.
    const chained = await gateTrigger(
      gh.client(),
      gh.repoRef,
      GITHUB_ACTIONS_BOT,
      source({ sender: { login: 'github-actions[bot]', type: 'Bot' }, inputs: {} }, 'github-actions[bot]'),
    );
    expect(chained).toEqual({ allowed: true });
  });

  it('lets a maintainer’s comment through', async () => {
    expect(
      await gateTrigger(
        gh.client(),
        gh.repoRef,
        GITHUB_ACTIONS_BOT,
        source(comment('maintainer', 'User'), 'maintainer'),
      ),
    ).toEqual({ allowed: true });
    gh.assertNoViolations();
  });
});
