import {
  FRONT_MATTER_CLOSE,
  FRONT_MATTER_OPEN,
  type FrontMatter,
  FrontMatterError,
  readFrontMatter,
} from './front-matter.js';
import {
  type Criterion,
  DEFAULT_PRIORITY,
  type ItemStatus,
  type Priority,
  parsePriority,
  parseStatus,
  type WorkItem,
} from './model.js';
import { type BacklogProblem, codePoint, INVISIBLE, quoted } from './problems.js';

/**
 * One markdown file of the docs source: its YAML front matter (front-matter.ts, which never runs
 * anything), the acceptance criteria checklist of the body, and the in-place rewrites of its
 * status that the dev and retro pull requests commit.
 */

/** A dependency written in a file, with the line it is on, for problems that point at it. */
export interface WrittenRef {
  id: string;
  field: 'blocked_by' | 'blocking';
  line: number;
}

/** What one issue file yields: the item (when id and title are there), its refs and problems. */
export interface ParsedIssueFile {
  item: WorkItem | undefined;
  refs: WrittenRef[];
  /** The line of the `milestone` key, for an unknown-milestone problem. */
  milestoneLine: number;
  problems: BacklogProblem[];
}

/** A scalar id: strings as written, numbers as their decimal text. */
const asId = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value.trim() || undefined
    : typeof value === 'number'
      ? String(value)
      : undefined;

/**
 * Why an id cannot be used, or undefined. Ids end up in branch names, code spans and one-line
 * reports, where a line break or an invisible character would break them or hide what they say.
 */
function unusableId(id: string): string | undefined {
  const char = id.match(INVISIBLE)?.[0];
  if (char === undefined) return undefined;
  return `${quoted(id)} contains an invisible or control character (${codePoint(char)}), such as a line break: ids are one line of visible characters.`;
}

/** Parses one issue file; `file` is its path relative to the repository root. */
export function parseIssueFile(file: string, text: string): ParsedIssueFile {
  const problems: BacklogProblem[] = [];
  let front: FrontMatter;
  try {
    front = readFrontMatter(text);
  } catch (error) {
    const line = error instanceof FrontMatterError ? error.line : 1;
    const message = error instanceof Error ? error.message : String(error);
    return {
      item: undefined,
      refs: [],
      milestoneLine: 1,
      problems: [{ kind: 'parse', file, line, message }],
    };
  }
  const { data } = front;
  const invalid = (field: string, message: string) =>
    problems.push({ kind: 'invalid-field', file, line: front.lineOf(field), field, message });

  let id = asId(data.id);
  const idProblem = id === undefined ? undefined : unusableId(id);
  if (data.id === undefined || data.id === null || (id === undefined && typeof data.id === 'string'))
    problems.push({ kind: 'missing-field', file, line: front.lineOf('id'), field: 'id' });
  else if (id === undefined) invalid('id', 'expected a string or a number.');
  else if (idProblem) {
    invalid('id', idProblem);
    id = undefined;
  }

  const title = typeof data.title === 'string' ? data.title.trim() : undefined;
  if (!title) {
    if (data.title === undefined || data.title === null || typeof data.title === 'string')
      problems.push({ kind: 'missing-field', file, line: front.lineOf('title'), field: 'title' });
    else invalid('title', 'expected text.');
  }

  let status: ItemStatus = 'open';
  if (data.status !== undefined && data.status !== null) {
    const parsed = parseStatus(data.status);
    if (parsed) status = parsed;
    else
      invalid(
        'status',
        `unknown status ${JSON.stringify(data.status)}. Expected open, in_progress, in_review, blocked, done or deprecated.`,
      );
  }

  let priority: Priority = DEFAULT_PRIORITY;
  if (data.priority !== undefined && data.priority !== null) {
    const parsed = parsePriority(data.priority);
    if (parsed) priority = parsed;
    else
      invalid(
        'priority',
        `unknown priority ${JSON.stringify(data.priority)}. Expected critical, high, medium, low or P0–P3.`,
      );
  }

  let milestone: string | undefined;
  if (data.milestone !== undefined && data.milestone !== null) {
    milestone = asId(data.milestone);
    const unusable = milestone === undefined ? undefined : unusableId(milestone);
    if (milestone === undefined) invalid('milestone', 'expected the id of a milestone.');
    else if (unusable) {
      invalid('milestone', unusable);
      milestone = undefined;
    }
  }

  const refs: WrittenRef[] = [];
  const blockedBy: string[] = [];
  const blocking: string[] = [];
  for (const field of ['blocked_by', 'blocking'] as const) {
    const value = data[field];
    if (value === undefined || value === null) continue;
    const entries = Array.isArray(value) ? value : [value];
    entries.forEach((entry, index) => {
      const ref = asId(entry);
      const line = front.lineOf(field, Array.isArray(value) ? index : undefined);
      const unusable = ref === undefined ? 'expected item ids (a list of strings).' : unusableId(ref);
      if (ref === undefined || unusable) {
        problems.push({ kind: 'invalid-field', file, line, field, message: unusable as string });
        return;
      }
      refs.push({ id: ref, field, line });
      (field === 'blocked_by' ? blockedBy : blocking).push(ref);
    });
  }

  const labels = Array.isArray(data.labels)
    ? data.labels.filter((l): l is string => typeof l === 'string')
    : [];
  const item: WorkItem | undefined =
    id !== undefined && title
      ? {
          id,
          title,
          body: front.content,
          priority,
          milestone,
          status,
          blockedBy,
          blocking,
          acceptanceCriteria: acceptanceCriteria(front.content),
          labels,
          source: { kind: 'docs', file, line: 1 },
          order: undefined,
        }
      : undefined;
  return { item, refs, milestoneLine: front.lineOf('milestone'), problems };
}

