// A calendar is an object that carries its days in a brand (a Symbol.for property), read by any
// copy of the library that meets it: here, objects that carry a brand made by hand, as one from
// another copy (or forged) looks to this copy. Apart from internals.test.ts, which loads a real
// second copy (vi.resetModules) and is left out of mutation runs: these run under Stryker.
import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR, countWorkingDays, createWorkdayCalendar, isCoveredByCalendar, isWorkingDay } from '../../src/index.js';
import type { WorkdayCalendar } from '../../src/index.js';
import { svaErrorOf } from '../helpers/expect.js';
import { Y2027, Y2028 } from './notices.js';
import { ALL_DAYS, refIsWorking, SOURCE, weekday } from './reference.js';

const BRAND = Symbol.for('sva-rules.calendar');
const brandOf = (calendar: WorkdayCalendar): string => String((calendar as unknown as Record<symbol, unknown>)[BRAND]);


/** Every day of a calendar, working or not, as one string. */
function daysOf(calendar: WorkdayCalendar, from = calendar.firstDay, to = calendar.lastDay): string {
  const first = Date.parse(from);
  const last = Date.parse(to);
  let days = '';
  for (let t = first; t <= last; t += 86_400_000) days += isWorkingDay(new Date(t).toISOString().slice(0, 10), calendar) ? '1' : '0';
  return days;
}

describe('a calendar this copy did not make: the same brand on another object', () => {
  it('answers as the calendar whose brand it carries, and serves as a base the same, notices across years included', () => {
    const ours = createWorkdayCalendar(Y2027);
    const theirs = Object.freeze({ firstDay: ours.firstDay, lastDay: ours.lastDay, [BRAND]: brandOf(ours) }) as WorkdayCalendar;
    expect(daysOf(theirs)).toBe(daysOf(ours));
    expect(daysOf(createWorkdayCalendar(Y2028, theirs))).toBe(daysOf(createWorkdayCalendar(Y2028, ours)));
    // 2027-12-31 (a Friday) is named by the 2028 notice only: carried in the brand's notices.
    const only2028 = createWorkdayCalendar(Y2028, null);
    const theirs2028 = Object.freeze({ [BRAND]: brandOf(only2028) }) as unknown as WorkdayCalendar;
    expect(isWorkingDay('2027-12-31', createWorkdayCalendar(Y2027, theirs2028))).toBe(false);
    expect(daysOf(createWorkdayCalendar(Y2027, theirs2028))).toBe(daysOf(createWorkdayCalendar(Y2027, only2028)));
  });
});

