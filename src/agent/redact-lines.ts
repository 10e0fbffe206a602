import { redactSecrets } from '../safety/secrets.js';

/** A line longer than this is redacted in pieces (a secret across a piece's edge is then missed). */
const MAX_PENDING = 1024 * 1024;

/**
 * Redacts the job's secrets (every encoding, src/safety/secrets.ts) from Codex's JSONL stream on
 * its way to the events file, which is uploaded as an artifact: a command's `aggregated_output`
 * carries whatever the command printed, a dumped environment included. Chunks end anywhere, so a
 * secret could straddle two of them: only whole lines are redacted and written, the rest waits
 * for the next chunk.
 */
export class RedactingLines {
  private pending: Buffer = Buffer.alloc(0);

  /** The whole lines completed by `chunk`, redacted; the rest is kept for the next chunk. */
  push(chunk: Buffer): Buffer {
    const bytes = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    const end = bytes.lastIndexOf(0x0a) + 1;
    if (end === 0 && bytes.length <= MAX_PENDING) {
      this.pending = Buffer.from(bytes);
      return Buffer.alloc(0);
    }
    // Cut at the last newline; a line over MAX_PENDING is cut at a UTF-8 character boundary.
    const cut = end > 0 ? end : characterBoundary(bytes);
    this.pending = Buffer.from(bytes.subarray(cut));
    return redact(bytes.subarray(0, cut));
  }

  /** What is left (a last line without a newline), redacted. */
  end(): Buffer {
    const rest = this.pending;
    this.pending = Buffer.alloc(0);
    return rest.length > 0 ? redact(rest) : rest;
  }
}

const redact = (bytes: Buffer): Buffer => {
  const text = bytes.toString('utf8');
  const clean = redactSecrets(text);
  return clean === text ? bytes : Buffer.from(clean, 'utf8');
};

/** `bytes.length`, or less so that a UTF-8 character cut at the end is left for the next chunk. */
function characterBoundary(bytes: Buffer): number {
  let lead = bytes.length - 1;
  while (lead > 0 && lead > bytes.length - 4 && (bytes[lead]! & 0xc0) === 0x80) lead -= 1;
  const b = bytes[lead] ?? 0;
  const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return lead + size > bytes.length ? lead : bytes.length;
}
