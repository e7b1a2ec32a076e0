import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** Runs the command in memory: `stdin` text (or a stream), files by path. */
export async function runCli(
  argv: readonly string[],
  options: { stdin?: string | Readable; files?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
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
  const io: CliIo = {
    stdin: typeof options.stdin === 'string' || options.stdin === undefined ? Readable.from([options.stdin ?? '']) : options.stdin,
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    openFile: (path) => {
      const text = files[path];
      if (text === undefined) {
        return new Readable({
          read() {
            this.destroy(new Error(`ENOENT: no such file or directory, open '${path}'`));
          },
        });
      }
      return Readable.from([text]);
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
