// What a consumer pays for an import: minified + gzipped bytes of an esbuild bundle. Shared by the
// size budgets (test/size.test.ts) and `npm run size:breakdown` (scripts/size-breakdown.ts).
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');

/**
 * Minified + gzipped size of a bundle that imports `names` (`['*']`: everything) from `entry` (a
 * path under src/). `plugins` may replace modules, to measure what they cost.
 */
export async function bundleSize(names: readonly string[], entry = 'src/index.ts', plugins: Plugin[] = []): Promise<number> {
  const from = JSON.stringify(resolve(root, entry));
  const contents = names.length === 1 && names[0] === '*' ? `export * from ${from};` : `export { ${names.join(', ')} } from ${from};`;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
    plugins,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length;
}
