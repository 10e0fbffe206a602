import { countChanges, type HunkRange, parseHunks } from './patch.js';

/**
 * One changed file of a change under review, in the shape GitHub's pull request files have (the
 * GitHub tracker passes them as they come; the local tracker parses `git diff`).
 */
export interface ChangedFile {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  /** Absent for binary files and for patches too large to show. */
  patch?: string | null;
  previous_filename?: string;
}

/** One changed file as `GET /repos/{owner}/{repo}/pulls/{n}/files` returns it (the fields we use). */
/** A file of the diff and whether its patch reached the prompt. */
export interface DiffFile {
  path: string;
  previousPath: string | undefined;
  status: string;
  additions: number;
  deletions: number;
  /** Bytes of the patch (0 when GitHub gave none). */
  bytes: number;
  /** The patch text when it fits the budget, else undefined (see `omitted`). */
  patch: string | undefined;
  /** Why the patch is not in the prompt; undefined when it is. */
  omitted: string | undefined;
}

/** The diff as the model sees it: every file listed, patches included while they fit the budget. */
export interface DiffContext {
  files: DiffFile[];
  budgetBytes: number;
  /** Bytes of every patch together. */
  totalBytes: number;
  /** Bytes of the patches included in the prompt. */
  includedBytes: number;
  /** RIGHT-side hunk ranges per path, for every file (also those summarised), to place inline comments. */
  hunks: Map<string, HunkRange[]>;
}

const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Fits the diff into `budgetBytes`. Patches are taken in GitHub's file order; one that does not
 * fit is left out with the reason and the next smaller ones are still tried, so the budget is
 * used well. Nothing is cut silently: every file stays in the list with its status and counts,
 * and each left-out patch is named so the model can read it from the checkout.
 */
export function buildDiffContext(pullFiles: readonly ChangedFile[], budgetBytes: number): DiffContext {
  let remaining = budgetBytes;
  let totalBytes = 0;
  let includedBytes = 0;
  const hunks = new Map<string, HunkRange[]>();
  const files = pullFiles.map((file): DiffFile => {
    const patch = file.patch ?? undefined;
    const bytes = patch === undefined ? 0 : bytesOf(patch);
    totalBytes += bytes;
    hunks.set(file.filename, parseHunks(patch));
    const counts = patch !== undefined && file.additions === undefined ? countChanges(patch) : file;
    const base = {
      path: file.filename,
      previousPath: file.previous_filename,
      status: file.status,
      additions: counts.additions,
      deletions: counts.deletions,
      bytes,
    };
    if (patch === undefined) {
      return {
        ...base,
        patch: undefined,
        omitted: 'GitHub shows no patch for this file (binary, or too large for the API)',
      };
    }
    if (bytes > remaining) {
      return {
        ...base,
        patch: undefined,
        omitted: `patch of ${bytes} bytes does not fit the remaining diff budget (${remaining} of ${budgetBytes} bytes)`,
      };
    }
    remaining -= bytes;
    includedBytes += bytes;
    return { ...base, patch, omitted: undefined };
  });
  return { files, budgetBytes, totalBytes, includedBytes, hunks };
}

/** The one-line summary of a file for tables: `old → new` for renames. */
export function displayPath(file: Pick<DiffFile, 'path' | 'previousPath'>): string {
  return file.previousPath && file.previousPath !== file.path
    ? `${file.previousPath} → ${file.path}`
    : file.path;
}
