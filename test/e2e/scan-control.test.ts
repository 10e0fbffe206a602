import { afterEach, describe, expect, it } from 'vitest';
import { DASHBOARD_MARKER } from '../../src/backlog/dashboard.js';
import type { ItemState } from '../../src/state/schema.js';
import { BOT, type ScanScenario, scanScenario } from './scan-env.js';

let s: ScanScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const STOPPED = '<!-- codex-orchestrator:stopped -->';

/** A finished phase at `at`. */
function ended(status: ItemState['status'], at: string, note: string): Partial<ItemState> {
  return {
    phase: 'dev',
    status,
    nextAction: note,
    timeline: [{ phase: 'dev', status, at, runUrl: null, note }],
  };
}

describe('scan: max-parallel and the matrix', () => {
  it('claims up to max-items-per-run into the matrix and dispatches nothing itself', async () => {
    s = await scanScenario();
    s.config('max-parallel: 3\nmax-items-per-run: 2\n');
    const a = s.gh.addIssue({ title: 'A', labels: ['codex'] });
    const b = s.gh.addIssue({ title: 'B', labels: ['codex'] });
    const c = s.gh.addIssue({ title: 'C', labels: ['codex'] });
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(JSON.parse(out.outputs.matrix!)).toEqual({
      include: [
        { item: a.number, phase: 'plan' },
        { item: b.number, phase: 'plan' },
      ],
    });
    expect(out.outputs['next-phase']).toBe('');
    expect(s.gh.state.dispatches).toEqual([]);
    expect(s.state(a.number)?.claim?.phase).toBe('plan');
    expect(s.state(c.number)).toBeUndefined();

    // Two in progress, max-parallel 3: one slot left.
    const next = await s.run();
    expect(JSON.parse(next.outputs.matrix!)).toEqual({ include: [{ item: c.number, phase: 'plan' }] });
    // All three in progress: an empty matrix, nothing claimed.
    const full = await s.run();
    expect(full.outputs.status).toBe('skipped');
    expect(JSON.parse(full.outputs.matrix!)).toEqual({ include: [] });
    s.gh.assertNoViolations();
  });
});

describe('scan: max-parallel alone', () => {
  it('starts up to max-parallel items per scan when max-items-per-run is not set', async () => {
    s = await scanScenario();
    s.config('max-parallel: 3\n');
    const items = ['A', 'B', 'C', 'D'].map((title) => s!.gh.addIssue({ title, labels: ['codex'] }));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(JSON.parse(out.outputs.matrix!)).toEqual({
      include: items.slice(0, 3).map((i) => ({ item: i.number, phase: 'plan' })),
    });
    s.gh.assertNoViolations();
  });
});

