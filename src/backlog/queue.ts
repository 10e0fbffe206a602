import type { Dag } from './dag.js';
import {
  compareIds,
  type ItemStatus,
  isResolved,
  type Milestone,
  PRIORITIES,
  type WorkItem,
} from './model.js';

/**
 * The queue (DESIGN §6): every item in exactly one state, and the ready ones in a stable linear
 * order — priority, then milestone, then creation order, then id.
 */

/** The phase a dispatched item starts with. */
export type QueuePhase = 'plan' | 'dev';

/**
 * What the status comments say about items; the source files do not know it. A scan builds this
 * from the items' status comments (and labels); the CLI and tests pass what they need.
 */
export interface QueueSignals {
  /** A run holds the item (a claim not yet released). */
  claimed(item: WorkItem): boolean;
  /** A human stopped the item (`codex:stop`, `/codex stop`). */
  stopped(item: WorkItem): boolean;
  /** Why a human must act first (questions open, approval pending, escalation held), else undefined. */
  waitingForHuman(item: WorkItem): string | undefined;
  /** `dev` for an item whose plan is approved; `plan` otherwise (the default). */
  nextPhase?(item: WorkItem): QueuePhase;
}

/** Nothing claimed, stopped or waiting: what a backlog looks like to a first scan. */
export const NO_SIGNALS: QueueSignals = {
  claimed: () => false,
  stopped: () => false,
  waitingForHuman: () => undefined,
};

/** Signals from sets of ids, for the CLI and tests. */
export function signalsFrom(sets: {
  claimed?: Iterable<string>;
  stopped?: Iterable<string>;
  waiting?: Iterable<readonly [string, string]>;
  dev?: Iterable<string>;
}): QueueSignals {
  const claimed = new Set(sets.claimed);
  const stopped = new Set(sets.stopped);
  const waiting = new Map(sets.waiting);
  const dev = new Set(sets.dev);
  return {
    claimed: (item) => claimed.has(item.id),
    stopped: (item) => stopped.has(item.id),
    waitingForHuman: (item) => waiting.get(item.id),
    nextPhase: (item) => (dev.has(item.id) ? 'dev' : 'plan'),
  };
}

/** Signals that hold an item when any of the given ones does (status comments and labels, say). */
export function combineSignals(...all: QueueSignals[]): QueueSignals {
  return {
    claimed: (item) => all.some((s) => s.claimed(item)),
    stopped: (item) => all.some((s) => s.stopped(item)),
    waitingForHuman: (item) => all.map((s) => s.waitingForHuman(item)).find((r) => r !== undefined),
    nextPhase: (item) => (all.some((s) => s.nextPhase?.(item) === 'dev') ? 'dev' : 'plan'),
  };
}

export type ItemState = 'done' | 'stopped' | 'waiting' | 'in_progress' | 'blocked' | 'ready';

/** A blocker of an item, resolved or not, for "blocked by what". */
export interface BlockerInfo {
  id: string;
  title: string;
  status: ItemStatus;
  /** Outside the backlog (a GitHub issue without the opt-in label, say). */
  external: boolean;
  /** Names nothing known (a typo, a deleted file, an issue that does not exist): never resolved. */
  unknown?: true;
}

export interface QueueEntry {
  item: WorkItem;
  phase: QueuePhase;
}

export interface BlockedEntry {
  item: WorkItem;
  /** The blockers not yet done, in order; empty when the item itself is marked blocked. */
  blockers: BlockerInfo[];
  reason: string;
}

export interface BacklogView {
  /** The ready items, in dispatch order. */
  ready: QueueEntry[];
  inProgress: WorkItem[];
  blocked: BlockedEntry[];
  waiting: { item: WorkItem; reason: string }[];
  stopped: WorkItem[];
  done: WorkItem[];
  /** Every backlog item's state, by id. */
  states: ReadonlyMap<string, ItemState>;
}

