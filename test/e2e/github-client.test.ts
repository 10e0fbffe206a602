import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ClientLog, createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { upsertMarkedComment } from '../../src/github/comments.js';
import { actionIdentity } from '../../src/github/identity.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

/**
 * The production client (real Octokit, plugin-retry, plugin-throttling) against the loopback
 * GitHub API: server errors, rate limits, validation, GHES urls. Waits are scaled down with
 * `baseMs`, never skipped, so the order and the proportion of waits stay observable.
 */

let gh: FakeGitHub;
let logs: string[];
const log: ClientLog = {
  info: (m) => logs.push(`info: ${m}`),
  warning: (m) => logs.push(`warning: ${m}`),
  debug: () => {},
};

function client(options: { baseMs?: number; maxWaitSeconds?: number; retries?: number } = {}): GitHubClient {
  return createGitHubClient({
    token: 'ghs_action',
    baseUrl: gh.url,
    graphqlUrl: gh.graphqlUrl,
    log,
    retry: { baseMs: options.baseMs ?? 1 },
    throttle: {
      baseMs: options.baseMs ?? 1,
      spaceWrites: false,
      ...(options.maxWaitSeconds !== undefined ? { maxWaitSeconds: options.maxWaitSeconds } : {}),
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
    },
  });
}

beforeEach(async () => {
  gh = await startGitHubServer();
  logs = [];
});
afterEach(async () => {
  await gh.close();
});

const attempts = (operation: string) => gh.calls(operation).map((c) => c.status);

describe('server errors', () => {
  it('retries a 502 and succeeds, logging the failed attempt', async () => {
    const issue = gh.addIssue();
    gh.failNext({ path: 'issues/create-comment', status: 502 });
    const { data } = await client().rest.issues.createComment({
      ...gh.repoRef,
      issue_number: issue.number,
      body: 'hi',
    });
    expect(data.body).toBe('hi');
    expect(attempts('issues/create-comment')).toEqual([502, 201]);
    expect(gh.comments(issue.number)).toHaveLength(1);
    expect(logs).toEqual([
      expect.stringMatching(
        /^info: GitHub API POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments failed \(502: Bad Gateway.*\) on attempt 1 of 4\.$/,
      ),
    ]);
    gh.assertNoViolations();
  });

  it('gives up after 3 retries of a persistent 500, with a quadratic back-off', async () => {
    gh.failNext({ path: 'repos/get', status: 500, times: 10 });
    await expect(client({ baseMs: 10 }).rest.repos.get(gh.repoRef)).rejects.toMatchObject({ status: 500 });
    const tries = gh.calls('repos/get');
    expect(tries).toHaveLength(4);
    const gaps = tries.slice(1).map((t, i) => t.at - (tries[i]?.at ?? 0));
    // 1², 2², 3² units of 10 ms.
    expect(gaps[0]).toBeGreaterThanOrEqual(9);
    expect(gaps[1]).toBeGreaterThanOrEqual(39);
    expect(gaps[2]).toBeGreaterThanOrEqual(89);
  });

  it.each([
    [401, 'Bad credentials'],
    [404, 'Not Found'],
    [422, 'Validation Failed'],
  ])('does not retry a %i', async (status, message) => {
    gh.failNext({ path: 'repos/get', status, body: { message } });
    const error = await client()
      .rest.repos.get(gh.repoRef)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ status });
    expect(attempts('repos/get')).toEqual([status]);
  });
});

