import { type ItemState, itemStateSchema, STATE_VERSION } from './schema.js';

/** Marks the one status comment of a work item (DESIGN §3). */
export const STATUS_MARKER = '<!-- codex-orchestrator:status -->';

const STATE_OPEN = '<!-- codex-orchestrator:state ';
const STATE_CLOSE = ' -->';

/** The hidden state could not be read: corrupt JSON, a schema mismatch, or a newer version. */
export class StateError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StateError';
  }
}

/**
 * Serialises the state as a hidden HTML comment. JSON may hold `-->`, `--!>` or `<!--` inside
 * strings, which would end (or confuse) the comment; `<`, `>` and every `-` of a `--` run are
 * therefore written as \u escapes. `--` can only occur inside strings (a number never holds two
 * minus signs in a row), so the escapes are always valid JSON and parse back to the same text.
 */
export function encodeState(state: ItemState): string {
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/-(?=-)/g, '\\u002d');
  return `${STATE_OPEN}${json}${STATE_CLOSE}`;
}

/**
 * Reads the hidden state out of a status comment's body; undefined when the body holds none.
 * Only call this on a comment written by the action's own identity (see store.ts): the body is
 * trusted input here. `where` names the comment in error messages.
 */
export function decodeState(body: string, where: string): ItemState | undefined {
  // The rendered visible part never contains `<!--` (status.ts escapes `<`), so the last marker is ours.
  const start = body.lastIndexOf(STATE_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf('-->', start + STATE_OPEN.length);
  if (end < 0) throw new StateError(`The hidden state in ${where} is not closed with '-->'. ${FIX}`);
  const text = body.slice(start + STATE_OPEN.length, end).trim();

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StateError(`The hidden state in ${where} is not valid JSON. ${FIX}`, { cause: error });
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > STATE_VERSION) {
    throw new StateError(
      `The hidden state in ${where} has version ${version}, but this version of codex-orchestrator ` +
        `reads version ${STATE_VERSION} only. A newer release of the action wrote it: use that release ` +
        `(or newer) in this workflow, or delete the status comment to start the item over.`,
    );
  }
  if (version !== STATE_VERSION) {
    throw new StateError(
      `The hidden state in ${where} has version ${JSON.stringify(version)}; expected ${STATE_VERSION}. ${FIX}`,
    );
  }
  const parsed = itemStateSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new StateError(`The hidden state in ${where} is invalid: ${problems.join('; ')}. ${FIX}`);
  }
  return parsed.data;
}

const FIX = 'Delete the status comment to start the item over (the branch and PR are kept).';
