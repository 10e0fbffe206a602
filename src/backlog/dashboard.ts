import { inlineCode, safeText } from '../report/markdown.js';
import { costCell } from '../state/budget.js';
import type { Dag } from './dag.js';
import { renderMermaid } from './mermaid.js';
import type { WorkItem } from './model.js';
import { type BacklogProblem, describeProblem, sortProblems } from './problems.js';
import { type BacklogView, blockerStatus } from './queue.js';

/**
 * The dashboard issue's body (DESIGN §6): one issue, found again by its marker and edited in place.
 * Pure: the scan compares the result with the current body and writes only when it changed, so
 * the body holds nothing that changes on every run (no "last updated" time).
 */

/** Marks the dashboard issue; only an issue the action wrote is trusted with it. */
export const DASHBOARD_MARKER = '<!-- codex-orchestrator:dashboard -->';

/** GitHub's maximum issue body is 65,536 characters; stay under it with room for the trim note. */
export const DASHBOARD_MAX_CHARS = 65_000;

/** Tokens and estimated cost of an item so far, from its status comment. */
export interface ItemUsage {
  tokens: number;
  /** The priced part: the whole cost only when `unpricedTokens` is 0. */
  costUsd: number;
  /** Tokens spent on a model without a price: the item's cost is unknown, never just the priced part. */
  unpricedTokens?: number;
}

export interface DashboardInput {
  dag: Dag;
  view: BacklogView;
  problems: readonly BacklogProblem[];
  /** Usage per item id. */
  usage?: ReadonlyMap<string, ItemUsage>;
  /**
   * The most recently done items, newest first (default: the view's done items): ids of backlog
   * items, or items outside the backlog (closed GitHub issues, which the source does not list).
   */
  recentlyDone?: readonly (string | WorkItem)[];
  /** STOP is on the dashboard (`codex:stop`): nothing is dispatched until it is removed. */
  stopped?: boolean;
  /** The early-exit issue, while the orchestrator is stopped after repeated failures. */
  stoppedIssue?: number;
}

interface Limits {
  rows: number;
  nodes: number;
}

/** Tried in order until the body fits: fewer rows per list, a smaller chart, then no chart. */
const LIMITS: Limits[] = [
  { rows: 100, nodes: 100 },
  { rows: 50, nodes: 60 },
  { rows: 20, nodes: 30 },
  { rows: 10, nodes: 0 },
];

/** Renders the dashboard body, always shorter than {@link DASHBOARD_MAX_CHARS}. */
export function renderDashboard(input: DashboardInput): string {
  for (const limits of LIMITS) {
    const body = render(input, limits);
    if (body.length <= DASHBOARD_MAX_CHARS) return body;
  }
  // Only a pathological backlog (thousands of problems) gets here: cut, and say so.
  const note = '\n\n_The dashboard was cut here: it is longer than GitHub allows an issue to be._';
  const body = render(input, LIMITS[LIMITS.length - 1] as Limits);
  return `${body.slice(0, DASHBOARD_MAX_CHARS - note.length).replace(/\n[^\n]*$/, '')}${note}`;
}

