// The `sva-rules` command: the only code of the package that does I/O.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { run } from './run.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`sva-rules … | head`) ends the command quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path, 'utf8'),
  openFile: (path) => createReadStream(path, { highWaterMark: 1 << 18 }),
  fileSize: (path) => stat(path).then((s) => (s.isFile() ? s.size : undefined)),
  now: () => performance.now(),
});