describe('rate limits', () => {
  it('honours retry-after on a secondary rate limit (403), then succeeds', async () => {
    const issue = gh.addIssue();
    gh.failNext({ path: 'issues/create-comment', status: 403, headers: { 'retry-after': '3' } });
    await client({ baseMs: 20 }).rest.issues.createComment({
      ...gh.repoRef,
      issue_number: issue.number,
      body: 'x',
    });
    const [limited, ok] = gh.calls('issues/create-comment');
    expect([limited?.status, ok?.status]).toEqual([403, 201]);
    // retry-after: 3 seconds at 20 ms per second.
    expect((ok?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(59);
    expect(logs).toContainEqual(
      'warning: GitHub secondary rate limit reached on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retrying in 3s (retry 1 of 3).',
    );
    expect(gh.comments(issue.number)).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('leaves a 429 to the rate-limit handling: waits retry-after, not the short server-error back-off', async () => {
    gh.failNext({ path: 'repos/get', status: 429, headers: { 'retry-after': '5' } });
    await client({ baseMs: 20 }).rest.repos.get(gh.repoRef);
    const [limited, ok] = gh.calls('repos/get');
    expect([limited?.status, ok?.status]).toEqual([429, 200]);
    // plugin-retry would have come back after 1² × 20 ms; retry-after says 5 × 20 ms.
    expect((ok?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(99);
  });

  it('waits for x-ratelimit-reset on an exhausted primary limit', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 2);
    gh.failNext({
      path: 'repos/get',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    });
    await client({ baseMs: 5 }).rest.repos.get(gh.repoRef);
    expect(attempts('repos/get')).toEqual([403, 200]);
    expect(logs.join('\n')).toMatch(
      /warning: GitHub API rate limit reached on GET \/repos\/\{owner\}\/\{repo\}; retrying in [23]s/,
    );
  });

  it('fails instead of waiting longer than maxWaitSeconds', async () => {
    gh.failNext({ path: 'repos/get', status: 403, headers: { 'retry-after': '3600' } });
    await expect(client({ maxWaitSeconds: 60 }).rest.repos.get(gh.repoRef)).rejects.toMatchObject({
      status: 403,
    });
    expect(attempts('repos/get')).toEqual([403]);
    expect(logs.join('\n')).toContain(
      'giving up after 0 retries (the next try would be in 3600s, the limit is 60s)',
    );
  });

  it('stops after the configured number of rate-limit retries', async () => {
    gh.failNext({ path: 'repos/get', status: 403, times: 10 });
    await expect(client({ retries: 2 }).rest.repos.get(gh.repoRef)).rejects.toMatchObject({ status: 403 });
    expect(attempts('repos/get')).toEqual([403, 403, 403]);
  });

  it('keeps a whole upsert idempotent across a rate limit and a server error', async () => {
    const issue = gh.addIssue();
    const c = client();
    const me = await actionIdentity(c);
    await upsertMarkedComment(c, gh.repoRef, issue.number, '<!-- m -->', '<!-- m --> one', me);
    gh.failNext({ path: 'issues/list-comments', status: 502 });
    gh.failNext({ path: 'issues/update-comment', status: 403 });
    await upsertMarkedComment(c, gh.repoRef, issue.number, '<!-- m -->', '<!-- m --> two', me);
    expect(gh.comments(issue.number).map((x) => x.body)).toEqual(['<!-- m --> two']);
    gh.assertNoViolations();
  });
});

describe('the OpenAPI check', () => {
  it('rejects a request with an invalid body and records it, so the test fails', async () => {
    const issue = gh.addIssue();
    const error = await client()
      .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...gh.repoRef,
        issue_number: issue.number,
        body: 42 as unknown as string,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(gh.violations).toEqual([
      expect.objectContaining({
        kind: 'invalid-request',
        operation: 'issues/create-comment',
        problems: ['body.body: must be string {"type":"string"}'],
      }),
    ]);
    expect(() => gh.assertNoViolations()).toThrow(
      /1 violation\(s\):\n- \[invalid-request\] POST \/repos\/acme\/widgets\/issues\/1\/comments/,
    );
  });

  it('rejects an endpoint GitHub does not have, and a misspelt body property', async () => {
    const c = client();
    await expect(
      c.request('GET /repos/{owner}/{repo}/issue/{n}', { ...gh.repoRef, n: 1 }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      c.request('POST /repos/{owner}/{repo}/check-runs', {
        ...gh.repoRef,
        name: 'x',
        head_sha: 'abc',
        headSha: 'abc',
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.violations.map((v) => [v.kind, v.problems[0]])).toEqual([
      ['unknown-endpoint', "GET /repos/acme/widgets/issue/1 is not in GitHub's OpenAPI description"],
      ['invalid-request', 'body.headSha: not a property of this request (GitHub would ignore it)'],
    ]);
  });

  it('pins X-GitHub-Api-Version on every REST request, and the loopback GitHub flags one that does not', async () => {
    await client()
      .rest.issues.get({ ...gh.repoRef, issue_number: 1 })
      .catch(() => undefined);
    expect(gh.violations).toEqual([]);
    await fetch(`${gh.url}/repos/acme/widgets/issues/1`, { headers: { authorization: 'token ghs_action' } });
    expect(gh.violations.map((v) => v.problems[0])).toEqual([
      "X-GitHub-Api-Version is '(missing)', expected 2022-11-28",
    ]);
  });

  it('rejects a GraphQL query that GitHub’s schema does not allow', async () => {
    await expect(client().graphql('query { viewer { loginName } }')).rejects.toThrow(
      /Cannot query field "loginName"/,
    );
    expect(gh.violations[0]).toMatchObject({ kind: 'graphql' });
  });
});

describe('GitHub Enterprise Server urls', () => {
  it('talks REST under /api/v3 and GraphQL at /api/graphql', async () => {
    await gh.close();
    gh = await startGitHubServer({ ghes: true, spec: 'ghes-3.19' });
    expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect(gh.graphqlUrl).toBe(gh.url.replace('/api/v3', '/api/graphql'));
    const c = createGitHubClient({ token: 'ghs_action', baseUrl: `${gh.url}/`, log });
    const issue = gh.addIssue();
    await c.rest.issues.createComment({ ...gh.repoRef, issue_number: issue.number, body: 'from GHES' });
    // Without an explicit GraphQL url, Octokit derives /api/graphql from /api/v3.
    expect(await actionIdentity(c)).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
    expect(gh.calls().map((r) => r.operation)).toEqual(['issues/create-comment', 'graphql query viewer']);
    gh.assertNoViolations();
  });

  it('uses GITHUB_GRAPHQL_URL as given', async () => {
    const c = createGitHubClient({
      token: 'ghs_action',
      baseUrl: gh.url,
      graphqlUrl: `${gh.graphqlUrl}/`,
      log,
    });
    await c.graphql('query { viewer { login } }');
    expect(gh.calls().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
  });

  it('fails fast on a missing token or a malformed url', () => {
    expect(() => createGitHubClient({ token: '', baseUrl: gh.url })).toThrow(/^No GitHub token\./);
    expect(() => createGitHubClient({ token: 'x', baseUrl: 'api.github.com' })).toThrow(
      "Invalid GitHub API URL 'api.github.com'. Expected an absolute URL such as https://api.github.com or https://HOST/api/v3 (GITHUB_API_URL).",
    );
  });
});
