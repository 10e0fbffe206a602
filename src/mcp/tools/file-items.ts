import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Priority } from '../../backlog/model.js';
import {
  type NewItemType,
  newItemPath,
  nextItemId,
  oneLine,
  renderNewItem,
  type SimilarItem,
  similarItem,
} from '../../backlog/new-item.js';
import { errorMessage } from '../../errors.js';
import { openBacklogTarget } from '../../local/backlog-commit.js';
import { ToolError } from '../errors.js';
import { readBacklog, type Workspace } from '../workspace.js';

/** An item a tool asks to file. */
export interface ItemRequest {
  type: NewItemType;
  title: string;
  description: string;
  priority: Priority;
  component: string;
}

/** What became of one request. */
export type Filed =
  | { created: true; id: string; title: string; location: string; similar: SimilarItem | undefined }
  | { created: false; title: string; same: SimilarItem };

export interface FiledItems {
  items: Filed[];
  /** Where the commit went (null: not committed). */
  branch: string | null;
  commit: string | null;
  kind: 'checkout' | 'side' | 'uncommitted';
}

/**
 * Files new items into the docs backlog in one commit (create_work_item, run_tests' bugs): each
 * with the next free id of the backlog's scheme, beside the items of that scheme, unless an open
 * item has the same title (that one is the item; nothing is written). The backlog read is the
 * tree the commit goes on, so two calls in a row never take the same id.
 */
export async function fileItems(
  ws: Workspace,
  requests: readonly ItemRequest[],
  options: { commit: boolean; now?: Date },
): Promise<FiledItems> {
  const now = options.now ?? new Date();
  const target = await openBacklogTarget(ws.repo, {
    prefix: ws.config.labels.prefix,
    parentDir: ws.options.scratch,
    now,
    commit: options.commit,
  }).catch((error: unknown) => {
    throw new ToolError(`Could not prepare the branch for the new item(s): ${errorMessage(error)}`);
  });
  try {
    const backlog = await readBacklog(ws, target.dir);
    const ids = backlog.items.map((i) => i.id);
    const items: Filed[] = [];
    const written: string[] = [];
    for (const request of requests) {
      const title = oneLine(request.title);
      if (!title) throw new ToolError('title is empty once line breaks and control characters are removed.');
      const like = similarItem(title, backlog.items);
      if (like?.match === 'same') {
        items.push({ created: false, title, same: like });
        continue;
      }
      const id = nextItemId(ids);
      const placed = newItemPath(id, backlog.items, ws.config.backlog.docs.issues);
      if (placed.kind === 'refused') throw new ToolError(`Cannot place ${id}: ${placed.reason}.`);
      const refused = await target.refuse(placed.path);
      if (refused) throw new ToolError(`Cannot write ${placed.path}: ${refused}.`);
      const text = renderNewItem(
        { ...request, id, title, created: now.toISOString().slice(0, 10) },
        placed.path,
      );
      await target.prepare(placed.path);
      await writeFile(join(target.dir, placed.path), text, { flag: 'wx' }).catch((error: unknown) => {
        throw new ToolError(
          (error as NodeJS.ErrnoException).code === 'EEXIST'
            ? `${placed.path} exists already though no backlog item has the id ${id}: look at that file.`
            : `Could not write ${placed.path}: ${errorMessage(error)}`,
        );
      });
      ids.push(id);
      written.push(placed.path);
      items.push({ created: true, id, title, location: placed.path, similar: like });
    }
    const created = items.filter((i): i is Extract<Filed, { created: true }> => i.created);
    const commit =
      written.length > 0
        ? await target.commit(
            written,
            `${created.length === 1 ? `Add ${created[0]!.id}: ${created[0]!.title}` : `Add ${created.length} backlog items`}\n\n` +
              `${created.map((c) => `- ${c.id} (${basename(c.location)})`).join('\n')}\n\nFiled through the MCP server of codex-orchestrator.`,
          )
        : undefined;
    return {
      items,
      branch: written.length > 0 && target.kind !== 'uncommitted' ? target.branch : null,
      commit: commit ?? null,
      kind: target.kind,
    };
  } finally {
    await target.close();
  }
}
