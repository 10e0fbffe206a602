import { glob } from 'tinyglobby';
import { buildDag, type Dag } from './dag.js';
import { type ParsedIssueFile, parseIssueFile, parseMilestoneFile } from './docs-file.js';
import {
  foldersOutside,
  globLeavesRepository,
  pathLeavesRepository,
  type ReadInside,
  readInside,
} from './docs-paths.js';
import type { Milestone, WorkItem } from './model.js';
import type { BacklogProblem, FileLine } from './problems.js';

/**
 * The docs source (DESIGN §6): markdown files with YAML front matter, found with the configured
 * globs, checked across files. It fails fast: every problem of every file is collected into one
 * report, and a caller dispatches nothing while `problems` is not empty. Nothing outside the
 * repository is read (docs-paths.ts).
 */

/** `backlog.docs` of the config: where issue and milestone files are, relative to the repository root. */
export interface DocsGlobs {
  issues: string;
  milestones: string;
}

/** A file's path (relative to the repository root, `/`-separated) and text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface DocsBacklog {
  items: WorkItem[];
  /** In milestone order (see {@link rankMilestones}). */
  milestones: Milestone[];
  dag: Dag;
  problems: BacklogProblem[];
}

/** Files read at once: enough to keep the disk busy, well under the usual 1,024 open files. */
const READ_CONCURRENCY = 64;

/** What the globs match, each list sorted so that every run sees the files in the same order. */
export interface FoundDocsFiles {
  issues: string[];
  milestones: string[];
  /** Matched, but in a folder reached through a link that leads outside the repository: never read. */
  outside: string[];
}

/**
 * The paths the globs match under `dir`. A glob that could leave the repository (`..`, an absolute
 * path) is refused before anything is listed; the config refuses it first, this keeps every caller
 * to the same rule.
 */
export async function findDocsFiles(dir: string, globs: DocsGlobs): Promise<FoundDocsFiles> {
  for (const key of ['issues', 'milestones'] as const) {
    const why = globLeavesRepository(globs[key]);
    if (why)
      throw new Error(
        `backlog.docs.${key} '${globs[key]}' ${why}: the docs globs are relative to the repository root and may not leave it. Write a path inside the repository, such as docs/projects/**/${key}/*.md.`,
      );
  }
  const options = { cwd: dir, onlyFiles: true, expandDirectories: false } as const;
  const [issues, milestones] = await Promise.all([
    glob(globs.issues, options),
    glob(globs.milestones, options),
  ]);
  const all = [...new Set([...issues, ...milestones])];
  const outside = await foldersOutside(
    dir,
    all.filter((p) => !pathLeavesRepository(p)),
  );
  for (const p of all) if (pathLeavesRepository(p)) outside.add(p);
  const milestoneSet = new Set(milestones);
  // A file matched by both globs is a milestone: the default globs never overlap, a custom pair might.
  return {
    issues: issues.filter((p) => !milestoneSet.has(p) && !outside.has(p)).sort(),
    milestones: milestones.filter((p) => !outside.has(p)).sort(),
    outside: [...outside].sort(),
  };
}

/**
 * Reads files relative to `dir`, a bounded number at a time, keeping their order; a file that is a
 * link leading outside the repository is not read but listed in `outside`.
 */