/** A milestone file: optional `id` (default: the file name), `title`, `order`, `due`. */
export interface ParsedMilestoneFile {
  milestone:
    | { id: string; title: string; order: number | undefined; due: string | undefined; file: string }
    | undefined;
  problems: BacklogProblem[];
}

export function parseMilestoneFile(file: string, text: string): ParsedMilestoneFile {
  let front: FrontMatter;
  try {
    front = readFrontMatter(text);
  } catch (error) {
    const line = error instanceof FrontMatterError ? error.line : 1;
    return {
      milestone: undefined,
      problems: [{ kind: 'parse', file, line, message: (error as Error).message }],
    };
  }
  const { data } = front;
  const problems: BacklogProblem[] = [];
  const base = file.replace(/^.*\//, '').replace(/\.md$/i, '');
  const id = asId(data.id) ?? base;
  const unusable = unusableId(id);
  if (unusable) {
    const line = front.lineOf('id');
    return {
      milestone: undefined,
      problems: [{ kind: 'invalid-field', file, line, field: 'id', message: unusable }],
    };
  }
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : id;
  let order: number | undefined;
  if (data.order !== undefined && data.order !== null) {
    if (typeof data.order === 'number' && Number.isFinite(data.order)) order = data.order;
    else
      problems.push({
        kind: 'invalid-field',
        file,
        line: front.lineOf('order'),
        field: 'order',
        message: 'expected a number.',
      });
  }
  const dueValue: unknown = data.due;
  const due = dueValue instanceof Date ? dueValue.toISOString().slice(0, 10) : asId(dueValue);
  return { milestone: { id, title, order, due, file }, problems };
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const CRITERIA_HEADING = /^acceptance criteria\b/i;
const CHECKBOX = /^([ \t]*[-*+][ \t]+)\[([ xX])\](?=[ \t]|$)[ \t]*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Line indexes of the checklist under the first "Acceptance criteria" heading (code blocks skipped). */
function criteriaLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  let level = 0;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    // Only fences, headings and list items matter; most lines are prose and stop here.
    const first = line.trimStart().charCodeAt(0);
    if (
      first !== 0x60 &&
      first !== 0x7e &&
      first !== 0x23 &&
      first !== 0x2d &&
      first !== 0x2a &&
      first !== 0x2b
    )
      continue;
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      const depth = (heading[1] as string).length;
      if (level > 0 && depth <= level) break;
      if (level === 0 && CRITERIA_HEADING.test(heading[2] as string)) level = depth;
      continue;
    }
    if (level > 0 && CHECKBOX.test(line)) found.push(i);
  }
  return found;
}

