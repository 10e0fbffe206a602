import { type BilledTokens, costUsd, type ModelPrice } from '../pricing.js';
import type { Usage } from '../types.js';
import type { ClaudeModelUsage, ClaudeResult } from './events.js';

/**
 * Claude Code reports `result.usage` per invocation but `modelUsage` and `total_cost_usd`
 * cumulated over a session across resumes (the reverse of Codex). A meter keeps each session's
 * last totals so that every run is reported as a delta: tokens from `result.usage`, the cost from
 * our price table applied to each model's share of the run, and Claude Code's own list-price figure
 * (`total_cost_usd`) as a delta for the log only: it is not billing truth.
 */
export class SessionMeter {
  private readonly totals = new Map<string, { models: Record<string, ClaudeModelUsage>; costUsd: number }>();

  /**
   * Measures one run and remembers its session's totals. `resumed`: the run continued an earlier
   * session; `priceOf` gives a model's price (undefined: unpriced); `model` is the run's model.
   */
  measure(o: {
    sessionId: string | undefined;
    resumed: boolean;
    result: ClaudeResult | undefined;
    priceOf: (model: string | undefined) => ModelPrice | undefined;
    model: string | undefined;
  }): { usage: Usage; costUsd: number | null; listCostUsd: number | undefined } {
    const { result, sessionId } = o;
    if (!result) return { usage: zero(), costUsd: 0, listCostUsd: undefined };
    const before = sessionId ? this.totals.get(sessionId) : undefined;
    const shares = Object.entries(result.modelUsage)
      .map(([model, now]) => ({
        model,
        tokens: minus(billed(now), before ? billed(before.models[model]) : NONE),
      }))
      .filter((s) => total(s.tokens) > 0);
    if (sessionId)
      this.totals.set(sessionId, { models: result.modelUsage, costUsd: result.total_cost_usd ?? 0 });
    const listCostUsd =
      result.total_cost_usd === undefined
        ? undefined
        : Math.max(0, result.total_cost_usd - (before?.costUsd ?? 0));
    // A session resumed without its earlier totals here, or a result without modelUsage: the
    // run's own usage, at the run's model.
    const known = before !== undefined || !o.resumed;
    const parts =
      known && shares.length > 0 ? shares : [{ model: o.model ?? '', tokens: billedOfResult(result) }];
    let cost = 0;
    let unpricedTokens = 0;
    for (const part of parts) {
      const price = o.priceOf(part.model || undefined);
      if (price) cost += costUsd(price, part.tokens);
      else unpricedTokens += total(part.tokens);
    }
    const usage: Usage = { ...usageOf(result), costUsd: cost };
    if (unpricedTokens > 0) usage.unpricedTokens = unpricedTokens;
    return { usage, costUsd: unpricedTokens > 0 ? null : cost, listCostUsd };
  }
}

const NONE: BilledTokens = { input: 0, cacheRead: 0, cacheWrite: 0, cacheWrite1h: 0, output: 0 };

const zero = (): Usage => ({
  inputTokens: 0,
  cachedInputTokens: 0,
  outputTokens: 0,
  reasoningOutputTokens: 0,
  costUsd: 0,
});

/** Anthropic's input excludes cache reads and writes; ours includes them (OpenAI's convention). */
function usageOf(result: ClaudeResult): Usage {
  const u = result.usage;
  if (!u) return zero();
  return {
    inputTokens: u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens,
    cachedInputTokens: u.cache_read_input_tokens,
    outputTokens: u.output_tokens,
    reasoningOutputTokens: u.output_tokens_details?.thinking_tokens ?? 0,
  };
}

function billedOfResult(result: ClaudeResult): BilledTokens {
  const u = result.usage;
  if (!u) return NONE;
  return split(
    u.input_tokens,
    u.cache_read_input_tokens,
    u.cache_creation_input_tokens,
    u.cache_creation?.ephemeral_1h_input_tokens ?? 0,
    u.output_tokens,
  );
}

function billed(m: ClaudeModelUsage | undefined): BilledTokens {
  if (!m) return NONE;
  return split(
    m.inputTokens,
    m.cacheReadInputTokens,
    m.cacheCreationInputTokens,
    m.cacheCreationEphemeral1hInputTokens,
    m.outputTokens,
  );
}

/** Cache writes are 5-minute ones unless counted as 1-hour ones. */
const split = (
  input: number,
  read: number,
  writes: number,
  writes1h: number,
  output: number,
): BilledTokens => ({
  input,
  cacheRead: read,
  cacheWrite: Math.max(0, writes - writes1h),
  cacheWrite1h: Math.min(writes, writes1h),
  output,
});

const minus = (a: BilledTokens, b: BilledTokens): BilledTokens => ({
  input: Math.max(0, a.input - b.input),
  cacheRead: Math.max(0, a.cacheRead - b.cacheRead),
  cacheWrite: Math.max(0, a.cacheWrite - b.cacheWrite),
  cacheWrite1h: Math.max(0, a.cacheWrite1h - b.cacheWrite1h),
  output: Math.max(0, a.output - b.output),
});

const total = (t: BilledTokens): number => t.input + t.cacheRead + t.cacheWrite + t.cacheWrite1h + t.output;
