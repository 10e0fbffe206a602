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
 * The hidden state does not authenticate under the job's key: written without one (before the
 * MAC existed, or by a job without a secret), with another key, edited, or not written by the
 * action at all (another workflow posting as the same bot). It is not read.
 */
export class UntrustedStateError extends StateError {
  constructor(message: string) {
    super(message);
    this.name = 'UntrustedStateError';
  }
}

/**
 * Signs and checks the state's JSON text for one item: the job's key bound to the repository and
 * the item (src/safety/block-mac.ts, bound in src/item/store.ts). This folder stays pure: it gets
 * the two functions, not the key.
 */
export interface StateAuth {
  sign(text: string): string;
  verify(text: string, tag: string): boolean;
}

const TAG = /^hmac-sha256=([0-9a-f]{64}) /;

/**
 * Serialises the state as a hidden HTML comment. JSON may hold `-->`, `--!>` or `<!--` inside
 * strings, which would end (or confuse) the comment; `<`, `>` and every `-` of a `--` run are
 * therefore written as \u escapes. `--` can only occur inside strings (a number never holds two
 * minus signs in a row), so the escapes are always valid JSON and parse back to the same text.
 * With `auth`, the JSON text as written is preceded by its MAC: `hmac-sha256=<hex> {…}`.
 */
export function encodeState(state: ItemState, auth?: StateAuth): string {
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/-(?=-)/g, '\\u002d');
  const tag = auth ? `hmac-sha256=${auth.sign(json)} ` : '';
  return `${STATE_OPEN}${tag}${json}${STATE_CLOSE}`;
}

/**
 * Reads the hidden state out of a status comment's body; undefined when the body holds none.
 * Only call this on a comment written by the action's own identity (see store.ts). With `auth`
 * (the job holds a key) the state's MAC must verify, else UntrustedStateError: the MAC is checked
 * on exactly the text that is then parsed. Without one, a state is read with or without a MAC
 * (nothing to check it with: the identity is all that is trusted). `where` names the comment in
 * error messages.
 */
export function decodeState(body: string, where: string, auth?: StateAuth): ItemState | undefined {
  // The rendered visible part never contains `<!--` (status.ts escapes `<`), so the last marker is ours.
  const start = body.lastIndexOf(STATE_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf('-->', start + STATE_OPEN.length);
  const inside = end < 0 ? undefined : body.slice(start + STATE_OPEN.length, end).trim();
  const tag = inside === undefined ? undefined : TAG.exec(inside);
  if (auth && (!tag || !auth.verify(inside!.slice(tag[0].length), tag[1]!))) {
    throw new UntrustedStateError(
      `The hidden state in ${where} does not authenticate under this job's key (session-key, else openai-api-key): ` +
        (tag
          ? 'it was edited, written with another key, or written by another workflow posting as the same bot.'
          : 'it carries no MAC (written before the MAC existed, by a job without a key, or by another workflow posting as the same bot).'),
    );
  }
  if (inside === undefined)
    throw new StateError(`The hidden state in ${where} is not closed with '-->'. ${FIX}`);
  const text = tag ? inside.slice(tag[0].length) : inside;

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
