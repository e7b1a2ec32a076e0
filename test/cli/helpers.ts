import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** What {@link runCli} is given besides the command line. */
export interface RunCliOptions {
  /** Standard input: text, or a stream. */
  readonly stdin?: string | Readable;
  /** Files by path: text (read as UTF-8 bytes) or bytes. */
  readonly files?: Record<string, string | Uint8Array>;
  /** Files are streamed in chunks of this many bytes (default: one chunk). */
  readonly chunkSize?: number;
  /** Whether stderr is a terminal. */
  readonly stderrIsTTY?: boolean;
  /** The clock `check --progress` reads. */
  readonly now?: () => number;
}

function chunks(bytes: Uint8Array, size: number | undefined): Uint8Array[] {
  if (size === undefined) return [bytes];
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** Runs the command in memory: `stdin` text (or a stream), files by path. */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, callback) {
        append(chunk.toString());
        callback();
      },
    });
  const files = options.files ?? {};
  const bytesOf = (path: string): Uint8Array | undefined => {
    const content = files[path];
    return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  };
  const stderrStream = Object.assign(sink((s) => (stderr += s)), options.stderrIsTTY === true ? { isTTY: true } : {});
  const io: CliIo = {
    stdin: typeof options.stdin === 'string' || options.stdin === undefined ? Readable.from([options.stdin ?? '']) : options.stdin,
    stdout: sink((s) => (stdout += s)),
    stderr: stderrStream,
    readFile: async (path) => {
      const bytes = bytesOf(path);
      if (bytes === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return Buffer.from(bytes).toString('utf8');
    },
    openFile: (path) => {
      const bytes = bytesOf(path);
      if (bytes === undefined) {
        return new Readable({
          read() {
            this.destroy(new Error(`ENOENT: no such file or directory, open '${path}'`));
          },
        });
      }
      return Readable.from(chunks(bytes, options.chunkSize));
    },
    fileSize: async (path) => bytesOf(path)?.length,
    ...(options.now === undefined ? {} : { now: options.now }),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
