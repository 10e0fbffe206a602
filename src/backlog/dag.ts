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
const ENUMERATE_UP_TO = 50;
const STEP_BUDGET = 20_000;

export function buildDag(
  items: readonly WorkItem[],
  external: ReadonlyMap<string, ExternalItem> = new Map(),
): Dag {
  const byId = new Map<string, WorkItem>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  const blockers = new Map<string, string[]>();
  const dependents = new Map<string, string[]>();
  for (const id of byId.keys()) {
    blockers.set(id, []);
    dependents.set(id, []);
  }
  const unknown: UnknownRef[] = [];
  const known = (id: string) => byId.has(id) || external.has(id);
  for (const item of byId.values()) {
    for (const id of item.blockedBy) {
      if (!known(id)) unknown.push({ from: item.id, field: 'blocked_by', id });
      else {
        blockers.get(item.id)?.push(id);
        dependents.get(id)?.push(item.id);
      }
    }
    for (const id of item.blocking) {
      if (!known(id)) unknown.push({ from: item.id, field: 'blocking', id });
      // What an outside item waits for is not the backlog's business.
      else if (byId.has(id)) {
        blockers.get(id)?.push(item.id);
        dependents.get(item.id)?.push(id);
      }
    }
  }
  // A dependency written on both ends appears twice: keep one, in id order.
  const tidy = (m: Map<string, string[]>) => {
    for (const [k, v] of m) if (v.length > 1) m.set(k, [...new Set(v)].sort(compareIds));
    return m;
  };
  const dag = { items: byId, external, blockers: tidy(blockers), dependents: tidy(dependents), unknown };
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
    const only = component[0] as string;
    if (component.length === 1 && !(edges.get(only) ?? []).includes(only)) continue;
    const ordered = [...component].sort(compareIds);
    const rank = new Map(ordered.map((id, i) => [id, i]));
    let found = 0;
    let steps = 0;
    // Enumerating is exponential in the worst case: only small components, with a step budget.
    if (component.length <= ENUMERATE_UP_TO) {
      for (let s = 0; s < ordered.length && found < CYCLES_PER_COMPONENT; s++) {
        const start = ordered[s] as string;
        // Depth-first search for simple paths start → … → start through ids ranked after start.
        const path = [start];
        const onPath = new Set(path);
        const stack: { next: readonly string[]; i: number }[] = [{ next: edges.get(start) ?? [], i: 0 }];
        while (stack.length > 0 && found < CYCLES_PER_COMPONENT && steps++ < STEP_BUDGET) {
          const top = stack[stack.length - 1] as { next: readonly string[]; i: number };
          if (top.i >= top.next.length) {
            stack.pop();
            onPath.delete(path.pop() as string);
            continue;
          }
          const to = top.next[top.i++] as string;
          const r = rank.get(to);
          if (r === undefined || r < s) continue;
          if (to === start) {
            cycles.push([...path, start]);
            found++;
          } else if (!onPath.has(to)) {
            path.push(to);
            onPath.add(to);
            stack.push({ next: edges.get(to) ?? [], i: 0 });
          }
        }
      }
    }
    if (found === 0) cycles.push(shortestCycle(ordered[0] as string, rank, edges));
  }
  return cycles.sort((a, b) => compareIds(a[0] as string, b[0] as string) || a.length - b.length);
}

/** The shortest cycle from `start` back to itself inside a component (one always exists). */
function shortestCycle(
  start: string,
  members: ReadonlyMap<string, number>,
  edges: ReadonlyMap<string, readonly string[]>,
): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head] as string;
    for (const to of edges.get(from) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = from; at !== undefined && at !== start; at = parent.get(at))
          path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!parent.has(to) && to !== start) {
        parent.set(to, from);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  // Integer indexes and typed arrays: at 10,000 nodes, Map lookups were most of the time.
  const ids = [...edges.keys()];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const adjacency = ids.map((id) => {
    const out: number[] = [];
    for (const to of edges.get(id) ?? []) {
      const j = indexOf.get(to);
      if (j !== undefined) out.push(j);
    }
    return out;
  });
  const n = ids.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const frames: number[] = [];
  const positions: number[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    if ((adjacency[root] as number[]).length === 0) {
      // No edge out: its own component, never part of a cycle.
      index[root] = counter++;
      continue;
    }
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    frames.push(root);
    positions.push(0);
    while (frames.length > 0) {
      const top = frames.length - 1;
      const v = frames[top] as number;
      const next = adjacency[v] as number[];
      const at = positions[top] as number;
      if (at < next.length) {
        positions[top] = at + 1;
        const w = next[at] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push(w);
          positions.push(0);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v] as number, index[w] as number);
        }
        continue;
      }
      frames.pop();
      positions.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] === index[v]) {
        const component: string[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component.push(ids[member] as string);
        } while (member !== v);
        components.push(component);
      }
    }
  }
  return components;
}
