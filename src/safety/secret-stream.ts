import { StringDecoder } from 'node:string_decoder';
import type { SecretMatch, SecretScanner } from './secrets.js';

/**
 * Scans bytes that arrive in pieces (a git object hundreds of megabytes long) for the job's
 * secrets, in every form {@link SecretScanner} knows, holding under 100 KiB at a time.
 *
 * The text is scanned in windows. What a window hands on to the next is its tail from just after
 * the (reach + 1)-th last letter or digit: a match that begins in one window and ends in the next
 * spans at most `reach` letters and digits (SecretScanner.reach), so it begins inside that tail and
 * is found whole in the next window. The tail is capped at {@link MAX_CARRY} characters: a secret
 * whose pieces lie further apart than that (32 KiB of punctuation between two letters) is not
 * found across a window's edge.
 *
 * Bytes are read as UTF-8 (invalid sequences become U+FFFD), so a secret stored in a binary file
 * is found as long as its own bytes are there; one inside compressed data is not.
 */

/**
 * Text collected before a scan: large enough that the scanner's per-call work is lost in it, small
 * enough that its strings stay in V8's young generation (larger ones are freed only by a full
 * collection: with 1 MiB windows a 128 MB push grew the process by 170 MB instead of under 40).
 */
const WINDOW = 64 * 1024;
/** The most characters one window hands on to the next. */
const MAX_CARRY = 32 * 1024;

/** Which secret was found, in which form (never its value). */
export type StreamHit = Pick<SecretMatch, 'secret' | 'form'>;

export class SecretStream {
  private pending = '';
  private readonly decoder = new StringDecoder('utf8');
  private hit: StreamHit | undefined;

  constructor(private readonly scanner: SecretScanner) {}

  /** Adds the next bytes; returns the first secret found so far, if any (and keeps returning it). */
  write(bytes: Buffer): StreamHit | undefined {
    if (this.hit || this.scanner.empty) return this.hit;
    this.pending += this.decoder.write(bytes);
    if (this.pending.length >= WINDOW) this.scan(false);
    return this.hit;
  }

  /** Scans what is left; returns the first secret found in the whole text, if any. */
  end(): StreamHit | undefined {
    if (this.hit || this.scanner.empty) return this.hit;
    this.pending += this.decoder.end();
    this.scan(true);
    return this.hit;
  }

  private scan(last: boolean): void {
    // `holds` decides with a third of the work; `find` then names the form for the error.
    const match = this.scanner.holds(this.pending) ? this.scanner.find(this.pending) : undefined;
    if (match) this.hit = { secret: match.secret, form: match.form };
    this.pending = match || last ? '' : carried(this.pending, this.scanner.reach);
  }
}

const isAlnum = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The tail of `text` after its (reach + 1)-th last letter or digit, at most MAX_CARRY long. */
export function carried(text: string, reach: number): string {
  const floor = Math.max(0, text.length - MAX_CARRY);
  let seen = 0;
  for (let i = text.length - 1; i >= floor; i--) {
    if (isAlnum(text.charCodeAt(i)) && ++seen > reach) return text.slice(i + 1);
  }
  return text.slice(floor);
}
