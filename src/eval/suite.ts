import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { GitExec } from '../git/exec.js';
import { CASE_ID, caseFileSchema, type EvalCase } from './case.js';
import { checkCaseTree } from './scratch.js';
import { parseYaml } from './yaml.js';

/** A suite: a folder of case folders. */
export interface Suite {
  dir: string;
  /** The folder's name, for reports. */
  name: string;
  /** In id order. */
  cases: EvalCase[];
}

/** Thrown when the suite cannot run: every problem of every case, each with its file and field. */
export class SuiteError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The eval suite has ${problems.length} problem(s); nothing was run:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'SuiteError';
  }
}

const kindOf = async (path: string) =>
  stat(path).then(
    (s) => (s.isDirectory() ? 'dir' : 'file'),
    () => undefined,
  );

/**
 * Reads the suite at `dir` (only the cases in `only`, when given) and checks every case before
 * anything runs: its `case.yml` against the schema, its folders and files, and — in a scratch
 * repository under `scratchParent` — that its patch applies and its expected findings point at
 * lines that exist. All problems are thrown together in one SuiteError.
 */
export async function loadSuite(
  git: GitExec,
  dir: string,
  options: { only?: readonly string[]; scratchParent: string },
): Promise<Suite> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries)
    throw new SuiteError([`${dir}: no such folder. Expected a suite: a folder with one folder per case.`]);
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const problems: string[] = [];
  const only = options.only ?? [];
  for (const id of only) {
    if (!folders.includes(id))
      problems.push(
        `--case ${id}: ${dir} has no such case. Expected one of: ${folders.join(', ') || '(none)'}.`,
      );
  }
  const selected = only.length > 0 ? folders.filter((f) => only.includes(f)) : folders;
  if (folders.length === 0)
    problems.push(`${dir}: no case folders. Expected one folder per case, each with a case.yml.`);
  const cases: EvalCase[] = [];
  for (const id of selected) {
    const found = await readCase(join(dir, id), id);
    if (found.ok) cases.push(found.value);
    else problems.push(...found.problems);
  }
  // The cases whose files are sound are set up too, so that every problem shows in one pass; a
  // few at a time, as each is a handful of short git processes.
  const checked: string[][] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      checked[index] = await checkCaseTree(git, cases[index]!, options.scratchParent);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, cases.length) }, worker));
  problems.push(...checked.flat());
  if (problems.length > 0) throw new SuiteError(problems);
  return { dir, name: basename(dir), cases };
}

/** One case folder: its file through the schema, and its `repo/` and `change.patch`. */
async function readCase(
  dir: string,
  id: string,
): Promise<{ ok: true; value: EvalCase } | { ok: false; problems: string[] }> {
  const problems: string[] = [];
  if (!CASE_ID.test(id))
    problems.push(
      `${dir}: the folder's name is the case's id. Expected lower-case letters, digits, '.', '_' or '-'.`,
    );
  const file = join(dir, 'case.yml');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined)
    return { ok: false, problems: [...problems, `${file}: missing. Every case folder needs a case.yml.`] };
  const parsed = parseYaml(text, file, caseFileSchema);
  if (!parsed.ok) problems.push(...parsed.problems);
  const repoDir = join(dir, 'repo');
  const patchFile = join(dir, 'change.patch');
  if ((await kindOf(repoDir)) !== 'dir')
    problems.push(`${repoDir}: missing. Expected a folder holding the code before the change.`);
  else if (await kindOf(join(repoDir, '.git')))
    problems.push(
      `${join(repoDir, '.git')}: repo/ holds the files only; the eval makes the repository. Remove it.`,
    );
  const patch = await kindOf(patchFile);
  const kind = parsed.ok ? parsed.value.kind : (parsed.raw as { kind?: unknown } | undefined)?.kind;
  if (kind === 'review' && patch !== 'file')
    problems.push(
      `${patchFile}: missing. A review case needs the change under review (\`git diff > change.patch\`).`,
    );
  if (kind === 'plan' && patch)
    problems.push(
      `${patchFile}: a plan case has no change; the planner reads repo/ as it is. Remove it, or make it kind: review.`,
    );
  if (!parsed.ok || problems.length > 0) return { ok: false, problems };
  const value: EvalCase =
    parsed.value.kind === 'review'
      ? { ...parsed.value, id, dir, repoDir, patchFile }
      : { ...parsed.value, id, dir, repoDir };
  return { ok: true, value };
}
