/**
 * The size limits of what the action posts, and the one way it cuts a body to fit. GitHub refuses
 * (422) an issue comment, a pull request body, a review body or an inline comment over 65,536
 * characters, and a check run's `output.summary` or `output.text` over 65,535. Model text alone can
 * pass that: the plan schema allows about 165 KB, a review with 40 findings of 3,000 characters
 * made a 134 KB comment. A refused write loses the whole body (and, for the status comment, the
 * state), so every body is cut to fit instead, and the full text goes to the job summary.
 *
 * Lengths are counted in UTF-16 code units (`String#length`), never fewer than the characters
 * GitHub counts, so a body that fits here fits there.
 */

/** An issue or PR comment, a PR body, a review body, an inline review comment. */
export const MAX_COMMENT_BODY = 65_536;
/** A check run's `output.summary` and `output.text`. */
export const MAX_CHECK_OUTPUT = 65_535;

/** Where the cut line sends people for the rest. */
export const FULL_TEXT_AT = "this run's job summary and its events artifact";

/** The line that ends a cut body. */
export const cutNote = (shown: number, total: number, where = FULL_TEXT_AT) =>
  `> ✂️ Cut to fit GitHub's size limit: ${(total - shown).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} characters are not shown here. The full text is in ${where}.`;

/** The longest note {@link cutNote} writes for texts below this many characters. */
const NOTE_ROOM = cutNote(99_999_999, 99_999_999).length + 200;

/**
 * `text` cut to at most `max` characters: whole lines, never inside a hidden block (`<!-- … -->`)
 * or a ```suggestion block (a cut suggestion would apply broken code), a code fence the cut leaves
 * open closed, `<details>` left open closed, then a line saying what was cut and where the full
 * text is. Unchanged when it fits. A single line longer than the room is cut inside the line, only
 * when no line boundary keeps at least half of it.
 */
export function capMarkdown(text: string, max: number, where = FULL_TEXT_AT): string {
  if (text.length <= max) return text;
  const room = max - (where.length + NOTE_ROOM);
  if (room <= 0) throw new RangeError(`capMarkdown: ${max} characters leave no room for the text.`);
  const cut = cutPoint(text, room);
  const kept = text.slice(0, cut.at).replace(/\s+$/, '');
  const closers = cut.closers.length > 0 ? `\n${cut.closers.join('\n')}` : '';
  return `${kept}${closers}\n\n${cutNote(kept.length, text.length, where)}`;
}

/**
 * A body of visible markdown (cut to fit) and hidden blocks that must stay whole (the stored review,
 * the item's state), joined by a blank line. Throws when the hidden blocks alone do not fit: the
 * caller trims what they hold first.
 */
export function fitBody(
  visible: string,
  options: { max?: number; hidden?: string; where?: string } = {},
): string {
  const max = options.max ?? MAX_COMMENT_BODY;
  const hidden = options.hidden ?? '';
  const tail = hidden ? `\n\n${hidden}` : '';
  if (tail.length + 1000 > max)
    throw new RangeError(
      `The hidden part of a body is ${hidden.length} characters; at most ${max - 1000} fit.`,
    );
  return `${capMarkdown(visible, max - tail.length, options.where)}${tail}`;
}

interface Cut {
  at: number;
  closers: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Where to cut so that the kept text and its closers take at most `room` characters. */
function cutPoint(text: string, room: number): Cut {
  let best: Cut = { at: 0, closers: [] };
  let fence: { marks: string; closer: RegExp; atomic: boolean } | undefined;
  let hidden = false;
  let details = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    const closers = [...(fence ? [fence.marks] : []), ...Array<string>(details).fill('</details>')];
    const cost = closers.reduce((n, c) => n + c.length + 1, 0);
    const boundaryOk = !hidden && !fence?.atomic;
    if (at + line.length + cost > room) {
      // The line does not fit: cut before it, or inside it when the boundary keeps less than half.
      if (boundaryOk && at + cost <= room) best = { at, closers };
      const limit = fence || hidden ? (boundaryOk ? line.length : -1) : proseCutLimit(line);
      const inside = Math.min(room - cost, at + limit);
      if (best.at < room / 2 && inside > at && inside > best.at)
        best = { at: safeIndex(text, inside), closers };
      return best;
    }
    if (boundaryOk) best = { at, closers };
    ({ fence, hidden, details } = advance(line, { fence, hidden, details }));
    at += line.length + 1;
  }
  return { at: text.length, closers: [] };
}

function advance(
  line: string,
  s: {
    fence: { marks: string; closer: RegExp; atomic: boolean } | undefined;
    hidden: boolean;
    details: number;
  },
) {
  if (s.fence) return { ...s, fence: s.fence.closer.test(line) ? undefined : s.fence };
  if (s.hidden) return { ...s, hidden: !line.includes('-->') };
  const open = FENCE.exec(line);
  if (open && !(open[1]!.startsWith('`') && open[2]!.includes('`'))) {
    const marks = open[1]!;
    return {
      ...s,
      fence: {
        marks,
        closer: new RegExp(`^ {0,3}${marks[0]}{${marks.length},}[ \\t]*$`),
        atomic: /^\s*suggestion\b/i.test(open[2]!),
      },
    };
  }
  const opener = line.lastIndexOf('<!--');
  const hiddenNow = opener >= 0 && !line.includes('-->', opener + 4);
  const opened = line.match(/<details\b/gi)?.length ?? 0;
  const closed = line.match(/<\/details\s*>/gi)?.length ?? 0;
  return { ...s, hidden: hiddenNow, details: Math.max(0, s.details + opened - closed) };
}

/**
 * How far into a prose line a cut may go: not past an HTML comment opener or a `<details>` it
 * opens (neither would be closed), not into a line that opens a fence (-1).
 */
function proseCutLimit(line: string): number {
  if (FENCE.test(line)) return -1;
  const stops = [line.indexOf('<!--'), line.search(/<details\b/i)].filter((i) => i >= 0);
  return Math.min(line.length, ...stops);
}

/** `at`, moved back off the second half of a surrogate pair. */
function safeIndex(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}
