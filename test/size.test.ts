// Bundle-size budgets (minified + gzip) of what a consumer pays for one import. Bytes, not time.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** Minified + gzipped size of a bundle that imports `names` from `entry` (a path under src/). */
export async function bundleSize(names: readonly string[], entry = 'src/index.ts'): Promise<number> {
  const contents = `export { ${names.join(', ')} } from ${JSON.stringify(resolve(root, entry))};`;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length;
}

/** One row per budget: what is imported, and the most it may add in bytes. */
export const BUDGETS: readonly { name: string; imports: readonly string[]; maxBytes: number }[] = [
  { name: 'isValidCertificateCode', imports: ['isValidCertificateCode'], maxBytes: 1024 },
  { name: 'parseResidentIdNumber', imports: ['parseResidentIdNumber'], maxBytes: 1536 },
];

describe('bundle size budgets (minified + gzip)', () => {
  it.each(BUDGETS)('$name adds at most $maxBytes bytes', async ({ imports, maxBytes }) => {
    const size = await bundleSize(imports);
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(maxBytes);
  });

  it('an import of one function is smaller than the whole root entry (tree-shaking works)', async () => {
    const one = await bundleSize(['isValidCertificateCode']);
    const everything = await bundleSize(['*'.replace('*', 'CLAUSES, ISSUE_CODES, parseCertificateCode, formatCertificateCode')]);
    expect(one).toBeLessThan(everything);
  });
});
