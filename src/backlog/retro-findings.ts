import { normaliseTitle } from '../text.js';
import type { Dag } from './dag.js';
import { compareIds, isResolved, type WorkItem } from './model.js';

/**
 * What the retrospective finds in the backlog before any model call (DESIGN §1, `retro`). Pure, so
 * the same backlog always gives the same evidence; the model is shown these findings and may only
 * act on items they, or the backlog, name.
 */

/** Two open items that look like the same work. */
export interface DuplicateFinding {
  /** The later item (by creation order, then id): the one a merge would close. */
  source: string;
  /** The earlier item, which a merge would keep. */
  target: string;
  /** Which signals matched. */
  by: ('title' | 'criteria')[];
}

/** An open item nobody touched for `days` days (at least the configured `retro.stale-days`). */
export interface StaleFinding {
  item: string;
  days: number;
  updatedAt: string;
}

/** An open item waiting for one whose pull request was closed without being merged. */
export interface AbandonedBlockerFinding {
  item: string;
  blocker: string;
  /** The closed, unmerged pull request of the blocker. */
  pr: number;
}

export interface RetroFindings {
  duplicates: DuplicateFinding[];
  stale: StaleFinding[];
  blockedByAbandoned: AbandonedBlockerFinding[];
}

/** The items still to do: a done or deprecated item is neither a duplicate nor stale. */
const openItems = (items: readonly WorkItem[]) => items.filter((i) => !isResolved(i.status));

/** Criteria compared as a set of normalised lines: reordered or re-punctuated lists still match. */
export function criteriaKey(item: Pick<WorkItem, 'acceptanceCriteria'>): string {
  const lines = item.acceptanceCriteria.map((c) => normaliseTitle(c.text)).filter((t) => t !== '');
  return [...new Set(lines)].sort().join('\n');
}

function byCreation(a: WorkItem, b: WorkItem): number {
  if (a.order !== undefined && b.order !== undefined && a.order !== b.order) return a.order - b.order;
  return compareIds(a.id, b.id);
}

/**
 * Pairs of open items with the same normalised title or the same (non-empty) acceptance criteria.
 * Items are grouped by key, so a large backlog costs one pass, not a comparison of every pair.
 * Within a group each later item pairs with the earliest, which is what a merge keeps.
 */
export function findDuplicates(items: readonly WorkItem[]): DuplicateFinding[] {
  const pairs = new Map<string, DuplicateFinding>();
  const group = (key: (i: WorkItem) => string, by: 'title' | 'criteria') => {
    const groups = new Map<string, WorkItem[]>();
    for (const item of openItems(items)) {
      const k = key(item);
      if (k === '') continue;
      const list = groups.get(k) ?? [];
      list.push(item);
      groups.set(k, list);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      const [first, ...rest] = [...list].sort(byCreation) as [WorkItem, ...WorkItem[]];
      for (const item of rest) {
        const id = `${item.id}\0${first.id}`;
        const found = pairs.get(id) ?? { source: item.id, target: first.id, by: [] };
        if (!found.by.includes(by)) found.by.push(by);
        pairs.set(id, found);
      }
    }
  };
  group((i) => normaliseTitle(i.title), 'title');
  group(criteriaKey, 'criteria');
  return [...pairs.values()].sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
}

const DAY_MS = 86_400_000;

/**
 * Open items whose last activity is at least `staleDays` days before `now`. Items without a known
 * last activity (docs files) are never stale: the file's age is not the work's.
 */
export function findStale(items: readonly WorkItem[], staleDays: number, now: Date): StaleFinding[] {
  const found: StaleFinding[] = [];
  for (const item of openItems(items)) {
    if (!item.updatedAt) continue;
    const at = Date.parse(item.updatedAt);
    if (!Number.isFinite(at)) continue;
    const days = Math.floor((now.getTime() - at) / DAY_MS);
    if (days >= staleDays) found.push({ item: item.id, days, updatedAt: item.updatedAt });
  }
  return found.sort((a, b) => b.days - a.days || compareIds(a.item, b.item));
}

/**
 * Open items waiting (directly) for an item whose pull request was closed unmerged: nothing will
 * unblock them until a person decides what happens to the abandoned work. `abandoned` maps an item
 * id to the number of that pull request.
 */
export function findBlockedByAbandoned(
  dag: Pick<Dag, 'items' | 'blockers'>,
  abandoned: ReadonlyMap<string, number>,
): AbandonedBlockerFinding[] {
  const found: AbandonedBlockerFinding[] = [];
  for (const item of dag.items.values()) {
    if (isResolved(item.status)) continue;
    for (const blocker of dag.blockers.get(item.id) ?? []) {
      const pr = abandoned.get(blocker);
      if (pr !== undefined) found.push({ item: item.id, blocker, pr });
    }
  }
  return found.sort((a, b) => compareIds(a.item, b.item) || compareIds(a.blocker, b.blocker));
}

/** Every finding of a backlog. */
export function retroFindings(input: {
  items: readonly WorkItem[];
  dag: Pick<Dag, 'items' | 'blockers'>;
  abandoned: ReadonlyMap<string, number>;
  staleDays: number;
  now: Date;
}): RetroFindings {
  return {
    duplicates: findDuplicates(input.items),
    stale: findStale(input.items, input.staleDays, input.now),
    blockedByAbandoned: findBlockedByAbandoned(input.dag, input.abandoned),
  };
}
