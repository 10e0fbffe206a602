/** Markdown building blocks for everything the action posts: escaping for cells, fences and untrusted text. */

import { renderModelCode, renderModelLine, renderModelMarkdown } from '../safety/markdown.js';

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

/**
 * Text the action did not write (a docs item's id or file name) as one inline code span: line
 * breaks and other whitespace runs become one space (a line break inside a span would let the next
 * line start a heading, a list or a fence of its own), the span's backticks are longer than any run
 * inside, and the text is kept as written but for invisible characters and the action's marker
 * prefix ({@link renderModelCode}). In a table cell, pass `cell` to escape `|` as well.
 */
export function inlineCode(text: string, options: { max?: number; cell?: boolean } = {}): string {
  const flat = renderModelCode(clip(text.replace(/\s+/g, ' ').trim(), options.max ?? 200));
  const ticks = '`'.repeat(Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  const span = `${ticks}${pad}${flat || ' '}${pad}${ticks}`;
  return options.cell ? span.replace(/\|/g, '\\|') : span;
}
