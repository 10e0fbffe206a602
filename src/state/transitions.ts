import { addUsage, type Usage } from '../agent/types.js';
import type { ItemState, ItemStatus, StatePhase, TimelineEntry } from './schema.js';

/** Timeline entries kept in the state; older ones are dropped so the comment stays small. */
export const TIMELINE_LIMIT = 30;

/** Results that count towards `consecutiveFailures` (and the scan's early exit). */
const FAILURES: ReadonlySet<ItemStatus> = new Set(['error', 'blocked', 'tests_failed']);
/** Results that show the item moved forward, which resets `consecutiveFailures`. */
const PROGRESS: ReadonlySet<ItemStatus> = new Set(['complete', 'pass', 'changes_required']);

interface When {
  runUrl?: string;
  /** Injected by tests; defaults to the current time. */
  now?: Date;
}

const isoNow = (now?: Date) => (now ?? new Date()).toISOString();

function pushTimeline(state: ItemState, entry: TimelineEntry): TimelineEntry[] {
  return [...state.timeline, entry].slice(-TIMELINE_LIMIT);
}

/**
 * Marks a phase as running: `attempt` counts consecutive starts of the same phase, and a
 * `running` line is added to the timeline (replaced by finishPhase).
 */
export function startPhase(state: ItemState, phase: StatePhase, when: When = {}): ItemState {
  return {
    ...state,
    phase,
    status: 'running',
    attempt: state.phase === phase ? state.attempt + 1 : 1,
    timeline: pushTimeline(state, {
      phase,
      status: 'running',
      at: isoNow(when.now),
      runUrl: when.runUrl ?? null,
      note: null,
    }),
  };
}

/**
 * Records a phase's result. The phase's `running` line becomes the result line, so the timeline
 * shows one line per run. `nextAction` replaces what a human must do next (null: nothing).
 */
export function finishPhase(
  state: ItemState,
  phase: StatePhase,
  status: ItemStatus,
  details: When & { note?: string; nextAction: string | null },
): ItemState {
  const entry: TimelineEntry = {
    phase,
    status,
    at: isoNow(details.now),
    runUrl: details.runUrl ?? null,
    note: details.note ?? null,
  };
  const last = state.timeline.at(-1);
  const timeline =
    last && last.phase === phase && last.status === 'running'
      ? [...state.timeline.slice(0, -1), { ...entry, runUrl: entry.runUrl ?? last.runUrl }]
      : pushTimeline(state, entry);
  let consecutiveFailures = state.consecutiveFailures;
  if (FAILURES.has(status)) consecutiveFailures += 1;
  else if (PROGRESS.has(status)) consecutiveFailures = 0;
  return { ...state, phase, status, timeline, consecutiveFailures, nextAction: details.nextAction };
}

/** Adds one run's usage to the item's total. */
export function addItemUsage(state: ItemState, usage: Usage): ItemState {
  return { ...state, usage: addUsage(state.usage, usage) };
}

/**
 * Replaces the criteria with a new plan's, keeping progress on criteria whose text did not change
 * (a re-plan after partial dev work must not forget what was already committed).
 */
export function replaceCriteria(state: ItemState, texts: readonly string[]): ItemState {
  const previous = new Map(state.criteria.map((c) => [normalise(c.text), c]));
  const criteria = texts.map((text) => {
    const old = previous.get(normalise(text));
    return { text, done: old?.done ?? false, commit: old?.commit ?? null };
  });
  return { ...state, criteria };
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Adds a `control` line to the timeline (an approval, a stop) without changing the item's phase
 * or status, so that `/codex retry` still knows which phase ran last.
 */
export function noteEvent(state: ItemState, note: string, runUrl?: string, now?: Date): ItemState {
  return {
    ...state,
    timeline: pushTimeline(state, {
      phase: 'control',
      status: 'complete',
      at: isoNow(now),
      runUrl: runUrl ?? null,
      note,
    }),
  };
}
