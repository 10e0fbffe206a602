import { capMarkdown, MAX_COMMENT_BODY } from '../report/limits.js';
import { inlineCode } from '../report/markdown.js';
import { renderModelMarkdown } from '../safety/markdown.js';
import type { WorkItem } from './model.js';

/**
 * A docs item's GitHub issue (DESIGN §6): opened when the item is first dispatched, so the phases
 * that work on issues treat both sources alike, and found again by the hidden marker below (in an
 * issue the action opened, never anyone else's). The dev phase reads the marker to know which
 * file its pull request marks done.
 */

/** What every docs-item marker starts with; the scan lists the action's issues carrying it. */
export const DOCS_ITEM_MARKER = '<!-- codex-orchestrator:docs-item ';

/** `-` too: two in a row inside an HTML comment are not allowed, and `-->` would end it. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** The marker naming the item's id and file (both percent-encoded, so nothing can end the comment). */
export function docsItemMarker(id: string, file: string): string {
  return `${DOCS_ITEM_MARKER}id=${encode(id)} file=${encode(file)} -->`;
}

/**
 * The id and file a mirror's body names, or undefined when it holds no well-formed marker. The
 * marker counts only where the action puts it, at the very start of the body: the body below it is
 * the docs file's text, which could hold a marker of its own.
 */
export function parseDocsItemMarker(body: string): { id: string; file: string } | undefined {
  const match = /^<!-- codex-orchestrator:docs-item id=([^\s>]+) file=([^\s>]+) -->/.exec(body);
  if (!match) return undefined;
  try {
    const id = decodeURIComponent(match[1] as string);
    const file = decodeURIComponent(match[2] as string);
    return id && file ? { id, file } : undefined;
  } catch {
    return undefined;
  }
}

/** GitHub refuses titles longer than 256 characters. */
const MAX_TITLE = 256;

/**
 * The mirror issue of a docs item: its title, the file's text below the front matter, the opt-in
 * label. The file's text is copied, so it is rendered like model text (no hidden comment, no
 * mention, no remote image: anyone who can open a pull request can write a docs file) and cut to
 * fit GitHub's limit on an issue body.
 */
export function mirrorIssue(
  item: WorkItem,
  optInLabel: string,
): { title: string; body: string; labels: string[] } {
  const file = item.source.kind === 'docs' ? item.source.file : item.id;
  const flatTitle = item.title.replace(/\s+/g, ' ').trim();
  const title = flatTitle.length > MAX_TITLE ? `${flatTitle.slice(0, MAX_TITLE - 1)}…` : flatTitle;
  const criteria =
    item.acceptanceCriteria.length > 0 && !/^#{1,6}[ \t]+acceptance criteria/im.test(item.body)
      ? `\n\n## Acceptance criteria\n${item.acceptanceCriteria.map((c) => `- [${c.done ? 'x' : ' '}] ${c.text.replace(/\s+/g, ' ')}`).join('\n')}`
      : '';
  const marker = docsItemMarker(item.id, file);
  const visible = [
    `> Mirrored from the docs backlog: ${inlineCode(file, { max: 300 })} (id ${inlineCode(item.id)}). ` +
      'Edit the file, not this issue: the pull request for this item marks the file done.',
    renderModelMarkdown(`${item.body.trim()}${criteria}`) || '_No description._',
  ].join('\n\n');
  const where = `the docs file ${inlineCode(file, { max: 300 })}`;
  const body = `${marker}\n\n${capMarkdown(visible, MAX_COMMENT_BODY - marker.length - 2, where)}`;
  return { title, body, labels: [optInLabel] };
}
