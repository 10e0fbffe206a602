/** The longest line kept in memory; a longer one is skipped (it still reaches the events file). */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines without ever holding more than one line (plus one chunk) in
 * memory. It splits bytes, not text: a newline byte never occurs inside a multi-byte UTF-8
 * character, and decoding each line on its own keeps ASCII lines in V8's compact one-byte
 * strings (decoding a whole chunk with one `✓` in it would make every line two-byte, and
 * splitting and parsing noticeably slower). A line spread over many chunks is joined once.
 */
export class LineSplitter {
  private pieces: Buffer[] = [];
  private pendingBytes = 0;
  private oversized = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onOversized: (bytes: number) => void = () => {},
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  push(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    let newline = bytes.indexOf(NEWLINE);
    while (newline !== -1) {
      this.emit(bytes, start, newline);
      start = newline + 1;
      newline = bytes.indexOf(NEWLINE, start);
    }
    // Copied: the rest must not pin (or be changed with) the caller's chunk.
    if (start < bytes.length) this.keep(Buffer.from(bytes.subarray(start)));
  }

  /** Flushes a last line that has no newline. */
  end(): void {
    if (this.pieces.length > 0 || this.oversized) this.emit(Buffer.alloc(0), 0, 0);
  }

  private keep(piece: Buffer): void {
    this.pendingBytes += piece.length;
    if (this.pendingBytes > this.maxLineBytes) {
      this.oversized = true;
      this.pieces = [];
    } else if (!this.oversized) {
      this.pieces.push(piece);
    }
  }

  private emit(bytes: Buffer, start: number, end: number): void {
    const total = this.pendingBytes + (end - start);
    if (this.oversized || total > this.maxLineBytes) {
      this.onOversized(total);
    } else if (this.pieces.length === 0) {
      this.onLine(bytes.toString('utf8', start, end));
    } else {
      this.pieces.push(bytes.subarray(start, end));
      this.onLine(Buffer.concat(this.pieces, total).toString('utf8'));
    }
    this.pieces = [];
    this.pendingBytes = 0;
    this.oversized = false;
  }
}

/**
 * Reads a stream to its end, line by line. `onChunk` sees every raw chunk first (to copy it to the
 * events file, awaiting backpressure), then `onLine` sees each complete line. Draining to the end
 * matters: Codex dies of SIGPIPE mid-turn when its stdout is closed early.
 */
export async function readLines(
  stream: AsyncIterable<Buffer | string>,
  onLine: (line: string) => void,
  options: { onChunk?: (chunk: Buffer) => Promise<void> | void; onOversized?: (bytes: number) => void } = {},
): Promise<void> {
  const splitter = new LineSplitter(onLine, options.onOversized);
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (options.onChunk) await options.onChunk(bytes);
    splitter.push(bytes);
  }
  splitter.end();
}
