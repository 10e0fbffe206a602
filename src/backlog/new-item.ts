import { posix } from 'node:path';
import picomatch from 'picomatch';
import { normaliseTitle } from '../text.js';
import { parseIssueFile, yamlScalar } from './docs-file.js';
import { compareIds, isResolved, type Priority, type WorkItem } from './model.js';

/**
 * A new item of the docs backlog, written the way the docs source reads it (the MCP server's
 * create_work_item and run_tests' bug reports): the next free id in the backlog's own id scheme,
 * a file beside the items of that scheme, front matter the parser accepts, and the open items
 * that look like the same work. Pure: the caller reads the backlog and writes the file.
 */

/** The kinds of item a client may create; a human action is never worked by the engine. */
export const NEW_ITEM_TYPES = ['bug', 'feature', 'human_action'] as const;
export type NewItemType = (typeof NEW_ITEM_TYPES)[number];

/** The label that keeps an item out of the engine's queue: a person does it. */
export const HUMAN_ACTION_LABEL = 'human_action';

/** The id a backlog with no numbered ids starts from. */
const FIRST_ID = { prefix: 'ITEM-', width: 3 };

/**
 * The next free id: the backlog's most used `<prefix><number>` scheme (ties: the scheme of the
 * highest number), one above its highest number, zero-padded as its ids are. `ITEM-001` for a
 * backlog without numbered ids. Never an id in `ids`.
 */
export function nextItemId(ids: readonly string[]): string {
  const schemes = new Map<string, { count: number; max: number; width: number }>();
  for (const id of ids) {
    const match = /^(.*?)(\d+)$/.exec(id);
    if (!match) continue;
    const [, prefix = '', digits = ''] = match;
    const scheme = schemes.get(prefix) ?? { count: 0, max: 0, width: 1 };
    scheme.count += 1;
    scheme.max = Math.max(scheme.max, Number(digits));
    if (digits.startsWith('0')) scheme.width = Math.max(scheme.width, digits.length);
    schemes.set(prefix, scheme);
  }
  const [prefix, scheme] = [...schemes].sort(
    ([pa, a], [pb, b]) => b.count - a.count || b.max - a.max || compareIds(pa, pb),
  )[0] ?? [FIRST_ID.prefix, { count: 0, max: 0, width: FIRST_ID.width }];
  const taken = new Set(ids);
  for (let n = scheme.max + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(scheme.width, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** Why the new item cannot be placed, or its path relative to the repository root. */
export type ItemPath = { kind: 'path'; path: string } | { kind: 'refused'; reason: string };

const GLOB_CHARS = /[*?[\]{}()!+@]/;

/**
 * Where the new item's file goes: beside the newest item of its id scheme (the same prefix, the
 * highest number), else beside any item, else the folder the `issues` glob names when it names
 * one; its name is `<id>.md` (or the glob's `*` filled with the id). The path must match the glob.
 */
export function newItemPath(id: string, items: readonly WorkItem[], issuesGlob: string): ItemPath {
  const prefix = /^(.*?)\d+$/.exec(id)?.[1] ?? '';
  const files = items
    .filter((i) => i.source.kind === 'docs')
    .map((i) => ({ id: i.id, file: (i.source as { file: string }).file }));
  const sameScheme = files.filter((f) => /^(.*?)\d+$/.exec(f.id)?.[1] === prefix);
  const beside = (sameScheme.length > 0 ? sameScheme : files).sort((a, b) => compareIds(b.id, a.id))[0];
  const segments = issuesGlob.split('/');
  const last = segments[segments.length - 1] ?? '';
  const name =
    (last.match(/\*/g) ?? []).length === 1 && !GLOB_CHARS.test(last.replace('*', ''))
      ? last.replace('*', id)
      : `${id}.md`;
  let folder: string | undefined;
  if (beside) folder = posix.dirname(beside.file);
  else {
    const literal = segments.slice(0, -1).filter((s) => s !== '**');
    if (literal.some((s) => GLOB_CHARS.test(s)))
      return {
        kind: 'refused',
        reason: `the backlog has no item to place a new one beside, and backlog.docs.issues '${issuesGlob}' names no single folder: add the first item by hand`,
      };
    folder = literal.join('/') || '.';
  }
  const path = folder === '.' ? name : `${folder}/${name}`;
  if (!picomatch(issuesGlob, { dot: false })(path))
    return {
      kind: 'refused',
      reason: `${path} would not match backlog.docs.issues '${issuesGlob}', so the scan would not see it`,
    };
  return { kind: 'path', path };
}

export interface NewItem {
  id: string;
  type: NewItemType;
  title: string;
  description: string;
  priority: Priority;
  component: string;
  /** The day it was created (YYYY-MM-DD). */
  created: string;
}

/** One line of visible text: control characters and line breaks become spaces. */
export const oneLine = (text: string): string =>
  text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The item's file: front matter (id, title, status open, priority, type, component, labels,
 * created), then the description as its body. Checked by parsing it back: a file the docs source
 * would not read as exactly this item is an error here, never a broken backlog.
 */
export function renderNewItem(item: NewItem, path: string): string {
  const labels = [item.type, ...(item.component !== 'unknown' ? [item.component] : [])];
  const front = [
    `id: ${yamlScalar(item.id)}`,
    `title: ${yamlScalar(item.title)}`,
    'status: open',
    `priority: ${item.priority}`,
    `type: ${item.type}`,
    `component: ${yamlScalar(item.component)}`,
    `labels: [${labels.map(yamlScalar).join(', ')}]`,
    `created: ${yamlScalar(item.created)}`,
  ];
  const body = item.description.replace(/\r\n?/g, '\n').trim();
  const text = `---\n${front.join('\n')}\n---\n${body ? `${body}\n` : ''}`;
  const parsed = parseIssueFile(path, text);
  const back = parsed.item;
  if (parsed.problems.length > 0 || back?.id !== item.id || back.title !== item.title)
    throw new Error(
      `The new item's file would not read back as ${item.id} (${parsed.problems.map((p) => p.kind).join(', ') || 'a different id or title'}); nothing was written.`,
    );
  return text;
}

/** An open item that looks like the new one: the same title once normalised, or most of its words. */
export interface SimilarItem {
  item: WorkItem;
  /** `same`: the normalised titles are equal; `similar`: they share most words. */
  match: 'same' | 'similar';
}

const words = (title: string) => new Set(normaliseTitle(title).split(' ').filter(Boolean));

/**
 * The open item most like `title`: the same normalised title first, else the one sharing the most
 * words when they share at least 60% of both titles' words together (Jaccard).
 */
export function similarItem(title: string, items: readonly WorkItem[]): SimilarItem | undefined {
  const open = items.filter((i) => !isResolved(i.status));
  const key = normaliseTitle(title);
  const same = open.find((i) => normaliseTitle(i.title) === key);
  if (same) return { item: same, match: 'same' };
  const mine = words(title);
  let best: { item: WorkItem; score: number } | undefined;
  for (const item of open) {
    const theirs = words(item.title);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    const score = shared / (mine.size + theirs.size - shared || 1);
    if (score >= 0.6 && (!best || score > best.score)) best = { item, score };
  }
  return best ? { item: best.item, match: 'similar' } : undefined;
}
