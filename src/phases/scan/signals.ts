import type { QueuePhase } from '../../backlog/queue.js';
import type { ItemState } from '../../state/index.js';

/**
 * What an item's status comment says to the scan (DESIGN §6): free to start (and with which
 * phase), held by a run, waiting for a human, stopped or done. Pure, so every mapping is a unit
 * test. Labels are for people; the status comment is the source of truth.
 */
export type Hold =
  | { kind: 'free'; phase: QueuePhase }
  | { kind: 'in_progress'; why: string }
  | { kind: 'waiting'; reason: string }
  | { kind: 'stopped'; by: string }
  | { kind: 'done' };

export interface HoldClock {
  /** Epoch ms of this scan. */
  now: number;
  /** budgets.phase-timeout-minutes in ms. */
  timeoutMs: number;
}

const ms = (iso: string) => Date.parse(iso);

/** The scan's claim, while no run has started behind it (no timeline entry newer than the claim). */
export function activeClaim(state: ItemState): ItemState['claim'] {
  const claim = state.claim;
  if (!claim) return null;
  const at = ms(claim.at);
  return state.timeline.some((e) => ms(e.at) > at) ? null : claim;
}

/** An active claim older than the phase timeout: the dispatched run never started. */
export function staleClaim(state: ItemState, clock: HoldClock): ItemState['claim'] {
  const claim = activeClaim(state);
  return claim && clock.now - ms(claim.at) > clock.timeoutMs ? claim : null;
}

/**
 * A run that started this long ago and never recorded an end has died (a job is cut at the phase
 * timeout; twice that leaves room for a slow runner): the item waits for `/codex retry` rather
 * than holding the serial queue forever.
 */
const DEAD_RUN_FACTOR = 2;

const lastEntry = (state: ItemState) => state.timeline.at(-1);

const waiting = (reason: string): Hold => ({ kind: 'waiting', reason });

/** The hold of an item from its state. A stale claim is the caller's to release first. */
export function holdOf(state: ItemState, clock: HoldClock): Hold {
  if (state.stopped) return { kind: 'stopped', by: state.stopped.by };
  if (state.merged) return { kind: 'done' };
  const claim = activeClaim(state);
  if (claim) return { kind: 'in_progress', why: `claimed for ${claim.phase} by ${claim.runUrl}` };
  const escalation = state.escalation;
  if (escalation && !escalation.approvedBy)
    return waiting('escalation held: a person with write access reviews it and comments /codex approve');
  const phase = state.phase ?? 'plan';
  const next = state.nextAction;
  switch (state.status) {
    case 'new':
    case 'skipped':
      return { kind: 'free', phase: state.plan && state.approval ? 'dev' : 'plan' };
    case 'running': {
      const started = lastEntry(state)?.at;
      if (started && clock.now - ms(started) > DEAD_RUN_FACTOR * clock.timeoutMs)
        return waiting(
          `the ${phase} run started at ${started} never finished; check its log, then comment /codex retry`,
        );
      return { kind: 'in_progress', why: `${phase} is running` };
    }
    case 'cancelled':
      return waiting(`the ${phase} run was cancelled; comment /codex retry`);
    case 'needs_clarification':
      return waiting('questions open (needs clarification)');
    case 'needs_decomposition':
      return waiting(next ?? 'split into sub-issues: comment /codex plan once they are done');
    case 'blocked':
    case 'error':
    case 'tests_failed':
      return waiting(`${state.status.replace('_', ' ')} in ${phase}: ${next ?? 'see the status comment'}`);
    case 'complete':
      // An approved plan goes to dev; the approval itself dispatched it, and a dispatch that was
      // lost (or turned off) is made good here. Dev is safe to run twice.
      if (phase === 'plan' && state.approval) return { kind: 'free', phase: 'dev' };
      if (phase === 'plan' && next) return waiting(`approval pending: ${next}`);
      return next ? waiting(next) : { kind: 'in_progress', why: `${phase} finished; the next phase runs` };
    case 'pass':
      return waiting(next ?? 'a person reviews and merges the pull request');
    default:
      return next ? waiting(next) : { kind: 'in_progress', why: `${phase}: ${state.status}` };
  }
}

/** How an item's last run counts towards the early exit. */
export type Outcome = 'failure' | 'success' | 'neutral';

/**
 * Blocked, error and failed tests are failures; a human's stop, questions, an escalation hold and
 * anything still running are not; a finished phase or a merge is a success.
 */
export function outcomeOf(state: ItemState): Outcome {
  if (state.stopped) return 'neutral';
  if (state.merged) return 'success';
  if (state.escalation && !state.escalation.approvedBy) return 'neutral';
  if (state.status === 'blocked' || state.status === 'error' || state.status === 'tests_failed')
    return 'failure';
  if (state.status === 'complete' || state.status === 'pass') return 'success';
  return 'neutral';
}

/** One item's last result, at the time of its last timeline entry. */
export interface OutcomeEvent {
  /** The item as people know it: `#12`. */
  item: string;
  at: string;
  outcome: Outcome;
  /** Why, for the stop issue. */
  note: string;
}

/** The event of an item's state (undefined before any phase ran). */
export function outcomeEvent(item: string, state: ItemState): OutcomeEvent | undefined {
  const last = lastEntry(state);
  if (!last) return undefined;
  const note = state.nextAction ?? last.note ?? state.status;
  return { item, at: last.at, outcome: outcomeOf(state), note };
}

/**
 * The failures in a row, newest first: from the newest event back to the first success, ignoring
 * neutral ones and anything before `since` (when the last stop issue was closed: closing it lifts
 * the stop, so what failed before does not count again).
 */
export function failuresInARow(events: readonly OutcomeEvent[], since?: string): OutcomeEvent[] {
  const sorted = [...events]
    .filter((e) => since === undefined || ms(e.at) > ms(since))
    .sort((a, b) => ms(b.at) - ms(a.at));
  const failures: OutcomeEvent[] = [];
  for (const event of sorted) {
    if (event.outcome === 'success') break;
    if (event.outcome === 'failure') failures.push(event);
  }
  return failures;
}
