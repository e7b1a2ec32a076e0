import type { Language } from './report.js';
import { progressText } from './report.js';

/**
 * The progress line of `check` on stderr: rewritten in place on a terminal (5 times a second),
 * one line a second otherwise. The clock is given, so that the line is tested without time.
 */
export class Progress {
  /** Bytes read so far. */
  bytes = 0;
  private readonly started: number;
  private last: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number,
    private readonly options: { readonly lang: Language; readonly tty: boolean; readonly total: number | undefined },
  ) {
    this.started = now();
    this.last = this.started;
  }

  /** Shows the line if it is time to. */
  tick(records: number): void {
    const t = this.now();
    if (t - this.last < (this.options.tty ? 200 : 1000)) return;
    this.last = t;
    this.show(records, t);
  }

  /** The last line, when the input has been read. */
  done(records: number): void {
    this.show(records, this.now());
    if (this.options.tty) this.write('\n');
  }

  private show(records: number, t: number): void {
    const line = progressText({ records, seconds: (t - this.started) / 1000, bytes: this.bytes, total: this.options.total }, this.options.lang);
    this.write(this.options.tty ? `\r${line}\u001b[K` : `${line}\n`);
  }
}
