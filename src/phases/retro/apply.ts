import type { ItemJob } from '../../action/job.js';
import { createWorkItem } from '../../action/work-items.js';
import type { WorkItem } from '../../backlog/model.js';
import type { RetroAnswer } from '../../engine/retro/schema.js';
import { writeComment } from '../../github/comments.js';
import { type HumanChange, humanChangesSince } from '../../github/human-changes.js';
import { addLabels, removeLabel } from '../../github/labels.js';
import { closeIssueAs, readRetroIssue } from '../../github/retro.js';
import * as core from '../../log.js';
import { renderModelLine, renderModelMarkdown } from '../../safety/markdown.js';
import type { AppliedChange } from './stored.js';

/**
 * Applies a screened retro answer (`retro.apply: true`, GitHub backlog): a deprecation closes the
 * issue as not planned, a merge closes the source as a duplicate of the target, a priority change
 * relabels, a new item becomes an issue (src/item/work-items.ts). Every item is read again just
 * before it is changed: one a person changed after the retro read it (its `updated_at` moved) is
 * left alone and listed. A change already applied by an earlier attempt of this run is not
 * applied twice.
 *
 * The model's answer may have been steered by text planted in an issue, so what one run can do is
 * bounded (each bound is listed in the report with the changes it left alone):
 * - at most `retro.max-closes` issues are closed, duplicates first;
 * - an issue someone other than the action opened, edited, labelled or commented on in the last
 *   `retro.stale-days` is not closed, unless it is a duplicate of an issue that is still open;
 * - a new item is filed without the opt-in label (and without any of the action's own labels), so
 *   nothing the retro files is planned or worked on until a person labels it.
 */

export interface ApplyResult {
  applied: AppliedChange[];
  skipped: AppliedChange[];
}

const P_LABEL = /^p[0-3]$/i;
const NAMED_LABEL = /^priority[ \t]*:[ \t]*(critical|high|medium|low)$/i;
const P_OF = { critical: 'P0', high: 'P1', medium: 'P2', low: 'P3' } as const;

/** The labels that set a priority, and the label for `priority` in the style the item uses. */
export function priorityLabels(
  labels: readonly string[],
  priority: keyof typeof P_OF,
): { remove: string[]; add: string } {
  const remove = labels.filter((l) => P_LABEL.test(l.trim()) || NAMED_LABEL.test(l.trim()));
  const usesP = remove.some((l) => P_LABEL.test(l.trim()));
  return { remove, add: usesP ? P_OF[priority] : `priority:${priority}` };
}

