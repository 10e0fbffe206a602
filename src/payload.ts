/**
 * Readers for the event payload (GITHUB_EVENT_PATH), which is untyped JSON: a field that is missing
 * or of another type reads as empty instead of throwing, so an unexpected payload is skipped with a
 * reason rather than crashing the job.
 */
export type Obj = Record<string, unknown>;

export const obj = (value: unknown): Obj => (value && typeof value === 'object' ? (value as Obj) : {});

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A positive whole number, given as a number or as a string such as `42` or `#42`. */
export const positiveInt = (value: unknown): number | undefined => {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/^#/, '')) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The repository's default branch as the event names it (most events carry `repository`), if any. */
export const eventDefaultBranch = (payload: Obj): string | undefined =>
  str(obj(payload.repository).default_branch) || undefined;
