import { describe, expect, it } from 'vitest';
import { capMarkdown, fitBody, MAX_COMMENT_BODY } from '../../src/report/limits.js';

const line = (n: number, width = 99) => `${String(n).padStart(5, '0')} ${'x'.repeat(width - 6)}`;
const lines = (count: number, width = 99) => Array.from({ length: count }, (_, i) => line(i, width));

/** Fences opened and not closed in `text` (backtick or tilde runs of 3+ at a line start). */
function openFence(text: string): string | undefined {
  let open: string | undefined;
  for (const l of text.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(l);
    if (!m) continue;
    if (open === undefined) open = m[1];
    else if (m[1]![0] === open[0] && m[1]!.length >= open.length && m[2]!.trim() === '') open = undefined;
  }
  return open;
}

describe('capMarkdown', () => {
  it('leaves a text that fits as it is', () => {
    const text = lines(10).join('\n');
    expect(capMarkdown(text, text.length)).toBe(text);
  });

  it('cuts on a line boundary and says what was cut and where the rest is', () => {
    const text = lines(1000).join('\n'); // 100 KB
    const capped = capMarkdown(text, 10_000);
    expect(capped.length).toBeLessThanOrEqual(10_000);
    const [kept, note] = capped.split('\n\n> ✂️ ');
    expect(text.startsWith(`${kept}\n`)).toBe(true);
    expect(kept!.split('\n').every((l) => l.length === 99)).toBe(true);
    expect(note).toMatch(
      /characters are not shown here\. The full text is in this run's job summary and its events artifact\.$/,
    );
    expect(note).toContain(`of ${text.length.toLocaleString('en-US')} characters`);
  });

  it('closes a code fence the cut leaves open, and <details> too', () => {
    const text = [
      'intro',
      '<details><summary>Log</summary>',
      '',
      '````text',
      ...lines(500),
      '````',
      '</details>',
      'after',
    ].join('\n');
    const capped = capMarkdown(text, 8_000);
    expect(capped.length).toBeLessThanOrEqual(8_000);
    expect(openFence(capped)).toBeUndefined();
    expect(capped).toMatch(/\n````\n<\/details>\n\n> ✂️/);
  });

  it('never cuts inside a hidden block, nor inside a ```suggestion block', () => {
    const hidden = ['before', '<!-- codex-orchestrator:data', ...lines(200), '-->', 'after'].join('\n');
    const cut = capMarkdown(hidden, 5_000);
    expect(cut).not.toContain('<!-- codex-orchestrator:data');
    expect(cut.startsWith('before\n\n> ✂️')).toBe(true);

    const suggestion = ['A finding.', '', '```suggestion', ...lines(200), '```'].join('\n');
    const s = capMarkdown(suggestion, 5_000);
    expect(s).not.toContain('```suggestion');
    expect(s.startsWith('A finding.\n\n> ✂️')).toBe(true);
  });

  it('cuts inside one very long line rather than drop it, but never into an HTML comment it opens', () => {
    const long = `start ${'y'.repeat(50_000)}`;
    const capped = capMarkdown(`head\n${long}`, 10_000);
    expect(capped.length).toBeLessThanOrEqual(10_000);
    expect(capped.length).toBeGreaterThan(8_000);
    const opener = `start <!-- ${'z'.repeat(50_000)} -->`;
    expect(capMarkdown(`${'h'.repeat(300)}\n${opener}`, 10_000)).not.toContain('<!--');
  });

  it('does not split a surrogate pair', () => {
    const text = '😀'.repeat(40_000);
    const capped = capMarkdown(text, 10_001);
    expect(capped.length).toBeLessThanOrEqual(10_001);
    expect(capped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('fitBody', () => {
  it('keeps the hidden block whole at the end and cuts the visible part to the rest', () => {
    const hidden = `<!-- codex-orchestrator:state ${'a'.repeat(40_000)} -->`;
    const body = fitBody(lines(1000).join('\n'), { hidden });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_BODY);
    expect(body.endsWith(`\n\n${hidden}`)).toBe(true);
    expect(body).toContain('> ✂️ Cut to fit');
  });

  it('refuses a hidden block that cannot fit: its owner trims it first', () => {
    expect(() => fitBody('x', { hidden: 'h'.repeat(MAX_COMMENT_BODY) })).toThrow(RangeError);
  });
});
