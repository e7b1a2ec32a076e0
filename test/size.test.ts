// Bundle-size budgets (minified + gzip) of what a consumer pays for one import, measured on the
// package as npm ships it: the packed tarball installed into a scratch project, each import
// bundled there by esbuild from the root entry and from its subpath. Bytes, not time.
//
// Run by `npm run test:package` (scripts/check-package.mjs, after the build, on its scratch
// install) or alone by `npm run test:size`; not part of the unit-test run, which has no build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSize } from './helpers/bundleSize.js';

const app = process.env['SVA_PACKED_APP'];
if (app === undefined) throw new Error('test/size.test.ts measures the packed package: run it with `npm run test:size` or `npm run test:package`.');
const installed = join(app, 'node_modules/sva-rules');
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { name: string; exports: Record<string, { import?: { default?: string } } | string> };

/** The code subpaths of the exports map (not the root), with their ES module file. */
const subpaths = Object.entries(pkg.exports).flatMap(([key, value]) =>
  key !== '.' && typeof value === 'object' && value.import?.default !== undefined ? [{ from: `${pkg.name}/${key.slice(2)}`, file: value.import.default }] : [],
);

/** The calendar's years, from the package itself: each year after 2026 adds 30 bytes to isWorkingDay's budget. */
async function calendarYears(): Promise<number> {
  const calendar = subpaths.find((s) => s.from.endsWith('/calendar'));
  if (calendar === undefined) throw new Error('no calendar subpath');
  const { CHINA_MAINLAND_CALENDAR } = (await import(pathToFileURL(join(installed, calendar.file)).href)) as { CHINA_MAINLAND_CALENDAR: { firstDay: string; lastDay: string } };
  return Number(CHINA_MAINLAND_CALENDAR.lastDay.slice(0, 4)) - Number(CHINA_MAINLAND_CALENDAR.firstDay.slice(0, 4)) + 1;
}

interface Budget {
  readonly name: string;
  readonly imports: readonly string[];
  /** The most it may cost in bytes; a function of the calendar's years for isWorkingDay. */
  readonly maxBytes: (years: number) => number;
  /** Exported by its subpath only, not by the root entry. */
  readonly subpathOnly?: true;
}

