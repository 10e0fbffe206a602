import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';
import { openApiSpec } from '../harness/openapi.js';

/** The loopback GitHub itself: it must reject what GitHub rejects, or the end-to-end tests prove nothing. */

let gh: FakeGitHub;
let client: GitHubClient;
beforeEach(async () => {
  gh = await startGitHubServer();
  client = gh.client();
});
afterEach(async () => {
  await gh.close();
});

const PATCH = ['@@ -1,4 +1,5 @@', ' one', '-two', '+TWO', '+2.5', ' three', ' four'].join('\n');

describe('pull requests', () => {
  it('serves the unified diff, the files, and the draft flag', async () => {
    const pr = gh.addPullRequest({
      draft: true,
      files: [
        { filename: 'src/a.ts', patch: PATCH },
        { filename: 'docs/new.md', content: '# New\n\ntext\n' },
      ],
    });
    const diff = await client.rest.pulls.get({
      ...gh.repoRef,
      pull_number: pr.number,
      mediaType: { format: 'diff' },
    });
    expect(String(diff.data)).toContain('diff --git a/src/a.ts b/src/a.ts\n');
    expect(String(diff.data)).toContain(
      '--- /dev/null\n+++ b/docs/new.md\n@@ -0,0 +1,3 @@\n+# New\n+\n+text\n',
    );
    const files = await client.rest.pulls.listFiles({ ...gh.repoRef, pull_number: pr.number });
    expect(files.data.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['src/a.ts', 'modified', 2, 1],
      ['docs/new.md', 'added', 3, 0],
    ]);
    const { data } = await client.rest.pulls.get({ ...gh.repoRef, pull_number: pr.number });
    expect(data).toMatchObject({
      draft: true,
      head: { ref: `codex/${pr.number}-change`, sha: pr.pull.head.sha },
      base: { ref: 'main' },
    });
    gh.assertNoViolations();
  });

  it('takes a diff as `git diff` prints it', () => {
    const pr = gh.addPullRequest({
      diff: 'diff --git a/x.txt b/y.txt\nsimilarity index 90%\nrename from x.txt\nrename to y.txt\n--- a/x.txt\n+++ b/y.txt\n@@ -1 +1 @@\n-a\n+b\n',
    });
    expect(pr.pull.files).toEqual([
      expect.objectContaining({
        filename: 'y.txt',
        previousFilename: 'x.txt',
        status: 'renamed',
        additions: 1,
        deletions: 1,
      }),
    ]);
  });

  it('places review comments only on lines of the diff, like GitHub', async () => {
    const pr = gh.addPullRequest({ files: [{ filename: 'src/a.ts', patch: PATCH }] });
    const review = (comments: object[]) =>
      client.rest.pulls.createReview({
        ...gh.repoRef,
        pull_number: pr.number,
        event: 'COMMENT',
        body: 'b',
        comments: comments as never,
      });
    await expect(review([{ path: 'src/a.ts', line: 40, side: 'RIGHT', body: 'x' }])).rejects.toMatchObject({
      status: 422,
    });
    await expect(review([{ path: 'src/other.ts', line: 1, body: 'x' }])).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      review([{ path: 'src/a.ts', line: 2, side: 'LEFT', start_line: 3, start_side: 'LEFT', body: 'x' }]),
    ).rejects.toMatchObject({
      status: 422,
    });
    expect(gh.reviews(pr.number)).toHaveLength(0);
    await review([
      { path: 'src/a.ts', line: 3, side: 'RIGHT', body: 'added line' },
      { path: 'src/a.ts', line: 2, side: 'LEFT', body: 'removed line' },
      { path: 'src/a.ts', start_line: 1, line: 5, side: 'RIGHT', body: 'range' },
    ]);
    expect(gh.reviews(pr.number)).toEqual([
      expect.objectContaining({ state: 'COMMENTED', author: 'github-actions[bot]' }),
    ]);
    expect(gh.reviewComments(pr.number).map((c) => [c.line, c.side, c.startLine])).toEqual([
      [3, 'RIGHT', null],
      [2, 'LEFT', null],
      [5, 'RIGHT', 1],
    ]);
    expect(gh.reviewComments(pr.number)[0]?.diffHunk).toBe('@@ -1,4 +1,5 @@\n one\n-two\n+TWO\n+2.5');
    // Failed reviews are GitHub's answers, not mistakes of the test server's client.
    gh.assertNoViolations();
  });

  it("refuses an approval of one's own pull request and reviewers who cannot review", async () => {
    const pr = gh.addPullRequest();
    await expect(
      client.rest.pulls.createReview({ ...gh.repoRef, pull_number: pr.number, event: 'APPROVE' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      client.rest.pulls.requestReviewers({ ...gh.repoRef, pull_number: pr.number, reviewers: ['outsider'] }),
    ).rejects.toThrow(/Reviews may only be requested from collaborators/);
    const human = gh.addPullRequest({ author: 'writer' });
    await expect(
      client.rest.pulls.requestReviewers({ ...gh.repoRef, pull_number: human.number, reviewers: ['writer'] }),
    ).rejects.toThrow('Review cannot be requested from pull request author.');
    await client.rest.pulls.requestReviewers({
      ...gh.repoRef,
      pull_number: pr.number,
      reviewers: ['maintainer'],
      team_reviewers: ['core'],
    });
    expect(gh.issue(pr.number)?.pull).toMatchObject({
      requestedReviewers: ['maintainer'],
      requestedTeams: ['core'],
    });
    gh.assertNoViolations();
  });

  it('marks a draft ready for review through GraphQL and lists review threads', async () => {
    const pr = gh.addPullRequest({ draft: true, files: [{ filename: 'src/a.ts', patch: PATCH }] });
    gh.addReview(pr.number, {
      author: 'writer',
      state: 'CHANGES_REQUESTED',
      comments: [{ path: 'src/a.ts', line: 3, body: 'rename' }],
    });
    const { data } = await client.rest.pulls.get({ ...gh.repoRef, pull_number: pr.number });
    await client.graphql(
      'mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }',
      { id: data.node_id },
    );
    expect(gh.issue(pr.number)?.pull?.draft).toBe(false);
    const threads = await client.graphql<{
      repository: {
        pullRequest: {
          reviewThreads: {
            nodes: {
              isResolved: boolean;
              path: string;
              comments: { nodes: { body: string; author: { login: string } }[] };
            }[];
          };
        };
      };
    }>(
      'query($owner: String!, $name: String!, $n: Int!) { repository(owner: $owner, name: $name) { pullRequest(number: $n) { reviewThreads(first: 50) { nodes { isResolved path comments(first: 20) { nodes { body author { login } } } } } } } }',
      { owner: 'acme', name: 'widgets', n: pr.number },
    );
    expect(threads.repository.pullRequest.reviewThreads.nodes).toEqual([
      {
        isResolved: false,
        path: 'src/a.ts',
        comments: { nodes: [{ body: 'rename', author: { login: 'writer' } }] },
      },
    ]);
    gh.assertNoViolations();
  });

  it('opens a pull request from a pushed branch with the diff git computes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-gh-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    try {
      git('init', '-q', '-b', 'main');
      git('config', 'user.email', 't@example.com');
      git('config', 'user.name', 'T');
      writeFileSync(join(dir, 'a.txt'), 'one\ntwo\n');
      writeFileSync(join(dir, 'AGENTS.md'), 'rules from main\n');
      git('add', '.');
      git('commit', '-qm', 'base');
      git('checkout', '-qb', 'codex/7-fix');
      writeFileSync(join(dir, 'a.txt'), 'one\n2\n');
      git('commit', '-qam', 'fix');
      await gh.close();
      gh = await startGitHubServer({ gitDir: dir });
      client = gh.client();
      const { data } = await client.rest.pulls.create({
        ...gh.repoRef,
        head: 'codex/7-fix',
        base: 'main',
        title: 'Fix',
        draft: true,
      });
      expect(data.head.sha).toBe(git('rev-parse', 'codex/7-fix').trim());
      expect(gh.issue(data.number)?.pull?.files).toEqual([
        expect.objectContaining({ filename: 'a.txt', status: 'modified', additions: 1, deletions: 1 }),
      ]);
      const file = await client.rest.repos.getContent({
        ...gh.repoRef,
        path: 'AGENTS.md',
        mediaType: { format: 'raw' },
      });
      expect(file.data).toBe('rules from main\n');
      await expect(
        client.rest.pulls.create({ ...gh.repoRef, head: 'no-such-branch', base: 'main' }),
      ).rejects.toMatchObject({ status: 422 });
      gh.assertNoViolations();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what the fake refuses and records', () => {
  it('records an operation it does not implement (valid for GitHub, unknown to the fake)', async () => {
    await expect(client.rest.repos.listReleases(gh.repoRef)).rejects.toThrow(
      'Not Found (repos/list-releases is not implemented by the loopback GitHub)',
    );
    expect(gh.violations).toEqual([
      expect.objectContaining({ kind: 'unimplemented', operation: 'repos/list-releases' }),
    ]);
  });

  it('refuses an unknown token and answers 404 for another repository', async () => {
    await expect(gh.client('ghp_nobody').rest.repos.get(gh.repoRef)).rejects.toMatchObject({ status: 401 });
    expect(gh.violations.map((v) => v.kind)).toEqual(['auth']);
    await expect(client.rest.repos.get({ owner: 'acme', repo: 'other' })).rejects.toMatchObject({
      status: 404,
    });
    expect(gh.violations).toHaveLength(1);
  });

  it('flags unknown query parameters and wrong parameter types', async () => {
    await expect(
      client.request('GET /repos/{owner}/{repo}/issues', { ...gh.repoRef, labelz: 'x' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      client.request('GET /repos/{owner}/{repo}/issues/{n}', { ...gh.repoRef, n: 'one' }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.violations.flatMap((v) => v.problems)).toEqual([
      'query.labelz: not a parameter of issues/list-for-repo',
      'path.issue_number: must be integer {"type":"integer"}',
    ]);
  });

  it('flags a GraphQL operation it does not implement', async () => {
    await expect(
      client.graphql('mutation { addStar(input: { starrableId: "x" }) { clientMutationId } }'),
    ).rejects.toThrow("mutation field 'addStar' is not implemented by the loopback GitHub");
    expect(gh.violations).toEqual([expect.objectContaining({ kind: 'graphql' })]);
  });

  it('checks responses too: a wrongly shaped answer would be caught', () => {
    const spec = openApiSpec();
    const op = spec.match('GET', '/repos/acme/widgets/issues/1');
    if (!op) throw new Error('no match');
    expect(spec.validateResponse(op, 200, { id: 'one' })).toContain(
      'response.id: must be integer {"type":"integer"}',
    );
    expect(spec.validateResponse(op, 201, {})).toEqual([
      expect.stringMatching(/^response: status 201 is not documented for issues\/get/),
    ]);
  });

  it('injects failures by operation, template, path or pattern, and counts them down', async () => {
    const byPattern = gh.failNext({
      method: 'GET',
      path: /\/issues\/\d+$/,
      status: 404,
      body: { message: 'Not Found' },
      times: 2,
    });
    const issue = gh.addIssue();
    await expect(client.rest.issues.get({ ...gh.repoRef, issue_number: issue.number })).rejects.toMatchObject(
      { status: 404 },
    );
    expect(byPattern.remaining).toBe(1);
    gh.failNext({ path: '/repos/{owner}/{repo}', status: 401 });
    await expect(client.rest.repos.get(gh.repoRef)).rejects.toMatchObject({ status: 401 });
    expect(gh.calls().map((c) => [c.operation, c.status, c.injected])).toEqual([
      ['issues/get', 404, true],
      ['repos/get', 401, true],
    ]);
  });
});

describe('issues, sub-issues and dependencies', () => {
  it('pages long lists and keeps sub-issues and blockers', async () => {
    for (let i = 0; i < 130; i += 1) gh.addIssue({ labels: i % 2 ? ['codex'] : [] });
    const labelled = await client.paginate(client.rest.issues.listForRepo, {
      ...gh.repoRef,
      labels: 'codex',
      per_page: 50,
    });
    expect(labelled).toHaveLength(65);
    const [parent, child, blocker] = [gh.issue(1), gh.issue(2), gh.issue(3)];
    if (!parent || !child || !blocker) throw new Error('seed');
    await client.rest.issues.addSubIssue({
      ...gh.repoRef,
      issue_number: parent.number,
      sub_issue_id: child.id,
    });
    await expect(
      client.rest.issues.addSubIssue({ ...gh.repoRef, issue_number: parent.number, sub_issue_id: child.id }),
    ).rejects.toMatchObject({ status: 422 });
    await client.rest.issues.addBlockedByDependency({
      ...gh.repoRef,
      issue_number: parent.number,
      issue_id: blocker.id,
    });
    const subs = await client.rest.issues.listSubIssues({ ...gh.repoRef, issue_number: parent.number });
    const blockers = await client.rest.issues.listDependenciesBlockedBy({
      ...gh.repoRef,
      issue_number: parent.number,
    });
    expect([subs.data.map((i) => i.number), blockers.data.map((i) => i.number)]).toEqual([[2], [3]]);
    const { data } = await client.rest.issues.get({ ...gh.repoRef, issue_number: parent.number });
    expect(data.sub_issues_summary).toEqual({ total: 1, completed: 0, percent_completed: 0 });
    gh.assertNoViolations();
  });

  it('records workflow dispatches', async () => {
    await client.rest.actions.createWorkflowDispatch({
      ...gh.repoRef,
      workflow_id: 'codex.yml',
      ref: 'main',
      inputs: { phase: 'review', target: '7' },
    });
    expect(gh.dispatches).toEqual([
      {
        workflowId: 'codex.yml',
        ref: 'main',
        inputs: { phase: 'review', target: '7' },
        by: 'github-actions[bot]',
      },
    ]);
    gh.assertNoViolations();
  });
});
