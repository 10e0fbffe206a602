import { describe, expect, it } from 'vitest';
import type { PullFile } from '../../src/github/pulls.js';
import { buildDiffContext } from '../../src/review/diff.js';
import { countChanges, hunkContaining, parseHunks } from '../../src/review/patch.js';
import { renderDiff } from '../../src/review/prompt.js';

const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' line 1',
  '-old 2',
  '+new 2',
  '+new 3',
  ' line 3',
  ' line 4',
  '@@ -20,3 +21,2 @@ function tail() {',
  ' a',
  '-b',
  ' c',
  '\\ No newline at end of file',
].join('\n');

describe('parseHunks', () => {
  it('returns the RIGHT-side range of each hunk', () => {
    expect(parseHunks(PATCH)).toEqual([
      { start: 1, end: 5 },
      { start: 21, end: 22 },
    ]);
  });

  it('reads a count-less header as one line and a deletion-only hunk as empty', () => {
    expect(parseHunks('@@ -3 +3 @@\n-a\n+b')).toEqual([{ start: 3, end: 3 }]);
    expect(parseHunks('@@ -1,2 +0,0 @@\n-a\n-b')).toEqual([{ start: 0, end: -1 }]);
    expect(parseHunks(undefined)).toEqual([]);
  });

  it('finds the hunk holding a whole range, and none across hunks', () => {
    const hunks = parseHunks(PATCH);
    expect(hunkContaining(hunks, 2, 3)).toEqual({ start: 1, end: 5 });
    expect(hunkContaining(hunks, 22)).toEqual({ start: 21, end: 22 });
    expect(hunkContaining(hunks, 4, 21)).toBeUndefined();
    expect(hunkContaining(hunks, 10)).toBeUndefined();
  });

  it('counts added and removed lines', () => {
    expect(countChanges(PATCH)).toEqual({ additions: 2, deletions: 2 });
  });
});

const file = (name: string, bytes: number, over: Partial<PullFile> = {}): PullFile => ({
  filename: name,
  status: 'modified',
  additions: 1,
  deletions: 0,
  patch: `@@ -1 +1 @@\n+${'x'.repeat(Math.max(0, bytes - 13))}`,
  ...over,
});

describe('buildDiffContext', () => {
  it('includes every patch when the diff fits the budget', () => {
    const diff = buildDiffContext([file('a.ts', 100), file('b.ts', 200)], 1000);
    expect(diff.files.map((f) => f.omitted)).toEqual([undefined, undefined]);
    expect(diff.includedBytes).toBe(300);
    expect(diff.totalBytes).toBe(300);
  });

  it('leaves out patches that do not fit, keeps trying smaller ones, and lists every file', () => {
    const diff = buildDiffContext([file('a.ts', 600), file('big.ts', 5000), file('c.ts', 300)], 1000);
    expect(diff.files.map((f) => [f.path, f.patch !== undefined])).toEqual([
      ['a.ts', true],
      ['big.ts', false],
      ['c.ts', true],
    ]);
    expect(diff.files[1]!.omitted).toBe(
      'patch of 5000 bytes does not fit the remaining diff budget (400 of 1000 bytes)',
    );
    // Hunks are known for the summarised file too, so inline comments can still be placed there.
    expect(diff.hunks.get('big.ts')).toEqual([{ start: 1, end: 1 }]);
    const text = renderDiff(diff);
    expect(text).toContain('| big.ts | modified | 1 | 0 | left out (see below) |');
    expect(text).toContain('- big.ts: patch of 5000 bytes');
    expect(text).not.toContain('x'.repeat(4000));
  });

  it('names binary files GitHub gives no patch for, and renames as old → new', () => {
    const diff = buildDiffContext(
      [
        file('logo.png', 0, { patch: undefined, status: 'added' }),
        file('new.ts', 50, { status: 'renamed', previous_filename: 'old.ts' }),
      ],
      1000,
    );
    expect(diff.files[0]!.omitted).toMatch(/no patch for this file/);
    expect(renderDiff(diff)).toContain('| old.ts → new.ts | renamed |');
  });

  it('shows hidden characters in the patches instead of passing them on or dropping them', () => {
    const diff = buildDiffContext(
      [file('a.ts', 0, { patch: '@@ -1 +1 @@\n+if (admin\u202E) {} <!-- keep -->' })],
      1000,
    );
    const text = renderDiff(diff);
    expect(text).toContain('+if (admin⟨U+202E⟩) {} <!-- keep -->');
    expect(text).toMatch(/<untrusted-diff id="[0-9a-f]{16}">/);
  });
});
