// The library must give the same answers whatever the host's time zone. Runs the whole suite once,
// in the first zone of test/zones.json, with coverage (thresholds enforced); then the test files
// of its rerun list (those that make or read a Date) once in each other zone.
// Usage: node scripts/test-zones.mjs [extra vitest args]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rerunFiles, testFiles, ZONES } from './zones.mjs';

// vitest's own entry, run by this node (npx would add a second of start-up to each zone).
const vitest = fileURLToPath(import.meta.resolve('vitest/package.json')).replace(/package\.json$/, 'vitest.mjs');
const extra = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'sva-zones-'));
const rerun = rerunFiles();
let passed = 0;
let failed = 0;
try {
  for (const [index, zone] of ZONES.entries()) {
    const report = join(scratch, `${index}.json`);
    const args = [vitest, 'run', ...(index === 0 ? ['--coverage'] : rerun), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra];
    console.log(`\n=== TZ=${zone}: vitest run ${index === 0 ? `all ${testFiles().length} test files, with coverage` : `the ${rerun.length} test files of test/zones.json's rerun list`}`);
    const run = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, TZ: zone } });
    try {
      const counts = JSON.parse(readFileSync(report, 'utf8'));
      passed += counts.numPassedTests;
      failed += counts.numFailedTests;
    } catch {
      failed += 1;
    }
    if (run.status !== 0) {
      console.error(`Tests failed under TZ=${zone}`);
      console.log(`${passed} passed, ${failed || 1} failed`);
      process.exit(run.status ?? 1);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`\nThe whole suite passed in ${ZONES[0]}, and the ${rerun.length} test files that use dates in ${ZONES.slice(1).join(', ')}`);
const summary = `${passed} passed, ${failed} failed`;
// Kept for scripts/check-package.mjs and scripts/test-all.mjs, which repeat it at the end of `npm test`.
mkdirSync('coverage', { recursive: true });
writeFileSync('coverage/test-summary.txt', `${summary}\n`);
console.log(summary);
