import { afterEach, describe, expect, it } from 'vitest';
import { workItemMarker } from '../../src/action/work-items.js';
import { criterionSteps, type DevScenario, devScenario } from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

const bugs = (sc: DevScenario) => sc.gh.state.issues.filter((i) => !i.pull && i.number !== sc.issueNumber);

describe('work items: the tests_failed follow-up', () => {
  it('files one bug with the failing output, linked to the item, once across re-runs', async () => {
    s = await devScenario({
      criteria: ['Add hello.txt'],
      verify: ['echo checking-the-fix && test -f fixed.txt'],
    });
    // A person's issue with the same title, and one with the action's marker forged into it.
    s.gh.addIssue({ title: 'Failing verification: Add greeting helpers', author: 'writer' });
    s.gh.addIssue({
      title: 'Something else',
      body: workItemMarker(`tests-failed:${s.issueNumber}`),
      author: 'outsider',
    });
    s.model.enqueue(...criterionSteps('hello.txt', 'hello'), ...criterionSteps('other.txt', 'not the fix'));
    const first = await s.run();
    expect(first.outputs.status, first.stdout).toBe('tests_failed');

    const own = bugs(s).filter((i) => i.author === 'github-actions[bot]');
    expect(own).toHaveLength(1);
    const bug = own[0]!;
    expect(bug.title).toBe('Failing verification: Add greeting helpers');
    expect(bug.labels).toEqual(['priority:high', 'bug']);
    expect(bug.body).toContain(`Follow-up of #${s.issueNumber}.`);
    expect(bug.body).toMatch(/See also #\d+, which has the same title\./);
    expect(bug.body).toMatch(
      /```text\nThe command `echo checking-the-fix && test -f fixed.txt` exited with code 1\. The end of its output:\n\nchecking-the-fix\n```/,
    );
    expect(bug.body).toContain(workItemMarker(`tests-failed:${s.issueNumber}`));
    expect(first.outputs.status).toBe('tests_failed');

    // Run again (the same failure): the bug is found by its marker and left as it is.
    s.model.enqueue(...criterionSteps('again.txt', 'still not the fix'));
    const second = await s.run();
    expect(second.outputs.status, second.stdout).toBe('tests_failed');
    expect(bugs(s).filter((i) => i.author === 'github-actions[bot]')).toHaveLength(1);
    expect(s.gh.calls('issues/create')).toHaveLength(1);
    s.gh.assertNoViolations();
  });
});
