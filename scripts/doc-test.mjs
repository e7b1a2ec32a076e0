// `npm run test:docs`: the doc-test (scripts/doc-test.ts), bundled by esbuild into
// node_modules/.cache and run with plain Node, so that it starts in a fraction of tsx's time.
// Usage: node scripts/doc-test.mjs [--verbose]   (after `npm run build`)
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const outfile = resolve(root, 'node_modules/.cache/sva-doc-test/doc-test.mjs');
await build({
  entryPoints: [resolve(root, 'scripts/doc-test.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { runDocTest } = await import(pathToFileURL(outfile).href);
process.exitCode = await runDocTest(root, process.argv.includes('--verbose'));
