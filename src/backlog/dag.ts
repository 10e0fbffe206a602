import { compareIds, type ItemStatus, type WorkItem } from './model.js';

/**
 * The dependency graph of a backlog: an edge `A → B` means B waits for A. Edges come from both
 * sides (`B.blockedBy` names A, or `A.blocking` names B), so a dependency written on either item
 * counts once.
 */

/** An item outside the backlog that a backlog item waits for (a closed issue, one without the label). */
export interface ExternalItem {
  id: string;
  title: string;
  status: ItemStatus;
}

/** A dependency naming an id that is neither a backlog item nor a known external one. */
export interface UnknownRef {
  from: string;
  field: 'blocked_by' | 'blocking';
  id: string;
}

export interface Dag {
  items: ReadonlyMap<string, WorkItem>;
  external: ReadonlyMap<string, ExternalItem>;
  /** id → the ids it waits for (backlog and external), sorted, without repeats. */
  blockers: ReadonlyMap<string, readonly string[]>;
  /** id → the backlog ids waiting for it, sorted. */
  dependents: ReadonlyMap<string, readonly string[]>;
  /**
   * Every elementary cycle found (capped), each as a path that returns to its start, every id
   * waiting for the next: `[X, Y, X]` is X waits for Y, which waits for X.
   */
  cycles: string[][];
  unknown: UnknownRef[];
}

/** Cycles reported per strongly connected component, and in all: enough to fix, bounded in time. */
const CYCLES_PER_COMPONENT = 10;
const CYCLES_TOTAL = 100;

export function buildDag(
  items: readonly WorkItem[],
  external: ReadonlyMap<string, ExternalItem> = new Map(),
): Dag {
  const byId = new Map<string, WorkItem>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  const blockers = new Map<string, Set<string>>();
  const dependents = new Map<string, Set<string>>();
  for (const id of byId.keys()) {
    blockers.set(id, new Set());
    dependents.set(id, new Set());
  }
  const unknown: UnknownRef[] = [];
  const known = (id: string) => byId.has(id) || external.has(id);
  for (const item of byId.values()) {
    for (const id of item.blockedBy) {
      if (!known(id)) unknown.push({ from: item.id, field: 'blocked_by', id });
      else {
        blockers.get(item.id)?.add(id);
        dependents.get(id)?.add(item.id);
      }
    }
    for (const id of item.blocking) {
      if (!known(id)) unknown.push({ from: item.id, field: 'blocking', id });
      // What an outside item waits for is not the backlog's business.
      else if (byId.has(id)) {
        blockers.get(id)?.add(item.id);
        dependents.get(item.id)?.add(id);
      }
    }
  }
  const sorted = (m: Map<string, Set<string>>) =>
    new Map([...m].map(([k, v]) => [k, [...v].sort(compareIds)] as const));
  const dag = {
    items: byId,
    external,
    blockers: sorted(blockers),
    dependents: sorted(dependents),
    unknown,
  };
  return { ...dag, cycles: findCycles(dag.blockers) };
}

/**
 * Elementary cycles of the graph: Tarjan's algorithm finds the strongly connected components, then
 * each component is searched for cycles through its ids in order. Iterative throughout, so that a
 * 10,000-item chain does not overflow the stack. Each cycle starts at its smallest id.
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  for (const component of stronglyConnected(edges)) {
    if (cycles.length >= CYCLES_TOTAL) break;
    const members = new Set(component);
    const only = component[0] as string;
    if (component.length === 1 && !(edges.get(only) ?? []).includes(only)) continue;
    const ordered = [...component].sort(compareIds);
    let found = 0;
    for (let s = 0; s < ordered.length && found < CYCLES_PER_COMPONENT; s++) {
      const start = ordered[s] as string;
      const allowed = new Set(ordered.slice(s));
      // Depth-first search for simple paths start → … → start through ids not smaller than start.
      const path = [start];
      const onPath = new Set(path);
      const stack: { next: readonly string[]; i: number }[] = [{ next: edges.get(start) ?? [], i: 0 }];
      while (stack.length > 0 && found < CYCLES_PER_COMPONENT) {
        const top = stack[stack.length - 1] as { next: readonly string[]; i: number };
        if (top.i >= top.next.length) {
          stack.pop();
          onPath.delete(path.pop() as string);
          continue;
        }
        const to = top.next[top.i++] as string;
        if (!members.has(to) || !allowed.has(to)) continue;
        if (to === start) {
          cycles.push([...path, start]);
          found++;
        } else if (!onPath.has(to) && path.length < 50) {
          path.push(to);
          onPath.add(to);
          stack.push({ next: edges.get(to) ?? [], i: 0 });
        }
      }
      if (found > 0 && component.length > 50) break;
    }
  }
  return cycles.sort((a, b) => compareIds(a[0] as string, b[0] as string) || a.length - b.length);
}

function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; i: number }[] = [{ id: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; i: number };
      const next = edges.get(frame.id) ?? [];
      if (frame.i < next.length) {
        const to = next[frame.i++] as string;
        if (!edges.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, i: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component);
      }
    }
  }
  return components;
}
