const MAX_SLUG = 40;

/**
 * A branch-safe slug of an issue title: ASCII letters and digits joined by single hyphens, at most
 * 40 characters, cut at a word boundary when possible. Accents are folded (`Café` → `cafe`); a
 * title with nothing usable gives `item`.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG) {
      if (slug === '') slug = word.slice(0, MAX_SLUG);
      break;
    }
    slug = next;
  }
  return slug || 'item';
}

/** The item's branch, `<prefix>/<id>-<slug>` (DESIGN §7). */
export function branchName(prefix: string, id: number | string, title: string): string {
  return `${prefix}/${id}-${slugify(title)}`;
}

/** Thrown when the action is about to write a branch it does not own. */
export class BranchPrefixError extends Error {
  constructor(branch: string, prefix: string) {
    super(
      `Refusing to push '${branch}': the action only pushes branches under '${prefix}/' ` +
        `(labels.prefix in the config file). This is a safety rule (DESIGN §8.7) and cannot be turned off.`,
    );
    this.name = 'BranchPrefixError';
  }
}

/**
 * Asserts that `branch` lies inside the action's namespace and is a plain, valid ref name, so that
 * no refspec trick (`a:b`, `+x`, `..`, `refs/...`) can widen a push.
 */
export function assertOwnBranch(branch: string, prefix: string): void {
  const rest = branch.startsWith(`${prefix}/`) ? branch.slice(prefix.length + 1) : '';
  const valid =
    rest !== '' &&
    /^[A-Za-z0-9._/-]+$/.test(branch) &&
    !branch.includes('..') &&
    !branch.includes('//') &&
    !branch.endsWith('/') &&
    !branch.endsWith('.lock') &&
    !branch.split('/').some((part) => part.startsWith('.') || part === '');
  if (!valid) throw new BranchPrefixError(branch, prefix);
}

/** The issue number of a `<prefix>/<n>-…` branch (DESIGN §7's branch name), if it is one. */
export function branchItem(headRef: string, prefix: string): number | undefined {
  if (!headRef.startsWith(`${prefix}/`)) return undefined;
  const match = /^(\d+)(?:-|$)/.exec(headRef.slice(prefix.length + 1));
  const n = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
