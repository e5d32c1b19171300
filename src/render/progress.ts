// A progress bar on stderr for long runs, only when a person is watching: stderr is a
// terminal and this is not CI. Never in pipes or CI logs.

export class Progress {
  private done_ = 0;
  private last = 0;
  private readonly enabled: boolean;

  constructor(private readonly total: number) {
    this.enabled = Boolean(process.stderr.isTTY) && !process.env.CI && total >= 20;
  }

  tick(): void {
    this.done_++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done_ < this.total) return;
    this.last = now;
    const width = 30;
    // a JSON Lines file yields many articles: past the number of files, the count goes on alone
    const filled = Math.round(Math.min(1, this.done_ / this.total) * width);
    const counted = this.done_ <= this.total ? `${this.done_}/${this.total} files` : `${this.done_} articles`;
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${counted}`);
  }

  done(): void {
    if (this.enabled && this.last) process.stderr.write('\r\x1b[K');
  }
}