describe('an object that carries the brand but no calendar', () => {
  const builtIn = brandOf(CHINA_MAINLAND_CALENDAR);
  const forged: { name: string; brand: unknown }[] = [
    { name: 'a brand that is not a string', brand: { toString: () => builtIn } },
    { name: 'no years', brand: builtIn.slice(8) },
    { name: 'a year before 1000', brand: `09992026${builtIn.slice(8)}` },
    { name: 'the last year before the first', brand: `20262023${builtIn.slice(8)}` },
    { name: 'a flag short', brand: builtIn.slice(0, -1) },
    { name: 'a flag that is neither 0 nor 1', brand: `${builtIn.slice(0, 20)}2${builtIn.slice(21)}` },
    { name: 'an empty string', brand: '' },
    { name: 'a String object, which reads as the brand but is not a string', brand: new String(builtIn) },
    // Number('20e2') is 2000: a year must be written as four digits, not merely read as one.
    { name: 'a last year not written as four digits', brand: `200020e2${'1'.repeat(366)}` },
    { name: 'the last year the one before the first: no day at all', brand: '20262025' },
  ];
  it.each(forged)('is refused: $name', ({ brand }) => {
    const calendar = Object.freeze({ firstDay: '2023-01-01', lastDay: '2026-12-31', [BRAND]: brand }) as WorkdayCalendar;
    expect(svaErrorOf(() => isWorkingDay('2024-03-18', calendar)).issues[0]).toMatchObject({ code: 'invalid_option', path: ['calendar'] });
    expect(isCoveredByCalendar('2024-03-18', calendar)).toBe(false);
    expect(svaErrorOf(() => createWorkdayCalendar(Y2027, calendar)).issues[0]).toMatchObject({ code: 'invalid_option', path: ['base'] });
  });

  it('is refused as a base when the notices it carries do not give its days, or are not notices', () => {
    const made = brandOf(createWorkdayCalendar(Y2027));
    const flags = made.slice(0, 8 + 5 * 365 + 1);
    const lying = JSON.stringify({ years: { '2027': { offDays: [], workDays: [] } } });
    for (const notices of [lying, '{"years":', JSON.stringify({ years: { '2027': { offDays: ['2027-02-30'], workDays: [] } } })]) {
      const calendar = Object.freeze({ [BRAND]: flags + notices }) as unknown as WorkdayCalendar;
      // Its days are a calendar's days: asked about a day, it answers.
      expect(isWorkingDay('2027-02-08', calendar)).toBe(false);
      expect(svaErrorOf(() => createWorkdayCalendar(Y2028, calendar)).issues[0]).toMatchObject({ code: 'invalid_option', path: ['base'] });
    }
  });

  it('works when the brand is a whole valid calendar, which createWorkdayCalendar could have made', () => {
    const copy = Object.freeze({ [BRAND]: brandOf(CHINA_MAINLAND_CALENDAR) }) as unknown as WorkdayCalendar;
    expect(isWorkingDay('2024-10-01', copy)).toBe(false);
    expect(countWorkingDays('2023-01-01', '2026-12-31', copy)).toBe(countWorkingDays('2023-01-01', '2026-12-31'));
    // Days of its own without notices (a built-in calendar of another version): as a base, its
    // days are kept as they are. 2024-03-18 is a Monday made a rest day here.
    const builtIn = brandOf(CHINA_MAINLAND_CALENDAR);
    const at = 8 + 442; // 2024-03-18 is day 442 of 2023-01-01 … (offset from the first day)
    const changed = Object.freeze({ [BRAND]: `${builtIn.slice(0, at)}0${builtIn.slice(at + 1)}` }) as unknown as WorkdayCalendar;
    expect(isWorkingDay('2024-03-18', changed)).toBe(false);
    const built = createWorkdayCalendar(Y2027, changed);
    expect(isWorkingDay('2024-03-18', built)).toBe(false);
    expect(daysOf(built, '2023-01-01', '2026-12-31')).toBe(daysOf(changed, '2023-01-01', '2026-12-31'));
  });
});

/** The notices a calendar's brand carries after its flags, as data (each list sorted). */
function noticesOf(calendar: WorkdayCalendar): Record<string, { offDays: string[]; workDays: string[] }> {
  const days = (Date.parse(calendar.lastDay) - Date.parse(calendar.firstDay)) / 86_400_000 + 1;
  const { years } = JSON.parse(brandOf(calendar).slice(8 + days)) as { years: Record<string, { offDays: string[]; workDays: string[] }> };
  return Object.fromEntries(Object.entries(years).map(([year, t]) => [year, { offDays: [...t.offDays].sort(), workDays: [...t.workDays].sort() }]));
}
const sourceYears = Object.fromEntries(Object.entries(SOURCE.years).map(([year, t]) => [year, { offDays: t.offDays, workDays: t.workDays }]));
const Y2027_NOTICE = { offDays: ['2027-01-01', '2027-02-08'], workDays: ['2027-02-20'] };

describe('the built-in calendar as a base, when another copy carries it (its brand has no notices)', () => {
  // A fresh object each time: its days and notice tables are read inside the test.
  const builtInCopy = () => Object.freeze({ [BRAND]: brandOf(CHINA_MAINLAND_CALENDAR) }) as unknown as WorkdayCalendar;

  it('gives the library\'s own notices, every rest day and make-up day of 2023–2026 as data/cn-holidays.json lists them', () => {
    const built = createWorkdayCalendar(Y2027, builtInCopy());
    expect(noticesOf(built)).toEqual({ ...sourceYears, '2027': Y2027_NOTICE });
    expect(daysOf(built)).toBe(daysOf(createWorkdayCalendar(Y2027)));
  });

  it('keeps the 2023 notice\'s 2022-12-31 (a rest day in 元旦): a 2022 notice making it a working day contradicts it', () => {
    const error = svaErrorOf(() => createWorkdayCalendar({ years: { '2022': { offDays: [], workDays: ['2022-12-31'] } } }, builtInCopy()));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['calendar_data_conflict', ['years', '2022', 'workDays', 0]]]);
  });

  it('reads a calendar of other years whose flags happen to be the built-in\'s by its own days, not as the built-in', () => {
    // 2027–2030 have as many days as 2023–2026 (one leap year each): a valid brand of 2027–2030.
    const shifted = Object.freeze({ [BRAND]: `20272030${brandOf(CHINA_MAINLAND_CALENDAR).slice(8)}` }) as unknown as WorkdayCalendar;
    const built = createWorkdayCalendar({ year: 2031, days: [] }, shifted);
    expect(built).toEqual({ firstDay: '2027-01-01', lastDay: '2031-12-31' });
    expect(daysOf(built, '2027-01-01', '2030-12-31')).toBe(daysOf(shifted, '2027-01-01', '2030-12-31'));
  });
});

