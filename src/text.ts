/**
 * A title compared loosely, for finding "the same" item, sub-issue or finding again: Unicode
 * compatibility forms folded, case, punctuation and spacing ignored.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
