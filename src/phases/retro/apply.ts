import type { ItemJob } from '../../action/job.js';
import { createWorkItem } from '../../action/work-items.js';
import type { WorkItem } from '../../backlog/model.js';
import { writeComment } from '../../github/comments.js';
import { addLabels, removeLabel } from '../../github/labels.js';
import { closeIssueAs, readRetroIssue } from '../../github/retro.js';
import * as core from '../../log.js';
import { renderModelLine, renderModelMarkdown } from '../../safety/markdown.js';
import type { RetroAnswer } from './schema.js';
import type { AppliedChange } from './stored.js';

/**
 * Applies a screened retro answer (`retro.apply: true`, GitHub backlog): a deprecation closes the
 * issue as not planned, a merge closes the source as a duplicate of the target, a priority change
 * relabels, a new item becomes an issue (src/item/work-items.ts). Every item is read again just
 * before it is changed: one a person changed after the retro read it (its `updated_at` moved) is
 * left alone and listed. A change already applied by an earlier attempt of this run is not
 * applied twice.
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
    /** What earlier attempts of this run applied, and left alone (it stays alone). */
    before: readonly AppliedChange[];
    beforeSkipped: readonly AppliedChange[];
  },
): Promise<ApplyResult> {
  const applied: AppliedChange[] = [];
  const skipped: AppliedChange[] = [];
  const by = `the [retrospective](${context.reportLink})`;

  /** Runs `change` on the item unless it was applied already, or a person changed the item since the read. */
  const attempt = async (kind: string, id: string, detail: string, change: (n: number) => Promise<void>) => {
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
  };

  for (const d of answer.deprecations) {
    await attempt('deprecate', d.item, d.reason, async (n) => {
      await writeComment(
        job.client,
        job.repo,
        n,
        `Closed as not planned by ${by}: ${renderModelMarkdown(d.reason)}`,
        undefined,
      );
      await closeIssueAs(job.client, job.repo, n, 'not_planned');
    });
  }
  for (const m of answer.merges) {
    await attempt('merge', m.source, `duplicate of ${m.target}: ${m.reason}`, async (n) => {
      await writeComment(
        job.client,
        job.repo,
        n,
        `Duplicate of ${m.target}. Closed by ${by}: ${renderModelMarkdown(m.reason)}`,
        undefined,
      );
      await closeIssueAs(job.client, job.repo, n, 'duplicate');
    });
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
    const made = await createWorkItem(job, {
      key,
      title: item.title,
      body: `${renderModelMarkdown(item.body)}\n\nRecommended by ${by}.`,
      priority: item.priority,
      labels: item.component ? [item.component] : [],
      optIn: true,
    });
    applied.push({
      kind: 'create',
      item: key,
      detail: `${made.number ? `#${made.number}` : '(dry run)'} ${renderModelLine(item.title)} (${made.outcome})`,
    });
  }
  return { applied, skipped };
}
