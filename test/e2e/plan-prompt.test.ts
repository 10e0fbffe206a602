import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { step, userTexts } from '../harness/responses-server.js';
import { type PlanScenario, planScenario, plans } from './plan-env.js';

let s: PlanScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Commits the plan prompt on the default branch; returns the job's checkout step that holds other versions. */
async function configure(s: PlanScenario, template: string) {
  await s.repos.commitOnOrigin(
    'main',
    {
      '.github/codex-orchestrator.yml': 'prompts:\n  plan: .github/codex/plan.md\n',
      '.github/codex/plan.md': template,
    },
    'Custom plan prompt',
  );
  // The checkout holds other versions: only the default branch's count (DESIGN §8.10).
  return async (workspace: string) => {
    await mkdir(join(workspace, '.github/codex'), { recursive: true });
    await writeFile(join(workspace, '.github/codex-orchestrator.yml'), 'prompts:\n  plan: nowhere.md\n');
    await writeFile(join(workspace, '.github/codex/plan.md'), 'WORKSPACE VERSION {{issue}}');
  };
}

describe('plan prompt override', () => {
  it('uses prompts.plan from the default branch, substituting values verbatim', async () => {
    s = await planScenario();
    const prepare = await configure(
      s,
      'Team planner for #{{issue_number}} of {{repository}}.\n{{issue}}\n{{discussion}}\n{{clarification}}',
    );
    s.gh.issue(s.issue)!.body = 'Please keep {{repository}} and {{secret}} literally.';
    s.model.enqueue(step.json(plans.ready));
    const out = await s.run({ event: 'issues', payload: s.labeled('codex'), prepare });
    expect(out.outputs.status, out.stdout).toBe('complete');
    const prompt = userTexts(s.model.requests[0]!).at(-1)!;
    expect(prompt).toMatch(/^Team planner for #1 of acme\/widgets\./);
    expect(prompt).not.toContain('WORKSPACE VERSION');
    expect(prompt).toContain('Please keep {{repository}} and {{secret}} literally.');
    s.gh.assertNoViolations();
  });

  it('fails before any model call on an unknown placeholder, naming the known ones', async () => {
    s = await planScenario();
    const prepare = await configure(s, 'Plan {{isue}}');
    const out = await s.run({ event: 'issues', payload: s.labeled('codex'), prepare });
    expect(out.exitCode).toBe(1);
    expect(out.outputs.status).toBe('error');
    expect(out.stdout).toContain(
      "::error::The prompt template 'plan (.github/codex/plan.md on the default branch)' uses unknown placeholder {{isue}}. " +
        'Known placeholders: {{clarification}}, {{discussion}}, {{issue}}, {{issue_number}}, {{repository}}.',
    );
    expect(s.model.requests).toEqual([]);
    expect(s.writes()).toEqual([]);
  });
});