/** One row per budget (issue 15, and the rows kept from before). */
const BUDGETS: readonly Budget[] = [
  { name: 'isValidCertificateCode', imports: ['isValidCertificateCode'], maxBytes: () => 1024 },
  // 2 KB with all the calendar data of 2023–2026, and 30 B per year added to it.
  { name: 'isWorkingDay, with all the calendar data', imports: ['isWorkingDay'], maxBytes: (years) => 2048 + 30 * (years - 4) },
  { name: 'parseResidentIdNumber', imports: ['parseResidentIdNumber'], maxBytes: () => 1536 },
  // decimal.js (10.6.0) alone is about 13 KB of it.
  { name: 'computeScore', imports: ['computeScore'], maxBytes: () => 16384 },
  { name: 'checkBatch', imports: ['checkBatch'], maxBytes: () => 12288 },
  { name: 'checkArchive', imports: ['checkArchive'], maxBytes: () => 2400 },
  // Issues 13, 14: every rule that reads the policy carries ZAOZHUANG_2023 and POLICY_RULES, which gained
  // planFilingReading, effectiveFrom's date check and their clauses (+80 to +100 B; 3,738 B measured).
  { name: 'retentionEndDate and mayDispose', imports: ['retentionEndDate', 'mayDispose'], maxBytes: () => 3850 },
  // Issue 14: the policy's growth, the scheme's date (policy.effective: two messages and the
  // Chinese dates) and the early summary's warning (4,823 B measured).
  { name: 'checkAnnualSummary', imports: ['checkAnnualSummary'], maxBytes: () => 4950 },
  // Issue 14: the policy's growth (4,187 B measured).
  { name: 'isEvaluationOverdue', imports: ['isEvaluationOverdue'], maxBytes: () => 4300 },
  { name: 'checkSupervision', imports: ['checkSupervision'], maxBytes: () => 2600 },
  // Issue 14: the policy's growth, and effectiveFrom's date check brings the reader of a
  // YYYY-MM-DD date into a bundle that read none (6,634 B measured).
  { name: 'nextCertificateCodes', imports: ['nextCertificateCodes'], maxBytes: () => 6700 },
  { name: 'isPassingScore and checkScore', imports: ['isPassingScore', 'checkScore'], maxBytes: () => 16384 },
  { name: 'nextPaperSet and rotationPlan (no decimal.js)', imports: ['nextPaperSet', 'rotationPlan'], maxBytes: () => 4096 },
  { name: 'checkQuestionBank (no decimal.js)', imports: ['checkQuestionBank'], maxBytes: () => 5120 },
  // 8 KB → 8.5 KB for the policy door (issue 12): the rules of the calendar read their windows
  // through it, and so carry ZAOZHUANG_2023 and the table of what a policy may hold (8,420 B
  // measured on the merge of the door with the packaging work).
  {
    name: 'the whole working-day calendar',
    imports: ['CHINA_MAINLAND_CALENDAR', 'createWorkdayCalendar', 'isWorkingDay', 'isCoveredByCalendar', 'addWorkingDays', 'countWorkingDays', 'publicityEndDate', 'checkPublicityPeriod', 'planFilingDeadline'],
    maxBytes: () => 8704,
  },
  // LABELS (issue 16): the zh and en label of every input field and vocabulary entry (5,902 B measured).
  { name: 'LABELS', imports: ['LABELS'], maxBytes: () => 6144 },
  // The printable audit report (issue 16 §4), from `sva-rules/audit` only: its HTML, CSS, SVG and
  // Markdown writers with their words in two languages (about 6 KB), LABELS (the fields' words),
  // CLAUSES (the policy's order and sections), and the working-day calendar with the policy door
  // (rest days and the plan's deadline on the timeline, about 3.3 KB). 21,449 B measured on its
  // branch; 22,529 B once merged with issues 13 and 14 (the policy and LABELS grew): 22.5 KB.
  { name: 'renderAuditReport', imports: ['renderAuditReport'], maxBytes: () => 23040, subpathOnly: true },
];

/**
 * The whole root entry: decimal.js, both message languages and the clause texts included.
 *
 * NOT issue 15's budget. Issue 15 asks ≤ 64 KB including what issues 13, 14, 16 and 17 add; after
 * their merge the root measures 69,864 B (decimal.js 13,746, messages 12,141, clause texts 4,959,
 * code 38,896; `npm run size:breakdown`). This row holds the line so that the root cannot grow
 * unnoticed; issue 15 waits for a decision that brings it back to 64 KB (see its note). The line
 * was 70 KB, 1.1 KB above the root; issue 16 §2's messages in the forms' words cost the root
 * 2.2 KB (70,548 → 72,737 B, docs/performance.md), and the line moved up 2 KB with them, keeping
 * about the same room (1.0 KB: the order of the modules alone moves the root by several hundred
 * bytes, docs/performance.md).
 */
const WHOLE_ROOT = 72 * 1024;

interface Row {
  readonly name: string;
  readonly imports: readonly string[];
  readonly from: string;
  readonly maxBytes: number;
}

// Read from the package itself before the tests are listed: the calendar's years, and the subpath
// that exports every name of a row (found in the package, not written here).
const years = await calendarYears();
const modules = await Promise.all(subpaths.map(async (s) => ({ from: s.from, names: new Set(Object.keys((await import(pathToFileURL(join(installed, s.file)).href)) as object)) })));
const pairs = BUDGETS.map((budget) => {
  const home = modules.find((m) => budget.imports.every((name) => m.names.has(name)));
  if (home === undefined) throw new Error(`no subpath exports ${budget.imports.join(', ')}`);
  const row = (from: string): Row => ({ name: budget.name, imports: budget.imports, from, maxBytes: budget.maxBytes(years) });
  return { name: budget.name, root: budget.subpathOnly === true ? undefined : row(pkg.name), subpath: row(home.from) };
});
const bothWays = pairs.flatMap((p) => (p.root === undefined ? [] : [{ ...p, root: p.root }]));
const wholeRoot: Row = { name: 'the whole root entry', imports: ['*'], from: pkg.name, maxBytes: WHOLE_ROOT };
const rows: readonly Row[] = [...pairs.flatMap((p) => (p.root === undefined ? [p.subpath] : [p.root, p.subpath])), wholeRoot];

