import { afterEach, describe, expect, it } from 'vitest';
import { HOLD_MARKER } from '../../src/tracker/github/hold.js';
import {
  BRANCH,
  commandSteps,
  criterionSteps,
  type DevScenario,
  devScenario,
  threadStarts,
} from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

const holdComments = (s: DevScenario) =>
  s.gh.comments(s.issueNumber).filter((c) => c.body.includes(HOLD_MARKER));

/** Runs `/codex approve` by a maintainer the way the runner would (issue_comment, phase auto). */
async function approve(s: DevScenario, author = 'maintainer') {
  const out = await s.run({
    event: s.commentEvent('/codex approve', author),
    inputs: { phase: 'auto', target: '' },
  });
  expect(out.exitCode, out.stdout).toBeUndefined();
  return out;
}

describe('dev: escalation and release', () => {
  it('holds the commits of a run that used a command outside the allow-list; /codex approve pushes them without the model', async () => {
    s = await devScenario({ criteria: ['Add hello.txt', 'Add bye.txt'] });
    s.model.enqueue(...commandSteps('uname -a && ls', 'hello.txt', 'hello'));
    const first = await s.run();
    expect(first.outputs.status, first.stdout).toBe('blocked');
    expect(first.outputs['next-phase']).toBe('');

    // Nothing pushed, no PR, the item blocked with the list in the status comment.
    expect(s.repos.branches()).toEqual(['main']);
    expect(s.gh.state.issues.filter((i) => i.pull)).toHaveLength(0);
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    const state = await s.state();
    expect(state.escalation).toMatchObject({ phase: 'dev', approvedBy: null, paths: [] });
    expect(state.escalation!.commands).toEqual(["uname -a && ls — 'uname -a' is not in commands.allow"]);
    expect(state.criteria[0]).toMatchObject({ done: false });
    const status = s.gh.comments(s.issueNumber).find((c) => c.body.includes('codex-orchestrator:status'))!;
    expect(status.body).toContain('Escalation — waiting for `/codex approve`');
    expect(status.body).toContain('uname -a');
    const [hold] = holdComments(s);
    expect(hold!.author).toBe('github-actions[bot]');
    expect(hold!.body).toMatch(/^- [0-9a-f]{7,} Criterion 1\/2: Add hello\.txt \(github-actions\[bot\]\)$/m);
    expect(hold!.body).toContain('+hello');

    // A re-run before approval does nothing.
    const waiting = await s.run();
    expect(waiting.outputs.status).toBe('blocked');
    expect(waiting.outputs.reason ?? waiting.stdout).toMatch(/waits for \/codex approve/);

    await approve(s);
    expect((await s.state()).escalation?.approvedBy).toBe('maintainer');

    const requestsBefore = s.model.requests.length;
    s.model.enqueue(...criterionSteps('bye.txt', 'bye'));
    const released = await s.run();
    expect(released.outputs.status, released.stdout).toBe('complete');
    // Only criterion 2 went to the model: the approved work was not run again.
    expect(threadStarts(s.model).slice(-1)[0]).toContain('Meet acceptance criterion 2 of 2');
    expect(s.model.requests.length - requestsBefore).toBe(2);
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))).toEqual([
      'Criterion 2/2: Add bye.txt',
      'Criterion 1/2: Add hello.txt',
      'Initial commit',
    ]);
    const after = await s.state();
    expect(after.escalation).toBeNull();
    expect(after.criteria.every((c) => c.done && c.commit)).toBe(true);
    expect(
      after.timeline.some((t) => /released 1 held commit\(s\) approved by maintainer/.test(t.note ?? '')),
    ).toBe(true);
    expect(holdComments(s)).toHaveLength(1);
    expect(holdComments(s)[0]!.body).toContain('Held commits released');
    expect(holdComments(s)[0]!.body).not.toContain('codex-orchestrator:held ');
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:in-progress');
    expect(s.gh.labelsOn(s.issueNumber)).not.toContain('codex:blocked');
    s.gh.assertNoViolations();
  });

  it('holds a change to a protected path after earlier criteria were pushed, and releases it on approval', async () => {
    s = await devScenario({ criteria: ['Add hello.txt', 'Add a workflow', 'Add bye.txt'] });
    s.model.enqueue(
      ...criterionSteps('hello.txt', 'hello'),
      ...criterionSteps('.github/workflows/x.yml', 'on: push'),
    );
    const first = await s.run();
    expect(first.outputs.status, first.stdout).toBe('blocked');
    // Criterion 1 was pushed; the protected change was not.
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))).toEqual([
      'Criterion 1/3: Add hello.txt',
      'Initial commit',
    ]);
    const state = await s.state();
    expect(state.escalation!.paths).toEqual(['.github/workflows/x.yml (protected by .github/**)']);
    expect(state.escalation!.commands).toEqual([]);
    expect(state.dev.current).toBe(1);

    // Someone without write access cannot release it.
    const ignored = await s.run({
      event: s.commentEvent('/codex approve', 'reader'),
      inputs: { phase: 'auto', target: '' },
    });
    expect(ignored.outputs.status).toBe('skipped');
    expect((await s.state()).escalation!.approvedBy).toBeNull();

    await approve(s);
    s.model.enqueue(...criterionSteps('bye.txt', 'bye'));
    const released = await s.run();
    expect(released.outputs.status, released.stdout).toBe('complete');
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))).toEqual([
      'Criterion 3/3: Add bye.txt',
      'Criterion 2/3: Add a workflow',
      'Criterion 1/3: Add hello.txt',
      'Initial commit',
    ]);
    expect(s.repos.git(['show', `${BRANCH}:.github/workflows/x.yml`], s.repos.origin)).toBe('on: push');
    expect(threadStarts(s.model)).toHaveLength(3);
    s.gh.assertNoViolations();
  });
  it('escalates a command that execpolicy refused (it leaves no event, only a rollout entry)', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    s.model.enqueue(...commandSteps('curl -s http://127.0.0.1:9/', 'hello.txt', 'hello'));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('blocked');
    // Codex told the model the command is denied (commands.deny → execpolicy forbidden)...
    expect(JSON.stringify(s.model.requests.map((r) => r.body))).toContain('denied by codex-orchestrator');
    // ...and the audit still lists it from the rollout.
    expect((await s.state()).escalation!.commands).toEqual([
      "curl -s http://127.0.0.1:9/ — 'curl' is in commands.deny (spelled 'curl -s http://127.0.0.1:9/')",
    ]);
    expect(s.repos.branches()).toEqual(['main']);
    s.gh.assertNoViolations();
  });
});
