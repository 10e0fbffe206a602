import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { open, readHeader, SEAL_VERSION, seal } from '../../src/tracker/github/session-cipher.js';
import { pack, readRollouts, unpack, writeRollouts } from '../../src/tracker/github/session-pack.js';

const SECRET = 'sk-test-model-key-0123456789';
const THREAD = '019a7f3e-1c2d-7e4f-8a9b-0c1d2e3f4a5b';
const binding = { item: 12, threadId: THREAD };
const plaintext = Buffer.from('{"type":"session_meta","payload":{"id":"x"}}\n'.repeat(50));

const expectUndecryptable = (result: ReturnType<typeof open>) => {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.kind).toBe('undecryptable');
  return result.reason;
};

describe('seal / open', () => {
  it('round-trips, with a fresh salt and IV per seal', () => {
    const a = seal(plaintext, SECRET, binding);
    const b = seal(plaintext, SECRET, binding);
    expect(a.equals(b)).toBe(false);
    const opened = open(a, SECRET, binding);
    expect(opened).toEqual({ ok: true, plaintext });
    // Ciphertext, not the rollout: no recognisable plaintext survives.
    expect(a.includes(Buffer.from('session_meta'))).toBe(false);
  });

  it('writes a versioned header naming the thread', () => {
    const sealed = seal(plaintext, SECRET, binding);
    expect(sealed.subarray(0, 4).toString('ascii')).toBe('CXOS');
    expect(sealed[4]).toBe(SEAL_VERSION);
    expect(readHeader(sealed)).toMatchObject({ version: 1, threadId: THREAD });
  });

  it('refuses another format version, even when the rest is intact', () => {
    const sealed = seal(plaintext, SECRET, binding);
    sealed[4] = 2;
    expect(expectUndecryptable(open(sealed, SECRET, binding))).toContain('format version 2');
  });

  it('refuses a wrong key', () => {
    const sealed = seal(plaintext, SECRET, binding);
    expect(expectUndecryptable(open(sealed, 'sk-rotated-key', binding))).toContain('does not authenticate');
    expect(expectUndecryptable(open(sealed, '', binding))).toContain('does not authenticate');
  });

  it('refuses tampered bytes anywhere: body, tag, salt, IV', () => {
    const sealed = seal(plaintext, SECRET, binding);
    const headerBytes = readHeader(sealed)!.headerBytes;
    for (const at of [headerBytes + 3, sealed.length - 1, headerBytes - 20, headerBytes - 1]) {
      const copy = Buffer.from(sealed);
      copy[at] = copy[at]! ^ 0x01;
      expectUndecryptable(open(copy, SECRET, binding));
    }
    expectUndecryptable(open(sealed.subarray(0, sealed.length - 1), SECRET, binding));
    expectUndecryptable(open(sealed.subarray(0, 10), SECRET, binding));
    expect(expectUndecryptable(open(Buffer.from('garbage'), SECRET, binding))).toContain('not a sealed');
  });

  it('refuses a blob replayed onto another item', () => {
    const sealed = seal(plaintext, SECRET, binding);
    expectUndecryptable(open(sealed, SECRET, { item: 13, threadId: THREAD }));
  });

  it('tells another thread apart, and catches a relabelled thread id', () => {
    const sealed = seal(plaintext, SECRET, binding);
    const other = '019a7f3e-1c2d-7e4f-8a9b-ffffffffffff';
    const mismatch = open(sealed, SECRET, { item: 12, threadId: other });
    expect(mismatch).toMatchObject({ ok: false, kind: 'mismatch' });
    // Rewriting the clear thread id to the one asked for does not make it open.
    const relabelled = Buffer.from(sealed);
    relabelled.write(other, 6, 'ascii');
    expectUndecryptable(open(relabelled, SECRET, { item: 12, threadId: other }));
  });

  it('rejects a thread id that could not be a header field', () => {
    expect(() => seal(plaintext, SECRET, { item: 1, threadId: '../x' })).toThrow(/Invalid thread id/);
    expect(() => seal(plaintext, '', binding)).toThrow(/without a secret/);
  });
});

describe('pack / unpack', () => {
  const files = [
    { path: `2026/05/01/rollout-2026-05-01T10-00-00-${THREAD}.jsonl`, data: Buffer.from('a\n') },
    { path: `2026/05/02/rollout-2026-05-02T09-00-00-${THREAD}.jsonl`, data: Buffer.from('b\n') },
  ];

  it('round-trips several rollouts of one thread', () => {
    expect(unpack(pack(files), THREAD)).toEqual(files);
  });

  it('refuses a path outside the thread’s rollouts', () => {
    for (const path of [
      `../../../etc/rollout-x-${THREAD}.jsonl`,
      `/tmp/rollout-x-${THREAD}.jsonl`,
      `2026/05/01/rollout-x-019a0000-0000-7000-8000-000000000000.jsonl`,
      `2026/05/01/../../../../rollout-x-${THREAD}.jsonl`,
    ]) {
      expect(() => unpack(pack([{ path, data: Buffer.from('x') }]), THREAD)).toThrow(/foreign path/);
    }
  });

  it('refuses truncated, empty and foreign packs', () => {
    const raw = Buffer.concat([Buffer.from('CXOP1\n'), Buffer.from([0, 0, 0, 99])]);
    expect(() => unpack(gzipSync(raw), THREAD)).toThrow(/truncated/);
    expect(() => unpack(gzipSync(Buffer.from('CXOP1\n')), THREAD)).toThrow(/no rollout/);
    expect(() => unpack(gzipSync(Buffer.from('hello')), THREAD)).toThrow(/not a packed/);
    expect(() => unpack(Buffer.from('not gzip'), THREAD)).toThrow();
  });

  it('reads every rollout of the thread from CODEX_HOME and writes them back', async () => {
    const home = await mkdtemp(join(tmpdir(), 'codex-pack-'));
    try {
      await writeRollouts(home, files);
      // Another thread's rollout and stray files are left out.
      await writeFile(
        join(home, 'sessions/2026/05/01', 'rollout-x-019a0000-0000-7000-8000-000000000000.jsonl'),
        'o',
      );
      await mkdir(join(home, 'sessions/notes'), { recursive: true });
      expect(await readRollouts(home, THREAD)).toEqual(files);
      expect(await readFile(join(home, 'sessions', files[1]!.path), 'utf8')).toBe('b\n');
      expect(await readRollouts(join(home, 'nowhere'), THREAD)).toEqual([]);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
