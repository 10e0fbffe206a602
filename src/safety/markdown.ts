import { INVISIBLE, NUMERIC_ENTITY } from './sanitize.js';

/**
 * Renders text the model wrote (review summaries, finding titles and bodies, plan and retro text)
 * for a GitHub comment, issue or PR body, so that it cannot pass as the action (DESIGN §8.12): the
 * model reads pull requests and issues anyone can write, so its text is as untrusted as theirs.
 *
 * - No HTML at all: a `<` that would start a tag, a comment (`<!--`), a declaration or an autolink
 *   is followed by a zero-width joiner, and so is the `>` of a comment closer (`-->`, `--!>`). The
 *   text cannot open or close the action's hidden blocks (`<!-- codex-orchestrator:… -->`) or a
 *   `<details>` around the action's own content, and raw `<img>`, `<picture>`, `<source srcset>`
 *   cannot load anything. Before that, an `<img>` becomes a plain link to its source with its alt
 *   text, and `<picture>` / `<source>` wrappers are dropped, so an image stays readable as a link.
 * - No markdown images: `![alt](url)`, `![alt][ref]` and `![ref]` get a zero-width joiner between
 *   `!` and `[`, which leaves an ordinary link (`!` followed by a link to the url, or to the
 *   reference's definition) and loads nothing. Reference definitions are links: left as they are.
 * - No mentions: `@user` and `@org/team` get a zero-width joiner after the `@`. GitHub links a
 *   mention only when a letter or digit follows the `@` directly, so this renders as the same
 *   characters and notifies nobody; an `@` after a letter or digit (an email address) is not a
 *   mention and is left alone. Entities that GitHub decodes to `@` (`&#64;`, `&commat;`) are
 *   decoded first so they get the same treatment. Wrapping in code was the other choice; it changes
 *   how the text looks and cannot be used inside a code span.
 * - No hidden text: invisible and bidi-control characters are removed (also written as entities),
 *   and so are link titles and link reference definitions used as comments (`[//]: # (note)`).
 * - Code stays as written: the content of a fenced block is kept (only invisible characters and
 *   the action's marker prefix are touched), and a fence the text leaves open is closed, so it
 *   cannot turn the rest of the action's comment into code. Inline code gets the same zero-width
 *   joiners as prose, which show as nothing there either: the neutralising is applied whether or
 *   not a span is code, so no disagreement between this parser and GitHub's can re-enable markup.
 *
 * The zero-width joiners stay in the text: someone who copies `@user` from a comment gets the
 * joiner too, and `sanitizeUntrusted` removes them when the text is read back into a prompt.
 */
export function renderModelMarkdown(text: string): string {
  const out: string[] = [];
  for (const segment of segments(text.replace(/\r\n?/g, '\n'))) {
    if (segment.kind === 'prose') out.push(renderProse(segment.text));
    else {
      const body = segment.body.map(renderModelCode);
      out.push(renderModelCode(segment.open), ...body, segment.close ?? closingFence(segment.open));
    }
  }
  return out.join('\n');
}

/**
 * Code the model wrote, for the inside of a fence the action writes (a ```suggestion block):
 * kept byte for byte, but for invisible characters and the action's marker prefix.
 */
export function renderModelCode(text: string): string {
  return text.replace(INVISIBLE, '').replace(MARKER, `<${ZWJ}!--$1`);
}

/** Model text for one line (a heading, a table cell): rendered, and its line breaks as spaces. */
export function renderModelLine(text: string): string {
  return renderProse(text.replace(/\r?\n/g, ' '));
}

const ZWJ = '\u200D';

/** The opener of one of the action's own hidden blocks (DESIGN §3). */
const MARKER = /<!--(\s*codex-orchestrator)/gi;

/** Named entities that render as nothing or as a direction change. */
const INVISIBLE_NAMED =
  /&(?:shy|zwj|zwnj|lrm|rlm|NoBreak|ZeroWidthSpace|NegativeVeryThinSpace|NegativeThinSpace|NegativeMediumSpace|NegativeThickSpace|InvisibleTimes|InvisibleComma|ApplyFunction|ic|it|af);/g;
/**
 * Text only shown on hover, or not at all: link titles, and link reference definitions, which
 * render as nothing (`[//]: # (a note)` is the markdown comment idiom). The definition itself is
 * kept when it is a real one, without its title.
 */
