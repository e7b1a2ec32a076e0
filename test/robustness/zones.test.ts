// npm test runs the whole suite in the first zone of test/zones.json and the test files that use
// dates in the others (scripts/test-zones.mjs). This file checks that each run truly is in its zone,
// and that no test file that uses dates is missing from the rerun list.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RERUN, rerunFiles, takes, testFiles, ZONES } from '../../scripts/zones.mjs';

const root = resolve(import.meta.dirname, '../..');

// Minutes east of UTC on 2024-01-15 12:00 UTC (New York is on standard time then).
const OFFSETS: Record<string, number> = {
  UTC: 0,
  'Asia/Shanghai': 480,
  'America/New_York': -300,
  'Pacific/Kiritimati': 840,
  'Etc/GMT+12': -720,
};

// Minutes east of UTC of a zone at an instant, as Intl computes it for that zone by name.
function offsetOf(zone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
  const [, sign, hours, minutes] = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name ?? '') ?? [];
  return sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

describe('the zone of this run', () => {
  const instant = new Date(Date.UTC(2024, 0, 15, 12));

  it('is the one TZ names (UTC when TZ is not set: vitest.config.ts)', () => {
    const zone = process.env.TZ as string;
    expect(zone).toBeTruthy();
    // The host's local time is that zone's: a TZ that Node ignored would leave it at UTC.
    expect(0 - instant.getTimezoneOffset()).toBe(offsetOf(zone, instant));
    if (zone in OFFSETS) {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
      expect(0 - instant.getTimezoneOffset()).toBe(OFFSETS[zone]);
    }
  });

  it('is one of five zones from UTC−12 to UTC+14, UTC first', () => {
    expect(ZONES).toEqual(Object.keys(OFFSETS));
    for (const [zone, offset] of Object.entries(OFFSETS)) expect(offsetOf(zone, instant), zone).toBe(offset);
  });
});

// A JavaScript Date made or read in a way the host's zone can change: any Date but an invalid one,
// Date.UTC/parse/now, fast-check dates, local-time getters, Intl dates, date libraries.
const USES_DATES = [
  /\bnew Date\((?!\s*(?:NaN|Number\.NaN)\s*\))/,
  /\bDate\.(?:UTC|parse|now)\(/,
  /\bfc\.date\(|\bwithDate:\s*true/,
  /\.(?:get|set)(?:Date|Day|FullYear|Hours|Minutes|Month|Seconds|Milliseconds|TimezoneOffset)\(/,
  /\bIntl\.DateTimeFormat\b|\.toLocale(?:Date|Time)?String\(/,
  /from '(?:date-fns|chinese-days)/,
];

// The first line of a file, or of a test helper or script it imports (not src/: eslint keeps
// local time out of it), that uses dates.
function dateUse(file: string, seen = new Set<string>()): string | undefined {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const text = readFileSync(join(root, file), 'utf8');
  const line = text.split('\n').find((l) => USES_DATES.some((re) => re.test(l)));
  if (line !== undefined) return `${file}: ${line.trim()}`;
  for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = relative(root, resolve(root, dirname(file), (spec as string).replace(/\.js$/, '.ts'))).split('\\').join('/');
    if (target.startsWith('src/') || !existsSync(join(root, target))) continue;
    const found = dateUse(target, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('test/zones.json', () => {
  it('reruns every test file that uses dates (add the file, or its directory, to "rerun")', () => {
    const rerun = new Set(rerunFiles());
    const missing = testFiles()
      .filter((file) => !rerun.has(file))
      .map((file) => [file, dateUse(file)])
      .filter(([, use]) => use !== undefined)
      .map(([file, use]) => (use?.startsWith(`${file}:`) ? use : `${file}, through ${use}`));
    expect(missing).toEqual([]);
  });

  it('names test files that exist, and directories under test/', () => {
    const files = testFiles();
    for (const entry of RERUN) {
      expect(entry).toMatch(/^test\/[\w./-]+$/);
      // A directory may be empty: test/audit/ is reserved for the audit's tests.
      if (!entry.endsWith('/')) expect(files.some((file) => takes(entry, file)), entry).toBe(true);
    }
  });

  it('finds the uses of dates this rule is about, and not an invalid Date', () => {
    expect(dateUse('test/calendar/addWorkingDays.test.ts')).toMatch(/^test\/calendar\/reference\.ts: /);
    expect(dateUse('test/schemas/schemas.test.ts')).toMatch(/^test\/schemas\/validators\.ts: .*new Date\(/);
    expect(USES_DATES.some((re) => re.test('hostile(new Date(NaN), new Date(Number.NaN))'))).toBe(false);
    expect(USES_DATES.some((re) => re.test('d.getUTCDate()'))).toBe(false);
    expect(USES_DATES.some((re) => re.test('d.getDate()'))).toBe(true);
  });
});
