import { type Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { quoted } from './problems.js';

/**
 * The front matter of a docs file, read without anything that could run it: the block between a
 * first line of exactly `---` and the next `---` (or `...`) line is YAML, parsed by the `yaml`
 * package (its errors carry positions; YAML 1.2, where `no` and `on` are strings) behind a fast
 * path for the plain subset below. gray-matter, which this replaced, also took `---js` and
 * evaluated the block: these files come from agents' branches and any checkout, so any other
 * opener is refused (`---yaml` too: the status rewrites in docs-file.ts know only `---`).
 *
 * The fast path covers what backlog files usually have: flat `key: value` lines whose values are
 * plain words, quoted strings without escapes, integers, or lists of those (flow `[a, b]` or block
 * `- a`). The `yaml` package takes ~100 µs for such a block, which for 10,000 files is most of a
 * scan; this reads it in a few. Anything outside that subset — comments, other scalars (booleans,
 * nulls, floats, dates), escapes, nesting, duplicate keys, anything odd — returns undefined, and
 * the block is parsed with `yaml` instead, so every error message (with its line) still comes from
 * the real parser. A unit test checks that both agree.
 */

/** The only line that opens front matter (a byte order mark before it is allowed, trailing blanks too). */
export const FRONT_MATTER_OPEN = /^(?:\uFEFF)?---[ \t]*$/;
/** A line that closes it: `---`, or YAML's document end `...`. */
export const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** The front matter as parsed, with a way to find the file line of a top-level key or list entry. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the closing line (the whole file when it has no front matter). */
  content: string;
  /** File line of the key's value (of the n-th entry when it is a list), else 1. */
  lineOf(key: string, index?: number): number;
}

/** Front matter that cannot be read, with the file line to point at. */
export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** The front matter opens on line 1, so its text starts on line 2. */
const FIRST_LINE = 2;

/** Where the line starting at `from` ends (its `\n`, or the end of the text). */
const lineEnd = (text: string, from: number) => {
  const at = text.indexOf('\n', from);
  return at === -1 ? text.length : at;
};
const lineAt = (text: string, from: number, end: number) =>
  text.slice(from, end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end);

/**
 * Reads the front matter of `text`. A file whose first line does not start with `---` has none
 * (empty data, the whole text as content); one whose first line starts with `---` but is not
 * exactly that (`---js`, `---json`, `--- yaml`, `----`) is refused, as is a block never closed.
 * Throws FrontMatterError with the file line.
 */
export function readFrontMatter(text: string): FrontMatter {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEnd(text, start);
  const first = lineAt(text, start, firstEnd);
  if (!first.startsWith('---')) return { data: {}, content: text.slice(start), lineOf: () => 1 };
  if (!FRONT_MATTER_OPEN.test(first)) {
    throw new FrontMatterError(
      `the first line is ${quoted(first, 24)}: front matter opens with a line of exactly "---" and is YAML; other front matter languages (---js, ---json, ---yaml …) are refused, never run.`,
      1,
    );
  }
  let from = firstEnd + 1;
  while (from <= text.length) {
    const end = lineEnd(text, from);
    if (FRONT_MATTER_CLOSE.test(lineAt(text, from, end))) {
      const source = text.slice(firstEnd + 1, from);
      return { ...parseBlock(source), content: text.slice(Math.min(end + 1, text.length)) };
    }
    from = end + 1;
  }
  throw new FrontMatterError(
    'the front matter opened on line 1 is never closed: end it with a line of exactly "---".',
    1,
  );
}

