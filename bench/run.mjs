// Runs every bench/*.bench.mjs (or those named on the command line) against the built package.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
console.log(`# sva-rules benchmarks (Node ${process.version}); ratios against a baseline in the same process`);
for (const file of files) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  await mod.default();
}
