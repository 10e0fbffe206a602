import { describe, expect, it } from 'vitest';
import {
  baseModelId,
  costUsd,
  PRICE_TABLE,
  priceOf,
  unpricedRefusal,
  withCost,
} from '../../src/agent/pricing.js';
import { plannedRuns, runtimesFor } from '../../src/agent/runtime.js';
import { addUsage, type Usage, ZERO_USAGE } from '../../src/agent/types.js';
import { defaultConfig, parseConfig } from '../../src/config.js';
import { readInputs } from '../../src/inputs.js';
import { describeCost, estimateCostUsd, itemCapReached } from '../../src/state/budget.js';

const usage = (input: number, cached: number, output: number, extra: Partial<Usage> = {}): Usage => ({
  inputTokens: input,
  cachedInputTokens: cached,
  outputTokens: output,
  reasoningOutputTokens: 0,
  ...extra,
});
const inputs = (values: Record<string, string> = {}) => readInputs((name) => values[name] ?? '');

describe('the price table', () => {
  it('prices each provider in its own terms: OpenAI cached input inside input, Anthropic cache writes apart', () => {
    const gpt = priceOf('openai', 'gpt-5.5', undefined)!;
    expect(gpt.source).toBe('price table');
    // 1M tokens in, 400K of them cached, 100K out.
    expect(withCost(usage(1_000_000, 400_000, 100_000), gpt.price).costUsd).toBeCloseTo(
      600_000 * 5e-6 + 400_000 * 0.5e-6 + 100_000 * 30e-6,
      10,
    );
    const opus = priceOf('anthropic', 'claude-opus-5-5', undefined)!.price;
    expect(
      costUsd(opus, { input: 1e6, cacheRead: 1e6, cacheWrite: 1e6, cacheWrite1h: 1e6, output: 1e6 }),
    ).toBeCloseTo(4 + 0.2 + 5 + 8 + 20, 10);
  });

  it('finds a model behind a gateway prefix, a snapshot date or a context suffix, and nothing else', () => {
    expect(baseModelId('openai/gpt-5.5-2026-10-01')).toBe('gpt-5.5');
    expect(baseModelId('claude-opus-5-5-20261001')).toBe('claude-opus-5-5');
    expect(baseModelId('claude-opus-5-5[1m]')).toBe('claude-opus-5-5');
    expect(priceOf('anthropic', 'anthropic/claude-sonnet-5-5', undefined)?.price).toBe(
      PRICE_TABLE.anthropic['claude-sonnet-5-5'],
    );
    // A near name is another model: unpriced, never a neighbour's price.
    expect(priceOf('anthropic', 'claude-sonnet-5-5-mini', undefined)).toBeUndefined();
    expect(priceOf('openai', 'gpt-5.5-pro', undefined)).toBeUndefined();
    expect(priceOf('openai', undefined, undefined)).toBeUndefined();
    // A model of one provider is not priced for the other.
    expect(priceOf('openai', 'claude-opus-5-5', undefined)).toBeUndefined();
  });

  it('takes the config first: pricing.models for any runtime, then the flat price for Codex only', () => {
    const { pricing } = parseConfig(
      'pricing:\n  input: 1\n  cached-input: 0.1\n  output: 2\n  models:\n    claude-opus-5-5: { input: 9, cached-input: 0.9, output: 99 }\n',
      'c.yml',
    );
    expect(priceOf('anthropic', 'claude-opus-5-5', pricing)).toEqual({
      price: { input: 9, cachedInput: 0.9, cacheWrite: undefined, cacheWrite1h: undefined, output: 99 },
      source: 'config pricing.models',
    });
    expect(priceOf('openai', 'gpt-5.5', pricing)).toEqual({
      price: { input: 1, cachedInput: 0.1, output: 2 },
      source: 'config pricing',
    });
    // The flat price is the form from before two runtimes: it never prices a Claude model.
    expect(priceOf('anthropic', 'claude-unlisted-9', pricing)).toBeUndefined();
    expect(priceOf('openai', 'my-own-model', pricing)?.source).toBe('config pricing');
  });

  it('counts an unpriced run as cost unknown, never $0', () => {
    const spent = withCost(usage(1000, 0, 100), undefined);
    expect(spent).toEqual({ ...usage(1000, 0, 100), costUsd: 0, unpricedTokens: 1100 });
    expect(describeCost(spent, undefined)).toBe('cost unknown (1,100 tokens on an unpriced model)');
    const mixed = addUsage(withCost(usage(1_000_000, 0, 0), PRICE_TABLE.openai['gpt-5.5']), spent);
    expect(describeCost(mixed, undefined)).toBe(
      'cost unknown (1,100 tokens on an unpriced model; $5.00 priced)',
    );
    expect(describeCost(withCost(usage(1_000_000, 0, 0), PRICE_TABLE.openai['gpt-5.5']), undefined)).toBe(
      'est. $5.00',
    );
  });

  it('refuses a run under a cost cap when the model has no price or is not known, and names the fix', () => {
    expect(unpricedRefusal('claude', 'x-1', 3, false)).toMatch(
      /item-cost-cap-usd \(\$3\) is set, but the model 'x-1' \(claude\) has no price.*pricing\.models\.x-1/,
    );
    expect(unpricedRefusal('codex', undefined, 3, false)).toMatch(
      /the codex runtime's model is not known in advance/,
    );
    expect(unpricedRefusal('codex', 'x-1', null, false)).toBeUndefined();
    expect(unpricedRefusal('codex', 'gpt-5.5', 3, true)).toBeUndefined();
  });
});