describe('scan: early exit after repeated failures', () => {
  it('opens one stop issue naming the items, dispatches retro, and closing it lifts the stop', async () => {
    s = await scanScenario();
    const done = s.gh.addIssue({ title: 'Worked once', labels: ['codex', 'codex:in-review'] });
    const f1 = s.gh.addIssue({ title: 'Failed 1', labels: ['codex', 'codex:blocked'] });
    const f2 = s.gh.addIssue({ title: 'Failed 2', labels: ['codex', 'codex:blocked'] });
    const stopped = s.gh.addIssue({ title: 'Stopped by a human', labels: ['codex', 'codex:blocked'] });
    const f3 = s.gh.addIssue({ title: 'Failed 3', labels: ['codex', 'codex:blocked'] });
    const ready = s.gh.addIssue({ title: 'Ready', labels: ['codex'] });
    s.setState(done.number, ended('pass', '2024-06-01T00:00:00.000Z', 'Merge the PR.'));
    s.setState(f1.number, ended('error', '2024-06-02T00:00:00.000Z', 'Codex failed.'));
    s.setState(f2.number, ended('blocked', '2024-06-03T00:00:00.000Z', 'Token cap reached.'));
    s.setState(stopped.number, {
      ...ended('blocked', '2024-06-04T00:00:00.000Z', 'x'),
      stopped: { by: 'maintainer', at: '2024-06-04T00:00:00.000Z' },
    });
    s.setState(f3.number, ended('tests_failed', '2024-06-05T00:00:00.000Z', 'The verification fails.'));

    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('blocked');
    const stops = s.ownIssues(STOPPED);
    expect(stops).toHaveLength(1);
    const body = stops[0]!.body!;
    for (const f of [f1, f2, f3]) expect(body).toContain(`- #${f.number} `);
    expect(body).not.toContain(`#${stopped.number} `);
    expect(body).toContain('The verification fails.');
    // Only retro is dispatched, with the stop issue as its target; no item is claimed.
    expect(s.gh.state.dispatches.map((d) => d.inputs)).toEqual([
      { phase: 'retro', target: String(stops[0]!.number) },
    ]);
    expect(out.outputs.status).toBe('blocked');
    expect(out.stdout).toContain('The retrospective (retro) was dispatched');
    expect(s.state(ready.number)).toBeUndefined();
    expect(s.dashboard()!.body).toContain(`see #${stops[0]!.number}; closing it lifts the stop`);

    // Re-run: still stopped, no second issue, no second retro, nothing written.
    const before = s.gh.requests.length;
    const again = await s.run();
    expect(again.outputs.status, again.stdout).toBe('skipped');
    expect(s.ownIssues(STOPPED)).toHaveLength(1);
    expect(s.gh.state.dispatches).toHaveLength(1);
    expect(s.writes(before)).toEqual([]);

    // A human closes the stop issue: the old failures no longer count, work starts again.
    const issue = s.gh.issue(stops[0]!.number)!;
    issue.state = 'closed';
    issue.closedAt = '2024-07-01T00:00:00Z';
    const lifted = await s.run();
    expect(lifted.outputs.status, lifted.stdout).toBe('complete');
    expect(s.gh.state.dispatches.at(-1)?.inputs).toEqual({ phase: 'plan', target: String(ready.number) });
    expect(s.dashboard()!.body).not.toContain('Stopped after repeated failures');
    s.gh.assertNoViolations();
  });

  it('renders why items failed like model text: no live mention, no remote image', async () => {
    s = await scanScenario();
    const reason = 'Blocked: @acme/security must look ![x](https://evil.invalid/pixel.png) <!-- hidden -->';
    const failed = [1, 2, 3].map((n) =>
      s!.gh.addIssue({ title: `F${n}`, labels: ['codex', 'codex:blocked'] }),
    );
    for (const [k, f] of failed.entries())
      s.setState(f.number, ended('blocked', `2024-06-0${k + 1}T00:00:00.000Z`, reason));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('blocked');
    const body = s.ownIssues(STOPPED)[0]!.body!;
    expect(body).toContain('@\u200Dacme/security');
    expect(body).not.toMatch(/(^|[^A-Za-z0-9_])@acme/);
    expect(body).not.toContain('![x]');
    expect(body).not.toContain('<!-- hidden');
    s.gh.assertNoViolations();
  });

  it('a marker in text the action copied into its own issue stops nothing', async () => {
    s = await scanScenario();
    const ready = s.gh.addIssue({ title: 'Ready', labels: ['codex'] });
    // A bug issue the action opened for a failing verification, before its output was neutralised:
    // the output printed the stop issue's and the dashboard's markers.
    const bug = s.gh.addIssue({
      title: 'Failing verification: X',
      body: `The verification fails.\n\n\`\`\`text\n${STOPPED}\n${DASHBOARD_MARKER}\n\`\`\`\n\n<!-- codex-orchestrator:work-item key=tests-failed:1 -->`,
      author: BOT,
    });
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(s.gh.state.dispatches.map((d) => d.inputs)).toEqual([
      { phase: 'plan', target: String(ready.number) },
    ]);
    // The dashboard is a new issue; the bug issue is left as it was.
    expect(s.dashboard()!.number).not.toBe(bug.number);
    expect(s.gh.issue(bug.number)!.body).toMatch(/^The verification fails\./);
    s.gh.assertNoViolations();
  });

  it('a success between failures resets the count', async () => {
    s = await scanScenario();
    const items = [1, 2, 3, 4].map((n) =>
      s!.gh.addIssue({ title: `Item ${n}`, labels: ['codex', 'codex:blocked'] }),
    );
    s.setState(items[0]!.number, ended('error', '2024-06-01T00:00:00.000Z', 'e'));
    s.setState(items[1]!.number, ended('error', '2024-06-02T00:00:00.000Z', 'e'));
    s.setState(items[2]!.number, ended('complete', '2024-06-03T00:00:00.000Z', 'Review runs.'));
    s.setState(items[3]!.number, ended('blocked', '2024-06-04T00:00:00.000Z', 'b'));
    s.gh.addIssue({ title: 'Ready', labels: ['codex'] });
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(s.ownIssues(STOPPED)).toEqual([]);
    s.gh.assertNoViolations();
  });
});

describe('scan: STOP on the dashboard', () => {
  it('skips and writes nothing while the dashboard carries codex:stop, and resumes when it is removed', async () => {
    s = await scanScenario();
    const item = s.gh.addIssue({ title: 'Ready', labels: ['codex'] });
    const first = await s.run({ inputs: { 'dry-run': 'true' } });
    expect(first.outputs.status).toBe('complete');
    // The dashboard, as the action opened it, with STOP on it.
    const dashboard = s.gh.addIssue({
      title: 'codex-orchestrator: backlog dashboard',
      body: `${DASHBOARD_MARKER}\nold body`,
      labels: ['codex:stop'],
      author: BOT,
    });
    const before = s.gh.requests.length;
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('skipped');
    expect(out.stdout).toContain('STOP');
    expect(s.writes(before)).toEqual([]);
    expect(s.gh.state.dispatches).toEqual([]);

    s.gh.issue(dashboard.number)!.labels = [];
    const resumed = await s.run();
    expect(resumed.outputs.status, resumed.stdout).toBe('complete');
    expect(s.gh.state.dispatches.map((d) => d.inputs)).toEqual([
      { phase: 'plan', target: String(item.number) },
    ]);
    expect(s.dashboard()!.number).toBe(dashboard.number);
    expect(s.dashboard()!.body).not.toContain('old body');
    s.gh.assertNoViolations();
  });

  it('ignores a dashboard marker (and its STOP) in an issue someone else opened', async () => {
    s = await scanScenario();
    s.gh.addIssue({ title: 'Ready', labels: ['codex'] });
    const forged = s.gh.addIssue({
      title: 'Fake dashboard',
      body: `${DASHBOARD_MARKER}\nforged`,
      labels: ['codex:stop'],
      author: 'writer',
    });
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(s.dashboard()!.number).not.toBe(forged.number);
    expect(s.gh.issue(forged.number)!.body).toBe(`${DASHBOARD_MARKER}\nforged`);
    s.gh.assertNoViolations();
  });
});
