import { basename } from 'node:path';
import type { z } from 'zod';
import { type Priority, parsePriority } from '../../backlog/model.js';
import type { CreateOutput, createInput } from '../schemas.js';
import type { Workspace } from '../workspace.js';
import { fileItems } from './file-items.js';

/**
 * `create_work_item`: a new docs item file with the next free id and front matter the docs source
 * reads, committed on its own (never on the default branch: on the branch checked out when that is
 * another one, else on the day's side branch, said in the result). An open item with the same
 * title is returned instead of a copy; one with a similar title is named in `duplicate_warning`.
 */
export async function createWorkItem(
  ws: Workspace,
  args: z.output<typeof createInput>,
): Promise<CreateOutput> {
  const filed = await fileItems(
    ws,
    [
      {
        type: args.item_type,
        title: args.title,
        description: args.description,
        priority: parsePriority(args.priority) as Priority,
        component: args.component,
      },
    ],
    { commit: args.auto_commit },
  );
  const [item] = filed.items;
  if (!item) throw new Error('fileItems returned nothing for one request');
  if (!item.created) {
    const same = item.same.item;
    const file = same.source.kind === 'docs' ? same.source.file : null;
    return {
      success: true,
      created: false,
      item_id: same.id,
      location: file ?? '',
      files_created: [],
      duplicate_warning: { item_id: same.id, title: same.title, location: file, match: 'same' },
      branch: null,
      commit: null,
      note: `${same.id} is open with the same title: no new item was created.`,
    };
  }
  const similar = item.similar?.item;
  const landed =
    filed.kind === 'uncommitted'
      ? 'written to the working tree, not committed (auto_commit is false)'
      : filed.kind === 'side'
        ? `committed on ${filed.branch} (the checkout is on the default branch, which this server never writes): merge that branch to see it in the scan`
        : `committed on ${filed.branch}, the branch checked out`;
  return {
    success: true,
    created: true,
    item_id: item.id,
    location: item.location,
    files_created: [basename(item.location)],
    duplicate_warning: similar
      ? {
          item_id: similar.id,
          title: similar.title,
          location: similar.source.kind === 'docs' ? similar.source.file : null,
          match: 'similar',
        }
      : null,
    branch: filed.branch,
    commit: filed.commit,
    note: `${item.id} ${landed}.`,
  };
}
