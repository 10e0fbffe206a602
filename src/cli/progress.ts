/**
 * The run's progress on stderr (stdout stays for --json): one line per step with the item, the
 * phase and the time since the item started; on a terminal, a live status line below them.
 */
export class Progress {
  private item: string | undefined;
  private phase = '';
  private started = 0;
  private timer: NodeJS.Timeout | undefined;
  private live = false;

  constructor(private readonly io: { stderr(text: string): void; isTTY?: boolean }) {}

  /** An item's loop starts. */
  start(item: string): void {
    this.item = item;
    this.phase = 'start';
    this.started = Date.now();
    if (this.io.isTTY && !this.timer) {
      this.timer = setInterval(() => this.status(), 1000);
      this.timer.unref();
    }
  }

  /** A step of the current item started or ended. */
  step(item: string, phase: string, note: string): void {
    this.phase = phase;
    this.clear();
    const flat = note.replace(/\s+/g, ' ').trim();
    this.io.stderr(
      `[${elapsed(Date.now() - this.started)}] ${item} ${phase}: ${flat.length > 200 ? `${flat.slice(0, 199)}…` : flat}\n`,
    );
    this.status();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  private status(): void {
    if (!this.io.isTTY || !this.item) return;
    this.io.stderr(`\r\u001b[2K▸ ${this.item} · ${this.phase} · ${elapsed(Date.now() - this.started)}`);
    this.live = true;
  }

  private clear(): void {
    if (this.live) this.io.stderr('\r\u001b[2K');
    this.live = false;
  }
}

/** `m:ss`, or `h:mm:ss` past an hour. */
function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return h > 0
    ? `${h}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
    : `${Math.floor(s / 60)}:${pad(s % 60)}`;
}
