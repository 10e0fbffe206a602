/** Markdown building blocks for everything the action posts: escaping for cells, fences and untrusted text. */

/** Escapes text for one markdown table cell: no pipes or line breaks may leave the cell. */
export const cell = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A fence longer than any backtick run inside `text`, so a code block cannot be closed early. */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/**
 * Text from the model or the issue shown in the comment. `<`/`>` are escaped so that nothing in it
 * can open an HTML comment (a forged state marker) or inject markup, and `@` mentions are broken
 * with a zero-width space so that re-rendering the comment never pings anyone.
 */
export function safeText(text: string, maxLength = 2000): string {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}
