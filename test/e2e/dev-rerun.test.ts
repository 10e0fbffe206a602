import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BRANCH, criterionSteps, type DevScenario, devScenario, threadStarts } from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

describe('dev: a re-run continues where the last job stopped', () => {
  it('after a crash mid-criterion, finished criteria are skipped and the interrupted one runs again', async () => {
    s = await devScenario({ criteria: ['Add one.txt', 'Add two.txt', 'Add three.txt'] });
    // Criterion 1 succeeds; criterion 2's model call fails (the script has nothing more).
    s.model.enqueue(...criterionSteps('one.txt', 'one'));
    const first = await s.run();
    expect(first.outputs.status, first.stdout).toBe('error');
    expect(first.exitCode).toBe(1);
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))).toEqual([
      'Criterion 1/3: Add one.txt',
      'Initial commit',
    ]);
    const failed = await s.state();
    expect(failed.dev.result).toBe('error');
    expect(failed.criteria.map((c) => c.done)).toEqual([true, false, false]);

    // Make it look like the job was killed mid-criterion 2 before the throttled progress edit that
    // recorded criterion 1: the state still says running, criterion 1 not done.
    await s.setState({
      ...failed,
      status: 'running',
      criteria: failed.criteria.map((c) => ({ ...c, done: false, commit: null })),
      dev: { ...failed.dev, current: 1, result: null },
    });

    const before = threadStarts(s.model).length;
    s.model.enqueue(...criterionSteps('two.txt', 'two'), ...criterionSteps('three.txt', 'three'));
    const second = await s.run();
    expect(second.outputs.status, second.stdout).toBe('complete');
    const prompts = threadStarts(s.model).slice(before);
    expect(prompts).toHaveLength(2);
    expect(prompts[0]).toContain('Meet acceptance criterion 2 of 3');
    expect(prompts[1]).toContain('Meet acceptance criterion 3 of 3');
    expect(s.repos.log(BRANCH).map((l) => l.slice(41))).toEqual([
      'Criterion 3/3: Add three.txt',
      'Criterion 2/3: Add two.txt',
      'Criterion 1/3: Add one.txt',
      'Initial commit',
    ]);
    const state = await s.state();
    expect(state.criteria.every((c) => c.done && c.commit)).toBe(true);
    expect(state.criteria[0]!.commit).toBe(s.repos.log(BRANCH)[2]!.slice(0, 40));
    expect(s.gh.state.issues.filter((i) => i.pull)).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('continues on top of commits a person pushed to the branch', async () => {
    s = await devScenario({ criteria: ['Add one.txt', 'Add two.txt'] });
    s.model.enqueue(...criterionSteps('one.txt', 'one'));
    await s.run();
    const human = await s.repos.commitOnOrigin(BRANCH, { 'human.txt': 'mine\n' }, 'Human fix');
    s.model.enqueue(...criterionSteps('two.txt', 'two'));
    const second = await s.run();
    expect(second.outputs.status, second.stdout).toBe('complete');
    expect(s.repos.log(BRANCH)[1]!.startsWith(human)).toBe(true);
    s.gh.assertNoViolations();
  });

  it('never pushes over commits it did not write: a force-push by a person mid-job stops it as blocked', async () => {
    // The verification "runs" while a person force-pushes their own history to the branch. It runs
    // in the sandbox (no network, nothing of the host's /tmp), so the person pushes from the test:
    // the command marks that it started, then waits for the go the test gives after the push.
    const wait =
      'touch .verify-started; i=0; while [ ! -f .verify-go ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done; exit 1';
    s = await devScenario({ criteria: ['Add one.txt'], verify: [wait] });
    const scratch = await s.repos.clone('scratch');
    s.repos.git(['commit', '-q', '--allow-empty', '-m', 'Human rewrite'], scratch);
    const human = s.repos.git(['rev-parse', 'HEAD'], scratch);
    s.model.enqueue(...criterionSteps('one.txt', 'one'), ...criterionSteps('fixed.txt', 'fixed'));
    const running = s.run();
    const started = async (): Promise<string> => {
      for (let i = 0; i < 600; i++) {
        // find exits non-zero when a folder vanishes under it: its output still counts.
        const found = spawnSync('find', [s.repos.root, '-name', '.verify-started'], {
          encoding: 'utf8',
        }).stdout.trim();
        if (found) return dirname(found.split('\n')[0]!);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the verification never started');
    };
    const worktree = await started();
    s.repos.git(['push', '-q', '--force', 'origin', `HEAD:refs/heads/${BRANCH}`], scratch);
    await writeFile(join(worktree, '.verify-go'), '');
    const out = await running;
    expect(out.outputs.status, out.stdout).toBe('blocked');
    expect(out.stdout).toMatch(/has commits this job's history lacks, so nothing was pushed/);
    expect(out.stdout).toMatch(/Human rewrite \(Test Human\)/);
    // Origin keeps the person's history; the fix commit was not forced over it.
    expect(s.repos.log(BRANCH)[0]!.startsWith(human)).toBe(true);
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    expect((await s.state()).nextAction).toMatch(/never force-pushes/);
    s.gh.assertNoViolations();
  });

  it('a re-run reopens the item’s PR that a person closed, and never opens a second one', async () => {
    s = await devScenario({ criteria: ['Add one.txt'] });
    s.model.enqueue(...criterionSteps('one.txt', 'one'));
    expect((await s.run()).outputs.status).toBe('complete');
    const [pr] = s.gh.state.issues.filter((i) => i.pull);
    await s.gh
      .client('ghp_maintainer')
      .rest.pulls.update({ ...s.gh.repoRef, pull_number: pr!.number, state: 'closed' });

    const again = await s.run();
    expect(again.outputs.status, again.stdout).toBe('complete');
    expect(again.outputs['pr-number']).toBe(String(pr!.number));
    expect(s.gh.state.issues.filter((i) => i.pull)).toEqual([pr]);
    expect(pr!.state).toBe('open');
    expect(s.gh.calls('pulls/create')).toHaveLength(1);
    s.gh.assertNoViolations();
  });

  it('a re-run after the PR was merged changes nothing and says so', async () => {
    s = await devScenario({ criteria: ['Add one.txt'] });
    s.model.enqueue(...criterionSteps('one.txt', 'one'));
    expect((await s.run()).outputs.status).toBe('complete');
    const [pr] = s.gh.state.issues.filter((i) => i.pull);
    Object.assign(pr!, { state: 'closed', closedAt: '2025-01-02T00:00:00Z' });
    Object.assign(pr!.pull!, { merged: true, mergedAt: '2025-01-02T00:00:00Z' });
    const tip = s.repos.log(BRANCH)[0];

    const again = await s.run();
    expect(again.outputs.status, again.stdout).toBe('blocked');
    expect(again.summary).toContain(`PR #${pr!.number} of ${BRANCH} is already merged`);
    expect(s.gh.calls('pulls/create')).toHaveLength(1);
    expect(s.gh.calls('pulls/update')).toHaveLength(0);
    expect(s.repos.log(BRANCH)[0]).toBe(tip);
    s.gh.assertNoViolations();
  });

  it('refuses a recorded branch outside the prefix before any work', async () => {
    s = await devScenario({ criteria: ['Add one.txt'] });
    await s.setState({ ...(await s.state()), branch: 'main' });
    const mainBefore = s.repos.log('main');
    const out = await s.run();
    expect(out.outputs.status).toBe('error');
    expect(out.stdout).toContain(
      "Refusing to push 'main': the action only pushes branches under 'codex/' (labels.prefix in the config file).",
    );
    expect(s.model.requests).toEqual([]);
    expect(s.repos.log('main')).toEqual(mainBefore);
    expect(s.repos.branches()).toEqual(['main']);
    // The job fails, and the status comment says so (not the last phase's "complete").
    expect(out.exitCode).toBe(1);
    const state = await s.state();
    expect(state).toMatchObject({ phase: 'dev', status: 'error', branch: 'main' });
    expect(state.nextAction).toBe(
      "The status comment records the branch 'main', outside 'codex/', so dev stopped before any work. " +
        'If labels.prefix changed, restore it; otherwise delete the status comment to start the item over. Then comment /codex retry.',
    );
    expect(state.timeline.at(-1)).toMatchObject({
      phase: 'dev',
      status: 'error',
      runUrl: expect.stringMatching(/\/actions\/runs\/\d+$/),
      note: expect.stringContaining("Refusing to push 'main'"),
    });
    expect(s.gh.labelsOn(s.issueNumber)).toEqual(['codex', 'codex:blocked']);
    s.gh.assertNoViolations();
  });
});
