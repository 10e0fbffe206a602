import { describe, expect, it } from 'vitest';
import { carried, SecretStream } from '../../src/safety/secret-stream.js';
import { SecretScanner } from '../../src/safety/secrets.js';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const scanner = new SecretScanner([{ name: 'the github-token', value: TOKEN }]);
const MB = 1024 * 1024;

/** Streams `text` in chunks of `size` bytes and returns what was found. */
function stream(text: string | Buffer, size: number) {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const s = new SecretStream(scanner);
  for (let at = 0; at < bytes.length; at += size) {
    const hit = s.write(bytes.subarray(at, at + size));
    if (hit) return hit;
  }
  return s.end();
}

const filler = (length: number) =>
  'lorem ipsum dolor sit amet '.repeat(Math.ceil(length / 27)).slice(0, length);

describe('SecretStream', () => {
  it('finds a secret that straddles the edge of a scanning window, at every cut', () => {
    for (const cut of [1, 7, 20, 39]) {
      const text = `${filler(MB - cut)}${TOKEN}${filler(1000)}`;
      expect(stream(text, 64 * 1024), `cut ${cut}`).toEqual({ secret: 'the github-token', form: 'raw' });
    }
  });

  it('finds a copy split across lines and quotes over a window edge, and its base64', () => {
    const split = TOKEN.match(/.{1,3}/g)!
      .map((piece) => `"${piece}" +\n  `)
      .join('');
    const text = `${filler(MB - split.length / 2)}const t = ${split}"";\n`;
    expect(stream(text, 64 * 1024)?.form).toBe('split raw');
    const b64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    expect(stream(`${filler(MB - 50)}${b64}\n`, 4096)?.form).toMatch(/^base64/);
  });

  it('reads UTF-8 cut between chunks, and a secret among binary bytes', () => {
    const text = `${'é'.repeat(300_000)} ${TOKEN}`;
    expect(stream(text, 1001)?.form).toBe('raw');
    const binary = Buffer.concat([
      Buffer.from([0, 255, 254, 1, 2]),
      Buffer.from(TOKEN),
      Buffer.from([0x89, 0]),
    ]);
    expect(stream(binary, 3)?.form).toBe('raw');
  });

  it('finds nothing in clean text, however it is cut', () => {
    expect(stream(filler(3 * MB), 65_536)).toBeUndefined();
    expect(stream(TOKEN.slice(0, 20), 5)).toBeUndefined();
  });

  it('carries the tail holding the last reach letters and digits, and no more than 32 KiB', () => {
    // reach 2: a match ending past the cut holds at most 2 letters or digits before it, so it starts after the 'd'.
    expect(carried('ab--cd--ef', 2)).toBe('--ef');
    expect(carried('ab--cd--ef', 3)).toBe('d--ef');
    expect(carried('abc', 5)).toBe('abc');
    const junk = '-'.repeat(40 * 1024);
    expect(carried(`x${junk}`, 5)).toHaveLength(32 * 1024);
  });
});
