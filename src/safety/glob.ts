import picomatch from 'picomatch';

/**
 * Glob matching for protected paths, with picomatch. For a protection rule missing a file is the
 * costly mistake, so the options differ from most glob defaults:
 * - `dot`: `*` and `**` match dot-files and dot-directories (`**\/AGENTS.md` finds `.codex/AGENTS.md`).
 * - `nocase`: a checkout on macOS or Windows treats `.GitHub` as `.github`.
 * - Every pattern is anchored at the repository root (a leading `/` or `./` is dropped); a trailing
 *   `/` means everything below the directory, and `dir/**` matches `dir` itself too (a symlink or
 *   submodule named like the folder).
 * - `noextglob`: `file(1).txt` is a file name, not an extglob; `[!a-z]` negates as in a shell.
 */
const OPTIONS: picomatch.PicomatchOptions = { dot: true, nocase: true, noextglob: true };

/** The pattern as picomatch reads it, for one glob as people write it in the config. */
function normaliseGlob(glob: string): string {
  let pattern = glob.trim().replace(/^\.?\//, '');
  if (pattern.endsWith('/')) pattern += '**';
  // picomatch keeps a parenthesis as a regex group even without extglobs: escape it.
  return pattern.replace(/\[!/g, '[^').replace(/[()]/g, '\\$&');
}

/** The regular expression of one glob (case-insensitive, anchored). */
export function globToRegExp(glob: string): RegExp {
  const pattern = normaliseGlob(glob);
  const regex = picomatch.makeRe(pattern, OPTIONS);
  if (!pattern.endsWith('/**')) return regex;
  // `dir/**` also matches `dir`.
  const dir = picomatch.makeRe(pattern.slice(0, -3), OPTIONS);
  return new RegExp(`(?:${regex.source})|(?:${dir.source})`, regex.flags);
}

/** The globs in `globs` that `path` (repository-relative, `/`-separated) matches. */
export function matchingGlobs(path: string, globs: readonly string[]): string[] {
  const normalised = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return globs.filter((glob) => globToRegExp(glob).test(normalised));
}
