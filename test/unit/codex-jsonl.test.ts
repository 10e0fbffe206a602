import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineSplitter, readLines } from '../../src/agent/jsonl.js';

describe('LineSplitter', () => {
  it('splits lines across chunk boundaries and flushes a last line without newline', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    s.push('{"a":1}\n{"b"');
    s.push(':2}\n\n{"c"');
    s.push(':3');
    s.push('}');
    s.end();
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '', '{"c":3}']);
  });

  it('decodes a multi-byte character split between two chunks', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    const bytes = Buffer.from('"héllo ✓"\n');
    s.push(bytes.subarray(0, 3));
    s.push(bytes.subarray(3, 9));
    s.push(bytes.subarray(9));
    s.end();
    expect(lines).toEqual(['"héllo ✓"']);
  });

  it('skips a line longer than the limit and keeps going', () => {
    const lines: string[] = [];
    const oversized: number[] = [];
    const s = new LineSplitter(
      (l) => lines.push(l),
      (n) => oversized.push(n),
      10,
    );
    s.push('short\n0123456');
    s.push('789abcdef\nafter\n');
    s.end();
    expect(lines).toEqual(['short', 'after']);
    expect(oversized).toEqual([16]);
  });
});

describe('readLines', () => {
  it('hands every raw chunk to onChunk before the lines, and drains the stream', async () => {
    const seen: string[] = [];
    await readLines(
      Readable.from([Buffer.from('a\nb'), Buffer.from('c\n')]),
      (line) => seen.push(`line:${line}`),
      { onChunk: (chunk) => void seen.push(`chunk:${chunk.toString()}`) },
    );
    expect(seen).toEqual(['chunk:a\nb', 'line:a', 'chunk:c\n', 'line:bc']);
  });
});
