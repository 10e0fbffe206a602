import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContext } from '../../src/context.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';
import { runnerEnv, webhookPayload, writeEventFile } from '../harness/webhooks.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startGitHubServer();
});
afterAll(() => gh.close());

describe('webhookPayload', () => {
  it('adapts pull_request.opened to a seeded pull request', () => {
    const pr = gh.addPullRequest({ title: 'Add widgets', body: 'Closes #1', draft: true });
    const payload = webhookPayload('pull_request.opened', {
      github: gh,
      pull: pr,
      sender: 'github-actions[bot]',
    });
    expect(payload).toMatchObject({
      action: 'opened',
      number: pr.number,
      pull_request: {
        number: pr.number,
        title: 'Add widgets',
        body: 'Closes #1',
        draft: true,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        head: {
          ref: pr.pull.head.ref,
          sha: pr.pull.head.sha,
          repo: { full_name: 'acme/widgets', fork: false },
        },
        base: { ref: 'main', sha: pr.pull.base.sha },
      },
      repository: {
        full_name: 'acme/widgets',
        name: 'widgets',
        owner: { login: 'acme' },
        default_branch: 'main',
        private: true,
      },
      sender: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 },
    });
    // Every url points at the loopback server; nothing refers to the example's repository.
    const text = JSON.stringify(payload);
    expect(text).not.toContain('Codertocat/Hello-World');
    expect(text).not.toContain('https://api.github.com');
    expect(payload.pull_request.url).toBe(`${gh.url}/repos/acme/widgets/pulls/${pr.number}`);
  });

  it('marks a pull request from a fork', () => {
    const pr = gh.addPullRequest({ fork: true });
    const payload = webhookPayload('pull_request.opened', { github: gh, pull: pr });
    expect(payload.pull_request.head.repo).toMatchObject({ fork: true, full_name: 'fork-owner/widgets' });
    expect(payload.pull_request.head.label).toBe(`fork-owner:${pr.pull.head.ref}`);
  });

  it('adapts issue_comment.created to a comment on a pull request by a given author', () => {
    const pr = gh.addPullRequest();
    const payload = webhookPayload('issue_comment.created', {
      github: gh,
      issue: pr,
      comment: { body: '/codex review', author: 'writer' },
      sender: 'writer',
    });
    expect(payload.issue).toMatchObject({
      number: pr.number,
      pull_request: { url: `${gh.url}/repos/acme/widgets/pulls/${pr.number}` },
    });
    expect(payload.comment).toMatchObject({ body: '/codex review', user: { login: 'writer', type: 'User' } });
    expect(payload.sender.login).toBe('writer');
  });

  it('keeps a comment on a plain issue an issue, and a user named like a bot a user', () => {
    const issue = gh.addIssue({ title: 'Bug', labels: ['codex'] });
    const payload = webhookPayload('issue_comment.created', {
      github: gh,
      issue,
      comment: { body: 'hi', author: { login: 'evil[bot]', type: 'User' } },
      sender: { login: 'evil[bot]', type: 'User' },
    });
    expect(payload.issue.pull_request).toBeUndefined();
    expect(payload.issue.labels.map((l: { name: string }) => l.name)).toEqual(['codex']);
    expect(payload.sender).toMatchObject({ login: 'evil[bot]', type: 'User' });
  });

  it('adapts issues.labeled, pull_request_review.submitted, workflow_dispatch and schedule', () => {
    const issue = gh.addIssue();
    expect(webhookPayload('issues.labeled', { github: gh, issue, label: 'codex' })).toMatchObject({
      action: 'labeled',
      label: { name: 'codex' },
      issue: { number: issue.number },
    });
    const pr = gh.addPullRequest();
    expect(
      webhookPayload('pull_request_review.submitted', {
        github: gh,
        pull: pr,
        review: { state: 'changes_requested', body: 'Please fix', author: 'maintainer' },
      }),
    ).toMatchObject({
      review: {
        state: 'changes_requested',
        body: 'Please fix',
        user: { login: 'maintainer' },
        commit_id: pr.pull.head.sha,
      },
      pull_request: { number: pr.number },
    });
    expect(
      webhookPayload('workflow_dispatch', { github: gh, inputs: { phase: 'review', target: '4' } }),
    ).toMatchObject({
      inputs: { phase: 'review', target: '4' },
      ref: 'refs/heads/main',
      repository: { full_name: 'acme/widgets' },
    });
    expect(webhookPayload('schedule', { github: gh, schedule: '0 5 * * 1' })).toMatchObject({
      schedule: '0 5 * * 1',
      repository: { full_name: 'acme/widgets' },
    });
  });

  it('names the event it has no example for', () => {
    expect(() => webhookPayload('pull_request.exploded')).toThrow(
      "No webhook example for 'pull_request.exploded' in @octokit/webhooks-examples.",
    );
  });
});

describe('writeEventFile and runnerEnv', () => {
  it('give the action a context it reads like the runner’s', async () => {
    const issue = gh.addIssue();
    const payload = webhookPayload('issues.labeled', { github: gh, issue, label: 'codex', sender: 'writer' });
    const path = await writeEventFile(payload);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(payload);
    const context = readContext(runnerEnv(gh, 'issues.labeled', path, payload));
    expect(context).toMatchObject({
      eventName: 'issues',
      owner: 'acme',
      repo: 'widgets',
      actor: 'writer',
      apiUrl: gh.url,
      graphqlUrl: gh.graphqlUrl,
      serverUrl: gh.serverUrl,
      workflowFile: 'codex.yml',
    });
    expect(context.payload).toEqual(payload);
  });
});
