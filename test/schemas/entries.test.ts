import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
// Every code subpath (an object of conditions) but ./schemas; ./package.json and ./json-schema/* are files.
const entries = Object.keys(pkg.exports)
  .filter((key) => typeof pkg.exports[key] === 'object' && key !== './schemas')
  .map((key) => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`));

describe('zod stays in ./schemas', () => {
  it('lists the entries', () => {
    expect(entries).toContain('src/index.ts');
    expect(entries).toContain('src/testing/index.ts');
    expect(entries).not.toContain('src/schemas/index.ts');
  });

  it.each(entries)('%s does not import zod or a schema', async (entry) => {
    const result = await build({
      entryPoints: [resolve(root, entry)],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('node_modules/zod'))).toBe(false);
    expect(inputs.filter((path) => path.includes('src/schemas/') && !path.endsWith('src/schemas/messages.ts'))).toEqual([]);
  });

  it('./schemas does import zod (the check above can fail)', async () => {
    const result = await build({ entryPoints: [resolve(root, 'src/schemas/index.ts')], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
    expect(Object.keys(result.metafile.inputs).some((path) => path.includes('node_modules/zod'))).toBe(true);
  });
});
