// Runs the whole test suite once per time zone: the library must give the same answers whatever
// the host's zone. Coverage is measured (and its thresholds enforced) in the first zone.
// Usage: node scripts/test-zones.mjs [extra vitest args]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'Etc/GMT+12'];

const extra = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'sva-zones-'));
let passed = 0;
let failed = 0;
try {
  for (const [index, zone] of ZONES.entries()) {
    const report = join(scratch, `${index}.json`);
    const args = ['vitest', 'run', ...(index === 0 ? ['--coverage'] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra];
    console.log(`\n=== TZ=${zone}: npx ${args.join(' ')}`);
    const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: zone } });
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
console.log(`\nThe whole suite passed in ${ZONES.length} time zones: ${ZONES.join(', ')}`);
const summary = `${passed} passed, ${failed} failed`;
// Kept for scripts/check-package.mjs, which repeats it as the last line of `npm test`.
mkdirSync('coverage', { recursive: true });
writeFileSync('coverage/test-summary.txt', `${summary}\n`);
console.log(summary);