/** One line of untrusted text: escaped (no HTML, no mentions), and no links, images or table breaks. */
function text(value: string, max = 120): string {
  return safeText(value.replace(/\s+/g, ' ').trim(), max).replace(/[\\`*_[\]()!|~]/g, '\\$&');
}

/** How an item is named: `#12`, or its docs id as code (`cell`: inside a table row). */
function ref(item: WorkItem, cell = false): string {
  if (item.source.kind === 'github') return `#${item.source.number}`;
  return inlineCode(item.id, { max: 100, cell });
}

const where = (item: WorkItem) => (item.source.kind === 'docs' ? ` (${text(item.source.file, 200)})` : '');

/** Table rows, the last saying how many were left out. */
function tableRows<T>(
  items: readonly T[],
  limit: number,
  columns: number,
  row: (item: T, index: number) => string,
): string[] {
  const rows = items.slice(0, limit).map(row);
  if (items.length > limit) rows.push(`| _… and ${items.length - limit} more_ |${' |'.repeat(columns - 1)}`);
  return rows;
}

function more(count: number, limit: number): string[] {
  return count > limit ? [`_… and ${count - limit} more._`] : [];
}

function render(input: DashboardInput, limits: Limits): string {
  const { view, dag } = input;
  const parts: string[] = [DASHBOARD_MARKER, '# codex-orchestrator · backlog'];
  const counts = [
    `${view.ready.length} ready`,
    `${view.inProgress.length} in progress`,
    `${view.blocked.length} blocked`,
    `${view.waiting.length} waiting for a human`,
    `${view.done.length} done`,
  ];
  parts.push(counts.join(' · '));
  if (input.stopped)
    parts.push('> 🛑 **STOP**: `codex:stop` is on this issue. Nothing is dispatched until it is removed.');
  if (input.stoppedIssue !== undefined)
    parts.push(
      `> ⛔ **Stopped after repeated failures**: see #${input.stoppedIssue}; closing it lifts the stop.`,
    );

  const human: string[] = [];
  for (const w of view.waiting)
    human.push(`- [ ] ${ref(w.item)} ${text(w.item.title)}: ${text(w.reason, 200)}`);
  for (const b of view.blocked.filter((x) => x.blockers.length === 0))
    human.push(`- [ ] ${ref(b.item)} ${text(b.item.title)}: blocked; see its status comment`);
  if (input.problems.length > 0)
    human.push(
      `- [ ] Fix the ${input.problems.length} backlog problem(s) below: nothing is dispatched until then.`,
    );
  parts.push(
    '## Human actions required',
    human.length > 0
      ? [...human.slice(0, limits.rows), ...more(human.length, limits.rows)].join('\n')
      : '_None._',
  );

  if (input.problems.length > 0) {
    const rows = sortProblems(input.problems).map((p) => `- ${text(describeProblem(p), 400)}`);
    parts.push('## Problems', [...rows.slice(0, limits.rows), ...more(rows.length, limits.rows)].join('\n'));
  }

  parts.push('## Ready queue');
  parts.push(
    view.ready.length === 0
      ? '_Nothing is ready._'
      : [
          '| # | item | priority | milestone | next phase |',
          '|---|---|---|---|---|',
          ...tableRows(
            view.ready,
            limits.rows,
            5,
            (e, i) =>
              `| ${i + 1} | ${ref(e.item, true)} ${text(e.item.title)}${where(e.item)} | ${e.item.priority} | ${text(e.item.milestone ?? '—', 60)} | ${e.phase} |`,
          ),
        ].join('\n'),
  );

  parts.push('## In progress');
  parts.push(
    view.inProgress.length === 0
      ? '_Nothing is in progress._'
      : [
          ...view.inProgress.slice(0, limits.rows).map((i) => `- ${ref(i)} ${text(i.title)}`),
          ...more(view.inProgress.length, limits.rows),
        ].join('\n'),
  );

  parts.push('## Blocked');
  const waitingOnOthers = view.blocked.filter((b) => b.blockers.length > 0);
  parts.push(
    waitingOnOthers.length === 0
      ? '_Nothing is waiting for another item._'
      : [
          ...waitingOnOthers.slice(0, limits.rows).map((b) => {
            const by = b.blockers.slice(0, 10).map((x) => {
              const item = dag.items.get(x.id);
              return `${item ? ref(item) : text(x.id, 40)} (${blockerStatus(x)})`;
            });
            const extra = b.blockers.length > 10 ? ` and ${b.blockers.length - 10} more` : '';
            return `- ${ref(b.item)} ${text(b.item.title)}: waiting for ${by.join(', ')}${extra}`;
          }),
          ...more(waitingOnOthers.length, limits.rows),
        ].join('\n'),
  );

  const doneIds = input.recentlyDone ?? view.done.map((i) => i.id);
  const done = doneIds
    .map((id) => (typeof id === 'string' ? dag.items.get(id) : id))
    .filter((i): i is WorkItem => i !== undefined);
  const recent = Math.min(limits.rows, 10);
  parts.push(
    '## Recently done',
    done.length === 0
      ? '_Nothing yet._'
      : [
          ...done.slice(0, recent).map((i) => `- ${ref(i)} ${text(i.title)}`),
          ...more(done.length, recent),
        ].join('\n'),
  );

  const usage = [...(input.usage ?? new Map<string, ItemUsage>())].filter(([id]) => dag.items.has(id));
  if (usage.length > 0) {
    usage.sort((a, b) => b[1].costUsd - a[1].costUsd || b[1].tokens - a[1].tokens);
    const total = usage.reduce(
      (t, [, u]) => ({
        tokens: t.tokens + u.tokens,
        costUsd: t.costUsd + u.costUsd,
        unpricedTokens: t.unpricedTokens + (u.unpricedTokens ?? 0),
      }),
      { tokens: 0, costUsd: 0, unpricedTokens: 0 },
    );
    parts.push(
      '## Tokens and cost',
      [
        '| item | tokens | est. cost |',
        '|---|---:|---:|',
        ...tableRows(usage, limits.rows, 3, ([id, u]) => {
          const item = dag.items.get(id) as WorkItem;
          return `| ${ref(item, true)} ${text(item.title, 60)} | ${u.tokens.toLocaleString('en-US')} | ${costCell(u.costUsd, u.unpricedTokens)} |`;
        }),
        `| **total** | **${total.tokens.toLocaleString('en-US')}** | **${costCell(total.costUsd, total.unpricedTokens)}** |`,
      ].join('\n'),
    );
  }

  if (limits.nodes > 0 && dag.items.size > 0) {
    const chart = renderMermaid(dag, view, { maxNodes: limits.nodes });
    parts.push(
      '## Dependency graph',
      ...(chart.note ? [`_${chart.note}_`] : []),
      `\`\`\`mermaid\n${chart.text}\n\`\`\``,
    );
  } else if (dag.items.size > 0) {
    parts.push('## Dependency graph', '_Left out: the backlog is too large to draw here._');
  }
  return parts.join('\n\n');
}