describe('usage sums', () => {
  it('add up the costs of priced runs', () => {
    const sum = addUsage(usage(10, 0, 1, { costUsd: 0.5 }), usage(20, 5, 2, { costUsd: 0.25 }));
    expect(sum).toEqual(usage(30, 5, 3, { costUsd: 0.75 }));
    expect(addUsage(ZERO_USAGE, usage(1, 0, 1, { costUsd: 0.1 }))).toEqual(usage(1, 0, 1, { costUsd: 0.1 }));
    expect(addUsage(ZERO_USAGE, ZERO_USAGE)).toEqual(ZERO_USAGE);
  });

  it('keep an item recorded before per-run costs on the old flat estimate, whole', () => {
    const old = usage(1_000_000, 0, 0); // no costUsd: written by an earlier version
    const sum = addUsage(old, usage(1_000_000, 0, 0, { costUsd: 5 }));
    expect(sum.costUsd).toBeUndefined();
    // Both millions at the old default $1.25 (or the config's flat price), as before.
    expect(estimateCostUsd(sum, undefined)).toBeCloseTo(2.5);
    expect(estimateCostUsd(sum, { input: 3, output: 15 })).toBeCloseTo(6);
  });
});

describe('the cost cap before a run', () => {
  const capped = parseConfig(
    'budgets: { item-cost-cap-usd: 2 }\nruntimes: { review: [codex, claude] }\n',
    'c.yml',
  );

  it('blocks a phase whose runtime would run an unpriced model, naming it', () => {
    const planned = plannedRuns({
      inputs: inputs({ 'claude-model': 'claude-unlisted-9' }),
      config: capped,
      phase: 'review',
    });
    expect(planned).toEqual([
      { runtime: 'codex', model: 'gpt-6.2-sol', priced: true },
      { runtime: 'claude', model: 'claude-unlisted-9', priced: false },
    ]);
    expect(itemCapReached(ZERO_USAGE, capped, planned)).toMatch(
      /the model 'claude-unlisted-9' \(claude\) has no price/,
    );
    expect(itemCapReached(ZERO_USAGE, defaultConfig(), planned)).toBeUndefined();
  });

  it('knows the pinned CLIs default models, and not those of a codex-path binary', () => {
    expect(plannedRuns({ inputs: inputs(), config: capped, phase: 'review' }).every((p) => p.priced)).toBe(
      true,
    );
    const custom = plannedRuns({
      inputs: inputs({ 'codex-path': '/opt/codex' }),
      config: capped,
      phase: 'dev',
    });
    expect(custom).toEqual([{ runtime: 'codex', model: undefined, priced: false }]);
    expect(itemCapReached(ZERO_USAGE, capped, custom)).toMatch(
      /codex runtime's model is not known in advance/,
    );
  });

  it('gives every phase that calls no model codex, and review its list', () => {
    expect(runtimesFor(capped, 'review')).toEqual(['codex', 'claude']);
    expect(runtimesFor(capped, 'scan')).toEqual(['codex']);
    expect(runtimesFor(defaultConfig(), 'plan')).toEqual(['codex']);
  });
});
