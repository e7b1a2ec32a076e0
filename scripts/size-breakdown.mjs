// What the whole root entry is made of (minified + gzip, esbuild, as test/size.test.ts measures).
// Each row bundles `export * from 'src/index.ts'` with some parts replaced by empty stand-ins, so
// the difference between rows is what those parts cost. Prints a table; measures bytes, not time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');

/** A plugin that loads empty stand-ins for decimal.js, the message tables and the clause texts. */
function standIns(without) {
  return {
    name: 'stand-ins',
    setup(b) {
      if (without.has('decimal.js')) {
        b.onLoad({ filter: /decimal\.mjs$/ }, () => ({ contents: 'export default class D { static clone() { return D; } }', loader: 'js' }));
      }
      if (without.has('messages')) {
        b.onLoad({ filter: /[\\/]messages\.ts$/ }, ({ path }) => {
          const names = [...readFileSync(path, 'utf8').matchAll(/export const (\w+)/g)].map((m) => m[1]);
          return { contents: names.map((n) => `export const ${n} = {};`).join('\n'), loader: 'ts' };
        });
      }
      if (without.has('clause texts')) {
        b.onLoad({ filter: /core[\\/]clauses\.ts$/ }, ({ path }) => {
          const ids = [...readFileSync(path, 'utf8').matchAll(/^ {2}'([\w.]+)': \{/gm)].map((m) => m[1]);
          const table = ids.map((id) => `'${id}': { id: '${id}' }`).join(', ');
          return { contents: `export const CLAUSES = { ${table} };`, loader: 'ts' };
        });
      }
    },
  };
}

async function size(without) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(resolve(root, 'src/index.ts'))};`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
    plugins: [standIns(new Set(without))],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const rows = [
  [],
  ['decimal.js'],
  ['messages'],
  ['clause texts'],
  ['messages', 'clause texts'],
  ['decimal.js', 'messages', 'clause texts'],
];
console.log('| the whole root entry | bytes |\n|---|---:|');
for (const without of rows) {
  const label = without.length === 0 ? 'as shipped' : `without ${without.join(', ')}`;
  console.log(`| ${label} | ${await size(without)} |`);
}
