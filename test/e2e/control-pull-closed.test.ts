/**
 * `pull_request.closed` on the action's pull request (DESIGN §3's `codex:done`): merged, the item is
 * done; closed without merging, a person decides. The PR is closed in the loopback GitHub as GitHub
 * records it, and the event is GitHub's `pull_request.closed` example adapted to it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeState, type ItemState, newItemState, STATUS_MARKER } from '../../src/state/index.js';
import { saveItemState } from '../../src/tracker/github/store.js';
import { ACTION_IDENTITY } from '../harness/identity.js';
import { webhookPayload } from '../harness/webhooks.js';
import { criterionSteps, type DevScenario, devScenario } from './dev-env.js';
import { HEAD_BRANCH, type ReviewScenario, reviewScenario } from './review-env.js';

let s: ReviewScenario | undefined;
let d: DevScenario | undefined;
afterEach(async () => {
  await s?.close();
  await d?.close();
  s = undefined;
  d = undefined;
});

/** The example workflow runs the action with phase `auto` on pull_request events. */
const AUTO = { phase: 'auto' };

/** The state review leaves behind when the PR passed: a person reviews and merges it. */
function reviewedState(sc: ReviewScenario, extra: Partial<ItemState> = {}): ItemState {
  return {
    ...newItemState(sc.issueNumber),
    phase: 'review',
    status: 'pass',
    attempt: 1,
    reviewCycle: 1,
    branch: HEAD_BRANCH,
    pr: sc.prNumber,
    headSha: sc.headSha,
    plan: { summary: 'Add a maxLength.', risks: [], plannedAt: '2026-01-01T00:00:00.000Z' },
    criteria: [{ text: 'slugify takes a maxLength', done: true, commit: 'a'.repeat(40) }],
    nextAction: `Review and merge PR #${sc.prNumber}: it passed the automated review (cycle 1); the merge is yours.`,
    timeline: [{ phase: 'review', status: 'pass', at: '2026-01-01T00:05:00.000Z', runUrl: null, note: null }],
    ...extra,
  };
}

/** Seeds the status comment as the action writes it, and the issue's lifecycle label(s). */
async function seedItem(sc: ReviewScenario, state: ItemState, labels = ['codex:in-review']) {
  await saveItemState(sc.gh.client('ghs_action'), sc.gh.repoRef, sc.issueNumber, ACTION_IDENTITY, state, {
    dryRun: false,
  });
  for (const label of labels) sc.gh.issue(sc.issueNumber)!.labels.push(sc.gh.addLabel(label).name);
}

function stateOf(sc: ReviewScenario): ItemState {
  const found = sc.gh
    .comments(sc.issueNumber)
    .filter((c) => c.author === 'github-actions[bot]' && c.body.includes(STATUS_MARKER));
  expect(found).toHaveLength(1);
  return decodeState(found[0]!.body, 'the status comment')!;
}

const writesSince = (sc: ReviewScenario, from: number) =>
  sc.gh.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !r.operation.startsWith('graphql'))
    .map((r) => `${r.method} ${r.operation}`);

