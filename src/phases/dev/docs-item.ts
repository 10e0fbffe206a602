import { readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import type { JobSession } from '../../action/engine.js';
import { markItemDone, parseIssueFile } from '../../backlog/docs-file.js';
import { DOCS_ITEM_MARKER, parseDocsItemMarker } from '../../backlog/mirror.js';
import { describeProblem } from '../../backlog/problems.js';
import { push } from '../../engine/session.js';
import { commitStaged } from '../../git/commit.js';
import { gitOk } from '../../git/exec.js';
import { isIdentity } from '../../github/identity.js';
import { readIssue } from '../../github/issues.js';
import * as core from '../../log.js';

/**
 * A docs backlog item's pull request marks its file done (DESIGN §6): `status: done` and every
 * criterion ticked, committed on the item's branch, so merging the reviewed PR is what archives
 * the item. Nothing is ever pushed to the default branch. Only an issue the action opened (the
 * scan's mirror) is trusted with the marker naming the file; the file must still hold that id.
 *
 * The file is read from the branch, which the agent wrote: the commit goes on top of it, so it must
 * start from the branch's text. That is safe because the front matter reader runs nothing (any
 * opener but `---` is a problem, reported here) and a link is refused before anything is read or
 * written through it.
 */
export async function markDocsItemDone(session: JobSession): Promise<string | undefined> {
  if (!session.issue.body.includes(DOCS_ITEM_MARKER)) return undefined;
  const marker = parseDocsItemMarker(session.issue.body);
  if (!marker) return undefined;
  const { job, wt } = session;
  const issue = await readIssue(job.client, job.repo, session.item);
  if (!isIdentity(issue.author, job.identity)) {
    core.info(`#${session.item} carries a docs-item marker but was not opened by the action: ignored.`);
    return undefined;
  }
  const path = normalize(marker.file).replace(/\\/g, '/');
  if (isAbsolute(path) || path.split('/').includes('..') || path.startsWith('.git/')) {
    return `The docs file '${marker.file}' named by #${session.item} is outside the repository; it was not marked done.`;
  }
  const full = join(wt.dir, path);
  let text: string;
  try {
    // No link anywhere on the way: reading or writing through one would reach another file.
    if ((await realpath(full)) !== join(await realpath(wt.dir), path)) {
      return `The docs file ${path} of #${session.item} is a symbolic link (or in a linked folder) on the branch; it was not marked done.`;
    }
    // A pipe the agent left in its place would block the read forever.
    if (!(await stat(full)).isFile()) throw new Error('not a file');
    text = await readFile(full, 'utf8');
  } catch {
    return `The docs file ${path} of #${session.item} is not on the branch; it was not marked done.`;
  }
  const parsed = parseIssueFile(path, text);
  if (parsed.item?.id !== marker.id) {
    const problem = parsed.item ? undefined : parsed.problems[0];
    return problem
      ? `${describeProblem(problem)} The docs item '${marker.id}' of #${session.item} was not marked done.`
      : `${path} no longer holds the docs item '${marker.id}'; it was not marked done.`;
  }
  const done = markItemDone(text);
  if (done === text) return undefined;
  await writeFile(join(wt.dir, path), done);
  await gitOk(session.git, ['add', '--', path], { cwd: wt.dir });
  const sha = await commitStaged(
    session.git,
    wt.dir,
    `Mark docs item ${marker.id} done\n\nSets status: done in ${path} and ticks its acceptance criteria; merging this pull request archives the item.`,
    session.author,
  );
  if (sha) await push(session);
  core.info(`Marked the docs item ${marker.id} done in ${path}.`);
  return undefined;
}
