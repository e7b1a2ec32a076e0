import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per code subpath of package.json's exports map (those with import/require
// conditions; './package.json' and './json-schema/*' are files), so that the map is the only list.
const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { exports: Record<string, unknown> };
const entry: Record<string, string> = {};
for (const key of Object.keys(pkg.exports)) {
  if (typeof pkg.exports[key] !== 'object') continue;
  const name = key === '.' ? 'index' : `${key.slice(2)}/index`;
  entry[name] = key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`;
}

export default defineConfig([
  {
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2020',
  outDir: 'dist',
},
  {
    // The command line: ESM only, for Node; the library entries above stay free of I/O.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    splitting: false,
    clean: false,
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
