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

  // The scenario's token is `ghs_action`; code the agent ran could have printed it in any of these.
  const TOKEN = 'ghs_action';
  const encoded: [string, string, RegExp][] = [
    [
      'base64',
      `env dump: ${Buffer.from(`GITHUB_TOKEN=${TOKEN}\n`).toString('base64')}`,
      /base64 \(offset 1\)/,
    ],
    ['hex', `bytes ${Buffer.from(TOKEN).toString('hex').toUpperCase()}`, /hex \(uppercase\)/],
    [
      'URL-encoded',
      `see https://e.com/?t=${Buffer.from(TOKEN).toString('hex').replace(/../g, '%$&')}`,
      /URL-encoded/,
    ],
    ['split', `the token is "ghs_" + "act" + "ion"`, /split raw/],
  ];
  for (const [name, summary, form] of encoded) {
    it(`refuses a review whose summary holds the token ${name}, writes nothing, and names the form and parameter`, async () => {
      s = await reviewScenario();
      s.model.enqueue(step.json({ ...reviews.pass, summary: `Looks good. ${summary}` }));
      const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('opened') });
      expect(out.exitCode).toBe(1);
      expect(out.outputs.status).toBe('error');
      const refusal = out.stdout.split('\n').find((l) => l.includes('Refused to send')) ?? '';
      expect(refusal).toContain("its parameter 'body' would carry the github-token");
      expect(refusal).toMatch(form);
      expect(refusal).not.toContain(summary);
      expect(s.gh.comments(s.prNumber)).toEqual([]);
      expect(s.gh.reviews(s.prNumber)).toEqual([]);
      expect(s.gh.checkRuns()).toEqual([]);
      s.gh.assertNoViolations();
    });
  }

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
      // Encoded, and split across two parameters of one request.
      const b64 = Buffer.from(`KEY=${TEST_API_KEY}`).toString('base64url');
      await expect(
        client.rest.issues.createComment({ ...gh.repoRef, issue_number: 1, body: `x ${b64}` }),
      ).rejects.toThrow(/parameter 'body' would carry a secret \(base64(url)? \(offset 1\)\)/);
      const half = TEST_API_KEY.length / 2;
      await expect(
        client.rest.issues.create({
          ...gh.repoRef,
          title: `note ${TEST_API_KEY.slice(0, half)}`,
          body: `${TEST_API_KEY.slice(half)} end`,
        }),
      ).rejects.toThrow(/parameter 'title … body' would carry a secret \(split raw\)/);
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
