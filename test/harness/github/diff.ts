import { type FakeFile, fakeSha } from './state.js';

/** How a test describes a changed file: its patch, or (for a new file) its whole content. */
export type FileSeed =
  | { filename: string; patch: string; status?: FakeFile['status']; previousFilename?: string }
  | { filename: string; content: string; status?: 'added' };

/** A changed file from a seed, with additions and deletions counted from its patch. */
export function fileFromSeed(seed: FileSeed): FakeFile {
  const patch =
    'content' in seed
      ? (() => {
          const lines = seed.content.replace(/\n$/, '').split('\n');
          return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
        })()
      : seed.patch.replace(/\n$/, '');
  const status = seed.status ?? ('content' in seed ? 'added' : 'modified');
  let additions = 0;
  let deletions = 0;
  for (const line of patch.split('\n')) {
    if (line.startsWith('+')) additions += 1;
    else if (line.startsWith('-')) deletions += 1;
  }
  return {
    filename: seed.filename,
    status,
    patch,
    ...('previousFilename' in seed && seed.previousFilename
      ? { previousFilename: seed.previousFilename }
      : {}),
    additions,
    deletions,
    sha: fakeSha(`${seed.filename}\n${patch}`),
  };
}

/** The pull request's unified diff, as `Accept: application/vnd.github.diff` returns it. */
export function unifiedDiff(files: readonly FakeFile[]): string {
  return files
    .map((f) => {
      const before = f.previousFilename ?? f.filename;
      const header = [`diff --git a/${before} b/${f.filename}`];
      if (f.status === 'added') header.push('new file mode 100644');
      if (f.status === 'removed') header.push('deleted file mode 100644');
      if (f.status === 'renamed') header.push(`rename from ${before}`, `rename to ${f.filename}`);
      header.push(`index ${fakeSha(`a/${before}`).slice(0, 7)}..${f.sha.slice(0, 7)}`);
      if (f.patch === undefined) return `${header.join('\n')}\nBinary files differ\n`;
      header.push(f.status === 'added' ? '--- /dev/null' : `--- a/${before}`);
      header.push(f.status === 'removed' ? '+++ /dev/null' : `+++ b/${f.filename}`);
      return `${header.join('\n')}\n${f.patch}\n`;
    })
    .join('');
}

/** Splits a unified diff (`git diff` output) into changed files. */
export function filesFromDiff(diff: string): FakeFile[] {
  const files: FakeFile[] = [];
  for (const chunk of diff.split(/^(?=diff --git )/m).filter((c) => c.startsWith('diff --git '))) {
    const [headerLine = ''] = chunk.split('\n');
    const names = /^diff --git a\/(.+?) b\/(.+)$/.exec(headerLine);
    const before = names?.[1] ?? '';
    const after = names?.[2] ?? before;
    const hunkStart = chunk.search(/^@@ /m);
    const status: FakeFile['status'] = /^new file mode/m.test(chunk)
      ? 'added'
      : /^deleted file mode/m.test(chunk)
        ? 'removed'
        : before !== after
          ? 'renamed'
          : 'modified';
    if (hunkStart < 0) {
      files.push({ ...fileFromSeed({ filename: after, patch: '' }), status, patch: undefined });
      continue;
    }
    files.push(
      fileFromSeed({
        filename: after,
        patch: chunk.slice(hunkStart).replace(/\n$/, ''),
        status,
        ...(before !== after ? { previousFilename: before } : {}),
      }),
    );
  }
  return files;
}

/**
 * The lines a review comment may be placed on: the new-file lines (RIGHT side) that are added or
 * context in a hunk, and the old-file lines (LEFT side) that are removed or context. GitHub
 * answers 422 for any other line.
 */
export function commentableLines(patch: string | undefined): { LEFT: Set<number>; RIGHT: Set<number> } {
  const lines = { LEFT: new Set<number>(), RIGHT: new Set<number>() };
  if (!patch) return lines;
  let oldLine = 0;
  let newLine = 0;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[2]);
      continue;
    }
    if (line.startsWith('+')) lines.RIGHT.add(newLine++);
    else if (line.startsWith('-')) lines.LEFT.add(oldLine++);
    else if (!line.startsWith('\\')) {
      lines.LEFT.add(oldLine++);
      lines.RIGHT.add(newLine++);
    }
  }
  return lines;
}

/** The hunk text up to a line, as GitHub stores it on a review comment (`diff_hunk`). */
export function diffHunkFor(patch: string | undefined, line: number | null, side: 'LEFT' | 'RIGHT'): string {
  if (!patch) return '';
  const out: string[] = [];
  let oldLine = 0;
  let newLine = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[2]);
      out.length = 0;
      out.push(text);
      continue;
    }
    out.push(text);
    let at: number | undefined;
    if (text.startsWith('+')) {
      if (side === 'RIGHT') at = newLine;
      newLine += 1;
    } else if (text.startsWith('-')) {
      if (side === 'LEFT') at = oldLine;
      oldLine += 1;
    } else if (!text.startsWith('\\')) {
      at = side === 'RIGHT' ? newLine : oldLine;
      oldLine += 1;
      newLine += 1;
    }
    if (line !== null && at === line) return out.join('\n');
  }
  return out.join('\n');
}
