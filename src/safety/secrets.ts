/**
 * Finds the job's secrets in text, also encoded (DESIGN §8.12): what the action posts to GitHub,
 * logs, or hands back to the model may carry text that code the agent wrote produced, and such code
 * can read a secret and print it base64-encoded, as hex, URL-encoded or cut into pieces, none of
 * which the runner's masking (exact values only) or an exact-match check would notice.
 *
 * What is caught, for each secret of at least {@link MIN_SECRET_LENGTH} characters:
 * - raw: the value itself;
 * - base64 and base64url at each of the three byte alignments: the characters of the encoding that
 *   depend on the secret's bytes alone, so the secret is found inside the encoding of a longer text
 *   (`x-access-token:<token>`, a dumped environment) whatever precedes it;
 * - hex, lowercase or uppercase;
 * - URL-encoded: `encodeURIComponent`, every byte as `%XX`, or any mixture (the text is also read
 *   with its `%XX` escapes decoded, so the forms above are found URL-encoded as well);
 * - split: any of the forms above with characters other than ASCII letters and digits between its
 *   letters and digits, and letter case changed. That covers whitespace and newlines (a wrapped
 *   base64 block), quotes, `+`, `.`, `..`, `||`, `,` (string concatenation in most languages,
 *   `"ghs_ab" + "cd"`, `'ab' 'cd'`, `["ab","cd"].join('')`), invisible characters and markup. It does
 *   not cover a split with letters or digits between the parts (`"ab" + x + "cd"`), pieces in
 *   another order, or encodings not listed here (a reversed copy, rot13, base32, gzip).
 *
 * Shorter secrets are ignored: an 8-character needle already matches little by chance, a shorter
 * one would match ordinary text, and no credential this action handles is that short.
 */

/** Secrets shorter than this are not looked for (see the module comment). */
export const MIN_SECRET_LENGTH = 8;

/** A secret with the name an error may show ("the github-token"); the value is never shown. */
export interface NamedSecret {
  name: string;
  value: string;
}

/** Where a secret was found: which secret (by name), in which form, and the span in the text. */
export interface SecretMatch {
  secret: string;
  /** `raw`, `base64 (offset 1)`, `hex (lowercase)`, `URL-encoded base64url (offset 2)`, `split raw`… */
  form: string;
  start: number;
  end: number;
}

interface Needle {
  secret: string;
  form: string;
  text: string;
}

export const REDACTED = '[REDACTED]';

/** The stable middle of `bytes`' base64 encoding when `offset` (0–2) bytes precede them. */
function base64Middle(bytes: Buffer, offset: number, url: boolean): string {
  const padded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(2)]);
  const encoded = padded.toString(url ? 'base64url' : 'base64');
  // Character i encodes bits [6i, 6i+6); keep those that lie within the secret's bits.
  const start = Math.ceil((8 * offset) / 6);
  const end = Math.floor((8 * (offset + bytes.length)) / 6);
  return encoded.slice(start, end);
}

function needlesOf(secret: NamedSecret): Needle[] {
  const bytes = Buffer.from(secret.value, 'utf8');
  const forms: [string, string][] = [['raw', secret.value]];
  for (const offset of [0, 1, 2]) {
    forms.push([`base64 (offset ${offset})`, base64Middle(bytes, offset, false)]);
    forms.push([`base64url (offset ${offset})`, base64Middle(bytes, offset, true)]);
  }
  const hex = bytes.toString('hex');
  forms.push(['hex (lowercase)', hex], ['hex (uppercase)', hex.toUpperCase()]);
  forms.push(['URL-encoded', encodeURIComponent(secret.value)]);
  const everyByte = hex.replace(/../g, '%$&');
  forms.push(['URL-encoded (every byte)', everyByte.toUpperCase()], ['URL-encoded (every byte)', everyByte]);
  const seen = new Set<string>();
  return forms
    .filter(([, text]) => !seen.has(text) && seen.add(text) && text.length >= MIN_SECRET_LENGTH)
    .map(([form, text]) => ({ secret: secret.name, form, text }));
}

/** Letters and digits only, lowercased: what a split copy still has in common with the secret. */
const skeleton = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();