describe('pull_request.closed on the action’s pull request', () => {
  it('merged: the item is done — codex:done, the merge in the timeline with the run link, nothing left for a human, no model call', async () => {
    s = await reviewScenario();
    await seedItem(s, reviewedState(s), ['codex:in-review', 'codex:blocked']);
    s.gh.closePullRequest(s.prNumber, { mergedBy: 'maintainer' });
    const payload = s.pullRequestEvent('closed');
    expect(payload.pull_request).toMatchObject({ state: 'closed', merged: true });

    const out = await s.run({ event: 'pull_request', payload, inputs: AUTO });
    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs).toMatchObject({
      phase: 'control',
      status: 'complete',
      item: String(s.issueNumber),
      'pr-number': String(s.prNumber),
      branch: HEAD_BRANCH,
    });
    expect(out.summary).toContain(
      `Pull request #${s.prNumber} was merged by maintainer: #${s.issueNumber} is done.`,
    );
    const state = stateOf(s);
    expect(state).toMatchObject({
      phase: 'control',
      status: 'complete',
      nextAction: null,
      consecutiveFailures: 0,
      merged: { pr: s.prNumber, by: 'maintainer', at: s.gh.issue(s.prNumber)!.pull!.mergedAt },
    });
    expect(state.timeline.at(-1)).toMatchObject({
      phase: 'control',
      status: 'complete',
      runUrl: `${s.gh.serverUrl}/acme/widgets/actions/runs/1001`,
      note: `PR #${s.prNumber} merged by maintainer: done`,
    });
    expect(s.gh.labelsOn(s.issueNumber).sort()).toEqual(['codex', 'codex:done']);
    expect(s.model.requests).toEqual([]);
    expect(s.gh.dispatches).toEqual([]);

    // A re-run of the job records nothing twice.
    const from = s.gh.requests.length;
    const again = await s.run({ event: 'pull_request', payload, inputs: AUTO });
    expect(again.outputs.status).toBe('complete');
    expect(stateOf(s).timeline).toHaveLength(state.timeline.length);
    expect(writesSince(s, from)).toEqual([]);

    // The item is finished: /codex retry and /codex approve start nothing.
    for (const command of ['retry', 'approve']) {
      const refused = await s.run({
        event: 'issue_comment',
        payload: s.commentEvent(`/codex ${command}`),
        inputs: AUTO,
      });
      expect(refused.outputs.status).toBe('skipped');
      expect(refused.summary).toContain(
        `#${s.issueNumber} is done: its PR #${s.prNumber} was merged by maintainer.`,
      );
    }
    expect(s.gh.dispatches).toEqual([]);
    expect(writesSince(s, from)).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('closed without merging: blocked, and the status comment says what a person can do', async () => {
    s = await reviewScenario();
    await seedItem(s, reviewedState(s));
    s.gh.closePullRequest(s.prNumber);
    const payload = s.pullRequestEvent('closed');
    expect(payload.pull_request).toMatchObject({ state: 'closed', merged: false });

    const out = await s.run({ event: 'pull_request', payload, inputs: AUTO });
    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs).toMatchObject({ phase: 'control', status: 'blocked', item: String(s.issueNumber) });
    const next = `PR #${s.prNumber} was closed without merging: comment /codex retry to reopen it and run dev again, or close the issue.`;
    const state = stateOf(s);
    // Recorded as dev's result: /codex retry starts dev, which reopens this same PR.
    expect(state).toMatchObject({ phase: 'dev', status: 'blocked', nextAction: next, merged: null });
    expect(state.timeline.at(-1)).toMatchObject({
      phase: 'dev',
      status: 'blocked',
      runUrl: `${s.gh.serverUrl}/acme/widgets/actions/runs/1001`,
      note: `PR #${s.prNumber} was closed without merging by maintainer`,
    });
    const comment = s.gh.comments(s.issueNumber).find((c) => c.body.includes(STATUS_MARKER))!;
    expect(comment.body).toContain(`**What a human must do next:** ${next}`);
    expect(s.gh.labelsOn(s.issueNumber).sort()).toEqual(['codex', 'codex:blocked']);
    expect(s.model.requests).toEqual([]);

    const from = s.gh.requests.length;
    await s.run({ event: 'pull_request', payload, inputs: AUTO });
    expect(stateOf(s).timeline).toHaveLength(state.timeline.length);
    expect(writesSince(s, from)).toEqual([]);
    s.gh.assertNoViolations();
  });

  it.each([
    [
      'the issue has no status comment by the action',
      async () => {},
      /#1 has no status comment by the action/,
    ],
    [
      'the issue’s status comment was written by someone else',
      async (sc: ReviewScenario) => {
        const writer = { login: 'writer', type: 'User' } as const;
        await saveItemState(
          sc.gh.client('ghp_writer'),
          sc.gh.repoRef,
          sc.issueNumber,
          writer,
          reviewedState(sc),
          {
            dryRun: false,
          },
        );
      },
      /#1 has no status comment by the action/,
    ],
    [
      'the item tracks another pull request',
      (sc: ReviewScenario) => seedItem(sc, reviewedState(sc, { pr: 99 })),
      /#1 tracks pull request #99, not #2/,
    ],
  ])('records nothing when %s', async (_, arrange, reason) => {
    s = await reviewScenario();
    await arrange(s);
    s.gh.closePullRequest(s.prNumber, { mergedBy: 'maintainer' });
    const comments = s.gh.comments(s.issueNumber).map((c) => ({ ...c }));
    const labels = s.gh.labelsOn(s.issueNumber);
    const from = s.gh.requests.length;
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('closed'), inputs: AUTO });
    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs.status).toBe('skipped');
    expect(out.summary).toMatch(reason);
    expect(writesSince(s, from)).toEqual([]);
    expect(s.gh.comments(s.issueNumber)).toEqual(comments);
    expect(s.gh.labelsOn(s.issueNumber)).toEqual(labels);
    s.gh.assertNoViolations();
  });

  it('trusts GitHub, not the event: a pull request reopened since is left alone', async () => {
    s = await reviewScenario();
    await seedItem(s, reviewedState(s));
    const payload = s.pullRequestEvent('closed');
    payload.pull_request.state = 'closed';
    const from = s.gh.requests.length;
    const out = await s.run({ event: 'pull_request', payload, inputs: AUTO });
    expect(out.outputs.status).toBe('skipped');
    expect(out.summary).toContain(`Pull request #${s.prNumber} is open again; nothing to record.`);
    expect(writesSince(s, from)).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('ignores a pull request from a fork, whatever its branch is called', async () => {
    s = await reviewScenario({ fork: true });
    await seedItem(s, reviewedState(s));
    s.gh.closePullRequest(s.prNumber, { mergedBy: 'maintainer' });
    const from = s.gh.requests.length;
    const out = await s.run({ event: 'pull_request', payload: s.pullRequestEvent('closed'), inputs: AUTO });
    expect(out.outputs.status).toBe('skipped');
    expect(out.summary).toContain('comes from a fork');
    expect(writesSince(s, from)).toEqual([]);
    expect(s.gh.labelsOn(s.issueNumber)).toEqual(['codex', 'codex:in-review']);
    s.gh.assertNoViolations();
  });

  it.each([
    ['dry-run', { 'dry-run': 'true' }],
    ['autonomy observe', { autonomy: 'observe' }],
  ])('%s: prints what it would record and writes nothing', async (_, inputs) => {
    s = await reviewScenario();
    await seedItem(s, reviewedState(s));
    s.gh.closePullRequest(s.prNumber, { mergedBy: 'maintainer' });
    const from = s.gh.requests.length;
    const out = await s.run({
      event: 'pull_request',
      payload: s.pullRequestEvent('closed'),
      inputs: { ...AUTO, ...inputs },
    });
    expect(out.outputs.status).toBe('complete');
    expect(writesSince(s, from)).toEqual([]);
    expect(out.stdout).toContain(`PR #${s.prNumber} merged by maintainer: done`);
    expect(out.stdout).toContain(`[dry-run] Would set the label codex:done on #${s.issueNumber}.`);
    expect(stateOf(s).status).toBe('pass');
    s.gh.assertNoViolations();
  });
});

