/**
 * The one model both backlog sources produce (DESIGN §6): a GitHub issue and a markdown file become
 * the same `WorkItem`, so the DAG, the queue and the dashboard never ask where an item came from.
 */

/** Priorities, most urgent first; `P0`–`P3` are read as critical–low. */
export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Without a priority an item is medium: neither jumps the queue nor waits behind everything. */
export const DEFAULT_PRIORITY: Priority = 'medium';

/** The statuses an item can have; docs files write them, GitHub items get them from state and labels. */
export const ITEM_STATUSES = ['open', 'in_progress', 'in_review', 'blocked', 'done', 'deprecated'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Other spellings people use in front matter, and the status each means. */
const STATUS_ALIASES: Record<string, ItemStatus> = {
  todo: 'open',
  new: 'open',
  ready: 'open',
  planned: 'open',
  doing: 'in_progress',
  started: 'in_progress',
  wip: 'in_progress',
  review: 'in_review',
  closed: 'done',
  complete: 'done',
  completed: 'done',
  cancelled: 'deprecated',
  canceled: 'deprecated',
  wontfix: 'deprecated',
  obsolete: 'deprecated',
};

/** A checklist line under the item's "Acceptance criteria" heading. */
export interface Criterion {
  text: string;
  done: boolean;
}

/** Where an item is written down: a file (1-based line of its front matter) or a GitHub issue. */
export type SourceLocation =
  | { kind: 'docs'; file: string; line: number }
  | { kind: 'github'; number: number; url?: string };

/** One unit of backlog work. */
export interface WorkItem {
  /** Unique in the backlog: the front matter `id`, or `#12` for a GitHub issue. */
  id: string;
  title: string;
  /** The markdown below the front matter, or the issue body. Untrusted text. */
  body: string;
  priority: Priority;
  /** The milestone's id (docs) or title (GitHub); undefined when the item has none. */
  milestone: string | undefined;
  status: ItemStatus;
  /** Ids of the items this one waits for. */
  blockedBy: string[];
  /** Ids of the items that wait for this one. */
  blocking: string[];
  acceptanceCriteria: Criterion[];
  labels: string[];
  source: SourceLocation;
  /**
   * Creation order where the source knows it (a GitHub issue's number); docs files have none and
   * are ordered by id.
   */
  order: number | undefined;
  /** ISO time the item was created, where known. */
  createdAt?: string;
  /** ISO time of the item's last activity (a GitHub issue's `updated_at`), where known. */
  updatedAt?: string;
}

/** A milestone, with its rank in the milestone order (0 first). */
export interface Milestone {
  id: string;
  title: string;
  rank: number;
  /** Where it is defined (docs); undefined for a GitHub milestone. */
  file?: string;
}

/** Items that count as finished for their dependents: done, or dropped (like a closed GitHub issue). */
export const isResolved = (status: ItemStatus): boolean => status === 'done' || status === 'deprecated';

/**
 * A priority from any of its accepted spellings: `critical|high|medium|low`, `P0`–`P3`, `0`–`3`
 * (case-insensitive). Undefined when the value is none of these.
 */
export function parsePriority(value: unknown): Priority | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return PRIORITIES[value];
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const numbered = /^p?([0-3])$/.exec(text);
  if (numbered) return PRIORITIES[Number(numbered[1])];
  return (PRIORITIES as readonly string[]).includes(text) ? (text as Priority) : undefined;
}

/** A status from its accepted spellings (`in-progress`, `In Progress`, `closed`, …), else undefined. */
export function parseStatus(value: unknown): ItemStatus | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((ITEM_STATUSES as readonly string[]).includes(text)) return text as ItemStatus;
  return STATUS_ALIASES[text];
}

/**
 * Compares ids so that `item-2` sorts before `item-10`: runs of digits by value, other text
 * ignoring case, then the raw text as a tie-break, so the order is total and stable. Hand-written
 * because `Intl.Collator` costs a microsecond a call, which a 10,000-item sort notices.
 */
export function compareIds(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i;
      let ej = j;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      // Leading zeros do not change a number's value: compare without them, by length then digits.
      let si = i;
      let sj = j;
      while (si < ei - 1 && a.charCodeAt(si) === 48) si++;
      while (sj < ej - 1 && b.charCodeAt(sj) === 48) sj++;
      const byLength = ei - si - (ej - sj);
      if (byLength !== 0) return byLength;
      for (let k = 0; k < ei - si; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
        if (d !== 0) return d;
      }
      i = ei;
      j = ej;
      continue;
    }
    const la = lower(ca);
    const lb = lower(cb);
    if (la !== lb) return la - lb;
    i++;
    j++;
  }
  const rest = a.length - i - (b.length - j);
  if (rest !== 0) return rest;
  return a < b ? -1 : a > b ? 1 : 0;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