/**
 * A view of the text (decoded, or reduced to its skeleton) that can tell, for a match in it, the
 * span of the original text it came from, so that the match can be redacted there. The index is
 * built only when asked for: most texts hold no secret.
 */
interface View {
  text: string;
  locate(at: number, length: number): [number, number];
}

const identity = (text: string): View => ({ text, locate: (at, length) => [at, at + length] });

const ESCAPE = /%[0-9a-fA-F]{2}/g;

function percentDecoded(view: View): View {
  // Bytes decode one to one into Latin-1 characters; the needles are compared the same way.
  const text = view.text.replace(ESCAPE, (e) => String.fromCharCode(Number.parseInt(e.slice(1), 16)));
  return { text, locate: mapped(view, () => decodedSpans(view.text)) };
}

function skeletonView(view: View): View {
  return { text: skeleton(view.text), locate: mapped(view, () => keptSpans(view.text)) };
}

/** Where each character of a view lies in its source view: `start[i]` to `end[i]` (exclusive). */
interface Spans {
  start: number[];
  end: number[];
}

/** A `%XX`-decoded view's characters: an escape stands for three source characters. */
function decodedSpans(source: string): Spans {
  const spans: Spans = { start: [], end: [] };
  const push = (from: number, to: number) => {
    spans.start.push(from);
    spans.end.push(to);
  };
  let i = 0;
  for (const m of source.matchAll(ESCAPE)) {
    for (; i < m.index; i++) push(i, i + 1);
    push(i, i + 3);
    i += 3;
  }
  for (; i < source.length; i++) push(i, i + 1);
  return spans;
}

/** A skeleton's characters are the source's letters and digits. */
function keptSpans(source: string): Spans {
  const spans: Spans = { start: [], end: [] };
  for (let i = 0; i < source.length; i++) {
    if (/[A-Za-z0-9]/.test(source[i]!)) {
      spans.start.push(i);
      spans.end.push(i + 1);
    }
  }
  return spans;
}

function mapped(source: View, build: () => Spans): View['locate'] {
  let spans: Spans | undefined;
  return (at, length) => {
    spans ??= build();
    const from = spans.start[at]!;
    const to = spans.end[at + length - 1]!;
    return source.locate(from, to - from);
  };
}

/** A needle as it reads in the `%XX`-decoded view (bytes as Latin-1 characters). */
const decodedNeedle = (needle: Needle): Needle => ({
  ...needle,
  form: needle.form === 'raw' ? 'URL-encoded (some bytes)' : `URL-encoded ${needle.form}`,
  text: Buffer.from(needle.text, 'utf8').toString('latin1'),
});

/**
 * The job's secrets, with every needle computed once: checks run on every request and on every
 * text that goes back to the model, so each check is a handful of `indexOf` calls over the text,
 * its `%XX`-decoded copy when it has a `%`, and the skeletons of both.
 */
export class SecretScanner {
  private readonly exact: Needle[];
  private readonly decoded: Needle[];
  private readonly split: Needle[];
  /** Exact needles with too few letters and digits to be looked for in a skeleton, raw and decoded. */
  private readonly unsplit: Needle[];
  private readonly unsplitDecoded: Needle[];

  constructor(secrets: readonly (string | NamedSecret)[]) {
    const named = secrets
      .map((s) => (typeof s === 'string' ? { name: 'a secret', value: s } : s))
      .filter((s) => s.value.length >= MIN_SECRET_LENGTH);
    this.exact = named.flatMap(needlesOf);
    this.decoded = this.exact.map(decodedNeedle);
    const seen = new Set<string>();
    this.split = this.exact
      .map((n) => ({ ...n, form: `split ${n.form}`, text: skeleton(n.text) }))
      .filter((n) => n.text.length >= MIN_SECRET_LENGTH && !seen.has(n.text) && seen.add(n.text));
    this.unsplit = this.exact.filter((n) => skeleton(n.text).length < MIN_SECRET_LENGTH);
    this.unsplitDecoded = this.unsplit.map(decodedNeedle);
  }

  /** True when there is nothing to look for (every secret was empty or short). */
  get empty(): boolean {
    return this.exact.length === 0;
  }