const numberOf = (id: string) => Number(/^#(\d+)$/.exec(id)?.[1] ?? Number.NaN);
const same = (a: AppliedChange, kind: string, item: string) => a.kind === kind && a.item === item;

export async function applyAnswer(
  job: ItemJob,
  answer: RetroAnswer,
  backlog: ReadonlyMap<string, WorkItem>,
  context: {
    reportLink: string;
    /** When this retro read the repository; `retro.stale-days` before it starts "lately". */
    at: string;
    /** What earlier attempts of this run applied, and left alone (it stays alone). */
    before: readonly AppliedChange[];
    beforeSkipped: readonly AppliedChange[];
  },
): Promise<ApplyResult> {
  const applied: AppliedChange[] = [];
  const skipped: AppliedChange[] = [];
  const by = `the [retrospective](${context.reportLink})`;
  const { retro, labels } = job.ctx.config;
  const since = new Date(Date.parse(context.at) - retro['stale-days'] * DAY).toISOString();
  const lately = `in the last ${retro['stale-days']} day(s) (retro.stale-days)`;
  const isClose = (kind: string) => kind === 'merge' || kind === 'deprecate';
  let closed = context.before.filter((a) => isClose(a.kind)).length;

  /** Runs `change` on the item unless it was applied already, or a person changed the item since the read. */
  const attempt = async (
    kind: string,
    id: string,
    detail: string,
    change: (n: number) => Promise<void>,
    bound?: () => Promise<string | undefined>,
  ) => {
    const done = context.before.find((a) => same(a, kind, id));
    if (done) {
      applied.push(done);
      return;
    }
    const left = context.beforeSkipped.find((a) => same(a, kind, id));
    if (left) {
      skipped.push(left);
      return;
    }
    const read = backlog.get(id);
    const n = numberOf(id);
    if (!read || !Number.isSafeInteger(n)) return;
    const held = await bound?.();
    if (held) {
      skipped.push({ kind, item: id, detail: `${detail} (left open: ${held})` });
      return;
    }
    const now = await readRetroIssue(job.client, job.repo, n);
    if (now.state !== 'open' || now.updatedAt !== read.updatedAt) {
      skipped.push({
        kind,
        item: id,
        detail: `${detail} (changed since the retrospective read it at ${read.updatedAt})`,
      });
      return;
    }
    if (!job.writes) core.info(`[dry-run] Would ${kind} ${id}: ${detail}`);
    else await change(n);
    applied.push({ kind, item: id, detail });
    if (isClose(kind)) closed += 1;
  };

  // Closes, duplicates first (closing one loses nothing), at most retro.max-closes of them per run.
  const closes = [
    ...answer.merges.map((m) => ({ kind: 'merge', item: m.source, target: m.target as string | undefined })),
    ...answer.deprecations.map((d) => ({ kind: 'deprecate', item: d.item, target: undefined })),
  ];
  const changedLately = await humanChanges(job, closes, backlog, context, since);
  const closeBound = (item: string, target: string | undefined) => async () => {
    const change = changedLately.get(item);
    if (change) {
      const open = target
        ? (await readRetroIssue(job.client, job.repo, numberOf(target))).state === 'open'
        : false;
      if (!open) return `${change.by} ${change.what} on ${change.at.slice(0, 10)}, ${lately}`;
    }
    if (closed >= retro['max-closes'])
      return `this run already closed ${closed}, the limit of retro.max-closes (${retro['max-closes']})`;
    return undefined;
  };
  const merges = new Map(answer.merges.map((m) => [m.source, m]));
  const deprecations = new Map(answer.deprecations.map((d) => [d.item, d]));
  for (const c of closes) {
    const m = c.kind === 'merge' ? merges.get(c.item) : undefined;
    if (m) {
      await attempt(
        'merge',
        m.source,
        `duplicate of ${m.target}: ${m.reason}`,
        async (n) => {
          await writeComment(
            job.client,
            job.repo,
            n,
            `Duplicate of ${m.target}. Closed by ${by}: ${renderModelMarkdown(m.reason)}`,
            undefined,
          );
          await closeIssueAs(job.client, job.repo, n, 'duplicate');
        },
        closeBound(m.source, m.target),
      );
      continue;
    }
    const d = deprecations.get(c.item);
    if (!d) continue;
    await attempt(
      'deprecate',
      d.item,
      d.reason,
      async (n) => {
        await writeComment(
          job.client,
          job.repo,
          n,
          `Closed as not planned by ${by}: ${renderModelMarkdown(d.reason)}`,
          undefined,
        );
        await closeIssueAs(job.client, job.repo, n, 'not_planned');
      },
      closeBound(d.item, undefined),
    );
  }
  for (const p of answer.priority_changes) {
    await attempt('reprioritise', p.item, `${p.old} → ${p.new}: ${p.reason}`, async (n) => {
      const labels = backlog.get(p.item)?.labels ?? [];
      const { remove, add } = priorityLabels(labels, p.new);
      await addLabels(job.client, job.repo, n, [add]);
      for (const label of remove) if (label !== add) await removeLabel(job.client, job.repo, n, label);
    });
  }
  for (const item of answer.new_items) {
    const key = `retro:${item.title}`;
    const done = context.before.find((a) => same(a, 'create', key));
    if (done) {
      applied.push(done);
      continue;
    }
    // A component naming the action's own labels (`codex`, `codex:ready`) would opt the item in.
    const component = item.component && !ownLabel(item.component, labels.prefix) ? item.component : null;
    const made = await createWorkItem(job, {
      key,
      title: item.title,
      body: `${renderModelMarkdown(item.body)}\n\nRecommended by ${by}. Not in the backlog until a person adds the \`${labels.prefix}\` label.`,
      priority: item.priority,
      labels: component ? [component] : [],
      optIn: false,
    });
    const left =
      item.component && !component ? `; its label \`${renderModelLine(item.component)}\` was left off` : '';
    applied.push({
      kind: 'create',
      item: key,
      detail: `${made.number ? `#${made.number}` : '(dry run)'} ${renderModelLine(item.title)} (${made.outcome}, not opted in${left})`,
    });
  }
  return { applied, skipped };
}

const DAY = 86_400_000;

/** `codex`, `codex:ready`, … : labels that put an item in the action's hands. */
const ownLabel = (label: string, prefix: string) => {
  const l = label.trim().toLowerCase();
  const p = prefix.toLowerCase();
  return l === p || l.startsWith(`${p}:`);
};

/**
 * Who other than the action changed each item to be closed since `since`: asked in one request,
 * and only for items whose last activity (as the backlog read gave it) falls in that window.
 */
async function humanChanges(
  job: ItemJob,
  closes: readonly { kind: string; item: string }[],
  backlog: ReadonlyMap<string, WorkItem>,
  context: { before: readonly AppliedChange[]; beforeSkipped: readonly AppliedChange[] },
  since: string,
): Promise<Map<string, HumanChange>> {
  const recent = closes.filter((c) => {
    if ([...context.before, ...context.beforeSkipped].some((a) => same(a, c.kind, c.item))) return false;
    const updated = backlog.get(c.item)?.updatedAt;
    return !updated || Date.parse(updated) >= Date.parse(since);
  });
  const numbers = recent.map((c) => numberOf(c.item)).filter(Number.isSafeInteger);
  if (numbers.length === 0) return new Map();
  const found = await humanChangesSince(job.client, job.repo, numbers, since, job.identity);
  const changes = new Map<string, HumanChange>();
  for (const c of recent) {
    const change = found.get(numberOf(c.item));
    if (change) changes.set(c.item, change);
  }
  return changes;
}
