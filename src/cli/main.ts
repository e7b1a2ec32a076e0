// The `sva-rules` command: the only code of the package that does I/O.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { run } from './run.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`sva-rules … | head`) ends the command quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// A file read into one reused buffer: `check` decodes each chunk before it asks for the next.
async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 16);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path, 'utf8'),
  openFile: (path) => createReadStream(path),
  readChunks,
  fileSize: (path) => stat(path).then((s) => (s.isFile() ? s.size : undefined)),
  now: () => performance.now(),
});
