// The plan phase on the claude runtime (config `runtimes: { plan: claude }`): the real `claude`
// binary plans the issue, the plan lands in the status comment with its cost; with a cost cap and
// an unpriced model, the phase is blocked before any model call.
import { afterEach, describe, expect, it } from 'vitest';
import { claudeStep, userTexts } from '../harness/anthropic-server.js';
import { useClaude } from '../harness/claude-scenario.js';
import { type PlanScenario, planScenario, plans } from './plan-env.js';

let s: PlanScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('plan phase on the claude runtime', () => {
  it('plans the issue with Claude Code and records the plan, the usage and its cost', async () => {
    s = await planScenario();
    const claude = await useClaude(s, 'runtimes:\n  plan: claude\n');
    claude.model.enqueue(claudeStep.structured(plans.ready, { input: 2000, cacheRead: 1000, output: 300 }));
    const out = await s.run({ event: 'issues', payload: s.labeled('codex') });

    expect(out.exitCode, out.stdout).toBeUndefined();
    expect(out.outputs.status).toBe('complete');
    expect(JSON.parse(out.outputs.plan!)).toMatchObject({ status: 'ready', summary: plans.ready.summary });
    expect(s.model.requests).toEqual([]);
    expect(claude.model.requests).toHaveLength(1);
    // The issue went to the model without its HTML comment (DESIGN §8.2), whatever the runtime.
    const prompt = userTexts(claude.model.requests[0]!).join('\n');
    expect(prompt).toContain('Export the report.');
    expect(prompt).not.toContain('the model must not see this');

    const state = s.state();
    expect(state.plan?.summary).toBe(plans.ready.summary);
    // Opus 5.5: 2,000 uncached at $4, 1,000 cached at $0.20, 300 out at $20 per million.
    const cost = (2000 * 4 + 1000 * 0.2 + 300 * 20) / 1e6;
    expect(state.usage).toEqual({
      inputTokens: 3000,
      cachedInputTokens: 1000,
      outputTokens: 300,
      reasoningOutputTokens: 0,
      costUsd: expect.closeTo(cost, 10),
    });
    expect(s.statusComments()[0]!.body).toContain(`· est. $${cost.toFixed(2)}`);
  });

  it('is blocked before any model call when a cost cap is set and the model has no price', async () => {
    s = await planScenario();
    const claude = await useClaude(s, 'runtimes:\n  plan: claude\nbudgets:\n  item-cost-cap-usd: 2\n');
    const out = await s.run({
      event: 'issues',
      payload: s.labeled('codex'),
      inputs: { 'claude-model': 'claude-unlisted-9' },
    });
    expect(out.outputs.status).toBe('blocked');
    expect(out.stdout).toMatch(
      /budgets\.item-cost-cap-usd \(\$2\) is set, but the model 'claude-unlisted-9' \(claude\) has no price/,
    );
    expect(claude.model.requests).toEqual([]);
    expect(s.state().status).toBe('blocked');
  });
});
