// Working days against chinese-days (the npm package most used for the mainland calendar) and a
// naive date-fns + Set loop, in the same process. Targets (issue 3): isWorkingDay ≥ 20× isWorkday,
// addWorkingDays(d, 250) ≥ 1000× findWorkday(250, d), countWorkingDays over 2023–2026 ≥ 10000×
// getWorkdaysInRange.
import { readFileSync } from 'node:fs';
import chineseDays from 'chinese-days';
import { addDays, eachDayOfInterval, format, isWeekend, parseISO } from 'date-fns';
import { addWorkingDays, countWorkingDays, isWorkingDay } from '../dist/index.js';
import { compare, consume } from './lib.mjs';

// The naive loop: the same notices in two Sets, walked day by day with date-fns.
const source = JSON.parse(readFileSync(new URL('../data/cn-holidays.json', import.meta.url), 'utf8'));
const off = new Set(Object.values(source.years).flatMap((y) => y.offDays));
const work = new Set(Object.values(source.years).flatMap((y) => y.workDays));
const naiveIsWorking = (date) => {
  const key = format(date, 'yyyy-MM-dd');
  return work.has(key) || (!isWeekend(date) && !off.has(key));
};
const naiveAdd = (iso, n) => {
  let date = parseISO(iso);
  for (let left = n; left > 0; ) {
    date = addDays(date, 1);
    if (naiveIsWorking(date)) left--;
  }
  return format(date, 'yyyy-MM-dd');
};
const naiveCount = (a, b) => eachDayOfInterval({ start: parseISO(a), end: parseISO(b) }).filter(naiveIsWorking).length;

// 1024 days spread over 2023-01-01 … 2025-01-31, so that 250 working days later is still covered.
const days = [];
for (let i = 0; i < 1024; i++) days.push(new Date(Date.UTC(2023, 0, 1) + ((i * 739) % 760) * 86_400_000).toISOString().slice(0, 10));
let i = 0;
const next = () => days[(i = (i + 1) & 1023)];

// Before speed, the answers. The naive loop and ours must agree; chinese-days reads a date in the
// host's zone, so it may not (the issue counts 366 wrong days of 2023–2026 under America/New_York).
const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
const covered = [];
for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) covered.push(new Date(t).toISOString().slice(0, 10));
const differ = (f, g) => covered.filter((day) => f(day) !== g(day)).length;
if (differ(isWorkingDay, (day) => naiveIsWorking(parseISO(day))) > 0) throw new Error('isWorkingDay and the naive loop disagree');
const samples = days.slice(0, 64);
if (samples.some((day) => addWorkingDays(day, 250) !== naiveAdd(day, 250))) throw new Error('addWorkingDays and the naive loop disagree');
const total = countWorkingDays('2023-01-01', '2026-12-31');
if (total !== naiveCount('2023-01-01', '2026-12-31')) throw new Error('countWorkingDays and the naive loop disagree');
console.log(
  `\nTZ=${zone}: chinese-days isWorkday differs from isWorkingDay on ${differ(isWorkingDay, chineseDays.isWorkday)} of ${covered.length} days of 2023–2026; ` +
    `findWorkday(250, d) on ${samples.filter((day) => chineseDays.findWorkday(250, day) !== addWorkingDays(day, 250)).length} of ${samples.length} sample days; ` +
    `getWorkdaysInRange over 2023–2026 counts ${chineseDays.getWorkdaysInRange('2023-01-01', '2026-12-31').length} (ours ${total}).`,
);

// A call of isWorkingDay takes tens of nanoseconds, about the harness's own cost per iteration:
// every task of that table makes 32 calls per iteration, so that the ratio is that of the calls.
const times32 = (fn) => () => {
  for (let k = 0; k < 32; k++) consume(fn(next()));
};

export default async () => ({
  isWorkingDay: await compare('isWorkingDay on an ISO string (32 calls per iteration)', { name: 'chinese-days isWorkday', fn: times32(chineseDays.isWorkday) }, [
    { name: 'isWorkingDay', fn: times32((day) => isWorkingDay(day)), target: 20 },
    { name: 'date-fns + Set', fn: times32((day) => naiveIsWorking(parseISO(day))) },
  ]),
  addWorkingDays: await compare('the 250th working day after a date', { name: 'chinese-days findWorkday(250, d)', fn: () => consume(chineseDays.findWorkday(250, next())) }, [
    { name: 'addWorkingDays(d, 250)', fn: () => consume(addWorkingDays(next(), 250)), target: 1000 },
    { name: 'date-fns + Set loop', fn: () => consume(naiveAdd(next(), 250)) },
  ]),
  countWorkingDays: await compare('working days in 2023-01-01 … 2026-12-31', { name: 'chinese-days getWorkdaysInRange(…).length', fn: () => consume(chineseDays.getWorkdaysInRange('2023-01-01', '2026-12-31').length) }, [
    { name: 'countWorkingDays', fn: () => consume(countWorkingDays('2023-01-01', '2026-12-31')), target: 10000 },
    { name: 'date-fns + Set loop', fn: () => consume(naiveCount('2023-01-01', '2026-12-31')) },
  ]),
});