  /**
   * The most letters and digits of the scanned text one match can span: a needle's bytes, each
   * read from at most a `%XX` escape (two of them). A text cut into windows is scanned with this
   * many letters and digits carried over (src/safety/secret-stream.ts).
   */
  get reach(): number {
    return 2 * Math.max(0, ...this.exact.map((n) => Buffer.byteLength(n.text, 'utf8')));
  }

  /** The first secret found (its name and form, never its value), or undefined. */
  find(text: string): SecretMatch | undefined {
    if (this.empty || text.length < MIN_SECRET_LENGTH) return undefined;
    for (const [view, needles] of this.views(text)) {
      for (const needle of needles) {
        const at = view.text.indexOf(needle.text);
        if (at >= 0) return toMatch(view, needle, at);
      }
    }
    return undefined;
  }

  /**
   * Whether the text holds any form of any secret, without saying which or where: the letters and
   * digits of every form are in the skeleton views, so those alone decide, about a third of what
   * `find` does on a clean text. For texts too large to scan whole (src/safety/secret-stream.ts).
   */
  holds(text: string): boolean {
    if (this.empty || text.length < MIN_SECRET_LENGTH) return false;
    const inSkeleton = (view: string) => {
      const letters = skeleton(view);
      return this.split.some((n) => letters.includes(n.text));
    };
    if (inSkeleton(text) || this.unsplit.some((n) => text.includes(n.text))) return true;
    if (!text.includes('%')) return false;
    const decoded = percentDecoded(identity(text)).text;
    return inSkeleton(decoded) || this.unsplitDecoded.some((n) => decoded.includes(n.text));
  }

  /** Every occurrence of every form. */
  matches(text: string): SecretMatch[] {
    if (this.empty || text.length < MIN_SECRET_LENGTH) return [];
    const found: SecretMatch[] = [];
    for (const [view, needles] of this.views(text)) {
      for (const needle of needles) {
        for (let at = view.text.indexOf(needle.text); at >= 0; at = view.text.indexOf(needle.text, at + 1))
          found.push(toMatch(view, needle, at));
      }
    }
    return found;
  }

  /** The text with every form of every secret replaced by `[REDACTED]`. */
  redact(text: string): string {
    let out = text;
    // Replacing can, in principle, join what is left into another match; a few passes settle it.
    for (let pass = 0; pass < 3; pass++) {
      const spans = merge(this.matches(out));
      if (spans.length === 0) return out;
      let next = '';
      let from = 0;
      for (const [start, end] of spans) {
        next += out.slice(from, start) + REDACTED;
        from = end;
      }
      out = next + out.slice(from);
    }
    return out;
  }

  private *views(text: string): Generator<[View, Needle[]]> {
    const raw = identity(text);
    yield [raw, this.exact];
    const decoded = text.includes('%') ? percentDecoded(raw) : undefined;
    if (decoded) yield [decoded, this.decoded];
    // The skeleton views are built lazily: most texts are clean, and `find` stops at the first hit.
    yield [skeletonView(raw), this.split];
    if (decoded) yield [skeletonView(decoded), this.split];
  }
}

function toMatch(view: View, needle: Needle, at: number): SecretMatch {
  const [start, end] = view.locate(at, needle.text.length);
  return { secret: needle.secret, form: needle.form, start, end };
}

function merge(matches: SecretMatch[]): [number, number][] {
  const sorted = matches.map((m) => [m.start, m.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

let job = new SecretScanner([]);

/**
 * Sets the job's secrets (the github-token, the model key, any derived credential) for
 * {@link findSecret} and {@link redactSecrets}. Called once, where the inputs are read.
 */
export function setJobSecrets(secrets: readonly (string | NamedSecret)[]): void {
  job = new SecretScanner(secrets);
}

/** The job's scanner, for text too large to pass as one string (src/safety/secret-stream.ts). */
export const jobSecretScanner = (): SecretScanner => job;

/** Which secret, in which form, the text holds (never the value); undefined when it holds none. */
export function findSecret(text: string): { secret: string; form: string } | undefined {
  const match = job.find(text);
  return match && { secret: match.secret, form: match.form };
}

/** The text with every form of the job's secrets replaced by `[REDACTED]`. */
export function redactSecrets(text: string): string {
  return job.redact(text);
}
