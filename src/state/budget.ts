import type { Usage } from '../agent/types.js';
import type { Config } from '../config.js';

/**
 * Why the item may start no further model run: its token or cost cap (DESIGN §8.9) is reached by
 * what every phase has spent on it so far. Undefined while it is under both. Checked before each
 * run, so one run can go past a cap; the next one does not start.
 */
export function itemCapReached(
  usage: Usage,
  config: Pick<Config, 'budgets' | 'pricing'>,
): string | undefined {
  const tokens = usage.inputTokens + usage.outputTokens;
  const tokenCap = config.budgets['item-token-cap'];
  if (tokenCap !== null && tokens >= tokenCap) {
    return `The item has used ${tokens} tokens, reaching budgets.item-token-cap (${tokenCap}). Raise the cap or split the item, then comment /codex retry.`;
  }
  const costCap = config.budgets['item-cost-cap-usd'];
  const cost = estimateCostUsd(usage, config.pricing);
  if (costCap !== null && cost >= costCap) {
    return `The item has cost an estimated $${cost.toFixed(2)}, reaching budgets.item-cost-cap-usd ($${costCap}). Raise the cap or split the item, then comment /codex retry.`;
  }
  return undefined;
}

/** Estimated cost in USD from published per-million-token prices (cached input is cheaper). */
export function estimateCostUsd(usage: Usage, pricing: Config['pricing']): number {
  const uncached = Math.max(0, usage.inputTokens - usage.cachedInputTokens);
  return (
    (uncached * pricing.input +
      usage.cachedInputTokens * pricing['cached-input'] +
      usage.outputTokens * pricing.output) /
    1_000_000
  );
}
