/** The new-file line range one hunk of a patch shows (every line in it is commentable on the RIGHT side). */
export interface HunkRange {
  /** First new-file line of the hunk. */
  start: number;
  /** Last new-file line of the hunk (start - 1 for a hunk that only deletes). */
  end: number;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * The RIGHT-side line ranges of a unified-diff patch as GitHub returns it for one file
 * (`GET /pulls/{n}/files` → `patch`). GitHub accepts a review comment only on a line shown in the
 * diff, and a multi-line comment only within one hunk, so these ranges decide what goes inline.
 */
export function parseHunks(patch: string | undefined | null): HunkRange[] {
  if (!patch) return [];
  const ranges: HunkRange[] = [];
  for (const line of patch.split('\n')) {
    const match = HUNK_HEADER.exec(line);
    if (!match) continue;
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    ranges.push({ start, end: start + count - 1 });
  }
  return ranges;
}

/** Counts the added and removed lines of a patch (for files whose counts the API did not give). */
export function countChanges(patch: string): { additions: number; deletions: number } {
  let additions = 0;
  let deletions = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    if (HUNK_HEADER.test(line)) inHunk = true;
    else if (!inHunk) continue;
    else if (line.startsWith('+')) additions++;
    else if (line.startsWith('-')) deletions++;
  }
  return { additions, deletions };
}

/**
 * Finds the hunk that contains the whole range `line..endLine` on the RIGHT side, or undefined
 * when the range is (partly) outside the diff and must be reported in the review body instead.
 */
export function hunkContaining(
  ranges: readonly HunkRange[],
  line: number,
  endLine = line,
): HunkRange | undefined {
  return ranges.find((range) => range.start <= line && endLine <= range.end);
}
