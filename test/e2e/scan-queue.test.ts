import { afterEach, describe, expect, it } from 'vitest';
import { DASHBOARD_MARKER } from '../../src/backlog/dashboard.js';
import { BOT, minutesAgo, type ScanScenario, scanScenario, WORKFLOW_FILE } from './scan-env.js';

let s: ScanScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Four opted-in issues whose queue order is neither creation nor title order. */
function seedBacklog(scenario: ScanScenario) {
  const gh = scenario.gh;
  const low = gh.addIssue({ title: 'Low priority', labels: ['codex', 'P3'] });
  const plain = gh.addIssue({ title: 'Medium, second', labels: ['codex'] });
  const urgent = gh.addIssue({ title: 'Urgent', labels: ['codex', 'priority:critical'] });
  const plain2 = gh.addIssue({ title: 'Medium, fourth', labels: ['codex'] });
  gh.addIssue({ title: 'Not opted in', labels: ['bug'] });
  return { low, plain, urgent, plain2 };
}

describe('scan: the queue and serial claims', () => {
  it('orders by priority then number, claims the first, and a second scan starts nothing', async () => {
    s = await scanScenario();
    const { low, plain, urgent, plain2 } = seedBacklog(s);
    // A human discussion on an unclaimed item: it has comments, but no lifecycle label.
    s.gh.addComment(plain2.number, 'Any news?', 'writer');
    // It waits for the item the scan claims: the dashboard shows that one in progress at once.
    s.gh.addIssue({ title: 'After the urgent one', labels: ['codex'], body: `Blocked by #${urgent.number}` });

    const first = await s.run();
    expect(first.outputs.status, first.stdout).toBe('complete');
    expect(first.outputs.phase).toBe('scan');
    const queue = JSON.parse(first.outputs.queue!) as { item: number; phase: string; priority: string }[];
    expect(queue.map((q) => q.item)).toEqual([urgent.number, plain.number, plain2.number, low.number]);
    expect(queue[0]).toMatchObject({ priority: 'critical', phase: 'plan' });
    expect(first.outputs.item).toBe(String(urgent.number));
    expect(first.outputs['next-phase']).toBe('plan');
    expect(first.outputs.matrix).toBe('');
    expect(s.gh.state.dispatches).toEqual([
      {
        workflowId: WORKFLOW_FILE,
        ref: 'main',
        inputs: { phase: 'plan', target: String(urgent.number) },
        by: BOT,
      },
    ]);
    const claimed = s.state(urgent.number);
    expect(claimed?.claim).toMatchObject({
      phase: 'plan',
      runUrl: expect.stringContaining('/actions/runs/'),
    });
    expect(s.gh.labelsOn(urgent.number)).toContain('codex:in-progress');
    const dashboard = s.dashboard();
    expect(dashboard?.body).toContain(DASHBOARD_MARKER);
    expect(dashboard?.body).toMatch(/## In progress\n\n- #\d+ Urgent/);
    expect(dashboard?.body).toContain(`After the urgent one: waiting for #${urgent.number} (in progress)`);
    // No issue was read for a status comment (none was in flight; the commented one has no
    // lifecycle label): the one comment list is the claim's own write finding its status comment.
    expect(s.gh.calls('issues/list-comments').map((r) => r.path)).toEqual([
      `/repos/acme/widgets/issues/${urgent.number}/comments`,
    ]);

    const before = s.gh.requests.length;
    const second = await s.run();
    expect(second.outputs.status, second.stdout).toBe('skipped');
    expect(second.outputs.status).toBe('skipped');
    expect(second.stdout).toContain(`#${urgent.number} in progress`);
    expect(s.gh.state.dispatches).toHaveLength(1);
    // Nothing changed, so nothing is written: not the dashboard, not a claim.
    expect(s.writes(before)).toEqual([]);
    // One status-comment read: the one in-flight item.
    const reads = s.gh.requests.slice(before).filter((r) => r.operation === 'issues/list-comments');
    expect(reads.map((r) => r.path)).toEqual([`/repos/acme/widgets/issues/${urgent.number}/comments`]);
    s.gh.assertNoViolations();
  });

  it('writes nothing in a dry run, and prints what it would write and dispatch', async () => {
    s = await scanScenario();
    const a = s.gh.addIssue({ title: 'First', labels: ['codex'] });
    const b = s.gh.addIssue({ title: 'Second', labels: ['codex'] });
    // Started by hand: workflow_dispatch with phase scan.
    const out = await s.run({ event: 'workflow_dispatch', inputs: { phase: 'scan', 'dry-run': 'true' } });
    expect(out.outputs.phase).toBe('scan');
    const queue = JSON.parse(out.outputs.queue!) as { item: number }[];
    expect(queue.map((q) => q.item)).toEqual([a.number, b.number]);
    expect(s.writes()).toEqual([]);
    expect(out.stdout).toContain('[dry-run] Would open the dashboard');
    expect(out.stdout).toContain('[dry-run] Would dispatch');
    s.gh.assertNoViolations();
  });

  it('releases a claim whose run never started, with a note, and claims the item again', async () => {
    s = await scanScenario();
    const item = s.gh.addIssue({ title: 'Claimed long ago', labels: ['codex', 'codex:in-progress'] });
    const at = minutesAgo(120);
    s.setState(item.number, {
      claim: { runUrl: 'https://github.invalid/run/1', at, phase: 'plan' },
      timeline: [
        { phase: 'control', status: 'complete', at, runUrl: null, note: 'claimed by the scan for plan' },
      ],
    });
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    const state = s.state(item.number)!;
    expect(state.timeline.map((e) => e.note)).toEqual([
      'claimed by the scan for plan',
      expect.stringMatching(
        /^claim for plan \(https:\/\/github\.invalid\/run\/1\) released: no run started within 30 minutes$/,
      ),
      'claimed by the scan for plan',
    ]);
    expect(state.claim?.runUrl).not.toBe('https://github.invalid/run/1');
    expect(s.gh.state.dispatches.map((d) => d.inputs)).toEqual([
      { phase: 'plan', target: String(item.number) },
    ]);
    s.gh.assertNoViolations();
  });

  it('keeps a fresh claim, and a running phase, in progress', async () => {
    s = await scanScenario();
    const claimed = s.gh.addIssue({ title: 'Claimed', labels: ['codex', 'codex:in-progress'] });
    const ready = s.gh.addIssue({ title: 'Ready', labels: ['codex'] });
    const at = minutesAgo(5);
    s.setState(claimed.number, { claim: { runUrl: 'https://github.invalid/run/2', at, phase: 'plan' } });
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('skipped');
    expect(s.gh.state.dispatches).toEqual([]);
    expect(JSON.parse(out.outputs.queue!)).toEqual([expect.objectContaining({ item: ready.number })]);

    // The plan started (a newer timeline entry): the claim is taken up, the item still in progress.
    s.setState(claimed.number, {
      claim: { runUrl: 'https://github.invalid/run/2', at: minutesAgo(90), phase: 'plan' },
      phase: 'plan',
      status: 'running',
      timeline: [{ phase: 'plan', status: 'running', at: minutesAgo(40), runUrl: null, note: null }],
    });
    const again = await s.run();
    expect(again.outputs.status, again.stdout).toBe('skipped');
    expect(s.gh.state.dispatches).toEqual([]);
    s.gh.assertNoViolations();
  });

  it('dispatches dev for an approved plan, and waits for a pending approval', async () => {
    s = await scanScenario();
    const pending = s.gh.addIssue({
      title: 'Plan waits for approval',
      labels: ['codex', 'codex:ready', 'P0'],
    });
    const approved = s.gh.addIssue({ title: 'Approved plan', labels: ['codex', 'codex:ready'] });
    const plan = { summary: 'Do it.', risks: [], plannedAt: minutesAgo(60) };
    const entry = {
      phase: 'plan' as const,
      status: 'complete' as const,
      at: minutesAgo(60),
      runUrl: null,
      note: null,
    };
    s.setState(pending.number, {
      phase: 'plan',
      status: 'complete',
      plan,
      timeline: [entry],
      nextAction: 'Review the plan, then comment `/codex approve`.',
    });
    s.setState(approved.number, {
      phase: 'plan',
      status: 'complete',
      plan,
      approval: { by: 'maintainer', at: minutesAgo(50) },
      timeline: [entry],
      usage: { inputTokens: 1000, cachedInputTokens: 0, outputTokens: 500, reasoningOutputTokens: 0 },
    });
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(s.gh.state.dispatches.map((d) => d.inputs)).toEqual([
      { phase: 'dev', target: String(approved.number) },
    ]);
    const body = s.dashboard()!.body!;
    expect(body).toContain('## Human actions required');
    expect(body).toMatch(
      new RegExp(`- \\[ \\] #${pending.number} Plan waits for approval: approval pending`),
    );
    expect(body).toContain('## Tokens and cost');
    expect(body).toMatch(new RegExp(`\\| #${approved.number} Approved plan \\| 1,500 \\|`));
    s.gh.assertNoViolations();
  });
});

describe('scan: who may put an issue in the backlog', () => {
  it('queues an outsider’s labelled issue only once a person with write access applied the label', async () => {
    s = await scanScenario();
    // An issue form labels what anyone opens: the outsider applied `codex` themself.
    const form = s.gh.addIssue({
      title: 'Urgent, says the form',
      labels: ['codex', 'priority:critical'],
      author: 'outsider',
    });
    const mine = s.gh.addIssue({ title: 'The maintainer’s item', labels: ['codex'] });
    const triaged = s.gh.addIssue({
      title: 'Reported, then triaged',
      labels: ['bug'],
      author: 'outsider',
    });
    s.gh.labelIssue(triaged, 'codex', 'maintainer');

    const out = await s.run({ inputs: { 'dry-run': 'true' } });
    expect(out.outputs.status, out.stdout).toBe('complete');
    const queue = JSON.parse(out.outputs.queue!) as { item: number }[];
    expect(queue.map((q) => q.item)).toEqual([mine.number, triaged.number]);
    expect(out.stdout).toContain(`"target":"${mine.number}"`);
    expect(out.stdout).not.toContain(`"target":"${form.number}"`);
    expect(out.stdout).toMatch(
      new RegExp(
        `::warning::Not in the backlog: #${form.number} carry 'codex', but were opened by someone without write access`,
      ),
    );

    // A maintainer applies the label again: now it is theirs, and it leads the queue.
    s.gh.labelIssue(form, 'codex', 'maintainer');
    const again = await s.run({ inputs: { 'dry-run': 'true' } });
    const next = JSON.parse(again.outputs.queue!) as { item: number }[];
    expect(next.map((q) => q.item)).toEqual([form.number, mine.number, triaged.number]);
    s.gh.assertNoViolations();
  });

  it('never lists an item whose dependency names no issue as ready', async () => {
    s = await scanScenario();
    const typo = s.gh.addIssue({
      title: 'Waits for a typo',
      labels: ['codex', 'P0'],
      body: 'Blocked by #999',
    });
    const fine = s.gh.addIssue({ title: 'Fine', labels: ['codex'] });
    const out = await s.run({ inputs: { 'dry-run': 'true' } });
    expect(JSON.parse(out.outputs.queue!)).toEqual([expect.objectContaining({ item: fine.number })]);
    expect(out.stdout).toContain(`#${typo.number} names #999 as a blocker, but there is no such issue`);
    s.gh.assertNoViolations();
  });
});
