import { StringDecoder } from 'node:string_decoder';

/** The longest line kept in memory; a longer one is skipped (it still reaches the events file). */
export const MAX_LINE_CHARS = 32 * 1024 * 1024;

/**
 * Splits a stream of text chunks into lines without ever holding more than one line (plus one
 * chunk) in memory. Pieces of a long line are collected in an array and joined once, so a line
 * spread over many chunks costs O(n), not O(n²).
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private pieces: string[] = [];
  private pendingChars = 0;
  private oversized = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onOversized: (chars: number) => void = () => {},
    private readonly maxLineChars = MAX_LINE_CHARS,
  ) {}

  /** Feeds raw bytes (decoded as UTF-8, safe across chunk boundaries) or text. */
  push(chunk: Buffer | string): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    let start = 0;
    let newline = text.indexOf('\n', start);
    while (newline !== -1) {
      this.emit(text.slice(start, newline));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    if (start < text.length) this.keep(text.slice(start));
  }

  /** Flushes a last line that has no newline. */
  end(): void {
    const rest = this.decoder.end();
    if (rest) this.keep(rest);
    if (this.pieces.length > 0 || this.oversized) this.emit('');
  }

  private keep(piece: string): void {
    this.pendingChars += piece.length;
    if (this.pendingChars > this.maxLineChars) {
      this.oversized = true;
      this.pieces = [];
      return;
    }
    if (!this.oversized) this.pieces.push(piece);
  }

  private emit(tail: string): void {
    if (this.oversized || this.pendingChars + tail.length > this.maxLineChars) {
      this.onOversized(this.pendingChars + tail.length);
    } else if (this.pieces.length === 0) {
      this.onLine(tail);
    } else {
      this.pieces.push(tail);
      this.onLine(this.pieces.join(''));
    }
    this.pieces = [];
    this.pendingChars = 0;
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
  options: { onChunk?: (chunk: Buffer) => Promise<void> | void; onOversized?: (chars: number) => void } = {},
): Promise<void> {
  const splitter = new LineSplitter(onLine, options.onOversized);
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (options.onChunk) await options.onChunk(bytes);
    splitter.push(bytes);
  }
  splitter.end();
}