/** The block between the opening and closing lines, as data with the lines of its keys. */
function parseBlock(source: string): Omit<FrontMatter, 'content'> {
  const fast = parseFastFrontMatter(source);
  if (fast) {
    return {
      data: fast.data,
      lineOf: (key, index) => {
        const entry = index === undefined ? undefined : fast.entryLines.get(key)?.[index];
        const at = entry ?? fast.keyLines.get(key);
        return at === undefined ? 1 : FIRST_LINE + at;
      },
    };
  }
  const doc: Document.Parsed = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    // An error found only at the end of the block (an unclosed `[`) points past its last line:
    // the person looks for it on that last line, not on the closing `---`.
    const last = source.replace(/\n$/, '').split('\n').length;
    const line = Math.min(error.linePos?.[0].line ?? 1, last) + FIRST_LINE - 1;
    throw new FrontMatterError(error.message.split('\n')[0] ?? 'invalid YAML', line);
  }
  const value: unknown = doc.toJS() ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterError('expected a mapping of keys (id: …, title: …)', FIRST_LINE);
  }
  const lineOfOffset = (offset: number | undefined) => {
    if (offset === undefined) return 1;
    let line = FIRST_LINE;
    for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
    return line;
  };
  return {
    data: value as Record<string, unknown>,
    lineOf: (key, index) => {
      const root = doc.contents;
      if (!isMap(root)) return 1;
      const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) return 1;
      const item = pair.value;
      if (index !== undefined && isSeq(item)) {
        const entry = item.items[index] as { range?: [number, number, number] } | undefined;
        if (entry?.range) return lineOfOffset(entry.range[0]);
      }
      return lineOfOffset((pair.key as { range?: [number, number, number] }).range?.[0]);
    },
  };
}

/** The parsed mapping, with the 0-based line of each key and of each block-list entry. */
export interface FastFrontMatter {
  data: Record<string, string | number | (string | number)[]>;
  keyLines: Map<string, number>;
  entryLines: Map<string, number[]>;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const ENTRY_LINE = /^[ \t]+-[ \t]+(.*?)[ \t]*$/;
/** Words a plain scalar may be made of; `:`, `#`, quotes, brackets and the like send it to `yaml`. */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9 _./()+-]*$/;
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
/** Plain words the YAML core schema reads as something other than a string. */
const SPECIAL = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/** A scalar of the subset, or undefined when only `yaml` should decide what it is. */
function scalar(text: string): string | number | undefined {
  if (text.length >= 2 && text[0] === '"' && text[text.length - 1] === '"') {
    const inner = text.slice(1, -1);
    return /["\\]/.test(inner) ? undefined : inner;
  }
  if (text.length >= 2 && text[0] === "'" && text[text.length - 1] === "'") {
    const inner = text.slice(1, -1);
    return inner.includes("'") ? undefined : inner;
  }
  if (!PLAIN.test(text) || SPECIAL.test(text)) return undefined;
  if (/^[0-9]/.test(text)) return INTEGER.test(text) ? Number(text) : undefined;
  // Internal runs of spaces are kept by YAML; only a trailing space would differ, and it is trimmed.
  return text;
}

export function parseFastFrontMatter(block: string): FastFrontMatter | undefined {
  if (block.includes('\r') || block.includes('\t')) return undefined;
  const lines = block.split('\n');
  const data: FastFrontMatter['data'] = {};
  const keyLines = new Map<string, number>();
  const entryLines = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    // `key: value`, the key at the start of the line, one space (or the end) after the colon.
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    if (colon < 1 || !KEY.test(key) || (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 32))
      return undefined;
    if (keyLines.has(key) || key === '__proto__') return undefined;
    keyLines.set(key, i);
    const rest = line.slice(colon + 1).trim();
    if (rest === '') {
      const entries: (string | number)[] = [];
      const at: number[] = [];
      while (i + 1 < lines.length) {
        const entry = ENTRY_LINE.exec(lines[i + 1] as string);
        if (!entry) break;
        const value = scalar(entry[1] as string);
        if (value === undefined) return undefined;
        entries.push(value);
        at.push(++i);
      }
      // A key without a value is null in YAML: leave that to the real parser.
      if (entries.length === 0) return undefined;
      data[key] = entries;
      entryLines.set(key, at);
      continue;
    }
    if (rest[0] === '[') {
      if (rest[rest.length - 1] !== ']') return undefined;
      const inner = rest.slice(1, -1).trim();
      if (inner === '') {
        data[key] = [];
        continue;
      }
      const entries: (string | number)[] = [];
      for (const part of inner.split(',')) {
        const value = scalar(part.trim());
        if (value === undefined) return undefined;
        entries.push(value);
      }
      data[key] = entries;
      continue;
    }
    const value = scalar(rest);
    if (value === undefined) return undefined;
    data[key] = value;
  }
  return { data, keyLines, entryLines };
}
