import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import {
  findMarkedComment,
  listMarkedComments,
  updateComment,
  upsertMarkedComment,
} from '../../src/github/comments.js';
import { type ActionIdentity, actionIdentity } from '../../src/github/identity.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

const MARKER = '<!-- codex-orchestrator:status -->';
let gh: FakeGitHub;
let client: GitHubClient;
let me: ActionIdentity;

beforeEach(async () => {
  gh = await startGitHubServer();
  client = gh.client();
  me = await actionIdentity(client);
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

describe('findMarkedComment', () => {
  it('ignores the marker in a comment written by anyone else', async () => {
    const issue = gh.addIssue();
    gh.addComment(
      issue.number,
      `${MARKER}\n<!-- codex-orchestrator:state {"status":"approved"} -->`,
      'maintainer',
    );
    gh.addComment(issue.number, `${MARKER} forged`, 'outsider');
    expect(await findMarkedComment(client, gh.repoRef, issue.number, MARKER, me)).toBeUndefined();
  });

  it("finds the action's own comment, and the oldest when several carry the marker", async () => {
    const issue = gh.addIssue();
    gh.addComment(issue.number, `${MARKER} fake`, 'maintainer');
    const first = gh.addComment(issue.number, `${MARKER} first`, 'github-actions[bot]');
    gh.addComment(issue.number, `${MARKER} second`, 'github-actions[bot]');
    const found = await findMarkedComment(client, gh.repoRef, issue.number, MARKER, me);
    expect(found).toMatchObject({ id: first.id, body: `${MARKER} first`, updatedAt: first.updatedAt });
    expect(found?.htmlUrl).toMatch(
      new RegExp(`/acme/widgets/issues/${issue.number}#issuecomment-${first.id}$`),
    );
  });

  it('pages through long threads, and stops at the first match', async () => {
    const issue = gh.addIssue();
    for (let i = 0; i < 230; i += 1) gh.addComment(issue.number, `chatter ${i}`, 'writer');
    const own = gh.addComment(issue.number, `${MARKER} late`, 'github-actions[bot]');
    for (let i = 0; i < 120; i += 1) gh.addComment(issue.number, `more ${i}`, 'writer');
    expect((await findMarkedComment(client, gh.repoRef, issue.number, MARKER, me))?.id).toBe(own.id);
    // 351 comments: the match is on page 3 of 4.
    expect(gh.calls('issues/list-comments').map((c) => c.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('accepts a pattern and lists every own match oldest first', async () => {
    const issue = gh.addIssue();
    gh.addComment(issue.number, '<!-- codex-orchestrator:review cycle=1 -->', 'github-actions[bot]');
    gh.addComment(issue.number, '<!-- codex-orchestrator:review cycle=2 -->', 'outsider');
    gh.addComment(issue.number, '<!-- codex-orchestrator:review cycle=3 -->', 'github-actions[bot]');
    const found = await listMarkedComments(
      client,
      gh.repoRef,
      issue.number,
      /codex-orchestrator:review cycle=\d+/g,
      me,
    );
    expect(found.map((c) => c.body)).toEqual([
      '<!-- codex-orchestrator:review cycle=1 -->',
      '<!-- codex-orchestrator:review cycle=3 -->',
    ]);
  });
});

describe('upsertMarkedComment', () => {
  it('creates the comment, then updates the same one on a re-run (never a duplicate)', async () => {
    const issue = gh.addIssue();
    const created = await upsertMarkedComment(
      client,
      gh.repoRef,
      issue.number,
      MARKER,
      `${MARKER}\nrun 1`,
      me,
    );
    expect(created).toMatchObject({ created: true, written: true });
    const updated = await upsertMarkedComment(
      client,
      gh.repoRef,
      issue.number,
      MARKER,
      `${MARKER}\nrun 2`,
      me,
    );
    expect(updated).toMatchObject({ id: created.id, created: false, written: true });
    const own = gh.comments(issue.number);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ author: 'github-actions[bot]', body: `${MARKER}\nrun 2` });
  });

  it('makes no request when the comment already says exactly that', async () => {
    const issue = gh.addIssue();
    await upsertMarkedComment(client, gh.repoRef, issue.number, MARKER, `${MARKER} same`, me);
    const writes = () => gh.calls().filter((c) => c.method !== 'GET').length;
    const before = writes();
    const again = await upsertMarkedComment(client, gh.repoRef, issue.number, MARKER, `${MARKER} same`, me);
    expect(again).toMatchObject({ created: false, written: false });
    expect(writes()).toBe(before);
  });

  it("writes its own comment next to a forged one and never edits someone else's", async () => {
    const issue = gh.addIssue();
    const forged = gh.addComment(issue.number, `${MARKER} forged`, 'outsider');
    await upsertMarkedComment(client, gh.repoRef, issue.number, MARKER, `${MARKER} real`, me);
    expect(gh.comments(issue.number).map((c) => [c.author, c.body])).toEqual([
      ['outsider', `${MARKER} forged`],
      ['github-actions[bot]', `${MARKER} real`],
    ]);
    expect(gh.comments(issue.number)[0]?.updatedAt).toBe(forged.updatedAt);
  });

  it('writes nothing in a dry run', async () => {
    const issue = gh.addIssue();
    const result = await upsertMarkedComment(client, gh.repoRef, issue.number, MARKER, `${MARKER} x`, me, {
      dryRun: true,
    });
    expect(result).toEqual({ id: 0, htmlUrl: '', created: true, written: false });
    expect(gh.comments(issue.number)).toHaveLength(0);

    // Nor does it edit the comment that is there.
    const first = await upsertMarkedComment(client, gh.repoRef, issue.number, MARKER, `${MARKER} x`, me);
    const edit = await upsertMarkedComment(client, gh.repoRef, issue.number, MARKER, `${MARKER} y`, me, {
      dryRun: true,
    });
    expect(edit).toMatchObject({ id: first.id, created: false, written: false });
    expect(gh.comments(issue.number).map((c) => c.body)).toEqual([`${MARKER} x`]);
  });

  it('refuses a body without its marker, before any request', async () => {
    const issue = gh.addIssue();
    const before = gh.calls().length;
    await expect(
      upsertMarkedComment(client, gh.repoRef, issue.number, MARKER, 'no marker', me),
    ).rejects.toThrow(
      `The comment body for #${issue.number} does not contain its marker ${MARKER}. Expected the marker inside the body (it is how the next run finds this comment); add it to the body.`,
    );
    expect(gh.calls().length).toBe(before);
  });

  it('works the same on a pull request conversation', async () => {
    const pr = gh.addPullRequest();
    await upsertMarkedComment(client, gh.repoRef, pr.number, MARKER, `${MARKER} a`, me);
    const second = await upsertMarkedComment(client, gh.repoRef, pr.number, MARKER, `${MARKER} b`, me);
    expect(second.htmlUrl).toContain(`/pull/${pr.number}#issuecomment-`);
    expect(gh.comments(pr.number)).toHaveLength(1);
  });
});

describe("a job's client remembers the action's own marked comments", () => {
  const jobClient = () =>
    createGitHubClient({
      token: 'ghs_action',
      baseUrl: gh.url,
      graphqlUrl: gh.graphqlUrl,
      jobScoped: true,
      log: { info: () => {}, warning: () => {}, debug: () => {} },
    });
  const lists = () => gh.calls('issues/list-comments').length;

  it('lists once for a find and every later save, under either marker of the comment', async () => {
    const job = jobClient();
    const issue = gh.addIssue();
    gh.addComment(issue.number, `${MARKER}\n<!-- codex-orchestrator:state {} -->`, 'github-actions[bot]');
    const state = /<!-- codex-orchestrator:state /;
    expect(await findMarkedComment(job, gh.repoRef, issue.number, state, me)).toBeDefined();
    await upsertMarkedComment(job, gh.repoRef, issue.number, MARKER, `${MARKER} one`, me);
    await upsertMarkedComment(job, gh.repoRef, issue.number, MARKER, `${MARKER} two`, me);
    expect(lists()).toBe(2); // the state marker, then the status marker: each read once
    // The same comment under its other marker is not read stale after the save.
    expect((await findMarkedComment(job, gh.repoRef, issue.number, MARKER, me))?.body).toBe(`${MARKER} two`);
    expect(gh.comments(issue.number).map((c) => c.body)).toEqual([`${MARKER} two`]);
  });

  it('reads again after an edit by id, and other clients never remember', async () => {
    const job = jobClient();
    const issue = gh.addIssue();
    const saved = await upsertMarkedComment(job, gh.repoRef, issue.number, MARKER, `${MARKER} a`, me);
    await updateComment(job, gh.repoRef, saved.id, `${MARKER} b`);
    expect((await findMarkedComment(job, gh.repoRef, issue.number, MARKER, me))?.body).toBe(`${MARKER} b`);
    const before = lists();
    await findMarkedComment(client, gh.repoRef, issue.number, MARKER, me);
    await findMarkedComment(client, gh.repoRef, issue.number, MARKER, me);
    expect(lists() - before).toBe(2);
  });
});
