/**
 * A fast path for the front matter backlog files usually have: flat `key: value` lines whose
 * values are plain words, quoted strings without escapes, integers, or lists of those (flow
 * `[a, b]` or block `- a`). The `yaml` package takes ~100 µs for such a block, which for 10,000
 * files is most of a scan; this reads it in a few. Anything outside that subset — comments, other
 * scalars (booleans, nulls, floats, dates), escapes, nesting, duplicate keys, anything odd —
 * returns undefined, and the caller parses the block with `yaml` instead, so every error message
 * (with its line) still comes from the real parser. A unit test checks that both agree.
 */

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
