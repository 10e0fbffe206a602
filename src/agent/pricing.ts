import type { Usage } from './types.js';

/** Who bills the tokens: the Codex runtime talks to OpenAI's Responses API, Claude Code to Anthropic's. */
export type Provider = 'openai' | 'anthropic';

/** USD per million tokens. */
export interface ModelPrice {
  input: number;
  /** A prompt-cache read. */
  cachedInput: number;
  /** A prompt-cache write (Anthropic's 5-minute cache); absent: billed as input. */
  cacheWrite?: number;
  /** A 1-hour prompt-cache write (Anthropic); absent: `cacheWrite`. */
  cacheWrite1h?: number;
  output: number;
}

/**
 * Standard (short-context, not batch, not fast-mode) list prices of the models the two runtimes use,
 * from the providers' pricing pages as of 2026-12. A model that is not here is unpriced (its cost is
 * unknown, not 0) unless the config prices it (`pricing.models`). Long-context surcharges (OpenAI
 * above 272K input tokens, Haiku 5.5 above 100K) are not modelled: such runs are underestimated.
 */
export const PRICE_TABLE: Readonly<Record<Provider, Readonly<Record<string, ModelPrice>>>> = {
  openai: {
    'gpt-6.2-sol': { input: 2, cachedInput: 0.1, output: 10 },
    'gpt-6.1-sol': { input: 2, cachedInput: 0.1, output: 10 },
    'gpt-6-sol': { input: 2, cachedInput: 0.2, output: 10 },
    'gpt-6-luna': { input: 0.1, cachedInput: 0.01, output: 0.5 },
    'gpt-5.6-sol': { input: 5, cachedInput: 0.5, output: 30 },
    'gpt-5.6-terra': { input: 2.5, cachedInput: 0.25, output: 15 },
    'gpt-5.6-luna': { input: 1, cachedInput: 0.1, output: 6 },
    'gpt-5.5': { input: 5, cachedInput: 0.5, output: 30 },
  },
  anthropic: {
    'claude-fable-5-1': { input: 10, cachedInput: 0.25, cacheWrite: 12.5, cacheWrite1h: 20, output: 50 },
    'claude-opus-5-5': { input: 4, cachedInput: 0.2, cacheWrite: 5, cacheWrite1h: 8, output: 20 },
    'claude-opus-5': { input: 5, cachedInput: 0.5, cacheWrite: 6.25, cacheWrite1h: 10, output: 25 },
    'claude-sonnet-5-5': { input: 2, cachedInput: 0.1, cacheWrite: 2.5, cacheWrite1h: 4, output: 10 },
    'claude-sonnet-5': { input: 2, cachedInput: 0.2, cacheWrite: 2.5, cacheWrite1h: 4, output: 10 },
    'claude-haiku-5-5': { input: 0.1, cachedInput: 0.01, cacheWrite: 0.125, cacheWrite1h: 0.2, output: 0.5 },
  },
};

/** The price of every Codex run before models were priced one by one (the old `pricing` default). */
export const LEGACY_PRICE: ModelPrice = { input: 1.25, cachedInput: 0.125, output: 10 };

/** The config's `pricing` (src/config.ts), as far as prices are concerned. */
export interface PricingConfig {
  /** The flat price (all three or none): every Codex run's, whatever its model. */
  input?: number;
  'cached-input'?: number;
  output?: number;
  /** Prices of named models, for any runtime. */
  models?: Readonly<
    Record<
      string,
      {
        input: number;
        'cached-input': number;
        'cache-write'?: number;
        'cache-write-1h'?: number;
        output: number;
      }
    >
  >;
}

/** Where a model's price came from, for the log: people should see when a price is their own. */
export type PriceSource = 'config pricing.models' | 'config pricing' | 'price table';

/** A model's id without what gateways and snapshots add: `openai/`, `-2026-10-01`, `-20261001`, `[1m]`. */
export function baseModelId(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/^[a-z0-9-]+\//, '')
    .replace(/\[[^\]]*\]$/, '')
    .replace(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, '');
}

/**
 * The price of a model, in this order: `pricing.models.<model>` of the config, then (Codex only)
 * the config's flat `pricing`, then the price table. Undefined: the model is unpriced.
 */
