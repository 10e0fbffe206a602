import { afterEach, describe, expect, it } from 'vitest';
import { HOLD_MARKER } from '../../src/tracker/github/hold.js';
import { commandSteps, criterionSteps, type DevScenario, devScenario, threadStarts } from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

/** Requests since `from` that would change something on GitHub (GraphQL queries only read). */
const writes = (s: DevScenario, from: number) =>
  s.gh.requests.slice(from).filter((r) => r.method !== 'GET' && !r.operation.startsWith('graphql query'));

describe('dev: dry run', () => {
  it('runs the model and the verification but pushes nothing and writes nothing to GitHub', async () => {
    s = await devScenario({ criteria: ['Add hello.txt', 'Add bye.txt'], verify: ['test -f hello.txt'] });
    const statusBefore = s.gh.comments(s.issueNumber).map((c) => c.body);
    const labelsBefore = s.gh.labelsOn(s.issueNumber);
    s.model.enqueue(...criterionSteps('hello.txt', 'hello'), ...criterionSteps('bye.txt', 'bye'));
    const from = s.gh.requests.length;
    const out = await s.run({ inputs: { 'dry-run': 'true', dispatch: 'workflow' } });
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(threadStarts(s.model)).toHaveLength(2);

    expect(writes(s, from)).toEqual([]);
    expect(s.gh.requests.length).toBeGreaterThan(from);
    expect(s.repos.branches()).toEqual(['main']);
    expect(s.gh.comments(s.issueNumber).map((c) => c.body)).toEqual(statusBefore);
    expect(s.gh.labelsOn(s.issueNumber)).toEqual(labelsBefore);
    expect(s.gh.state.issues.filter((i) => i.pull)).toHaveLength(0);
    // What would have been written is printed instead.
    expect(out.stdout).toMatch(/\[dry-run\] Would push [0-9a-f]{40} to codex\/1-add-greeting-helpers\./);
    expect(out.stdout).toMatch(
      /\[dry-run\] Would open a draft PR codex\/1-add-greeting-helpers → main: .*Closes #1/,
    );
    expect(out.stdout).toMatch(/\[dry-run\] Status comment of #1/);
    expect(out.stdout).toContain('[dry-run] Would dispatch review for the new pull request.');
    expect(out.outputs['next-phase']).toBe('review');
    // The worktree is gone.
    expect(out.stdout).not.toMatch(/Dev failed/);
    s.gh.assertNoViolations();
  });

  it('an escalation in a dry run holds nothing on GitHub either', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    s.model.enqueue(...commandSteps('uname -a', 'hello.txt', 'hello'));
    const from = s.gh.requests.length;
    const out = await s.run({ inputs: { 'dry-run': 'true' } });
    expect(out.outputs.status, out.stdout).toBe('blocked');
    expect(writes(s, from)).toEqual([]);
    expect(s.gh.requests.length).toBeGreaterThan(from);
    expect(s.gh.comments(s.issueNumber).some((c) => c.body.includes(HOLD_MARKER))).toBe(false);
    expect(out.stdout).toMatch(/Dry run: would create a comment on #1/);
    s.gh.assertNoViolations();
  });
});