const LINK_TITLE = /(\]\(\s*<?[^\s)>]*>?)\s+(?:"[^"]*"|'[^']*'|\([^)]*\))\s*\)/g;
const COMMENT_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*(?:#|<>)?[ \t]*(?:\([^)]*\)|"[^"]*"|'[^']*')?[ \t]*$/gm;
const DEFINITION_TITLE = /^( {0,3}\[[^\]]+\]:[ \t]*\S+)[ \t]+(?:\([^)]*\)|"[^"]*"|'[^']*')[ \t]*$/gm;
const AT_ENTITY = /&(?:#0*64|#x0*40|commat);/gi;

function renderProse(text: string): string {
  let s = text
    .replace(NUMERIC_ENTITY, (entity, hex, dec) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      if (code > 0x10ffff) return '';
      return String.fromCodePoint(code).replace(INVISIBLE, '') === '' ? '' : entity;
    })
    .replace(INVISIBLE_NAMED, '')
    .replace(AT_ENTITY, '@')
    .replace(INVISIBLE, '');
  s = outsideCodeSpans(s, (prose) =>
    prose
      .replace(/<img\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/gi, (_, attrs: string) => imageLink(attrs))
      .replace(/<\/?picture\b(?:[^>"']|"[^"]*"|'[^']*')*>|<source\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, '')
      .replace(LINK_TITLE, '$1)')
      .replace(COMMENT_DEFINITION, '')
      .replace(DEFINITION_TITLE, '$1'),
  );
  return s
    .replace(/<(?=[A-Za-z!?/])/g, `<${ZWJ}`)
    .replace(/--(!?)>/g, `--$1${ZWJ}>`)
    .replace(/!(?=\[)/g, `!${ZWJ}`)
    .replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `$1@${ZWJ}`);
}

/** `<img src="u" alt="a">` as `[image: a](u)`: readable, and a link loads nothing until clicked. */
function imageLink(attrs: string): string {
  const attr = (name: string) =>
    new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')
      .exec(attrs)
      ?.slice(1)
      .find((v) => v !== undefined);
  const alt = (attr('alt') ?? '').replace(/[[\]\n]/g, ' ').trim();
  const src = attr('src');
  const label = alt ? `image: ${alt}` : 'image';
  return src && /^https?:\/\//i.test(src)
    ? `[${label}](${src.replace(/[()\s]/g, encodeURIComponent)})`
    : `[${label}]`;
}

/**
 * Applies `fn` to the text outside inline code spans. Used only for the cosmetic rewrite of
 * `<img>` into a link; safety never depends on it (see renderModelMarkdown).
 */
function outsideCodeSpans(text: string, fn: (prose: string) => string): string {
  const span = /(?<![`\\])(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(span)) {
    out += fn(text.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + fn(text.slice(from));
}

type Segment =
  | { kind: 'prose'; text: string }
  | { kind: 'fence'; open: string; body: string[]; close: string | undefined };

/** Prose and fenced code blocks, line by line as CommonMark opens and closes fences. */
function segments(text: string): Segment[] {
  const result: Segment[] = [];
  let prose: string[] = [];
  let fence: Extract<Segment, { kind: 'fence' }> | undefined;
  let closer: RegExp | undefined;
  for (const line of text.split('\n')) {
    if (fence) {
      if (closer!.test(line)) {
        fence.close = line;
        fence = undefined;
      } else fence.body.push(line);
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    // A backtick fence's info string cannot hold a backtick (such a line is inline code).
    if (!open || (open[1]!.startsWith('`') && open[2]!.includes('`'))) {
      prose.push(line);
      continue;
    }
    if (prose.length > 0) result.push({ kind: 'prose', text: prose.join('\n') });
    prose = [];
    const marks = open[1]!;
    closer = new RegExp(`^ {0,3}${marks[0]}{${marks.length},}[ \\t]*$`);
    fence = { kind: 'fence', open: line, body: [], close: undefined };
    result.push(fence);
  }
  if (prose.length > 0 || result.length === 0) result.push({ kind: 'prose', text: prose.join('\n') });
  return result;
}

const closingFence = (open: string) => /^ {0,3}(`{3,}|~{3,})/.exec(open)?.[1] ?? '```';
