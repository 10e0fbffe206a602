import { afterEach, describe, expect, it } from 'vitest';
import { computeQueue } from '../../src/backlog/queue.js';
import { backlogReads } from '../../src/github/backlog.js';
import { loadGitHubBacklog } from '../../src/tracker/github/backlog.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** GitHub reads of the scan: REST and GraphQL requests answered by the loopback server. */
const reads = (server: FakeGitHub) =>
  server.calls().filter((r) => r.method === 'GET' || r.operation.startsWith('graphql'));

describe('the GitHub source against the loopback GitHub', () => {
  it('scans 1,000 open issues with dependencies in their bodies in at most 15 reads', async () => {
    gh = await startGitHubServer();
    const closed = gh.addIssue({ title: 'Done long ago', state: 'closed', labels: ['codex'] }); // #1
    const unlabelled = gh.addIssue({ title: 'Not opted in, still open' }); // #2
    const first = 3;
    const backlog = Array.from({ length: 1000 }, (_, k) => {
      const n = first + k;
      // Every third issue waits for the one before it; some wait for #1 (closed) or #2 (open, outside).
      const lines = [`Issue body ${n}.`];
      if (k % 3 === 1) lines.push(`Blocked by #${n - 1}`);
      if (k % 50 === 7) lines.push(`Depends on #${closed.number}`);
      if (k === 500) lines.push(`depends on #${unlabelled.number}, #${n - 2}`);
      const labels = ['codex', ...(k % 10 === 0 ? ['P1'] : [])];
      return gh?.addIssue({ title: `Backlog item ${n}`, body: lines.join('\n'), labels });
    });
    const at = (n: number) => backlog[n - first] ?? (undefined as never);
    // Two native dependencies (one on a closed issue) and one parent with an open sub-issue.
    gh.addBlockedBy(at(14), at(20));
    gh.addBlockedBy(at(11), closed);
    const sub = gh.addIssue({ title: 'A sub-issue, not opted in' });
    gh.addSubIssue(at(12), sub);

    const result = await loadGitHubBacklog(backlogReads(gh.client(), gh.repoRef), { prefix: 'codex' });
    gh.assertNoViolations();

    expect(result.items).toHaveLength(1000);
    expect(result.problems).toEqual([]);
    const view = computeQueue(result.dag, result.milestones);
    const blockedReason = (n: number) => view.blocked.find((b) => b.item.id === `#${n}`)?.reason;
    expect(blockedReason(first + 1)).toBe(`waiting for #${first} (open)`);
    expect(blockedReason(14)).toBe('waiting for #20 (open)');
    expect(blockedReason(12)).toBe(`waiting for #${sub.number} (open)`);
    expect(blockedReason(first + 500)).toBe(
      `waiting for #${unlabelled.number} (open), #${first + 498} (open)`,
    );
    // A closed blocker, written (k = 57) or native (#11), blocks nothing.
    expect(result.items.find((i) => i.id === `#${first + 57}`)?.blockedBy).toEqual([`#${closed.number}`]);
    expect(view.ready.some((e) => e.item.id === `#${first + 57}`)).toBe(true);
    expect(view.ready.some((e) => e.item.id === '#11')).toBe(true);
    // P1 items (every tenth) lead the queue, in issue order; #13 (k = 10) waits for #12.
    expect(view.ready.slice(0, 3).map((e) => e.item.id)).toEqual([
      `#${first}`,
      `#${first + 20}`,
      `#${first + 30}`,
    ]);

    const made = reads(gh);
    expect(made.map((r) => r.operation)).toEqual([
      ...Array(10).fill('issues/list-for-repo'),
      // Every issue was opened by maintainer (a collaborator): one question for all of them.
      'repos/get-collaborator-permission-level',
      // #11's only recorded blocker is closed: its summary counts no open blocker, so no read.
      'issues/list-dependencies-blocked-by',
      // One request for the rest: the numbers written in bodies that the list did not carry (#1,
      // #2), and #12's sub-issues.
      'graphql query repository',
    ]);
    const followUps = JSON.stringify(made.at(-1)?.body);
    expect(followUps).toContain('s1: issueOrPullRequest(number: 1)');
    expect(followUps).toContain('u12: issue(number: 12) { subIssues');
    expect(made.length).toBeLessThanOrEqual(15);
    expect(made[0]?.query).toMatchObject({ labels: 'codex', state: 'open', per_page: '100' });
  });

  it('goes without dependencies where GitHub does not offer them', async () => {
    gh = await startGitHubServer();
    const a = gh.addIssue({ title: 'A', labels: ['codex'] });
    const b = gh.addIssue({ title: 'B', labels: ['codex'], body: 'Blocked by #1' });
    gh.addBlockedBy(a, b);
    gh.failNext({ path: 'issues/list-dependencies-blocked-by', status: 404 });
    const result = await loadGitHubBacklog(backlogReads(gh.client(), gh.repoRef), { prefix: 'codex' });
    const view = computeQueue(result.dag, result.milestones);
    expect(view.ready.map((e) => e.item.id)).toEqual(['#1']);
    expect(view.blocked.map((x) => x.item.id)).toEqual(['#2']);
  });
});
