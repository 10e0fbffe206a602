import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { MAX_ALIAS_COUNT } from '../config.js';

/** A YAML file read through a schema: the value, or every problem as `file:line: field: message`. */
export type Parsed<T> =
  | { ok: true; value: T }
  /** `raw`: the file's data as written, when it was YAML at all (to tell what kind of file it meant to be). */
  | { ok: false; problems: string[]; raw?: unknown };

/**
 * Parses a small YAML file (a case, the variants) and validates it, collecting every problem with
 * its file, line and dotted field, in file order, so that a person fixes them all in one pass.
 */
export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S): Parsed<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => (offset === undefined ? '' : `:${lines.linePos(offset).line}`);
  if (doc.errors.length > 0)
    return {
      ok: false,
      problems: doc.errors.map(
        (e) => `${file}${at(e.pos[0])}: YAML syntax error: ${e.message.split('\n')[0]}`,
      ),
    };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    return { ok: false, problems: [`${file}: ${(error as Error).message}`] };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const raw = value;
  const problems = parsed.error.issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return paths.map((path) => {
      const offset = offsetOf(doc.contents, path as (string | number)[]);
      const field = path.length > 0 ? path.join('.') : '(top level)';
      const message = issue.code === 'unrecognized_keys' ? 'unknown field.' : issue.message;
      return { offset: offset ?? 0, text: `${file}${at(offset)}: ${field}: ${message}` };
    });
  });
  problems.sort((a, b) => a.offset - b.offset);
  return { ok: false, problems: problems.map((p) => p.text), raw };
}

/** Where the node at `path` starts (its key for a map entry), or the nearest parent's start. */
function offsetOf(root: unknown, path: (string | number)[]): number | undefined {
  let node: unknown = root;
  let found = (root as { range?: number[] } | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (!pair) return found;
      found = (pair.key as { range?: number[] }).range?.[0] ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: number[] } | undefined;
      if (!item) return found;
      found = item.range?.[0] ?? found;
      node = item;
    } else return found;
  }
  return found;
}
