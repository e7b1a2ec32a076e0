// Runs the whole test suite once per time zone: the library must give the same answers whatever
// the host's zone. Usage: node scripts/test-zones.mjs [extra vitest args]
import { spawnSync } from 'node:child_process';

export const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'Etc/GMT+12'];

const extra = process.argv.slice(2);
for (const [index, zone] of ZONES.entries()) {
  // Coverage is measured once, in the first zone; the others only run the tests.
  const args = ['vitest', 'run', ...(index === 0 ? ['--coverage'] : []), ...extra];
  console.log(`\n=== TZ=${zone}: npx ${args.join(' ')}`);
  const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (run.status !== 0) {
    console.error(`Tests failed under TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\nAll tests passed in ${ZONES.length} time zones: ${ZONES.join(', ')}`);
