// Checks the package as consumers get it, after `npm run build`: one `npm pack`, one scratch
// project with the tarball installed, reused by every check:
//   publint --strict and are-the-types-wrong (every resolution: node10, node16 CJS and ESM,
//   bundler; no flag) on the tarball; the entries through import and require, and both builds in
//   one process; the bin; TypeScript consumers under node16 (ESM and CommonJS), bundler and node10;
//   the bundle-size budgets (test/size.test.ts, through vitest.size.config.ts).
// Two lanes at a time (the machine has two cores): the tarball's linters beside the install, the
// long node16 type check beside the rest. Each command's output is printed when it ends.
// Usage: node scripts/check-package.mjs [--only=size]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries, installArgs, pack, root } from './scratch.mjs';

const onlySize = process.argv.includes('--only=size');
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });
const bin = (name) => join(root, 'node_modules/.bin', name);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command, prints its output when it ends, with how long it took; rejects if it fails. */
function sh(label, cmd, args, { cwd = root, env = process.env } = {}) {
  const since = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      process.stdout.write(`${output}-- ${label}: ${seconds(since)}${code === 0 ? '' : `, FAILED (exit ${code})`}\n`);
      if (code === 0) resolve();
      else reject(new Error(`${label} failed`));
    });
  });
}

/** Waits for every lane (so that none still runs in the scratch directory), then fails if one did. */
async function lanes(...promises) {
  const failed = (await Promise.allSettled(promises)).find((r) => r.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

const { scratch, tarball, packed, remove } = pack();
try {
  console.log(`packed ${packed.filename}: ${packed.size} bytes, ${packed.entryCount} files (${seconds(started)})`);
  const { app, args } = installArgs(scratch, tarball);
  const linted = onlySize ? Promise.resolve() : sh('publint --strict', bin('publint'), ['run', tarball, '--strict']).then(() => sh('are-the-types-wrong', bin('attw'), [tarball]));
  await lanes(linted, sh('install the tarball into a scratch project', 'npm', args, { cwd: app }));
  const sizes = () => sh('bundle-size budgets', bin('vitest'), ['run', '--config', 'vitest.size.config.ts'], { env: { ...process.env, SVA_PACKED_APP: app } });
  if (onlySize) await sizes();
  else {
    const since = Date.now();
    checkRuntime(app);
    console.log(`-- import, require, both builds in one process, the bin: ${seconds(since)}`);
    const tsc = typeChecks(app);
    await lanes(tsc.node16(), tsc.others().then(sizes));
  }
  console.log(`package checks passed in ${seconds(started)}`);
} finally {
  remove();
}
// Repeat the test count of `npm run test:zones` as the closing line of `npm test`.
if (!onlySize && existsSync(join(root, 'coverage/test-summary.txt'))) {
  process.stdout.write(`tests: ${readFileSync(join(root, 'coverage/test-summary.txt'), 'utf8')}`);
}

/** Every entry through import and require, the JSON Schema files, both builds in one process, the bin. */
function checkRuntime(app) {
  const expected = '233704000100001';
  const probe = `formatCertificateCode({ year: 2023, city: '枣庄', institutionSerial: 1, certificateSerial: 1 })`;
  writeFileSync(
    join(app, 'esm.mjs'),
    [
      ...entries.map((s, i) => `import * as m${i} from '${s}';`),
      `import { formatCertificateCode, SvaError } from 'sva-rules';`,
      `const got = ${probe};`,
      `if (got !== '${expected}') throw new Error('esm: ' + got);`,
      ...entries.map((s, i) => `if (Object.keys(m${i}).length === 0) throw new Error('esm: ${s} exports nothing');`),
      `if (typeof SvaError !== 'function') throw new Error('esm: no SvaError');`,
      `import { readFileSync } from 'node:fs';`,
      `const bank = JSON.parse(readFileSync(new URL(import.meta.resolve('sva-rules/json-schema/question-bank.json')), 'utf8'));`,
      `if (bank.title !== 'QuestionBank') throw new Error('esm: json-schema/question-bank.json: ' + bank.title);`,
      `console.log('import ok: ${entries.length} entries and the JSON Schema files');`,
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    [
      `const { formatCertificateCode } = require('sva-rules');`,
      `const got = ${probe};`,
      `if (got !== '${expected}') throw new Error('cjs: ' + got);`,
      ...entries.map((s) => `if (Object.keys(require('${s}')).length === 0) throw new Error('cjs: ${s} exports nothing');`),
      `const schema = require('sva-rules/json-schema/institution-application.json');`,
      `if (schema.title !== 'InstitutionApplication') throw new Error('cjs: json-schema/institution-application.json: ' + schema.title);`,
      `console.log('require ok: ${entries.length} entries and the JSON Schema files');`,
    ].join('\n'),
  );
  writeFileSync(join(app, 'both.mjs'), bothBuilds());
  run('node', ['esm.mjs'], app);
  run('node', ['cjs.cjs'], app);
  run('node', ['both.mjs'], app);
  // The bin, as installed.
  run(join(app, 'node_modules/.bin/sva-rules'), ['code', 'check', expected], app);
}

// Both builds in one process (a CommonJS dependency beside an ES module application): a calendar
// made by either works in the other, as calendar and as base; an SvaError thrown by either is
// recognised by the other's instanceof and isSvaError; a forged calendar is refused by both.
function bothBuilds() {
  return `
import { createRequire } from 'node:module';
import * as esm from 'sva-rules';
import * as esmCalendar from 'sva-rules/calendar';
const require = createRequire(import.meta.url);
const cjs = require('sva-rules');
const cjsCalendar = require('sva-rules/calendar');
const check = (ok, what) => { if (!ok) throw new Error('both builds: ' + what); };
check(esm.SvaError !== cjs.SvaError && esm.isWorkingDay !== cjs.isWorkingDay, 'two builds are loaded');

const y2027 = { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }, { name: '春节', date: '2027-02-20', isOffDay: false }] };
const y2028 = { year: 2028, days: [{ name: '元旦', date: '2027-12-31', isOffDay: true }, { name: '元旦', date: '2028-01-01', isOffDay: true }] };
const byEsm = esm.createWorkdayCalendar(y2027);
const byCjs = cjs.createWorkdayCalendar(y2027);
for (const [name, lib, calendar] of [['ESM with a CJS calendar', esm, byCjs], ['CJS with an ESM calendar', cjs, byEsm], ['ESM subpath with a CJS calendar', esmCalendar, byCjs], ['CJS subpath with an ESM calendar', cjsCalendar, byEsm]]) {
  check(lib.isWorkingDay('2027-01-01', calendar) === false && lib.isWorkingDay('2027-02-20', calendar) === true, name + ': isWorkingDay');
  check(lib.countWorkingDays('2023-01-01', '2027-12-31', calendar) === esm.countWorkingDays('2023-01-01', '2027-12-31', byEsm), name + ': countWorkingDays');
  check(lib.isWorkingDay('2024-10-01', lib === esm || lib === esmCalendar ? cjs.CHINA_MAINLAND_CALENDAR : esm.CHINA_MAINLAND_CALENDAR) === false, name + ': the other build\\'s built-in calendar');
  const next = lib.createWorkdayCalendar(y2028, calendar);
  check(next.lastDay === '2028-12-31' && lib.isWorkingDay('2027-12-31', next) === false, name + ': as base');
}

const thrown = (fn) => { try { fn(); } catch (error) { return error; } throw new Error('both builds: nothing thrown'); };
const fromCjs = thrown(() => cjs.formatInstitutionCode({ city: '12', serial: 1 }));
const fromEsm = thrown(() => esm.formatInstitutionCode({ city: '12', serial: 1 }));
check(fromCjs instanceof esm.SvaError && esm.isSvaError(fromCjs) && fromCjs.code === 'unknown_city', 'an SvaError of the CJS build, seen from the ESM build');
check(fromEsm instanceof cjs.SvaError && cjs.isSvaError(fromEsm), 'an SvaError of the ESM build, seen from the CJS build');
check(!(new Error('x') instanceof esm.SvaError) && !cjs.isSvaError(Object.assign(new Error('x'), { name: 'SvaError', issues: [] })), 'a look-alike is no SvaError');

const forged = Object.freeze({ firstDay: '2023-01-01', lastDay: '2026-12-31', [Symbol.for('sva-rules.calendar')]: '20232026' + '1'.repeat(10) });
for (const lib of [esm, cjs]) check(thrown(() => lib.isWorkingDay('2024-03-18', forged)).code === 'invalid_option', 'a forged calendar is refused');
console.log('both builds in one process ok: calendars and SvaError across ESM and CommonJS');
`;
}

/** TypeScript consumers: node16 (an ES module and a CommonJS file), bundler, and node10 (module commonjs), to run. */
function typeChecks(app) {
  const typed = [
    `import { formatCertificateCode, parseCertificateCode, SvaError } from 'sva-rules';`,
    `import type { RuleIssue, ParseResult, CertificateCode } from 'sva-rules';`,
    ...entries.map((s, i) => `import * as t${i} from '${s}';`),
    `const code: string = formatCertificateCode({ year: 2023, city: '枣庄', institutionSerial: 1, certificateSerial: 1 });`,
    `const parsed: ParseResult<CertificateCode> = parseCertificateCode(code);`,
    `const year: number | undefined = parsed.ok ? parsed.value.year : undefined;`,
    `const issues: readonly RuleIssue[] = parsed.issues;`,
    `const error: SvaError | undefined = undefined;`,
    `// @ts-expect-error: a certificate serial is a number`,
    `formatCertificateCode({ year: 2023, city: '04', institutionSerial: 1, certificateSerial: '1' });`,
    `export const used = [year, issues, error, ${entries.map((_, i) => `t${i}`).join(', ')}];`,
  ].join('\n');
  writeFileSync(join(app, 'consumer.mts'), typed);
  writeFileSync(join(app, 'consumer.cts'), typed.replace(/^export const used = (.*);$/m, 'const used = $1;\nexport = used;').replace(/^import \* as (t\d+) from '(.*)';$/gm, "import $1 = require('$2');"));
  writeFileSync(join(app, 'bundler.ts'), typed);
  // node10 (moduleResolution node), as a default NestJS project: every subpath, with real types.
  writeFileSync(
    join(app, 'node10.ts'),
    [
      `import { isValidCertificateCode } from 'sva-rules/codes';`,
      `import { CHINA_MAINLAND_CALENDAR, createWorkdayCalendar, isWorkingDay } from 'sva-rules/calendar';`,
      `import { isSvaError } from 'sva-rules';`,
      ...entries.map((s, i) => `import * as n${i} from '${s}';`),
      `const valid: boolean = isValidCertificateCode('233704000100001');`,
      `const working: boolean = isWorkingDay('2024-03-18', CHINA_MAINLAND_CALENDAR) && createWorkdayCalendar({ years: {} }, null).firstDay !== '';`,
      `// @ts-expect-error: isWorkingDay takes a date, not a number`,
      `isWorkingDay(20240318);`,
      `export const used = [valid, working, isSvaError, ${entries.map((_, i) => `n${i}`).join(', ')}];`,
    ].join('\n'),
  );
  // node16 checks every declaration file of the package, ES module and CommonJS (skipLibCheck
  // off); bundler and node10 read the same files, so they check resolution and use only.
  const base = { strict: true, noEmit: true, skipLibCheck: true, target: 'ES2022', types: [] };
  const configs = {
    node16: { compilerOptions: { ...base, skipLibCheck: false, module: 'node16', moduleResolution: 'node16' }, files: ['consumer.mts', 'consumer.cts'] },
    bundler: { compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' }, files: ['bundler.ts'] },
    node10: { compilerOptions: { ...base, module: 'commonjs', moduleResolution: 'node' }, files: ['node10.ts'] },
  };
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const check = (name) => {
    writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify(configs[name]));
    return sh(`TypeScript consumer, ${name}`, 'node', [tsc, '-p', `tsconfig.${name}.json`], { cwd: app });
  };
  return { node16: () => check('node16'), others: () => check('bundler').then(() => check('node10')) };
}