describe('a base whose brand carries days of its own and no notices (a built-in calendar of another version)', () => {
  const builtIn = brandOf(CHINA_MAINLAND_CALENDAR);
  const at = 8 + 442; // 2024-03-18, a Monday, made a rest day
  const changed = () => Object.freeze({ [BRAND]: `${builtIn.slice(0, at)}0${builtIn.slice(at + 1)}` }) as unknown as WorkdayCalendar;

  it('keeps its days year by year: a year given replaces its own, the others stay, and coverage ends where it ends', () => {
    const built = createWorkdayCalendar({ years: { '2024': SOURCE.years['2024'] as never } }, changed());
    expect(built).toEqual({ firstDay: '2023-01-01', lastDay: '2026-12-31' });
    // The 2024 notice given: 2024-03-18 works again, and every day is the notices' own.
    expect(ALL_DAYS.filter((d) => isWorkingDay(d, built) !== refIsWorking(d))).toEqual([]);
  });

  it('makes a calendar whose brand, carried to another object, serves as a base the same', () => {
    const built = createWorkdayCalendar({ years: { '2025': SOURCE.years['2025'] as never } }, changed());
    expect(isWorkingDay('2024-03-18', built)).toBe(false);
    const carried = Object.freeze({ [BRAND]: brandOf(built) }) as unknown as WorkdayCalendar;
    expect(daysOf(createWorkdayCalendar(Y2027, carried))).toBe(daysOf(createWorkdayCalendar(Y2027, built)));
    // Its notices: each year's weekdays off and weekend days on, as its days are (a holiday's
    // Saturday and Sunday are not named).
    const weekdaysOff = (sourceYears['2024']?.offDays ?? []).filter((d) => weekday(d) % 6 !== 0);
    expect(noticesOf(built)['2024']).toEqual({ offDays: [...weekdaysOff, '2024-03-18'].sort(), workDays: sourceYears['2024']?.workDays });
  });
});

describe('a base whose notices do not give its days', () => {
  const made = brandOf(createWorkdayCalendar(Y2027));
  const days = 5 * 365 + 1;

  it('is refused when one flag differs from its notices, with the exact issue', () => {
    const at = 8 + 442;
    const calendar = Object.freeze({ [BRAND]: `${made.slice(0, at)}0${made.slice(at + 1)}` }) as unknown as WorkdayCalendar;
    expect(made.length).toBeGreaterThan(8 + days);
    expect(svaErrorOf(() => createWorkdayCalendar(Y2028, calendar)).issues).toEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '选项“base”无效：其节假日通知与日历本身不符',
        messageEn: 'Option base is invalid: its notices do not give its days',
        path: ['base'],
        received: 'object',
      },
    ]);
  });

  it('is refused when its notices are of other years that fall on the same weekdays (2034 as 2023)', () => {
    const of2034 = brandOf(createWorkdayCalendar({ years: { '2034': { offDays: [], workDays: [] } } }, null));
    const calendar = Object.freeze({ [BRAND]: `20232023${of2034.slice(8)}` }) as unknown as WorkdayCalendar;
    // Its days are 2023's weekdays, with no holiday: a calendar, but not the one its notices give.
    expect(isWorkingDay('2023-01-02', calendar)).toBe(true);
    expect(svaErrorOf(() => createWorkdayCalendar({ years: { '2024': { offDays: [], workDays: [] } } }, calendar)).issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_option', ['base']],
    ]);
  });
});

describe('a calendar is read once', () => {
  it('answers as its brand said the first time, whatever the brand says later', () => {
    const builtIn = brandOf(CHINA_MAINLAND_CALENDAR);
    let reads = 0;
    const calendar = Object.defineProperty({}, BRAND, { get: () => (reads++ === 0 ? builtIn : `20232026${'1'.repeat(builtIn.length - 8)}`) }) as WorkdayCalendar;
    expect([isWorkingDay('2024-10-01', calendar), isWorkingDay('2024-10-01', calendar), isWorkingDay('2024-10-02', calendar)]).toEqual([false, false, false]);
    expect(reads).toBe(1);
  });
});