const measured = new Map<Row, Promise<number>>();
/** The size of a row's bundle, measured once. */
function sizeOf(row: Row): Promise<number> {
  let size = measured.get(row);
  if (size === undefined) measured.set(row, (size = bundleSize(row.imports, row.from, app as string)));
  return size;
}

afterAll(async () => {
  // The table of docs/performance.md, as measured.
  const lines = ['| import | from | bytes | budget |', '|---|---|---:|---:|'];
  for (const row of rows) if (measured.has(row)) lines.push(`| ${row.name} | \`${row.from}\` | ${await sizeOf(row)} | ${row.maxBytes} |`);
  console.log(`Bundle sizes (min + gzip) of the packed package, calendar of ${years} years:\n${lines.join('\n')}`);
});

describe('bundle size budgets of the packed package (minified + gzip)', () => {
  it('measures every budget from the root and from its subpath, and the whole root', () => {
    expect(rows).toHaveLength(BUDGETS.length * 2 - BUDGETS.filter((b) => b.subpathOnly === true).length + 1);
    expect(pairs.every((p) => p.subpath.from !== pkg.name)).toBe(true);
    expect(years).toBeGreaterThanOrEqual(4);
  });

  it.each(rows)('$name, imported from $from: at most $maxBytes bytes', async (row) => {
    const size = await sizeOf(row);
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(row.maxBytes);
  });

  it.each(bothWays)('$name costs the same from the root as from its subpath, within 5%', async ({ root, subpath }) => {
    const [a, b] = [await sizeOf(root), await sizeOf(subpath)];
    expect(Math.abs(a - b), `${a} bytes from the root, ${b} from ${subpath.from}`).toBeLessThanOrEqual(b * 0.05);
  });

  it('one function is a small part of the whole root entry (tree-shaking works)', async () => {
    const one = bothWays[0]?.root as Row;
    expect((await sizeOf(one)) * 10).toBeLessThan(await sizeOf(wholeRoot));
  });

  it('the root entry does not export what its budget keeps to the subpath (renderAuditReport)', async () => {
    const root = (await import(pathToFileURL(join(installed, (pkg.exports['.'] as { import: { default: string } }).import.default)).href)) as object;
    for (const budget of BUDGETS.filter((b) => b.subpathOnly === true)) for (const name of budget.imports) expect(Object.keys(root)).not.toContain(name);
    expect(Object.keys(root)).toContain('auditBatch');
  });

  it('the audit does not pay for its printable report', async () => {
    const size = (names: readonly string[]) => bundleSize(names, `${pkg.name}/audit`, app);
    const alone = await size(['auditBatch']);
    const withReport = await size(['auditBatch', 'renderAuditReport']);
    const report = await size(['renderAuditReport']);
    // The report shares LABELS' tables and the clauses with the audit, but its own writers are not in auditBatch.
    expect(withReport - alone).toBeGreaterThan(report / 4);
  });

  it('a consumer importing one function does not pay for LABELS', async () => {
    const size = (names: readonly string[]) => bundleSize(names, pkg.name, app);
    const alone = await size(['checkArchive']);
    const withLabels = await size(['checkArchive', 'LABELS']);
    const labels = await size(['LABELS']);
    // LABELS compresses against what checkArchive already holds, but not below half its own size.
    expect(withLabels - alone).toBeGreaterThan(labels / 2);
  });
});
