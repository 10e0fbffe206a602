import { afterEach, describe, expect, it } from 'vitest';
import { BRANCH, criterionSteps, type DevScenario, devScenario, threadStarts } from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

describe('dev: verification', () => {
  it('gives a failing verification back to Codex once; still failing → tests_failed, draft PR with the failure, blocked', async () => {
    s = await devScenario({
      criteria: ['Add hello.txt'],
      verify: ['test -f hello.txt', 'echo checking && test -f fixed.txt'],
    });
    s.model.enqueue(...criterionSteps('hello.txt', 'hello'), ...criterionSteps('other.txt', 'not the fix'));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('tests_failed');
    expect(out.exitCode).toBeUndefined();

    // The fix run saw which command failed and its output.
    const prompts = threadStarts(s.model);
    expect(prompts).toHaveLength(2);
    expect(prompts[1]).toContain('The verification commands failed');
    expect(prompts[1]).toContain('The command `echo checking && test -f fixed.txt` exited with code 1');
    expect(prompts[1]).toContain('checking');

    // Both commits were pushed; the draft PR shows the failure; the item is blocked.
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))).toEqual([
      'Fix the failing verification',
      'Criterion 1/1: Add hello.txt',
      'Initial commit',
    ]);
    const pr = s.gh.state.issues.find((i) => i.pull)!;
    expect(pr.pull!.draft).toBe(true);
    expect(pr.body).toMatch(/^Closes #1\n/);
    expect(pr.body).toContain('The verification fails');
    expect(pr.body).toContain('✅ `test -f hello.txt` — passed');
    expect(pr.body).toContain('❌ `echo checking && test -f fixed.txt` — exit code 1');
    expect(pr.body).toMatch(/```text\nchecking\n```/);
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    expect(s.gh.labelsOn(s.issueNumber)).not.toContain('codex:in-progress');
    const state = await s.state();
    expect(state.status).toBe('tests_failed');
    expect(state.dev.result).toBe('tests_failed');
    expect(state.dev.verifyOutput).toContain('❌ `echo checking && test -f fixed.txt`');
    expect(state.threads['dev:fix']).toMatch(/^[0-9a-f-]{36}$/);
    expect(state.nextAction).toMatch(/verification fails on PR #\d+/);
    expect(out.outputs['next-phase']).toBe('');
    s.gh.assertNoViolations();
  });

  it('completes when the fix run makes the verification pass', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'], verify: ['test -f fixed.txt'] });
    s.model.enqueue(...criterionSteps('hello.txt', 'hello'), ...criterionSteps('fixed.txt', 'fixed'));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    const pr = s.gh.state.issues.find((i) => i.pull)!;
    expect(pr.body).toContain('✅ `test -f fixed.txt` — passed');
    expect(pr.body).not.toContain('The verification fails');
    expect(s.repos.log(BRANCH)).toHaveLength(3);
    s.gh.assertNoViolations();
  });
});
