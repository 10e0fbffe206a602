import type { Config } from '../config.js';
import { estimateCostUsd } from '../state/budget.js';
import type { ItemState } from '../state/index.js';

/**
 * The retrospective's outcomes table (DESIGN §1): what became of every item the orchestrator
 * touched since the last retro, and of its pull requests. Pure: the phase reads the status
 * comments and pull requests, this counts.
 */

/** What became of one of the action's pull requests. */
export interface PullFate {
  number: number;
  /** The work item (issue number) its branch names. */
  item: number;
  state: 'open' | 'merged' | 'closed';
  /** Commits someone other than the action added to the branch before the merge (merges left out). */
  foreignCommits: number;
  /** ISO time it was merged or closed; null while open. */
  closedAt: string | null;
}

/** An item the orchestrator touched: its issue, its state from the action's status comment, its PRs. */
export interface TouchedItem {
  number: number;
  title: string;
  state: ItemState;
  pulls: PullFate[];
}

export type OutcomeResult = 'done' | 'blocked' | 'in progress' | 'waiting for a human' | 'stopped';

export interface ItemOutcome {
  item: number;
  title: string;
  result: OutcomeResult;
  /** Why it is blocked or waiting (the last timeline note, else the next action); null otherwise. */
  why: string | null;
  reviewCycles: number;
  /** The newest of its pull requests. */
  pr: PullFate | null;
  escalated: boolean;
  tokens: number;
  /** The priced part: the whole cost only when `unpricedTokens` is 0. */
  costUsd: number;
  /** Tokens spent on a model without a price (the item's cost is then unknown); absent: none. */
  unpricedTokens?: number;
}

/** The figures a retro stores for the next one's trend. */
export interface RetroFigures {
  attempted: number;
  done: number;
  blocked: number;
  /** Over the items that reached review; null when none did. */
  medianReviewCycles: number | null;
  merged: number;
  closedUnmerged: number;
  /** Merged pull requests with foreign commits, over merged pull requests; null when none merged. */
  reworkRate: number | null;
  tokens: number;
  /** The priced part: the whole cost only when `unpricedTokens` is 0 (or absent: older retros). */
  costUsd: number;
  unpricedTokens?: number;
  /** Null when nothing is done. */
  tokensPerDone: number | null;
  costPerDoneUsd: number | null;
}

const BLOCKED = new Set(['blocked', 'error', 'tests_failed']);
const WAITING = new Set(['needs_clarification', 'needs_decomposition']);

/**
 * Whether the item was worked on since `since` (any timeline line or pull request closing at or
 * after it); every touched item counts when there was no retro before.
 */
export function touchedSince(item: TouchedItem, since: string | undefined): boolean {
  if (item.state.phase === null) return false;
  if (!since) return true;
  const from = Date.parse(since);
  const after = (at: string | null) => at !== null && Date.parse(at) >= from;
  return item.state.timeline.some((t) => after(t.at)) || item.pulls.some((p) => after(p.closedAt));
}

function resultOf(item: TouchedItem): { result: OutcomeResult; why: string | null } {
  const { state } = item;
  if (state.merged || item.pulls.some((p) => p.state === 'merged')) return { result: 'done', why: null };
  const note = [...state.timeline].reverse().find((t) => t.note)?.note ?? null;
  if (state.stopped) return { result: 'stopped', why: `stopped by ${state.stopped.by}` };
  if (state.escalation && !state.escalation.approvedBy)
    return { result: 'waiting for a human', why: 'an escalation waits for /codex approve' };
  if (BLOCKED.has(state.status)) return { result: 'blocked', why: note ?? state.nextAction };
  if (WAITING.has(state.status)) return { result: 'waiting for a human', why: state.nextAction ?? note };
  return { result: 'in progress', why: null };
}

const newest = (pulls: readonly PullFate[]) =>
  pulls.reduce<PullFate | null>((a, p) => (a === null || p.number > a.number ? p : a), null);

/** One row of the table per item. */
export function itemOutcome(item: TouchedItem, pricing: Config['pricing']): ItemOutcome {
  const u = item.state.usage;
  return {
    item: item.number,
    title: item.title,
    ...resultOf(item),
    reviewCycles: item.state.reviewCycle,
    pr: newest(item.pulls),
    escalated: item.state.escalation !== null,
    tokens: u.inputTokens + u.outputTokens,
    costUsd: estimateCostUsd(u, pricing),
    ...(u.unpricedTokens ? { unpricedTokens: u.unpricedTokens } : {}),
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The totals over the rows and every pull request of the touched items. */
export function retroFigures(outcomes: readonly ItemOutcome[], pulls: readonly PullFate[]): RetroFigures {
  const done = outcomes.filter((o) => o.result === 'done').length;
  const merged = pulls.filter((p) => p.state === 'merged');
  const reviewed = outcomes.filter((o) => o.reviewCycles > 0 || o.pr !== null).map((o) => o.reviewCycles);
  const tokens = outcomes.reduce((n, o) => n + o.tokens, 0);
  const costUsd = outcomes.reduce((n, o) => n + o.costUsd, 0);
  const unpricedTokens = outcomes.reduce((n, o) => n + (o.unpricedTokens ?? 0), 0);
  return {
    attempted: outcomes.length,
    done,
    blocked: outcomes.filter((o) => o.result === 'blocked').length,
    medianReviewCycles: median(reviewed),
    merged: merged.length,
    closedUnmerged: pulls.filter((p) => p.state === 'closed').length,
    reworkRate:
      merged.length === 0 ? null : merged.filter((p) => p.foreignCommits > 0).length / merged.length,
    tokens,
    costUsd,
    ...(unpricedTokens > 0 ? { unpricedTokens } : {}),
    tokensPerDone: done === 0 ? null : Math.round(tokens / done),
    costPerDoneUsd: done === 0 ? null : costUsd / done,
  };
}

/**
 * Items whose newest pull request was closed without a merge while the item is not done: the
 * work was abandoned, and whatever waits for it is stuck (see findBlockedByAbandoned).
 */
export function abandonedItems(items: readonly TouchedItem[]): Map<number, number> {
  const found = new Map<number, number>();
  for (const item of items) {
    const pr = newest(item.pulls);
    if (pr?.state === 'closed' && !item.state.merged) found.set(item.number, pr.number);
  }
  return found;
}
