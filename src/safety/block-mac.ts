import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

// The action keeps what it must read back (the item's state, the stored review) in hidden blocks of
// its own comments, and trusts only comments by its own identity. With the default token that
// identity, `github-actions[bot]`, is shared by every workflow of the repository: one that posts or
// edits a comment with text it was given can write a block too. A checksum does not help (whoever
// writes the block can recompute it), so each block carries an HMAC-SHA256 keyed from a secret the
// job holds, over exactly the bytes read back plus what the block is about (the repository, the
// item or pull request, for a review its cycle and head commit), so a genuine block copied onto
// another item or cycle does not authenticate either.

/** HKDF's info label: the same secret keys the session store (session-cipher.ts) under another label. */
const INFO = Buffer.from('codex-orchestrator block mac v1', 'utf8');

/**
 * The secret a job's keys derive from: the dedicated `session-key` when set, else the model key.
 * Empty when the job holds neither (a custom endpoint without a key): blocks are then unkeyed.
 */
export const jobSecret = (inputs: { sessionKey?: string; openaiApiKey: string }): string =>
  inputs.sessionKey || inputs.openaiApiKey;

/**
 * The key hidden blocks are authenticated with. The key bytes are a private field: the object can
 * be passed around (it rides on the action's identity) without the key showing in a log or a
 * JSON dump.
 */
export class BlockKey {
  readonly #key: Buffer;

  private constructor(key: Buffer) {
    this.#key = key;
  }

  /** The key derived from `secret`; undefined for an empty secret (the job holds none). */
  static fromSecret(secret: string): BlockKey | undefined {
    if (!secret) return undefined;
    return new BlockKey(
      Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), INFO, 32)),
    );
  }

  /**
   * The MAC (64 hex digits) of `text` for `context`. The context is length-prefixed, so no split
   * of the same bytes between context and text gives the same MAC.
   */
  sign(context: string, text: string): string {
    const head = Buffer.from(context, 'utf8');
    return createHmac('sha256', this.#key)
      .update(`${head.length}:`)
      .update(head)
      .update(text, 'utf8')
      .digest('hex');
  }

  /** Whether `tag` is the MAC of `text` for `context`, compared in constant time. */
  verify(context: string, text: string, tag: string): boolean {
    if (!/^[0-9a-f]{64}$/.test(tag)) return false;
    return timingSafeEqual(Buffer.from(this.sign(context, text), 'hex'), Buffer.from(tag, 'hex'));
  }
}

/** A key bound to what one block is about: what the codecs sign and verify with. */
export interface BoundKey {
  sign(text: string): string;
  verify(text: string, tag: string): boolean;
}

/** `key` bound to `context` (see {@link blockContext}). */
export const bindKey = (key: BlockKey, context: string): BoundKey => ({
  sign: (text) => key.sign(context, text),
  verify: (text, tag) => key.verify(context, text, tag),
});

/**
 * What a block is about, as the context its MAC covers: its kind and format version, the
 * repository (lowercased: GitHub's names are case-insensitive), then `fields` in the order given.
 */
export function blockContext(
  kind: 'state' | 'review-json' | 'hold',
  repo: { owner: string; repo: string },
  fields: Record<string, string | number>,
): string {
  const lines = [`codex-orchestrator ${kind} v1`, `repo=${repo.owner}/${repo.repo}`.toLowerCase()];
  for (const [name, value] of Object.entries(fields)) lines.push(`${name}=${value}`);
  return lines.join('\n');
}
