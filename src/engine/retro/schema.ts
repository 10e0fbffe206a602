import { z } from 'zod';
import retroJson from '../../../schemas/retro.json' with { type: 'json' };
import type { OutputSchema } from '../../agent/types.js';
import { PRIORITIES, type Priority } from '../../backlog/model.js';

/** Bounds that keep one answer from closing half the backlog or flooding the report. */
export const RETRO_LIMITS = { changes: 20, recommendations: 20, newItems: 5, text: 4000, id: 200 } as const;

const text = z.string().max(RETRO_LIMITS.text);
const reason = z.string().trim().min(1).max(RETRO_LIMITS.text);
const id = z.string().trim().min(1).max(RETRO_LIMITS.id);
const priority = z.enum(PRIORITIES);

/** The retro answer (DESIGN §4), as schemas/retro.json describes it. */
export const retroAnswerSchema = z.strictObject({
  summary: text,
  deprecations: z.array(z.strictObject({ item: id, reason })).max(RETRO_LIMITS.changes),
  merges: z.array(z.strictObject({ source: id, target: id, reason })).max(RETRO_LIMITS.changes),
  priority_changes: z
    .array(z.strictObject({ item: id, old: priority, new: priority, reason }))
    .max(RETRO_LIMITS.changes),
  recommendations: z
    .array(z.strictObject({ text: reason, items: z.array(id).max(RETRO_LIMITS.changes) }))
    .max(RETRO_LIMITS.recommendations),
  next_priority_item: id.nullable(),
  new_items: z
    .array(
      z.strictObject({
        title: z.string().trim().min(1).max(200),
        body: text,
        priority,
        component: z
          .string()
          .trim()
          .regex(/^[\w.:/-]{1,50}$/, { error: 'a label name: letters, digits, and . : / - _' })
          .nullable(),
      }),
    )
    .max(RETRO_LIMITS.newItems),
});

export type RetroAnswer = z.infer<typeof retroAnswerSchema>;

/** What the agent runner sends (`--output-schema`) and checks the answer with. */
export const RETRO_OUTPUT_SCHEMA: OutputSchema<RetroAnswer> = {
  json: retroJson as Record<string, unknown>,
  zod: retroAnswerSchema,
};

/** What the retro may act on: the backlog items it showed the model, with their priority. */
export interface RetroEvidence {
  items: ReadonlyMap<string, { priority: Priority }>;
}

/** A valid answer cut down to what names real backlog items, and a note for each part dropped. */
export interface ScreenedAnswer {
  answer: RetroAnswer;
  dropped: string[];
}

/** `#12` as the model may also write it (`12`, `# 12`): the backlog's spelling when that is known. */
function resolveId(raw: string, evidence: RetroEvidence): string | undefined {
  const value = raw.trim();
  if (evidence.items.has(value)) return value;
  const number = /^#?\s*(\d+)$/.exec(value)?.[1];
  if (number && evidence.items.has(`#${number}`)) return `#${number}`;
  return undefined;
}

const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/**
 * Keeps only the parts of the answer that name items in the evidence (the backlog): anything
 * else is dropped with a note, so text planted in an issue or comment that names some other issue
 * (the dashboard, a pull request, a number that does not exist) changes nothing. An item is
 * closed at most once: a second deprecation or merge of it is dropped, and so is a priority
 * change of an item that is being closed. A priority change whose `old` is not the item's
 * priority is dropped too: the model misread the backlog.
 */
export function screenAnswer(answer: RetroAnswer, evidence: RetroEvidence): ScreenedAnswer {
  const dropped: string[] = [];
  const closing = new Set<string>();
  const known = (raw: string, what: string): string | undefined => {
    const found = resolveId(raw, evidence);
    if (!found) dropped.push(`${what}: ${quote(raw)} is not an item of the backlog.`);
    return found;
  };

  const deprecations: RetroAnswer['deprecations'] = [];
  for (const d of answer.deprecations) {
    const item = known(d.item, 'A deprecation');
    if (!item) continue;
    if (closing.has(item)) {
      dropped.push(`A second change closing ${item} was dropped.`);
      continue;
    }
    closing.add(item);
    deprecations.push({ ...d, item });
  }

  const merges: RetroAnswer['merges'] = [];
  for (const m of answer.merges) {
    const source = known(m.source, 'A merge source');
    const target = known(m.target, 'A merge target');
    if (!source || !target) continue;
    if (source === target) {
      dropped.push(`A merge of ${source} into itself was dropped.`);
      continue;
    }
    if (closing.has(source) || closing.has(target)) {
      dropped.push(
        `A merge of ${source} into ${target} was dropped: one of them is closed by another change.`,
      );
      continue;
    }
    closing.add(source);
    merges.push({ ...m, source, target });
  }

  const priority_changes: RetroAnswer['priority_changes'] = [];
  for (const p of answer.priority_changes) {
    const item = known(p.item, 'A priority change');
    if (!item) continue;
    const current = evidence.items.get(item)?.priority;
    if (closing.has(item))
      dropped.push(`The priority change of ${item} was dropped: it is closed by another change.`);
    else if (p.old === p.new) dropped.push(`The priority change of ${item} changes nothing (${p.old}).`);
    else if (current !== p.old)
      dropped.push(`The priority change of ${item} was dropped: its priority is ${current}, not ${p.old}.`);
    else if (priority_changes.some((c) => c.item === item))
      dropped.push(`A second priority change of ${item} was dropped.`);
    else priority_changes.push({ ...p, item });
  }

  const recommendations: RetroAnswer['recommendations'] = [];
  for (const r of answer.recommendations) {
    // Items written in the text count as named too: `#n` there must be a backlog item as well.
    const named = [...r.items, ...[...r.text.matchAll(/#\d+/g)].map((m) => m[0])];
    const unknown = named.filter((n) => !resolveId(n, evidence));
    if (unknown.length > 0) {
      dropped.push(
        `A recommendation was dropped: it names ${unknown.map(quote).join(', ')}, not in the backlog.`,
      );
      continue;
    }
    recommendations.push({ ...r, items: r.items.map((n) => resolveId(n, evidence) as string) });
  }

  let next = answer.next_priority_item;
  if (next !== null) {
    const item = known(next, 'The next priority item');
    next = item && !closing.has(item) ? item : null;
  }
  return {
    answer: { ...answer, deprecations, merges, priority_changes, recommendations, next_priority_item: next },
    dropped,
  };
}
