import type { ItemUsage } from '../../backlog/dashboard.js';
import { combineSignals, type QueueSignals } from '../../backlog/queue.js';
import type { Config } from '../../config.js';
import { LIFECYCLE } from '../../github/labels.js';
import { estimateCostUsd } from '../../state/budget.js';
import type { ItemState } from '../../state/index.js';
import { labelSignals } from '../../tracker/github/backlog.js';
import type { ReadState, ScanBacklog } from './backlog.js';
import { type Hold, type HoldClock, holdOf, type OutcomeEvent, outcomeEvent, staleClaim } from './signals.js';

/** What the status comments say about the backlog, ready for computeQueue and the dashboard. */
export interface StateView {
  holds: Map<string, Hold>;
  signals: QueueSignals;
  usage: Map<string, ItemUsage>;
  events: OutcomeEvent[];
  /** Claims to release: the run they dispatched never started. */
  stale: { id: string; number: number; state: ItemState }[];
}

const has = (labels: readonly string[], name: string) =>
  labels.some((l) => l.toLowerCase() === name.toLowerCase());

/**
 * Folds the read states into holds. It also corrects each item's status where the status comment
 * knows better than the labels a GitHub item's status came from (a released claim leaves an
 * `in-progress` label behind; a merge is done whatever the labels say).
 */
export function stateView(
  backlog: ScanBacklog,
  states: ReadonlyMap<string, ReadState>,
  clock: HoldClock,
  config: Pick<Config, 'labels' | 'pricing'>,
): StateView {
  const prefix = config.labels.prefix;
  const stop = LIFECYCLE(prefix).stop;
  const holds = new Map<string, Hold>();
  const usage = new Map<string, ItemUsage>();
  const events: OutcomeEvent[] = [];
  const stale: StateView['stale'] = [];
  for (const item of backlog.items) {
    const issue = backlog.issues.get(item.id);
    if (!issue) continue;
    if (issue.state === 'closed' && backlog.source === 'docs') {
      // A mirror closed without its file marked done: a person closed it; the item is not
      // mirrored a second time, and waits for the file (or the issue) to say what to do.
      holds.set(item.id, {
        kind: 'waiting',
        reason: `its issue #${issue.number} is closed: reopen it, or set the file's status`,
      });
      continue;
    }
    if (has(issue.labels, stop)) {
      holds.set(item.id, { kind: 'stopped', by: `the label ${stop}` });
      continue;
    }
    const read = states.get(item.id);
    if (!read || read.kind === 'none') continue;
    if (read.kind === 'unreadable') {
      holds.set(item.id, { kind: 'waiting', reason: `its status comment cannot be read: ${read.message}` });
      continue;
    }
    let state = read.state;
    if (staleClaim(state, clock)) {
      stale.push({ id: item.id, number: issue.number, state });
      state = { ...state, claim: null };
    }
    const hold = holdOf(state, clock);
    holds.set(item.id, hold);
    if (hold.kind === 'done') item.status = 'done';
    else if (hold.kind === 'free' && backlog.source === 'github') item.status = 'open';
    const tokens = state.usage.inputTokens + state.usage.outputTokens;
    if (tokens > 0)
      usage.set(item.id, {
        tokens,
        costUsd: estimateCostUsd(state.usage, config.pricing),
        ...(state.usage.unpricedTokens ? { unpricedTokens: state.usage.unpricedTokens } : {}),
      });
    const event = outcomeEvent(`#${issue.number}`, state);
    if (event) events.push(event);
  }
  const fromStates: QueueSignals = {
    claimed: (item) => holds.get(item.id)?.kind === 'in_progress',
    stopped: (item) => holds.get(item.id)?.kind === 'stopped',
    waitingForHuman: (item) => {
      const hold = holds.get(item.id);
      return hold?.kind === 'waiting' ? hold.reason : undefined;
    },
    nextPhase: (item) => {
      const hold = holds.get(item.id);
      return hold?.kind === 'free' ? hold.phase : 'plan';
    },
  };
  return { holds, signals: combineSignals(fromStates, labelSignals(prefix)), usage, events, stale };
}
