/**
 * Acceptance criteria and the issue a pull request closes. Both come from untrusted text (the PR
 * and issue bodies): they are parsed here, and sanitised where the prompt is built.
 */

// GitHub's closing keywords: https://docs.github.com/en/issues/tracking-your-work-with-issues/linking-a-pull-request-to-an-issue
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:([\w.-]+)\/([\w.-]+))?#(\d+)\b/gi;

/**
 * The issue numbers of this repository that a PR body closes ("Closes #12", "fixes owner/repo#3"
 * when owner/repo is this repository), in order, without duplicates. Closing keywords inside code
 * spans and fences do not count, as on GitHub.
 */
export function linkedIssues(
  body: string | null | undefined,
  repo: { owner: string; repo: string },
): number[] {
  if (!body) return [];
  const text = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const numbers: number[] = [];
  for (const match of text.matchAll(CLOSING)) {
    const [, owner, name, number] = match;
    if (
      owner &&
      name &&
      (owner.toLowerCase() !== repo.owner.toLowerCase() || name.toLowerCase() !== repo.repo.toLowerCase())
    ) {
      continue;
    }
    const n = Number(number);
    if (n > 0 && !numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}

/** A criterion from a checklist, with whether the author already ticked it. */
export interface Criterion {
  text: string;
  checked: boolean;
}

const HEADING = /^\s{0,3}(?:#{1,6}\s+(.*?)\s*#*\s*$|\*\*(.+?)\*\*:?\s*$|__(.+?)__:?\s*$)/;
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.+?)\s*$/;
const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+(.+?)\s*$/;

/**
 * The checklist under an "Acceptance criteria" heading (a markdown heading or a bold line), up to
 * the next heading. Checkbox items are preferred; a plain list counts when there are none.
 */
export function acceptanceCriteria(body: string | null | undefined): Criterion[] {
  if (!body) return [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => {
    const heading = HEADING.exec(line);
    const title = heading?.[1] ?? heading?.[2] ?? heading?.[3];
    return title !== undefined && /^acceptance\s+criteria\b/i.test(title.trim());
  });
  if (start < 0) return [];
  const checkboxes: Criterion[] = [];
  const bullets: Criterion[] = [];
  let inFence = false;
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    if (HEADING.test(line) && !BULLET.test(line)) break;
    const box = CHECKBOX.exec(line);
    if (box) {
      checkboxes.push({ text: box[2]!, checked: box[1] !== ' ' });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet && !/^\s{2,}/.test(line)) bullets.push({ text: bullet[1]!, checked: false });
  }
  return checkboxes.length > 0 ? checkboxes : bullets;
}
