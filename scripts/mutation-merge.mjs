// Merges the JSON reports of Stryker runs over parts of src/ into one result for the whole tree:
// `node scripts/mutation-merge.mjs <report.json>...`
//
// A whole run from nothing takes about two hours on two cores, and Stryker writes its results only
// when a run ends. Split by area (one `npx stryker run` per part, each with its own `--mutate`,
// `jsonReporter.fileName` and `incrementalFile`), the parts can run one after another, and a
// stopped series loses only the part it was in. With `coverageAnalysis: "perTest"` a mutant's
// result depends only on the tests that cover it, not on the other mutants of its run, so the parts
// add up to the whole run. Each run numbers its tests and mutants from 0: this renumbers them,
// matching tests by file and name. It writes mutation/stryker-incremental.json (the next run's
// incremental file) and prints the table of docs/quality.md. Give the reports oldest first.
import { readFileSync, writeFileSync } from 'node:fs';

const reports = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, 'utf8')));
if (reports.length === 0) {
  console.error('usage: node scripts/mutation-merge.mjs <stryker report.json>...');
  process.exit(2);
}

const merged = { ...reports[0], files: {}, testFiles: {} };
const testIds = new Map(); // "file\0name" → merged id
let mutantCount = 0;
for (const report of reports) {
  const rename = new Map(); // this run's test id → merged id
  for (const [file, { tests, ...rest }] of Object.entries(report.testFiles ?? {})) {
    // A test file's text as the last report has it: the incremental run compares it with the file.
    const target = Object.assign((merged.testFiles[file] ??= { tests: [] }), rest);
    for (const test of tests) {
      const key = `${file}\0${test.name}`;
      if (!testIds.has(key)) {
        testIds.set(key, String(testIds.size));
        target.tests.push({ ...test, id: testIds.get(key) });
      }
      rename.set(test.id, testIds.get(key));
    }
  }
  const renamed = (ids) => ids?.map((id) => rename.get(id) ?? id);
  for (const [file, result] of Object.entries(report.files)) {
    if (merged.files[file]) throw new Error(`${file} is in two reports: each file must be mutated by one run`);
    merged.files[file] = {
      ...result,
      mutants: result.mutants.map((mutant) => ({
        ...mutant,
        id: String(mutantCount++),
        killedBy: renamed(mutant.killedBy),
        coveredBy: renamed(mutant.coveredBy),
      })),
    };
  }
}
merged.config = { ...merged.config, mutate: reports.flatMap((report) => report.config?.mutate ?? []) };
writeFileSync('mutation/stryker-incremental.json', JSON.stringify(merged));

// Stryker's mutation score: detected (killed, timed out) over valid (also survived, no coverage).
const rows = new Map();
const count = (key, status) => {
  const row = rows.get(key) ?? rows.set(key, { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, other: 0 }).get(key);
  row[status in row ? status : 'other'] += 1;
};
for (const [file, { mutants }] of Object.entries(merged.files)) {
  const area = file.split('/').length > 2 ? `${file.split('/')[1]}/` : 'src/*.ts';
  for (const { status } of mutants) {
    count(area, status);
    count('**all measured**', status);
  }
}
const score = (row) => (row.Killed + row.Timeout) / (row.Killed + row.Timeout + row.Survived + row.NoCoverage);
// An area whose every mutant is static has no score (and no row).
const percent = (value) => (Number.isNaN(value) ? 'n/a' : `${(100 * value).toFixed(2)}%`);
console.log('| area | score | killed | timed out | survived | no coverage |\n|---|---:|---:|---:|---:|---:|');
for (const [area, row] of [...rows].filter(([, row]) => !Number.isNaN(score(row))).sort(([a, x], [b, y]) => (a.startsWith('*') ? -1 : b.startsWith('*') ? 1 : score(y) - score(x)))) {
  const name = area.startsWith('*') ? area : `\`${area}\``;
  const value = area.startsWith('*') ? `**${percent(score(row))}**` : percent(score(row));
  console.log(`| ${name} | ${value} | ${row.Killed} | ${row.Timeout} | ${row.Survived} | ${row.NoCoverage} |`);
}
const all = rows.get('**all measured**');
console.log(`\n${testIds.size} tests; ${all.Ignored} static mutants ignored; ${all.other} compile or run-time errors.`);