/** The checklist under the body's "Acceptance criteria" heading. */
export function acceptanceCriteria(body: string): Criterion[] {
  if (!/acceptance criteria/i.test(body)) return [];
  const lines = body.split(/\r?\n/);
  return criteriaLines(lines).map((i) => {
    const match = CHECKBOX.exec(lines[i] as string) as RegExpExecArray;
    return { text: (match[3] as string).trim(), done: match[2] !== ' ' };
  });
}

/**
 * The file's text with `status: done` in its front matter and every acceptance criterion ticked;
 * everything else (comments, key order, line endings, the body) is kept as it was. The dev PR
 * commits this, so merging the reviewed PR is what archives the item.
 */
export function markItemDone(text: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const opened = FRONT_MATTER_OPEN.test(lines[0] ?? '');
  // `---js` and the like are no front matter to add to, and no body to put a new one above.
  if (!opened && /^(?:\uFEFF)?---/.test(lines[0] ?? '')) return text;
  let bodyStart = 0;
  if (opened) {
    const close = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_CLOSE.test(line));
    if (close > 0) {
      const statusLine = lines.findIndex((line, i) => i > 0 && i < close && /^status[ \t]*:/.test(line));
      if (statusLine > 0) lines[statusLine] = 'status: done';
      else lines.splice(close, 0, 'status: done');
      bodyStart = statusLine > 0 ? close + 1 : close + 2;
    }
  }
  if (bodyStart === 0 && !opened) {
    lines.unshift('---', 'status: done', '---');
    bodyStart = 3;
  }
  const body = lines.slice(bodyStart);
  for (const i of criteriaLines(body)) {
    lines[bodyStart + i] = (lines[bodyStart + i] as string).replace(/^([ \t]*[-*+][ \t]+)\[ \]/, '$1[x]');
  }
  return lines.join(eol);
}

/** A YAML scalar for a front matter value: plain when it cannot be misread, else double-quoted. */
export const yamlScalar = (value: string) =>
  /^[A-Za-z][A-Za-z0-9._/-]*$/.test(value) && !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(value)
    ? value
    : JSON.stringify(value);

/**
 * The file's text with `status: <status>` (and each `extra` key) set in its front matter: see
 * {@link setFrontMatterFields}. The retro's pull request commits this, so merging it is what
 * deprecates an item.
 */
export function setItemStatus(
  text: string,
  status: ItemStatus,
  extra: Readonly<Record<string, string>> = {},
): string {
  return setFrontMatterFields(text, { status, ...extra });
}

/**
 * The file's text with each key of `fields` set in its front matter; the rest (comments, key
 * order, line endings, the body) is kept. A key already there is rewritten in place, its indented
 * continuation lines (a list or block written under it) dropped; a missing one goes last. A file
 * without front matter is returned as it was: it is not an item file.
 */
export function setFrontMatterFields(text: string, fields: Readonly<Record<string, string>>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (!FRONT_MATTER_OPEN.test(lines[0] ?? '')) return text;
  let close = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_CLOSE.test(line));
  if (close < 0) return text;
  for (const [key, value] of Object.entries(fields)) {
    const line = `${key}: ${yamlScalar(value)}`;
    const at = lines.findIndex((l, i) => i > 0 && i < close && new RegExp(`^${key}[ \\t]*:`).test(l));
    if (at < 0) {
      lines.splice(close, 0, line);
      close += 1;
      continue;
    }
    let end = at + 1;
    while (end < close && /^[ \t]+\S|^[ \t]*-/.test(lines[end] as string)) end++;
    lines.splice(at, end - at, line);
    close -= end - at - 1;
  }
  return lines.join(eol);
}
