import { readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import { markItemDone, parseIssueFile } from '../backlog/docs-file.js';
import { describeProblem } from '../backlog/problems.js';
import { commitStaged } from '../git/commit.js';
import { gitOk } from '../git/exec.js';
import * as core from '../log.js';
import { itemRef } from '../state/index.js';
import { push, type WorkSession } from './session.js';

/**
 * Marks a docs item done on its branch (DESIGN §6): `status: done` and every criterion ticked, one
 * commit, so merging the reviewed change is what archives the item. Returns a problem for people
 * when it could not (the file is gone, moved, linked or no longer the item), else undefined.
 *
 * The file is read from the branch, which the agent wrote: the commit goes on top of it, so it must
 * start from the branch's text. That is safe because the front matter reader runs nothing (any
 * opener but `---` is a problem, reported here) and a link is refused before anything is read or
 * written through it.
 */
export async function markItemFileDone(
  session: WorkSession,
  target: { file: string; id: string },
): Promise<string | undefined> {
  const { wt } = session;
  const path = normalize(target.file).replace(/\\/g, '/');
  if (isAbsolute(path) || path.split('/').includes('..') || path.startsWith('.git/')) {
    return `The docs file '${target.file}' named by ${itemRef(session.item)} is outside the repository; it was not marked done.`;
  }
  const full = join(wt.dir, path);
  let text: string;
  try {
    // No link anywhere on the way: reading or writing through one would reach another file.
    if ((await realpath(full)) !== join(await realpath(wt.dir), path)) {
      return `The docs file ${path} of ${itemRef(session.item)} is a symbolic link (or in a linked folder) on the branch; it was not marked done.`;
    }
    // A pipe the agent left in its place would block the read forever.
    if (!(await stat(full)).isFile()) throw new Error('not a file');
    text = await readFile(full, 'utf8');
  } catch {
    return `The docs file ${path} of ${itemRef(session.item)} is not on the branch; it was not marked done.`;
  }
  const parsed = parseIssueFile(path, text);
  if (parsed.item?.id !== target.id) {
    const problem = parsed.item ? undefined : parsed.problems[0];
    return problem
      ? `${describeProblem(problem)} The docs item '${target.id}' of ${itemRef(session.item)} was not marked done.`
      : `${path} no longer holds the docs item '${target.id}'; it was not marked done.`;
  }
  const done = markItemDone(text);
  if (done === text) return undefined;
  await writeFile(join(wt.dir, path), done);
  await gitOk(session.git, ['add', '--', path], { cwd: wt.dir });
  const sha = await commitStaged(
    session.git,
    wt.dir,
    `Mark docs item ${target.id} done\n\nSets status: done in ${path} and ticks its acceptance criteria; merging this pull request archives the item.`,
    session.author,
  );
  if (sha) await push(session);
  core.info(`Marked the docs item ${target.id} done in ${path}.`);
  return undefined;
}
