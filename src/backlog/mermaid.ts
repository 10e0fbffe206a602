import type { Dag } from './dag.js';
import { compareIds, isResolved } from './model.js';
import { type BacklogView, blockersOf, type ItemState } from './queue.js';

/**
 * The dependency DAG as a mermaid flowchart for the dashboard: an arrow `A --> B` means B waits for
 * A; every node is styled by its state. Titles are untrusted text, so every character outside a
 * small safe set is written as a mermaid entity (`#35;`): nothing in a title can end a label, add a
 * node or a click handler, or close the markdown code fence around the chart.
 */

export interface MermaidOptions {
  /** Nodes shown before the chart is trimmed to the open frontier (default 100). */
  maxNodes?: number;
  /** Edges shown at most (default 300; GitHub's renderer refuses charts with more than 500). */
  maxEdges?: number;
  /** Characters of a title in a label (default 48). */
  maxLabel?: number;
}

export interface MermaidChart {
  /** The chart's source, without the code fence. */
  text: string;
  shown: number;
  total: number;
  /** Why not everything is shown, for the reader; undefined when everything is. */
  note: string | undefined;
}

type NodeClass = ItemState | 'external';

const CLASS_DEFS: Record<NodeClass, string> = {
  done: 'fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
  ready: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
  in_progress: 'fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
  blocked: 'fill:#ffebe9,stroke:#cf222e,color:#82071e',
  waiting: 'fill:#fbefff,stroke:#8250df,color:#3e1f79',
  stopped: 'fill:#eaeef2,stroke:#24292f,color:#24292f',
  external: 'fill:#ffffff,stroke:#8c959f,color:#57606a,stroke-dasharray:4 3',
};

/** Mermaid's class names must be identifiers. */
const className = (c: NodeClass) => c.replace('_', '');

/** Text for inside `["…"]`: safe characters as they are, everything else as a numeric entity. */
export function mermaidLabel(text: string, maxLength = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  const clipped = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : flat;
  let out = '';
  for (const ch of clipped) out += /[A-Za-z0-9 .,_-]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/** Renders the chart, trimmed to the open frontier when the graph has more than `maxNodes` nodes. */
export function renderMermaid(dag: Dag, view: BacklogView, options: MermaidOptions = {}): MermaidChart {
  const maxNodes = options.maxNodes ?? 100;
  const maxEdges = options.maxEdges ?? 300;
  const maxLabel = options.maxLabel ?? 48;

  const all = [...dag.items.keys()];
  const externalIds = new Set<string>();
  for (const id of all)
    for (const b of dag.blockers.get(id) ?? []) if (dag.external.has(b)) externalIds.add(b);
  const total = all.length + externalIds.size;

  let shown: string[];
  let note: string | undefined;
  if (total <= maxNodes) shown = [...all, ...[...externalIds].sort(compareIds)];
  else {
    shown = frontier(dag, view).slice(0, maxNodes);
    note = `Showing ${shown.length} of ${total} items: the open frontier (items that can start or are under way, and those waiting only for them). Done items and the rest are left out.`;
  }
  const shownSet = new Set(shown);
  const nodeId = new Map(shown.map((id, i) => [id, `n${i}`]));

  const lines = ['flowchart TD'];
  const byClass = new Map<NodeClass, string[]>();
  for (const id of shown) {
    const item = dag.items.get(id);
    const title = item?.title ?? dag.external.get(id)?.title ?? '';
    const cls: NodeClass = item ? (view.states.get(id) ?? 'ready') : 'external';
    const label = mermaidLabel(`${id} ${title}`, maxLabel + id.length + 1);
    lines.push(`  ${nodeId.get(id)}["${label}"]`);
    byClass.set(cls, [...(byClass.get(cls) ?? []), nodeId.get(id) as string]);
  }
  let edges = 0;
  let skipped = 0;
  for (const id of shown) {
    for (const blocker of dag.blockers.get(id) ?? []) {
      if (!shownSet.has(blocker)) continue;
      if (edges >= maxEdges) {
        skipped++;
        continue;
      }
      lines.push(`  ${nodeId.get(blocker)} --> ${nodeId.get(id)}`);
      edges++;
    }
  }
  if (skipped > 0) {
    const more = `${skipped} more dependencies are not drawn (at most ${maxEdges} arrows).`;
    note = note ? `${note} ${more}` : more;
  }
  for (const [cls, style] of Object.entries(CLASS_DEFS) as [NodeClass, string][]) {
    const members = byClass.get(cls);
    if (!members) continue;
    lines.push(`  classDef ${className(cls)} ${style}`);
    lines.push(`  class ${members.join(',')} ${className(cls)}`);
  }
  return { text: lines.join('\n'), shown: shown.length, total, note };
}

/**
 * The open frontier, in queue order: what can start or is under way (no open blocker), then the
 * items waiting only for those, then their external blockers.
 */
function frontier(dag: Dag, view: BacklogView): string[] {
  const levelZero = [
    ...view.inProgress.map((i) => i.id),
    ...view.ready.map((e) => e.item.id),
    ...view.waiting.map((w) => w.item.id),
    ...view.stopped.map((i) => i.id),
    ...view.blocked.filter((b) => b.blockers.length === 0).map((b) => b.item.id),
  ];
  const zero = new Set(levelZero);
  const next = view.blocked
    .filter((b) => b.blockers.length > 0 && b.blockers.every((x) => zero.has(x.id) || x.external))
    .map((b) => b.item.id);
  const outside = new Set<string>();
  for (const id of next)
    for (const b of blockersOf(dag, id)) if (b.external && !isResolved(b.status)) outside.add(b.id);
  return [...levelZero, ...next, ...outside];
}