export function priceOf(
  provider: Provider,
  model: string | undefined,
  config: PricingConfig | undefined,
): { price: ModelPrice; source: PriceSource } | undefined {
  const named = model === undefined ? undefined : lookup(config?.models ?? {}, model);
  if (named) {
    return {
      price: {
        input: named.input,
        cachedInput: named['cached-input'],
        cacheWrite: named['cache-write'],
        cacheWrite1h: named['cache-write-1h'],
        output: named.output,
      },
      source: 'config pricing.models',
    };
  }
  const flat = flatPrice(config);
  if (provider === 'openai' && flat) return { price: flat, source: 'config pricing' };
  const listed = model === undefined ? undefined : lookup(PRICE_TABLE[provider], model);
  return listed ? { price: listed, source: 'price table' } : undefined;
}

/** The config's flat price, when it sets one. */
export function flatPrice(config: PricingConfig | undefined): ModelPrice | undefined {
  if (config?.input === undefined || config.output === undefined) return undefined;
  return { input: config.input, cachedInput: config['cached-input'] ?? config.input, output: config.output };
}

function lookup<P>(prices: Readonly<Record<string, P>>, model: string): P | undefined {
  if (Object.hasOwn(prices, model)) return prices[model];
  const base = baseModelId(model);
  const key = Object.keys(prices).find((k) => baseModelId(k) === base);
  return key === undefined ? undefined : prices[key];
}

/** Token counts as a bill splits them: each token in exactly one class. */
export interface BilledTokens {
  /** Input neither read from nor written to the cache. */
  input: number;
  cacheRead: number;
  cacheWrite: number;
  cacheWrite1h: number;
  output: number;
}

/** The cost in USD of `tokens` at `price`. */
export function costUsd(price: ModelPrice, tokens: BilledTokens): number {
  const write = price.cacheWrite ?? price.input;
  return (
    (tokens.input * price.input +
      tokens.cacheRead * price.cachedInput +
      tokens.cacheWrite * write +
      tokens.cacheWrite1h * (price.cacheWrite1h ?? write) +
      tokens.output * price.output) /
    1_000_000
  );
}

/** A usage in OpenAI's terms (cached tokens are part of the input) as bill classes. */
export const billedFromUsage = (u: Usage): BilledTokens => ({
  input: Math.max(0, u.inputTokens - u.cachedInputTokens),
  cacheRead: u.cachedInputTokens,
  cacheWrite: 0,
  cacheWrite1h: 0,
  output: u.outputTokens,
});

/**
 * `usage` with its cost: priced at `price`, or, without one, cost 0 plus every token counted as
 * unpriced (so a sum shows the cost as unknown rather than as $0).
 */
export function withCost(
  usage: Usage,
  price: ModelPrice | undefined,
  tokens = billedFromUsage(usage),
): Usage {
  const { costUsd: _cost, unpricedTokens: _unpriced, ...counts } = usage;
  if (price) return { ...counts, costUsd: costUsd(price, tokens) };
  const unpriced = usage.inputTokens + usage.outputTokens;
  return unpriced > 0 ? { ...counts, costUsd: 0, unpricedTokens: unpriced } : { ...counts, costUsd: 0 };
}

/** Why a run may not start: a cost cap is set and the model has no price (fail closed). */
export function unpricedRefusal(
  runtime: string,
  model: string | undefined,
  costCapUsd: number | null | undefined,
  priced: boolean,
): string | undefined {
  if (costCapUsd === null || costCapUsd === undefined || priced) return undefined;
  const which =
    model === undefined
      ? `the ${runtime} runtime's model is not known in advance (no model input, and no default known for this CLI version)`
      : `the model '${model}' (${runtime}) has no price`;
  return (
    `budgets.item-cost-cap-usd ($${costCapUsd}) is set, but ${which}, so the cap could not be kept: the run was not started. ` +
    `Fix: price it in the config (pricing.models.${model ?? '<model>'}: { input, cached-input, output } in USD per million tokens), ` +
    'choose a model of the price table (README, Runtimes), or remove the cost cap.'
  );
}
