import type { DocsBacklog } from '../backlog/docs.js';
import type { WorkItem } from '../backlog/model.js';
import { computeQueue, signalsFrom } from '../backlog/queue.js';
import { assertOwnBranch, branchName } from '../git/branch.js';
import { localStates, waitingReason } from '../local/states.js';
import { type ItemState, itemKeySchema } from '../state/index.js';
import type { StateFolder } from '../tracker/local/folder.js';

/** An item the run will work, with what the loop will do for it. */
export interface PlannedItem {
  item: WorkItem;
  /** The phases that would run, for people: `plan, dev, review ×≤2`, or where it resumes. */
  phases: string;
}

export type RunPlan =
  | { kind: 'unknown'; reason: string }
  | {
      kind: 'plan';
      items: PlannedItem[];
      /** Items of the selection (or the backlog) that wait, and why; `unusable`: a person must fix its id. */
      waiting: { item: WorkItem; reason: string; unusable?: boolean }[];
      json: Record<string, unknown>;
    };

/**
 * The items a run works, in the scan's queue order (priority, milestone, then id; every blocker
 * done): the ready ones, narrowed to `--item`s and a milestone, at most `maxItems`. An item whose
 * branch passed review (it waits for a person's merge) or whose escalation waits for approval is
 * not ready. Reads the local state, writes nothing.
 */
export async function planRun(options: {
  backlog: DocsBacklog;
  folder: StateFolder;
  items: readonly string[];
  milestone: string | undefined;
  maxItems: number | undefined;
  maxCycles: number;
  /** labels.prefix: the items' branches are `<prefix>/<id>-<slug>`. */
  prefix: string;
}): Promise<RunPlan> {
  const { backlog } = options;
  const known = new Map(backlog.items.map((i) => [i.id, i]));
  const missing = options.items.filter((id) => !known.has(id));
  if (missing.length > 0)
    return { kind: 'unknown', reason: `No item ${missing.map((m) => `'${m}'`).join(', ')} in the backlog.` };
  if (
    options.milestone &&
    !backlog.milestones.some((m) => m.id === options.milestone) &&
    !backlog.items.some((i) => i.milestone === options.milestone)
  )
    return { kind: 'unknown', reason: `No milestone '${options.milestone}' in the backlog.` };
  const states = await localStates(options.folder, known);
  const waiting: [string, string][] = [];
  for (const [id, state] of states) {
    const why = waitingReason(id, state);
    if (why) waiting.push([id, why]);
  }
  const view = computeQueue(backlog.dag, backlog.milestones, signalsFrom({ waiting }));
  const wanted = (item: WorkItem) =>
    (options.items.length === 0 || options.items.includes(item.id)) &&
    (!options.milestone || item.milestone === options.milestone);
  let ready = view.ready.map((e) => e.item).filter(wanted);
  // A docs id must name a folder and a branch; one that cannot is left out, with why.
  const unusable = ready.filter((i) => !usableId(i, options.prefix));
  ready = ready.filter((i) => !unusable.includes(i));
  const capped = options.maxItems !== undefined ? ready.slice(options.maxItems) : [];
  ready = ready.slice(0, options.maxItems);
  const notReady: { item: WorkItem; reason: string; unusable?: boolean }[] = [
    ...view.blocked.filter((b) => wanted(b.item)).map((b) => ({ item: b.item, reason: b.reason })),
    ...view.waiting.filter((w) => wanted(w.item)),
    ...view.inProgress.filter(wanted).map((item) => ({ item, reason: 'it is in progress' })),
    ...view.stopped.filter(wanted).map((item) => ({ item, reason: 'it is stopped' })),
    ...(options.items.length > 0
      ? view.done.filter(wanted).map((item) => ({ item, reason: `its status is ${item.status}` }))
      : []),
    ...unusable.map((item) => ({
      item,
      reason: `its id cannot name a branch and a folder (use letters, digits, ".", "_" and "-", starting with a letter or digit, no "..")`,
      unusable: true,
    })),
    ...capped.map((item) => ({ item, reason: `--max-items ${options.maxItems} was reached` })),
  ];
  const items = ready.map((item) => ({
    item,
    phases: phasesOf(item, states.get(item.id), options.maxCycles),
  }));
  return {
    kind: 'plan',
    items,
    waiting: notReady,
    json: {
      items: items.map(({ item, phases }) => ({
        id: item.id,
        title: item.title,
        priority: item.priority,
        milestone: item.milestone ?? null,
        file: item.source.kind === 'docs' ? item.source.file : null,
        phases,
      })),
      waiting: notReady.map(({ item, reason }) => ({ id: item.id, title: item.title, reason })),
    },
  };
}

/** Whether an item's id can name its state folder and its branch. */
function usableId(item: WorkItem, prefix: string): boolean {
  if (!itemKeySchema.safeParse(item.id).success) return false;
  try {
    assertOwnBranch(branchName(prefix, item.id, item.title), prefix);
    return true;
  } catch {
    return false;
  }
}

/** The plan for people: the items in order with their phases, then what waits and why. */
export function renderPlan(plan: Extract<RunPlan, { kind: 'plan' }>): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a title's control characters are what is removed
  const line = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  const lines = [
    `Would work ${plan.items.length} item(s), in this order (dry run: no model call, nothing written):`,
    ...plan.items.map(
      ({ item, phases }, i) =>
        `  ${String(i + 1).padStart(3)}. ${line(item.id)}  ${line(item.title)}  [${item.priority}] → ${phases}`,
    ),
  ];
  if (plan.items.length === 0) lines.push('  nothing is ready');
  if (plan.waiting.length > 0)
    lines.push(
      '',
      `Not worked (${plan.waiting.length}):`,
      ...plan.waiting.map((w) => `  ${line(w.item.id)}  ${line(w.item.title)} — ${line(w.reason)}`),
    );
  return `${lines.join('\n')}\n`;
}

function phasesOf(item: WorkItem, state: ItemState | 'unreadable' | undefined, maxCycles: number): string {
  const review = `review → fix ×≤${maxCycles}`;
  if (!state || state === 'unreadable') {
    const plan = item.acceptanceCriteria.length === 0 ? 'plan (no acceptance criteria), ' : '';
    return `${plan}dev (${item.acceptanceCriteria.length || 'planned'} criteria), ${review}`;
  }
  const done = state.criteria.filter((c) => c.done).length;
  if (state.dev.result !== 'complete')
    return `resumes dev (${done}/${state.criteria.length} criteria done), ${review}`;
  return `resumes review (cycle ${state.reviewCycle} done)`;
}
