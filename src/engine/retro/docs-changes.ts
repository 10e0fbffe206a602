import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import { setFrontMatterFields } from '../../backlog/docs-file.js';
import type { WorkItem } from '../../backlog/model.js';
import { createGitExec, type GitExec, gitOk } from '../../git/exec.js';
import { inlineCode } from '../../report/markdown.js';
import { renderModelMarkdown } from '../../safety/markdown.js';
import type { RetroAnswer } from './schema.js';

/**
 * What a screened retro answer changes in a docs backlog, one front matter edit per item file: a
 * deprecation sets `status: deprecated`; a merge sets the source's `status: deprecated` with
 * `duplicate_of: <target>` (`duplicate` is no status the docs source knows: the next scan would
 * report the file as invalid); a priority change sets `priority`. The Action's retro proposes the
 * first two in a pull request; the MCP server's run_retrospective commits all three on a branch.
 */

/** One change to one item file. */
export interface DocsChange {
  kind: 'deprecate' | 'merge' | 'priority';
  item: string;
  /** For the record: what and why, as plain text. */
  detail: string;
  /** For a pull request body: the model's reason rendered as markdown. */
  line: string;
  /** The front matter keys it sets. */
  fields: Record<string, string>;
}

/** The changes of an answer, deprecations first; priority changes only when asked for. */
export function docsChanges(answer: RetroAnswer, options: { priorities: boolean }): DocsChange[] {
  return [
    ...answer.deprecations.map(
      (d): DocsChange => ({
        kind: 'deprecate',
        item: d.item,
        detail: d.reason,
        line: renderModelMarkdown(d.reason),
        fields: { status: 'deprecated' },
      }),
    ),
    ...answer.merges.map(
      (m): DocsChange => ({
        kind: 'merge',
        item: m.source,
        detail: `duplicate of ${m.target}: ${m.reason}`,
        line: `duplicate of ${inlineCode(m.target, { max: 100 })}: ${renderModelMarkdown(m.reason)}`,
        fields: { status: 'deprecated', duplicate_of: m.target },
      }),
    ),
    ...(options.priorities
      ? answer.priority_changes.map(
          (p): DocsChange => ({
            kind: 'priority',
            item: p.item,
            detail: `${p.old} → ${p.new}: ${p.reason}`,
            line: `${p.old} → ${p.new}: ${renderModelMarkdown(p.reason)}`,
            fields: { priority: p.new },
          }),
        )
      : []),
  ];
}

/**
 * The item's file relative to the repository root, when it has one that stays inside it (never
 * `..`, an absolute path or `.git/`); undefined otherwise.
 */
export function docsFileOf(item: WorkItem | undefined): string | undefined {
  if (item?.source.kind !== 'docs') return undefined;
  const file = normalize(item.source.file).replace(/\\/g, '/');
  return !isAbsolute(file) && !file.split('/').includes('..') && !file.startsWith('.git/') ? file : undefined;
}

/**
 * The blob of each item file as the retro read it (before any model call), so a file a person
 * changes in the meantime can be told apart and left alone.
 */
export async function readDocsBlobs(
  dir: string,
  items: readonly WorkItem[],
  git: GitExec = createGitExec(),
): Promise<Map<string, string>> {
  const files = [...new Set(items.map(docsFileOf).filter((f): f is string => f !== undefined))];
  if (files.length === 0) return new Map();
  const out = await gitOk(git, ['hash-object', '--', ...files], { cwd: dir });
  const blobs = out.split('\n');
  return new Map(files.map((f, i) => [f, blobs[i] ?? '']));
}

/** Writes one change into `file` under `dir` and stages it; false when the file already said so. */
export async function writeDocsChange(
  git: GitExec,
  dir: string,
  file: string,
  change: DocsChange,
): Promise<boolean> {
  const text = await readFile(join(dir, file), 'utf8');
  const next = setFrontMatterFields(text, change.fields);
  if (next === text) return false;
  await writeFile(join(dir, file), next);
  await gitOk(git, ['add', '--', file], { cwd: dir });
  return true;
}
