// What a consumer pays for an import: minified + gzipped bytes of an esbuild bundle made in a
// scratch project where the packed tarball is installed (scripts/scratch.mjs), with the options of
// `esbuild --bundle --minify --format=esm --platform=neutral`. Shared by the size budgets
// (test/size.test.ts) and `npm run size:breakdown` (scripts/size-breakdown.ts).
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';

/**
 * Minified + gzipped size of a bundle that imports `names` (`['*']`: everything) from `from`
 * (`'sva-rules'` or a subpath), resolved from the project `app`. `plugins` may replace modules,
 * to measure what they cost.
 */
export async function bundleSize(names: readonly string[], from: string, app: string, plugins: Plugin[] = []): Promise<number> {
  const spec = JSON.stringify(from);
  const contents = names.length === 1 && names[0] === '*' ? `export * from ${spec};` : `export { ${names.join(', ')} } from ${spec};`;
  const result = await build({
    stdin: { contents, resolveDir: app, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length;
}