export async function readFiles(
  dir: string,
  paths: readonly string[],
): Promise<{ files: SourceFile[]; outside: string[] }> {
  const read: ReadInside[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      read[i] = await readInside(dir, paths[i] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
  const files: SourceFile[] = [];
  const outside: string[] = [];
  read.forEach((r, i) => {
    const path = paths[i] as string;
    if (r.kind === 'text') files.push({ path, text: r.text });
    else outside.push(path);
  });
  return { files, outside };
}

/** Finds, reads and checks the docs backlog under `dir` (the repository's root). */
export async function loadDocsBacklog(dir: string, globs: DocsGlobs): Promise<DocsBacklog> {
  const found = await findDocsFiles(dir, globs);
  const [issues, milestones] = await Promise.all([
    readFiles(dir, found.issues),
    readFiles(dir, found.milestones),
  ]);
  const backlog = parseDocsBacklog(issues.files, milestones.files);
  for (const file of [...found.outside, ...issues.outside, ...milestones.outside])
    backlog.problems.push({ kind: 'outside', file, line: 1 });
  return backlog;
}

/**
 * Milestone order: by the files' `order` (a number, lowest first), then `due` (a date, earliest
 * first), then path; a milestone without `order` comes after those with one. Items without a
 * milestone come after every milestone.
 */
export function rankMilestones(files: readonly SourceFile[]): {
  milestones: Milestone[];
  problems: BacklogProblem[];
} {
  const problems: BacklogProblem[] = [];
  const parsed = files.flatMap((f) => {
    const result = parseMilestoneFile(f.path, f.text);
    problems.push(...result.problems);
    return result.milestone ? [result.milestone] : [];
  });
  const seen = new Map<string, FileLine[]>();
  for (const m of parsed) seen.set(m.id, [...(seen.get(m.id) ?? []), { file: m.file, line: 1 }]);
  for (const [id, places] of seen)
    if (places.length > 1) problems.push({ kind: 'duplicate-id', id: `milestone ${id}`, files: places });
  const inf = Number.POSITIVE_INFINITY;
  const sorted = [...parsed].sort(
    (a, b) =>
      (a.order ?? inf) - (b.order ?? inf) ||
      (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  return {
    milestones: sorted.map((m, rank) => ({ id: m.id, title: m.title, rank, file: m.file })),
    problems,
  };
}

/** The file and line of a parsed item (only files that yielded an item are asked). */
function placeOf(parsed: ParsedIssueFile): FileLine {
  const source = parsed.item?.source;
  return source?.kind === 'docs' ? { file: source.file, line: source.line } : { file: '?', line: 1 };
}

/** Parses and checks the files; pure, so tests and the benchmark can feed it files directly. */
export function parseDocsBacklog(
  issueFiles: readonly SourceFile[],
  milestoneFiles: readonly SourceFile[],
): DocsBacklog {
  const { milestones, problems } = rankMilestones(milestoneFiles);
  const parsed: ParsedIssueFile[] = issueFiles.map((f) => parseIssueFile(f.path, f.text));
  for (const p of parsed) problems.push(...p.problems);

  // Duplicates: every file is named, and none of them enters the graph, so that a dependency on
  // the id does not silently pick one.
  const byId = new Map<string, ParsedIssueFile[]>();
  for (const p of parsed) if (p.item) byId.set(p.item.id, [...(byId.get(p.item.id) ?? []), p]);
  const items: WorkItem[] = [];
  const fileOf = new Map<string, ParsedIssueFile>();
  for (const [id, group] of byId) {
    if (group.length > 1) {
      problems.push({ kind: 'duplicate-id', id, files: group.map(placeOf) });
      continue;
    }
    const only = group[0] as ParsedIssueFile;
    items.push(only.item as WorkItem);
    fileOf.set(id, only);
  }

  const milestoneIds = new Map<string, string>();
  for (const m of milestones) {
    milestoneIds.set(m.id, m.id);
    if (!milestoneIds.has(m.title)) milestoneIds.set(m.title, m.id);
  }
  for (const item of items) {
    if (item.milestone === undefined) continue;
    const id = milestoneIds.get(item.milestone);
    if (id !== undefined) item.milestone = id;
    else {
      const source = fileOf.get(item.id) as ParsedIssueFile;
      problems.push({
        kind: 'unknown-milestone',
        file: placeOf(source).file,
        line: source.milestoneLine,
        milestone: item.milestone,
        known: milestones.map((m) => m.id),
      });
    }
  }

  const dag = buildDag(items);
  const duplicated = new Set([...byId].filter(([, g]) => g.length > 1).map(([id]) => id));
  for (const ref of dag.unknown) {
    // A dependency on a duplicated id is already reported as the duplicate.
    if (duplicated.has(ref.id)) continue;
    const source = fileOf.get(ref.from) as ParsedIssueFile;
    const written = source.refs.find((r) => r.id === ref.id && r.field === ref.field);
    problems.push({
      kind: 'unknown-dependency',
      file: placeOf(source).file,
      line: written?.line ?? 1,
      field: ref.field,
      id: ref.id,
    });
  }
  for (const path of dag.cycles) {
    problems.push({
      kind: 'cycle',
      path,
      files: path.slice(0, -1).map((id) => placeOf(fileOf.get(id) as ParsedIssueFile)),
    });
  }
  return { items, milestones, dag, problems };
}
