import type { Readable, Writable } from 'node:stream';

/** What the command reads and writes; injected so that tests run it in memory. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Reads a whole file as UTF-8 text (the CLI's only file access). */
  readonly readFile: (path: string) => Promise<string>;
  /** Opens a file as a stream of bytes (chunks of text are read as they are). */
  readonly openFile: (path: string) => Readable;
  /**
   * Reads a file in chunks of bytes into one reused buffer: each chunk is valid until the next is
   * asked for, so that a large file leaves no garbage behind. `check` uses it when given.
   */
  readonly readChunks?: (path: string) => AsyncIterable<Uint8Array>;
  /** The size of a file in bytes, for `check --progress`; `undefined` when unknown. */
  readonly fileSize?: (path: string) => Promise<number | undefined>;
  /** A clock in milliseconds, for `check --progress` (the only clock the command reads). */
  readonly now?: () => number;
}

/** Exit codes: 0 all valid, 1 something invalid, 2 usage error or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** An error the command reports with exit code 2: a usage error or unreadable input. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A buffered writer: joins small writes into large chunks and waits for the stream to drain,
 * so that a million lines of output keep memory flat.
 */
export class BufferedWriter {
  private buffer = '';
  constructor(
    private readonly stream: Writable,
    private readonly limit = 1 << 16,
  ) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const done = (error?: Error) => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          if (error) reject(error);
          else resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('error', done);
      });
    }
  }
}
