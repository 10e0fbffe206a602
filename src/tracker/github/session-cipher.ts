import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { ItemKey } from '../../state/index.js';

// The sealed form of one stored session. Refs of a public repository are readable by anyone, so
// what leaves the runner is AES-256-GCM ciphertext under a key only the workflow's secrets give:
//
//   magic "CXOS" | version u8 | thread-id length u8 | thread id (ASCII) | salt (16) | iv (12)
//   | ciphertext | GCM tag (16)
//
// The key is HKDF-SHA256(secret, salt, INFO): a fresh salt and IV per save, so no (key, IV) pair
// is ever reused. The authenticated data is the whole header plus the item and thread the caller
// asks for: a blob copied onto another item's ref, or relabelled with another thread id, fails
// to open. The thread id is in the clear only so a restore can tell "another thread" from
// "garbled"; it is authenticated like the rest.

const MAGIC = Buffer.from('CXOS', 'ascii');
/** The format written today; `open` refuses any other. */
export const SEAL_VERSION = 1;
const INFO = Buffer.from('codex-orchestrator session store v1', 'utf8');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a sealed blob is bound to; both must match on open. */
export interface SealBinding {
  item: ItemKey;
  threadId: string;
}

/** Why a blob could not be opened; `mismatch` means it is intact but holds another thread. */
export type OpenResult =
  | { ok: true; plaintext: Buffer }
  | { ok: false; kind: 'undecryptable' | 'mismatch'; reason: string };

const deriveKey = (secret: string, salt: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), salt, INFO, 32));

const aad = (header: Buffer, binding: SealBinding): Buffer =>
  Buffer.concat([header, Buffer.from(`\nitem=${binding.item}\nthread=${binding.threadId}`, 'utf8')]);

function checkThreadId(threadId: string): Buffer {
  const bytes = Buffer.from(threadId, 'ascii');
  if (!/^[\w-]{1,255}$/.test(threadId) || bytes.length > 255) {
    throw new Error(`Invalid thread id '${threadId}': expected 1-255 characters of [A-Za-z0-9_-].`);
  }
  return bytes;
}

/** Encrypts `plaintext` for one item and thread. Throws only on an empty secret or a bad thread id. */
export function seal(plaintext: Buffer, secret: string, binding: SealBinding): Buffer {
  if (!secret) throw new Error('Cannot encrypt a session without a secret.');
  const thread = checkThreadId(binding.threadId);
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const header = Buffer.concat([MAGIC, Buffer.from([SEAL_VERSION, thread.length]), thread, salt, iv]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret, salt), iv);
  cipher.setAAD(aad(header, binding));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** The version and thread id a blob claims, without decrypting; undefined when it is not ours. */
export function readHeader(
  blob: Buffer,
): { version: number; threadId: string; headerBytes: number } | undefined {
  if (blob.length < MAGIC.length + 2 || !blob.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const version = blob[MAGIC.length]!;
  const length = blob[MAGIC.length + 1]!;
  const start = MAGIC.length + 2;
  const threadId = blob.subarray(start, start + length).toString('latin1');
  return { version, threadId, headerBytes: start + length + SALT_BYTES + IV_BYTES };
}

/** Decrypts a sealed blob for the given item and thread; never throws. */
export function open(blob: Buffer, secret: string, binding: SealBinding): OpenResult {
  const header = readHeader(blob);
  if (!header) return { ok: false, kind: 'undecryptable', reason: 'the blob is not a sealed session' };
  if (header.version !== SEAL_VERSION) {
    return {
      ok: false,
      kind: 'undecryptable',
      reason: `the blob has format version ${header.version}; this action reads version ${SEAL_VERSION}`,
    };
  }
  if (blob.length < header.headerBytes + TAG_BYTES) {
    return { ok: false, kind: 'undecryptable', reason: 'the blob is truncated' };
  }
  if (header.threadId !== binding.threadId) {
    return {
      ok: false,
      kind: 'mismatch',
      reason: `the stored session is thread ${header.threadId}, not ${binding.threadId}`,
    };
  }
  const head = blob.subarray(0, header.headerBytes);
  const salt = head.subarray(head.length - SALT_BYTES - IV_BYTES, head.length - IV_BYTES);
  const iv = head.subarray(head.length - IV_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(secret, salt), iv);
    decipher.setAAD(aad(head, binding));
    decipher.setAuthTag(blob.subarray(blob.length - TAG_BYTES));
    const body = blob.subarray(header.headerBytes, blob.length - TAG_BYTES);
    return { ok: true, plaintext: Buffer.concat([decipher.update(body), decipher.final()]) };
  } catch {
    // GCM says only "unable to authenticate": a wrong key, another item, or changed bytes.
    return {
      ok: false,
      kind: 'undecryptable',
      reason:
        'it does not authenticate (another key — the model key or session-key changed —, another item, or altered bytes)',
    };
  }
}
