import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_IDENTITY } from '../harness/identity.js';
import { step } from '../harness/responses-server.js';
import { type PlanScenario, planScenario, plans, WORKFLOW_FILE } from './plan-env.js';

let s: PlanScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Plans the scenario's issue to `ready` (autonomy draft: waits for approval). */
async function planReady(s: PlanScenario) {
  s.model.enqueue(step.json(plans.ready));
  const out = await s.run({ event: 'issues', payload: s.labeled('codex') });
  expect(out.outputs.status, out.stdout).toBe('complete');
  expect(s.gh.dispatches).toEqual([]);
}

describe('/codex approve', () => {
  it('by a user with write access: records the approval and dispatches dev with workflow_dispatch', async () => {
    s = await planScenario();
    await planReady(s);

    const out = await s.run({ event: 'issue_comment', payload: s.comment('/codex approve', 'writer') });
    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs).toMatchObject({
      status: 'complete',
      phase: 'control',
      'next-phase': 'dev',
      item: String(s.issue),
    });
    expect(s.gh.dispatches).toEqual([
      {
        workflowId: WORKFLOW_FILE,
        ref: 'main',
        inputs: { phase: 'dev', target: String(s.issue) },
        by: 'github-actions[bot]',
      },
    ]);
    const state = s.state();
    expect(state.approval).toMatchObject({ by: 'writer' });
    // Approval is bookkeeping: the plan phase's result stays what /codex retry would re-run.
    expect(state).toMatchObject({ phase: 'plan', status: 'complete', nextAction: null });
    expect(state.timeline.at(-1)).toMatchObject({ phase: 'control', note: 'plan approved by writer' });
    expect(s.gh.labelsOn(s.issue)).toEqual(['codex', 'codex:ready']);
    expect(s.model.requests).toHaveLength(1); // the plan's; approving calls no model
    s.gh.assertNoViolations();
  });

  it('releases a pending escalation and dispatches the phase that escalated', async () => {
    s = await planScenario();
    await planReady(s);
    // What dev records when it escalates (helper-6's phase writes this through saveItemState).
    const { saveItemState } = await import('../../src/tracker/github/store.js');
    const state = s.state();
    await saveItemState(
      s.gh.client(),
      s.gh.repoRef,
      s.issue,
      ACTION_IDENTITY,
      {
        ...state,
        phase: 'dev',
        status: 'blocked',
        escalation: {
          commands: ['curl https://example.com'],
          paths: [],
          phase: 'dev',
          raisedAt: '2025-01-01T00:00:00.000Z',
          approvedBy: null,
          approvedAt: null,
        },
      },
      { dryRun: false },
    );
    const out = await s.run({ event: 'issue_comment', payload: s.comment('/codex approve', 'maintainer') });
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(s.state().escalation).toMatchObject({
      approvedBy: 'maintainer',
      commands: ['curl https://example.com'],
    });
    expect(s.state().approval).toBeNull();
    expect(s.gh.dispatches.map((d) => d.inputs)).toEqual([{ phase: 'dev', target: String(s.issue) }]);
    expect(s.statusComments()[0]!.body).toContain('Escalation — approved by `maintainer`');
    s.gh.assertNoViolations();
  });

  it.each([
    [
      'while the planner waits for answers',
      plans.questions,
      '/codex approve by writer refused: #1 has open questions: answer the questions first (a reply plans it again).',
    ],
    [
      'on an issue split into sub-issues',
      plans.split,
      '/codex approve by writer refused: #1 was split into sub-issues: work on them, then comment /codex plan here.',
    ],
    [
      'before any plan',
      undefined,
      '/codex approve by writer refused: #1 has no plan yet: comment /codex plan first.',
    ],
  ])(
    'is refused %s: skipped with the reason, nothing written, dev not started',
    async (_, answer, reason) => {
      s = await planScenario();
      if (answer) {
        s.model.enqueue(step.json(answer));
        const planned = await s.run({ event: 'issues', payload: s.labeled('codex') });
        expect(planned.outputs.status, planned.stdout).toBe(answer.status);
      }
      const before = { writes: s.writes().length, labels: s.gh.labelsOn(s.issue) };
      const body = s.statusComments()[0]?.body;
      const out = await s.run({ event: 'issue_comment', payload: s.comment('/codex approve', 'writer') });
      expect(out.exitCode, out.stdout).toBeUndefined();
      expect(out.outputs).toMatchObject({ phase: 'control', status: 'skipped', 'next-phase': '' });
      expect(out.summary).toContain(reason);
      expect(s.gh.dispatches).toEqual([]);
      expect(s.writes()).toHaveLength(before.writes);
      expect(s.gh.labelsOn(s.issue)).toEqual(before.labels);
      expect(s.statusComments()[0]?.body).toBe(body);
      s.gh.assertNoViolations();
    },
  );

  it.each([
    ['reader', 'a user with read access'],
    ['outsider', 'a user with no access'],
  ])('by %s (%s) is ignored: skipped, nothing written, nothing dispatched', async (login) => {
    s = await planScenario();
    await planReady(s);
    const before = { writes: s.writes().length, body: s.statusComments()[0]!.body };
    const out = await s.run({ event: 'issue_comment', payload: s.comment('/codex approve', login) });
    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs.status).toBe('skipped');
    expect(s.writes()).toHaveLength(before.writes);
    expect(s.gh.dispatches).toEqual([]);
    expect(s.statusComments()[0]!.body).toBe(before.body);
    expect(s.model.requests).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('approval with autonomy loop is not needed: a ready plan dispatches dev at once', async () => {
    s = await planScenario();
    s.model.enqueue(step.json(plans.ready));
    const out = await s.run({ event: 'issues', payload: s.labeled('codex'), inputs: { autonomy: 'loop' } });
    expect(out.outputs).toMatchObject({ status: 'complete', 'next-phase': 'dev' });
    expect(s.gh.dispatches.map((d) => d.inputs)).toEqual([{ phase: 'dev', target: String(s.issue) }]);
    expect(s.state().nextAction).toBeNull();
    // The plan is in the status comment before dev is dispatched: the dev job reads it from there.
    const order = s.gh.requests.map((r) => r.operation);
    expect(order.lastIndexOf('issues/update-comment')).toBeLessThan(
      order.indexOf('actions/create-workflow-dispatch'),
    );
    expect(s.statusComments()[0]!.body).toContain('### Acceptance criteria — 0/2 done');
    s.gh.assertNoViolations();
  });

  it('autonomy plan stops at the plan: nothing is dispatched, the status comment says how to go on', async () => {
    s = await planScenario();
    s.model.enqueue(step.json(plans.ready));
    const out = await s.run({ event: 'issues', payload: s.labeled('codex'), inputs: { autonomy: 'plan' } });
    expect(out.outputs).toMatchObject({ status: 'complete', 'next-phase': '' });
    expect(s.gh.dispatches).toEqual([]);
    expect(s.gh.labelsOn(s.issue)).toEqual(['codex', 'codex:ready']);
    expect(s.state().nextAction).toBe(
      'The plan is ready. Autonomy is `plan`, so nothing more happens on its own: comment `/codex approve` to start development.',
    );
    s.gh.assertNoViolations();
  });

  it('autonomy loop with dispatch none: the plan is ready, and the status comment says to start dev', async () => {
    s = await planScenario();
    s.model.enqueue(step.json(plans.ready));
    const out = await s.run({
      event: 'issues',
      payload: s.labeled('codex'),
      inputs: { autonomy: 'loop', dispatch: 'none' },
    });
    expect(out.outputs).toMatchObject({ status: 'complete', 'next-phase': 'dev' });
    expect(s.gh.dispatches).toEqual([]);
    expect(s.state().nextAction).toBe(
      'Start dev for #1 yourself: run the workflow with the inputs phase `dev` and target `1` (the input `dispatch` is `none`, so the action starts nothing).',
    );
  });

  it('with dispatch none, records the approval and dispatches nothing', async () => {
    s = await planScenario();
    await planReady(s);
    const out = await s.run({
      event: 'issue_comment',
      payload: s.comment('/codex approve', 'writer'),
      inputs: { dispatch: 'none' },
    });
    expect(out.outputs).toMatchObject({ status: 'complete', 'next-phase': 'dev' });
    expect(s.gh.dispatches).toEqual([]);
    expect(s.state().approval).toMatchObject({ by: 'writer' });
    expect(s.statusComments()[0]!.body).toContain(
      '**What a human must do next:** Start dev for #1 yourself: run the workflow with the inputs phase `dev` and target `1`',
    );
    s.gh.assertNoViolations();
  });
});
