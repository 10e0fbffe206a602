import { afterEach, describe, expect, it } from 'vitest';
import { SecretInRequestError } from '../../src/github/client.js';
import { TEST_API_KEY } from '../harness/codex-env.js';
import { startGitHubServer } from '../harness/github-server.js';
import { step } from '../harness/responses-server.js';
import { type ReviewScenario, reviewScenario, reviews } from './review-env.js';

let s: ReviewScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('no secret leaves in a request the action sends', () => {
  it('refuses to post a review whose text holds the github-token, and writes nothing', async () => {
    s = await reviewScenario();
    // A prompt injection made the model copy the token (the scenario's token is `ghs_action`).
    s.model.enqueue(step.json({ ...reviews.pass, summary: 'Looks good. token=ghs_action' }));
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
    expect(out.exitCode).toBe(1);
    expect(out.outputs.status).toBe('error');
    expect(out.stdout).toContain('Refused to send POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
    expect(s.gh.comments(s.prNumber)).toEqual([]);
    expect(s.gh.reviews(s.prNumber)).toEqual([]);
    expect(s.gh.checkRuns()).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('refuses the model key in a GraphQL request as well as in REST parameters', async () => {
    const gh = await startGitHubServer();
    try {
      const { createGitHubClient } = await import('../../src/github/client.js');
      const client = createGitHubClient({
        token: 'ghs_action',
        baseUrl: gh.url,
        graphqlUrl: gh.graphqlUrl,
        secrets: [TEST_API_KEY],
      });
      await expect(
        client.graphql('query($q: String!) { viewer { login } }', { q: `key ${TEST_API_KEY}` }),
      ).rejects.toBeInstanceOf(SecretInRequestError);
      await expect(
        client.rest.issues.createComment({ ...gh.repoRef, issue_number: 1, body: `key ${TEST_API_KEY}` }),
      ).rejects.toBeInstanceOf(SecretInRequestError);
      expect(gh.calls()).toEqual([]);
      // The token in its own header is fine: that is where it belongs.
      expect(
        (await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }')).viewer.login,
      ).toBe('github-actions[bot]');
    } finally {
      await gh.close();
    }
  });
});
