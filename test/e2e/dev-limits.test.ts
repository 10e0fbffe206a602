import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { step, userTexts } from '../harness/responses-server.js';
import { BRANCH, criterionSteps, type DevScenario, devScenario, threadStarts } from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

describe('dev: limits and the developer answer', () => {
  it.each([
    ['token', 'item-token-cap: 150', /used 220 tokens, reaching budgets\.item-token-cap \(150\)/],
    // 200 tokens in, 20 out at the default prices: $0.00045.
    [
      'cost',
      'item-cost-cap-usd: 0.0004',
      /cost an estimated \$0\.00, reaching budgets\.item-cost-cap-usd \(\$0\.0004\)/,
    ],
  ])(
    'stops as blocked when the item reaches its %s cap, after pushing the finished criteria',
    async (_, cap, message) => {
      s = await devScenario({
        criteria: ['Add one.txt', 'Add two.txt'],
        config: `budgets:\n  ${cap}`,
      });
      s.model.enqueue(...criterionSteps('one.txt', 'one'));
      const out = await s.run();
      expect(out.outputs.status, out.stdout).toBe('blocked');
      expect(out.stdout).toMatch(message);
      expect(threadStarts(s.model)).toHaveLength(1);
      expect(s.repos.log(BRANCH)).toHaveLength(2);
      const state = await s.state();
      expect(state.nextAction).toMatch(/Raise the cap or split the item/);
      expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
      s.gh.assertNoViolations();
    },
  );

  it('stops at max-iterations', async () => {
    s = await devScenario({ criteria: ['Add one.txt', 'Add two.txt'], config: 'max-iterations: 1' });
    s.model.enqueue(...criterionSteps('one.txt', 'one'));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('blocked');
    expect(out.stdout).toMatch(/1 developer runs, reaching max-iterations \(1\)/);
  });

  it('stops a run that exceeds the per-criterion timeout as blocked, pushing nothing', async () => {
    s = await devScenario({
      criteria: ['Add one.txt', 'Add two.txt'],
      config: 'budgets:\n  criterion-timeout-minutes: 0.03',
    });
    s.model.enqueue(step.stall());
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('blocked');
    expect(out.exitCode).toBeUndefined();
    expect(out.stdout).toMatch(/criterion 1\/2: Codex did not finish within 1800 ms/);
    expect(out.summary).toContain(
      'Criterion 1 did not finish within budgets.criterion-timeout-minutes (0.03); its changes were dropped.',
    );
    // Criterion 2 never started.
    expect(threadStarts(s.model)).toHaveLength(1);
    expect(s.repos.branches()).toEqual(['main']);
    const state = await s.state();
    expect(state.status).toBe('blocked');
    expect(state.nextAction).toMatch(/Raise the timeout or split the criterion, then comment \/codex retry/);
    expect(state.criteria.map((c) => c.done)).toEqual([false, false]);
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    // The worktree is removed even though the run failed.
    expect((await readdir(s.last!.runnerTemp)).filter((f) => f.startsWith('codex-worktree-'))).toEqual([]);
    expect(
      s.repos.git(['worktree', 'list', '--porcelain'], s.last!.workspace).match(/^worktree /gm),
    ).toHaveLength(1);
  });

  describe('budgets.phase-timeout-minutes bounds the dev job as a whole', () => {
    const stopped = (what: string, done: number, of: number, minutes: number) =>
      `Dev reached budgets.phase-timeout-minutes (${minutes}), the limit of the whole dev job: ${what}; ` +
      `${done} of ${of} criteria are done and pushed. Raise the timeout or split the item, then comment /codex retry to continue from there.`;

    it('starts no criterion past the deadline: blocked, no model call', async () => {
      s = await devScenario({
        criteria: ['Add one.txt'],
        config: 'budgets:\n  phase-timeout-minutes: 0.0001',
      });
      const out = await s.run();
      expect(out.outputs.status, out.stdout).toBe('blocked');
      expect(out.exitCode).toBeUndefined();
      const reason = stopped('criterion 1 was not started', 0, 1, 0.0001);
      expect(out.summary).toContain(reason);
      expect(s.model.requests).toEqual([]);
      const state = await s.state();
      expect(state).toMatchObject({ phase: 'dev', status: 'blocked', nextAction: reason });
      expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
      s.gh.assertNoViolations();
    });

    it('cuts a run at the deadline, well before its criterion timeout, keeping the finished criteria pushed', async () => {
      s = await devScenario({
        criteria: ['Add one.txt', 'Add two.txt'],
        config: 'budgets:\n  phase-timeout-minutes: 0.15\n  criterion-timeout-minutes: 15',
      });
      s.model.enqueue(...criterionSteps('one.txt', 'one'), step.stall());
      const out = await s.run();
      expect(out.outputs.status, out.stdout).toBe('blocked');
      expect(out.exitCode).toBeUndefined();
      // The second run's timeout was the time left of the job (under 9 s), not 15 minutes.
      const ms = Number(/criterion 2\/2: Codex did not finish within (\d+) ms/.exec(out.stdout)?.[1]);
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(9000);
      const reason = stopped('criterion 2 was cut short and its changes were dropped', 1, 2, 0.15);
      expect(out.summary).toContain(reason);
      expect(threadStarts(s.model)).toHaveLength(2);
      // The finished criterion is on origin and in the state; the cut one is not.
      expect(s.repos.log(BRANCH).map((l) => l.slice(41))).toEqual([
        'Criterion 1/2: Add one.txt',
        'Initial commit',
      ]);
      const state = await s.state();
      expect(state.criteria.map((c) => c.done)).toEqual([true, false]);
      expect(state.criteria[0]!.commit).toBe(s.repos.log(BRANCH)[0]!.slice(0, 40));
      expect(state).toMatchObject({ status: 'blocked', nextAction: reason });
      expect(state.timeline.at(-1)).toMatchObject({ phase: 'dev', status: 'blocked' });
      expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
      s.gh.assertNoViolations();
    });

    it('starts no verification fix run past the deadline: blocked, the failing output kept', async () => {
      // The verification alone outlasts the job's 9 s, however fast the criterion was.
      s = await devScenario({
        criteria: ['Add one.txt'],
        verify: ['sleep 9; echo still failing; exit 1'],
        config: 'budgets:\n  phase-timeout-minutes: 0.15',
      });
      s.model.enqueue(...criterionSteps('one.txt', 'one'));
      const out = await s.run();
      expect(out.outputs.status, out.stdout).toBe('blocked');
      const reason = stopped('the verification failed and its fix run was not started', 1, 1, 0.15);
      expect(out.summary).toContain(reason);
      expect(threadStarts(s.model)).toHaveLength(1);
      expect(s.repos.log(BRANCH)).toHaveLength(2);
      const state = await s.state();
      expect(state).toMatchObject({ status: 'blocked', nextAction: reason });
      expect(state.dev.verifyOutput).toContain('still failing');
      s.gh.assertNoViolations();
    });
  });

  it('asks again in the same thread when the answer breaks the schema', async () => {
    s = await devScenario({ criteria: ['Add one.txt'] });
    s.model.enqueue(
      step.applyPatch('*** Begin Patch\n*** Add File: one.txt\n+one\n*** End Patch\n'),
      step.message('Done, I think.'),
      step.json({ status: 'done', summary: 'Added one.txt.' }),
    );
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(threadStarts(s.model)).toHaveLength(1);
    const retry = s.model.requests.at(-1)!;
    expect(JSON.stringify(retry.body)).toContain('Your previous answer was not valid for the output schema');
    expect(s.repos.log(BRANCH)[0]).toMatch(/Criterion 1\/1: Add one\.txt$/);
  });

  it('reports needs_decomposition when the developer finds the criterion far too big, committing nothing', async () => {
    s = await devScenario({ criteria: ['Rewrite everything'] });
    s.model.enqueue(step.json({ status: 'needs_decomposition', summary: 'This spans three subsystems.' }));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('needs_decomposition');
    expect(out.stdout).toMatch(/Criterion 1 is too big for one change: This spans three subsystems\./);
    expect(s.repos.branches()).toEqual(['main']);
    const state = await s.state();
    expect(state.dev.result).toBe('needs_decomposition');
    expect(state.nextAction).toMatch(/\/codex plan/);
  });

  it('without acceptance criteria, one run covers the item', async () => {
    s = await devScenario({ criteria: [] });
    s.model.enqueue(...criterionSteps('all.txt', 'all'));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(threadStarts(s.model)[0]).toContain(
      'Meet acceptance criterion 1 of 1:\n\n> Resolve the issue: Add greeting helpers',
    );
    expect(s.repos.log(BRANCH)[0]).toMatch(/Criterion 1\/1: Resolve the issue: Add greeting helpers$/);
  });

  it('uses prompts.dev-auto-parallel from the default branch, values substituted verbatim', async () => {
    s = await devScenario({
      criteria: ['Add {{branch}}.txt'],
      config: 'prompts:\n  dev-auto-parallel: .github/codex/dev.md',
      files: { '.github/codex/dev.md': 'Our own developer prompt for {{branch}}.\n\n{{task}}\n' },
    });
    s.model.enqueue(...criterionSteps('one.txt', 'one'));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    expect(userTexts(s.model.requests[0]!).at(-1)).toBe(
      `Our own developer prompt for ${BRANCH}.\n\nMeet acceptance criterion 1 of 1:\n\n> Add {{branch}}.txt\n`,
    );
  });

  it('reads the overriding prompt once per job, however many runs use it', async () => {
    s = await devScenario({
      criteria: ['Add one.txt', 'Add two.txt'],
      config: 'prompts:\n  dev-auto-parallel: .github/codex/dev.md',
      files: { '.github/codex/dev.md': 'Our own developer prompt.\n\n{{task}}\n' },
    });
    s.model.enqueue(...criterionSteps('one.txt', 'one'), ...criterionSteps('two.txt', 'two'));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('complete');
    const opening = s.model.requests.filter(
      (r) => !(r.body?.input as { type?: string }[] | undefined)?.some((i) => i.type?.endsWith('_output')),
    );
    expect(opening.map((r) => userTexts(r).at(-1))).toEqual([
      'Our own developer prompt.\n\nMeet acceptance criterion 1 of 2:\n\n> Add one.txt\n',
      'Our own developer prompt.\n\nMeet acceptance criterion 2 of 2:\n\n> Add two.txt\n',
    ]);
    const reads = s.gh.calls('repos/get-content').filter((c) => c.path.endsWith('dev.md'));
    expect(reads).toHaveLength(1);
    s.gh.assertNoViolations();
  });
});