/** The queue order: priority, milestone rank (none last), creation order (none last), id. */
export function itemOrder(milestones: readonly Milestone[]): (a: WorkItem, b: WorkItem) => number {
  const rank = new Map(milestones.map((m) => [m.id, m.rank]));
  const inf = Number.POSITIVE_INFINITY;
  const priority = (i: WorkItem) => PRIORITIES.indexOf(i.priority);
  const milestone = (i: WorkItem) => (i.milestone === undefined ? inf : (rank.get(i.milestone) ?? inf));
  return (a, b) =>
    priority(a) - priority(b) ||
    milestone(a) - milestone(b) ||
    (a.order ?? inf) - (b.order ?? inf) ||
    compareIds(a.id, b.id);
}

/** Sorts every item into one state and orders each list (see {@link itemOrder}). */
export function computeQueue(
  dag: Dag,
  milestones: readonly Milestone[],
  signals: QueueSignals = NO_SIGNALS,
): BacklogView {
  const order = itemOrder(milestones);
  const items = [...dag.items.values()].sort(order);
  const view: BacklogView = {
    ready: [],
    inProgress: [],
    blocked: [],
    waiting: [],
    stopped: [],
    done: [],
    states: new Map(),
  };
  const states = view.states as Map<string, ItemState>;
  const unknown = unknownBlockers(dag);
  for (const item of items) {
    const state = stateOf(item, dag, signals, unknown.get(item.id) ?? []);
    states.set(item.id, state.state);
    if (state.state === 'done') view.done.push(item);
    else if (state.state === 'stopped') view.stopped.push(item);
    else if (state.state === 'waiting') view.waiting.push({ item, reason: state.reason });
    else if (state.state === 'in_progress') view.inProgress.push(item);
    else if (state.state === 'blocked')
      view.blocked.push({ item, blockers: state.blockers, reason: state.reason });
    else view.ready.push({ item, phase: signals.nextPhase?.(item) ?? 'plan' });
  }
  return view;
}

/** A blocker's status for people: `in progress`, or `unknown` for one that names nothing known. */
export const blockerStatus = (b: BlockerInfo): string => (b.unknown ? 'unknown' : b.status.replace('_', ' '));

/** The blockers of an item, in the DAG's order. */
export function blockersOf(dag: Dag, id: string): BlockerInfo[] {
  return (dag.blockers.get(id) ?? []).map((b) => {
    const item = dag.items.get(b);
    if (item) return { id: b, title: item.title, status: item.status, external: false };
    const outside = dag.external.get(b);
    return { id: b, title: outside?.title ?? b, status: outside?.status ?? 'open', external: true };
  });
}

/**
 * What each item waits for that names nothing known. Such a dependency is never done, so the item
 * is never ready: starting it would ignore what its author wrote it waits for.
 */
function unknownBlockers(dag: Dag): Map<string, BlockerInfo[]> {
  const byItem = new Map<string, BlockerInfo[]>();
  for (const ref of dag.unknown) {
    if (ref.field !== 'blocked_by') continue;
    const list = byItem.get(ref.from) ?? [];
    if (!list.some((b) => b.id === ref.id))
      list.push({ id: ref.id, title: ref.id, status: 'open', external: true, unknown: true });
    byItem.set(ref.from, list);
  }
  return byItem;
}

type StateOf =
  | { state: 'done' | 'stopped' | 'in_progress' | 'ready' }
  | { state: 'waiting'; reason: string }
  | { state: 'blocked'; blockers: BlockerInfo[]; reason: string };

function stateOf(item: WorkItem, dag: Dag, signals: QueueSignals, unknown: readonly BlockerInfo[]): StateOf {
  if (isResolved(item.status)) return { state: 'done' };
  if (signals.stopped(item)) return { state: 'stopped' };
  const waiting = signals.waitingForHuman(item);
  if (waiting !== undefined) return { state: 'waiting', reason: waiting };
  if (signals.claimed(item) || item.status === 'in_progress' || item.status === 'in_review')
    return { state: 'in_progress' };
  const open = [...blockersOf(dag, item.id).filter((b) => !isResolved(b.status)), ...unknown];
  if (open.length > 0) {
    const reason = `waiting for ${open.map((b) => `${b.id} (${blockerStatus(b)})`).join(', ')}`;
    return { state: 'blocked', blockers: open, reason };
  }
  if (item.status === 'blocked') return { state: 'blocked', blockers: [], reason: 'marked blocked' };
  return { state: 'ready' };
}
