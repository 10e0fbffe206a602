/**
 * Glob matching for protected paths. Written here rather than using node's `path.matchesGlob`,
 * which is experimental on Node 20 and 24 (it prints an ExperimentalWarning) and, like most glob
 * libraries, lets `*` and `**` skip dot-files: `**\/AGENTS.md` would miss `.codex/AGENTS.md`. For a
 * protection rule missing a file is the costly mistake, so here:
 * - `*` matches within one path segment, dot-files included; `?` one character; `[abc]`, `[!a-z]`.
 * - `**` matches any number of segments (zero included), dot-directories included.
 * - `{a,b}` alternatives (not nested); a leading `/` anchors at the root (every pattern is anchored);
 *   a trailing `/` means everything below the directory.
 * - Matching ignores case, since a checkout on macOS or Windows treats `.GitHub` as `.github`.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim().replace(/^\.?\//, '');
  if (pattern.endsWith('/')) pattern += '**';
  let out = '';
  let inBraces = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const atStart = i === 0 || pattern[i - 1] === '/';
      const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
      if (atStart && atEnd) {
        if (i + 2 === pattern.length) {
          // `dir/**` also matches `dir` itself: a symlink or submodule named like the folder.
          out = i === 0 ? '.*' : `${out.slice(0, -1)}(?:/.*)?`;
        } else {
          out += '(?:.*/)?';
          i++; // the slash after **
        }
        i++;
        continue;
      }
      out += '[^/]*';
      i++;
      continue;
    }
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, end);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '{' && !inBraces && pattern.indexOf('}', i) > i) {
      inBraces = true;
      out += '(?:';
    } else if (c === ',' && inBraces) out += '|';
    else if (c === '}' && inBraces) {
      inBraces = false;
      out += ')';
    } else out += c.replace(/[.+^$(){}|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'i');
}

/** The globs in `globs` that `path` (repository-relative, `/`-separated) matches. */
export function matchingGlobs(path: string, globs: readonly string[]): string[] {
  const normalised = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return globs.filter((glob) => globToRegExp(glob).test(normalised));
}
