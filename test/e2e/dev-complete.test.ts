import { afterEach, describe, expect, it } from 'vitest';
import { BRANCH, criterionSteps, type DevScenario, devScenario, threadStarts } from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

describe('dev: three acceptance criteria', () => {
  it('makes one commit per criterion on the branch, verifies, and opens one draft PR that closes the issue', async () => {
    s = await devScenario({
      criteria: ['Add hello.txt', 'Add bye.txt', 'Add hi.txt'],
      verify: ['test -f hello.txt && test -f bye.txt && test -f hi.txt'],
    });
    s.model.enqueue(
      ...criterionSteps('hello.txt', 'hello'),
      ...criterionSteps('bye.txt', 'bye'),
      ...criterionSteps('hi.txt', 'hi'),
    );
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(out.outputs.branch).toBe(BRANCH);

    // Origin has the branch with exactly three new commits by the action, one per criterion.
    const log = s.repos.log(BRANCH);
    expect(log).toHaveLength(4);
    expect(log.slice(0, 3).map((l) => l.slice(41))).toEqual([
      'Criterion 3/3: Add hi.txt',
      'Criterion 2/3: Add bye.txt',
      'Criterion 1/3: Add hello.txt',
    ]);
    expect(s.repos.authors(BRANCH).slice(0, 3)).toEqual(
      Array(3).fill('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'),
    );

    // Each criterion ran in a fresh thread (three first requests without earlier turns) with the prompt.
    const prompts = threadStarts(s.model);
    expect(prompts).toHaveLength(3);
    expect(prompts[1]).toContain('Meet acceptance criterion 2 of 3');
    expect(prompts[1]).toContain('1. ✓ Add hello.txt');
    expect(prompts[1]).toContain('- Criterion 1/3: Add hello.txt: Added hello.txt.');
    expect(prompts[1]).toContain('<untrusted-issue');
    expect(prompts[1]).not.toContain('ignore previous instructions');

    // One draft PR, "Closes #1", with the checklist and the verification.
    const pulls = s.gh.state.issues.filter((i) => i.pull);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(out.outputs['pr-number']).toBe(String(pr.number));
    expect(pr.pull!.draft).toBe(true);
    expect(pr.pull!.head.ref).toBe(BRANCH);
    expect(pr.title).toBe('Add greeting helpers');
    expect(pr.body).toMatch(/^Closes #1\n/);
    expect(pr.body).toContain('- [x] Add hello.txt (');
    expect(pr.body).toContain('- [x] Add hi.txt (');
    expect(pr.body).toContain('✅ `test -f hello.txt && test -f bye.txt && test -f hi.txt` — passed');
    expect(pr.body).toMatch(/## Usage\n[\d,]+ tokens in/);

    // The state records per-criterion progress, threads and commits; the label shows work in progress.
    const state = await s.state();
    expect(state.status).toBe('complete');
    expect(state.criteria.every((c) => c.done && c.commit)).toBe(true);
    expect(state.criteria.map((c) => c.commit)).toEqual(
      log
        .slice(0, 3)
        .reverse()
        .map((l) => l.slice(0, 40)),
    );
    expect(Object.keys(state.threads).sort()).toEqual(['dev:0', 'dev:1', 'dev:2']);
    expect(state.dev.iterations).toBe(3);
    expect(state.dev.result).toBe('complete');
    expect(state.pr).toBe(pr.number);
    expect(out.outputs['next-phase']).toBe('review');
    // This job may not dispatch (dispatch: none), so the status comment says how review starts.
    expect(state.nextAction).toBe(
      `Comment \`/codex review\` on PR #${pr.number} to have it reviewed (the input \`dispatch\` is \`none\`).`,
    );
    expect(s.gh.labelsOn(1)).toContain('codex:in-progress');
    expect(s.gh.labelsOn(1)).not.toContain('codex:ready');

    // A second run finds everything done: no model call, no second PR.
    const requests = s.model.requests.length;
    const again = await s.run();
    expect(again.outputs.status, again.stdout).toBe('complete');
    expect(s.model.requests.length).toBe(requests);
    expect(s.gh.state.issues.filter((i) => i.pull)).toHaveLength(1);
    expect(s.repos.log(BRANCH)).toHaveLength(4);
    s.gh.assertNoViolations();
  });

  it('under autonomy plan opens the draft PR but starts no review; the status comment says how', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    s.model.enqueue(...criterionSteps('hello.txt', 'hello'));
    const out = await s.run({ inputs: { autonomy: 'plan', dispatch: 'workflow' } });
    expect(out.outputs.status, out.stdout).toBe('complete');
    const pr = s.gh.state.issues.find((i) => i.pull)!;
    expect(pr.pull!.draft).toBe(true);
    expect(s.gh.dispatches).toEqual([]);
    expect((await s.state()).nextAction).toBe(
      `Comment \`/codex review\` on PR #${pr.number} to have it reviewed (autonomy \`plan\` starts nothing on its own).`,
    );
    s.gh.assertNoViolations();
  });

  it('with dispatch, hands the PR to review and leaves nothing for a person yet', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    s.model.enqueue(...criterionSteps('hello.txt', 'hello'));
    const out = await s.run({ inputs: { dispatch: 'workflow' } });
    expect(out.outputs.status, out.stdout).toBe('complete');
    const pr = s.gh.state.issues.find((i) => i.pull)!;
    expect(s.gh.dispatches.map((d) => d.inputs)).toEqual([{ phase: 'review', target: String(pr.number) }]);
    expect((await s.state()).nextAction).toBeNull();
    // The final state is written before review is dispatched: the review job reads it.
    const order = s.gh.requests.map((r) => r.operation);
    expect(order.lastIndexOf('issues/update-comment')).toBeLessThan(
      order.indexOf('actions/create-workflow-dispatch'),
    );
    s.gh.assertNoViolations();
  });
});