describe('a closed pull request, then /codex retry', () => {
  it('dev runs again without a model call and reopens the same pull request', {
    timeout: 60_000,
  }, async () => {
    d = await devScenario({ criteria: ['Add one.txt'] });
    d.model.enqueue(...criterionSteps('one.txt', 'one'));
    const dev = await d.run();
    expect(dev.outputs.status, dev.stdout).toBe('complete');
    const pr = Number(dev.outputs['pr-number']);
    d.gh.closePullRequest(pr);

    const closed = await d.run({
      event: {
        name: 'pull_request',
        payload: webhookPayload('pull_request.closed', {
          github: d.gh,
          sender: 'maintainer',
          pull: d.gh.issue(pr)!,
        }),
      },
      inputs: { phase: 'auto', target: '' },
    });
    expect(closed.outputs.status, closed.stdout).toBe('blocked');
    expect(d.gh.labelsOn(d.issueNumber)).toContain('codex:blocked');

    const retry = await d.run({
      event: d.commentEvent('/codex retry'),
      inputs: { phase: 'auto', target: '' },
    });
    expect(retry.outputs).toMatchObject({ phase: 'control', status: 'complete', 'next-phase': 'dev' });

    const requests = d.model.requests.length;
    const again = await d.run();
    expect(again.outputs, again.stdout).toMatchObject({ status: 'complete', 'pr-number': String(pr) });
    expect(d.model.requests).toHaveLength(requests);
    expect(d.gh.issue(pr)!.state).toBe('open');
    expect(d.gh.state.issues.filter((i) => i.pull)).toHaveLength(1);
    expect(d.gh.labelsOn(d.issueNumber)).not.toContain('codex:blocked');
    d.gh.assertNoViolations();
  });
});
