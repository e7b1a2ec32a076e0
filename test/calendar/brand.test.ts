// A calendar is an object that carries its days in a brand (a Symbol.for property), read by any
// copy of the library that meets it: here, objects that carry a brand made by hand, as one from
// another copy (or forged) looks to this copy. Apart from internals.test.ts, which loads a real
// second copy (vi.resetModules) and is left out of mutation runs: these run under Stryker.
import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR, countWorkingDays, createWorkdayCalendar, isCoveredByCalendar, isWorkingDay } from '../../src/index.js';
import type { HolidayCnYear, WorkdayCalendar } from '../../src/index.js';
import { svaErrorOf } from '../helpers/expect.js';

const BRAND = Symbol.for('sva-rules.calendar');
const brandOf = (calendar: WorkdayCalendar): string => String((calendar as unknown as Record<symbol, unknown>)[BRAND]);

// ILLUSTRATIVE notices (not the State Council's).
const Y2027: HolidayCnYear = {
  year: 2027,
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-08', isOffDay: true },
    { name: '春节', date: '2027-02-20', isOffDay: false },
  ],
};
const Y2028: HolidayCnYear = {
  year: 2028,
  days: [
    { name: '元旦', date: '2027-12-31', isOffDay: true },
    { name: '元旦', date: '2028-01-01', isOffDay: true },
  ],
};

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
