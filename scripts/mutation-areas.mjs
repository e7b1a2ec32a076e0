// The mutation score of the whole of src/, measured area by area: `npm run test:mutation:areas`.
//
// One Stryker run per group of areas (stryker.config.json with its own `mutate`), one after
// another, each writing its report to reports/mutation/areas/<group>.json. A group whose report is
// there already is skipped: a series that was stopped goes on where it stopped (delete the
// directory to start again). Each group starts from the results committed in
// mutation/stryker-incremental.json, and re-tests only what changed. Then
// scripts/mutation-merge.mjs merges the reports into
// mutation/stryker-incremental.json and prints the table of docs/quality.md. `--only a,b` runs
// those groups only (the others' reports are still merged).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const OUT = 'reports/mutation/areas';
const COMMITTED = 'mutation/stryker-incremental.json';
// Groups of about the same size, the slowest first (core's mutants are covered by most tests).
const GROUPS = {
  core: ['src/core/**/*.ts', 'src/*.ts'],
  schemas: ['src/schemas/**/*.ts'],
  audit: ['src/audit/**/*.ts'],
  'calendar-archive': ['src/calendar/**/*.ts', 'src/archive/**/*.ts'],
  'institutions-allocation': ['src/institutions/**/*.ts', 'src/allocation/**/*.ts'],
  'batches-supervision': ['src/batches/**/*.ts', 'src/supervision/**/*.ts'],
  'codes-identity': ['src/codes/**/*.ts', 'src/identity/**/*.ts'],
  'scoring-testing-bank': ['src/scoring/**/*.ts', 'src/testing/**/*.ts', 'src/question-bank/**/*.ts'],
  cli: ['src/cli/**/*.ts'],
};

const base = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
const excluded = base.mutate.filter((glob) => glob.startsWith('!'));
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = (only ?? []).filter((name) => !(name in GROUPS));
if (unknown.length > 0) {
  console.error(`unknown group: ${unknown.join(', ')} (groups: ${Object.keys(GROUPS).join(', ')})`);
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });

for (const [name, globs] of Object.entries(GROUPS)) {
  const report = `${OUT}/${name}.json`;
  if ((only !== undefined && !only.includes(name)) || (only === undefined && existsSync(report))) continue;
  // The group starts from the committed results, so that it tests only the mutants whose code or
  // covering tests changed since (Stryker's incremental mode), and keeps its own file after.
  const incremental = `${OUT}/${name}.incremental.json`;
  if (!existsSync(incremental) && existsSync(COMMITTED)) copyFileSync(COMMITTED, incremental);
  const config = `${OUT}/${name}.config.json`;
  writeFileSync(
    config,
    JSON.stringify({
      ...base,
      mutate: [...globs, ...excluded],
      reporters: ['clear-text', 'progress-append-only', 'json'],
      jsonReporter: { fileName: report },
      incrementalFile: incremental,
    }),
  );
  console.log(`\n=== ${name} (${new Date().toISOString()})`);
  const run = spawnSync('npx', ['stryker', 'run', config], { stdio: 'inherit' });
  rmSync(config);
  // Below thresholds.break Stryker exits with 1 and still writes its report.
  if (!existsSync(report)) {
    console.error(`${name}: Stryker wrote no report (exit ${run.status})`);
    process.exit(1);
  }
}

const reports = Object.keys(GROUPS).map((name) => `${OUT}/${name}.json`).filter((file) => existsSync(file));
const merge = spawnSync('node', ['scripts/mutation-merge.mjs', ...reports], { stdio: 'inherit' });
if (reports.length < Object.keys(GROUPS).length) console.log(`\n${reports.length} of ${Object.keys(GROUPS).length} groups measured: not yet the whole of src/.`);
process.exit(merge.status ?? 1);
