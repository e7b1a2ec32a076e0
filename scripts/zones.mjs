// The time zones of `npm test` and the test files that run in every one of them: test/zones.json,
// read by scripts/test-zones.mjs and test/robustness/zones.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'test/zones.json'), 'utf8'));

/** The zones: the whole suite runs in the first, the rerun list in the others. */
export const ZONES = config.zones;

/** The entries of the rerun list: test files, and directories (ending in `/`). */
export const RERUN = config.rerun;

/** Every test file (`test/**\/*.test.ts`), relative to the repository, with `/` separators. */
export function testFiles(dir = join(root, 'test')) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? testFiles(join(dir, entry.name)) : entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : []))
    .map((path) => relative(root, path).split(sep).join('/'))
    .sort();
}

/** Whether an entry of the rerun list takes a test file. */
export function takes(entry, file) {
  return entry.endsWith('/') ? file.startsWith(entry) : file === entry;
}

/** The test files that run in every zone. */
export function rerunFiles() {
  return testFiles().filter((file) => RERUN.some((entry) => takes(entry, file)));
}
