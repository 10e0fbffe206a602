import { costUsd, flatPrice, LEGACY_PRICE, type PricingConfig } from '../agent/pricing.js';
import type { Usage } from '../agent/types.js';
import type { Config } from '../config.js';

/** A model a phase is about to run, as far as pricing goes (src/agent/runtime.ts `plannedRuns`). */
export interface PlannedRun {
  runtime: string;
  model: string | undefined;
  /** False: the model has no price, so a cost cap cannot be kept. */
  priced: boolean;
}

/**
 * Why the item may start no further model run: its token or cost cap (DESIGN §8.9) is reached by
 * what every phase has spent on it so far, or a cost cap is set and a model the phase would run
 * has no price (fail closed: a cap that cannot be measured is not kept by guessing). Undefined
 * while it may run. Checked before each run, so one run can go past a cap; the next one does not
 * start.
 */
export function itemCapReached(
  usage: Usage,
  config: Pick<Config, 'budgets' | 'pricing'>,
  planned: readonly PlannedRun[] = [],
): string | undefined {
  const tokens = usage.inputTokens + usage.outputTokens;
  const tokenCap = config.budgets['item-token-cap'];
  if (tokenCap !== null && tokens >= tokenCap) {
    return `The item has used ${tokens} tokens, reaching budgets.item-token-cap (${tokenCap}). Raise the cap or split the item, then comment /codex retry.`;
  }
  const costCap = config.budgets['item-cost-cap-usd'];
  if (costCap === null) return undefined;
  const cost = estimateCostUsd(usage, config.pricing);
  if (cost >= costCap) {
    return `The item has cost an estimated $${cost.toFixed(2)}, reaching budgets.item-cost-cap-usd ($${costCap}). Raise the cap or split the item, then comment /codex retry.`;
  }
  const unpriced = planned.find((p) => !p.priced);
  if (unpriced) {
    const which = unpriced.model
      ? `the model '${unpriced.model}' (${unpriced.runtime}) has no price`
      : `the ${unpriced.runtime} runtime's model is not known in advance (set the model input)`;
    return `budgets.item-cost-cap-usd ($${costCap}) is set, but ${which}, so the cap could not be kept: no run was started. Price it in the config (pricing.models), choose a model of the price table (README, Runtimes), or remove the cost cap.`;
  }
  return undefined;
}

/**
 * The priced part of a usage in USD: the per-run costs summed into it (each run at its model's
 * price, src/agent/pricing.ts). A usage recorded before runs were priced one by one has none and
 * is estimated as a whole at the config's flat price, else the old default price.
 */
export function estimateCostUsd(usage: Usage, pricing: PricingConfig | undefined): number {
  if (usage.costUsd !== undefined) return usage.costUsd;
  const price = flatPrice(pricing) ?? LEGACY_PRICE;
  return costUsd(price, {
    input: Math.max(0, usage.inputTokens - usage.cachedInputTokens),
    cacheRead: usage.cachedInputTokens,
    cacheWrite: 0,
    cacheWrite1h: 0,
    output: usage.outputTokens,
  });
}

/**
 * The cost for people: "est. $0.12", or, when some tokens were spent on a model without a price,
 * "cost unknown (1,234 tokens on an unpriced model; $0.12 priced)". Never $0 for an unknown cost.
 */
export function describeCost(usage: Usage, pricing: PricingConfig | undefined): string {
  const cost = estimateCostUsd(usage, pricing);
  const unpriced = usage.unpricedTokens ?? 0;
  if (unpriced === 0) return `est. $${cost.toFixed(2)}`;
  const priced = cost > 0 ? `; $${cost.toFixed(2)} priced` : '';
  return `cost unknown (${unpriced.toLocaleString('en-US')} tokens on an unpriced model${priced})`;
}

/**
 * An item's cost in a table (the dashboard, the retro): "$0.12" when every token was priced, else
 * {@link describeCost}'s "cost unknown (…; $0.12 priced)": the priced part alone is never the cost.
 */
export function costCell(costUsd: number, unpricedTokens = 0): string {
  if (unpricedTokens === 0) return `$${costUsd.toFixed(2)}`;
  return describeCost(
    {
      inputTokens: 0,
      cachedInputTokens: 0,
      outputTokens: 0,
      reasoningOutputTokens: 0,
      costUsd,
      unpricedTokens,
    },
    undefined,
  );
}
