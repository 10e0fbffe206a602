import type { JobSession } from '../../action/engine.js';
import { DOCS_ITEM_MARKER, parseDocsItemMarker } from '../../backlog/mirror.js';
import { markItemFileDone } from '../../engine/docs-item.js';
import { isIdentity } from '../../github/identity.js';
import { readIssue } from '../../github/issues.js';
import * as core from '../../log.js';

/**
 * A docs backlog item's pull request marks its file done (DESIGN §6): `status: done` and every
 * criterion ticked, committed on the item's branch, so merging the reviewed PR is what archives
 * the item. Nothing is ever pushed to the default branch. Only an issue the action opened (the
 * scan's mirror) is trusted with the marker naming the file; the file must still hold that id
 * (the engine's markItemFileDone checks that, and everything about the file).
 */
export async function markDocsItemDone(session: JobSession): Promise<string | undefined> {
  if (!session.issue.body.includes(DOCS_ITEM_MARKER)) return undefined;
  const marker = parseDocsItemMarker(session.issue.body);
  if (!marker) return undefined;
  const { job } = session;
  const issue = await readIssue(job.client, job.repo, session.item);
  if (!isIdentity(issue.author, job.identity)) {
    core.info(`#${session.item} carries a docs-item marker but was not opened by the action: ignored.`);
    return undefined;
  }
  return markItemFileDone(session, { file: marker.file, id: marker.id });
}
