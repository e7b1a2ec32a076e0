// What the whole root entry is made of (minified + gzip, measured as test/size.test.ts measures).
// Each row bundles the root entry with some parts replaced by empty stand-ins, so the difference
// between rows is what those parts cost. Prints a table; measures bytes, not time.
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { bundleSize } from '../test/helpers/bundleSize.js';

type Part = 'decimal.js' | 'messages' | 'clause texts';

/** A plugin that loads empty stand-ins for the parts left out. */
function standIns(without: ReadonlySet<Part>): Plugin {
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

const rows: Part[][] = [[], ['decimal.js'], ['messages'], ['clause texts'], ['messages', 'clause texts'], ['decimal.js', 'messages', 'clause texts']];
console.log('| the whole root entry | bytes |\n|---|---:|');
for (const without of rows) {
  const label = without.length === 0 ? 'as shipped' : `without ${without.join(', ')}`;
  console.log(`| ${label} | ${await bundleSize(['*'], 'src/index.ts', [standIns(new Set(without))])} |`);
}
