/** Markdown building blocks for everything the action posts: escaping for cells, fences and untrusted text. */

import { renderModelLine, renderModelMarkdown } from '../safety/markdown.js';

/** Escapes text for one markdown table cell: no pipes or line breaks may leave the cell. */
export const cell = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A fence longer than any backtick run inside `text`, so a code block cannot be closed early. */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/** `text` clipped to `maxLength` characters, with `…` when something was cut. */
export const clip = (text: string, maxLength: number) =>
  text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;

/**
 * Text from the model (or the issue) shown in something the action posts: clipped first, then
 * rendered with `renderModelMarkdown` (src/safety/markdown.ts), so it cannot open or close the
 * action's hidden blocks, load an image or mention anyone, and code in it stays as written.
 * Clipping first means a fence cut open is closed by the rendering, not left to swallow the rest.
 */
export function safeText(text: string, maxLength = 2000): string {
  return renderModelMarkdown(clip(text, maxLength));
}

/** {@link safeText} for one line (a list item, a heading, a table cell): line breaks become spaces. */
export function safeLine(text: string, maxLength = 500): string {
  return renderModelLine(clip(text.replace(/\s*\r?\n\s*/g, ' '), maxLength));
}
