// One calendar across copies of the library: the ES module and the CommonJS build in one process
// are two copies, each with its own modules. Here a second copy is loaded with a fresh module
// registry (vi.resetModules); `npm run test:package` checks the two real builds of the tarball.
// Objects that carry a brand made by hand (another copy's, or forged) are in brand.test.ts.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHINA_MAINLAND_CALENDAR, countWorkingDays, createWorkdayCalendar, isCoveredByCalendar, isWorkingDay, addWorkingDays } from '../../src/index.js';
import type { HolidayCnYear, WorkdayCalendar } from '../../src/index.js';
import type * as CalendarModule from '../../src/calendar/index.js';
import { svaErrorOf } from '../helpers/expect.js';
import { Y2027, Y2028 } from './notices.js';
import { ALL_DAYS } from './reference.js';

const Y2022: HolidayCnYear = { year: 2022, days: [{ name: '国庆节', date: '2022-10-03', isOffDay: true }] };

/** Every day of a calendar, working or not, as one string (the calendar's days, as its copy reads them). */
function daysOf(read: typeof isWorkingDay, calendar: WorkdayCalendar, from = calendar.firstDay, to = calendar.lastDay): string {
  const first = Date.parse(from);
  const last = Date.parse(to);
  let days = '';
  for (let t = first; t <= last; t += 86_400_000) days += read(new Date(t).toISOString().slice(0, 10), calendar) ? '1' : '0';
  return days;
}

let other: typeof CalendarModule;
beforeAll(async () => {
  vi.resetModules();
  other = await import('../../src/calendar/index.js');
});

describe('a calendar made by another copy of the library (the other build)', () => {
  it('is another copy indeed: other functions, another built-in calendar object', () => {
    expect(other.isWorkingDay).not.toBe(isWorkingDay);
    expect(other.CHINA_MAINLAND_CALENDAR).not.toBe(CHINA_MAINLAND_CALENDAR);
  });

  it('answers the same, both ways, for the built-in calendar and for one made from notices', () => {
    const sample = ALL_DAYS.filter((_, i) => i % 17 === 0);
    for (const day of sample) {
      expect(isWorkingDay(day, other.CHINA_MAINLAND_CALENDAR), day).toBe(isWorkingDay(day));
      expect(other.isWorkingDay(day, CHINA_MAINLAND_CALENDAR), day).toBe(isWorkingDay(day));
    }
    const theirs = other.createWorkdayCalendar(Y2027);
    const ours = createWorkdayCalendar(Y2027);
    expect(daysOf(isWorkingDay, theirs)).toBe(daysOf(isWorkingDay, ours));
    expect(daysOf(other.isWorkingDay, ours)).toBe(daysOf(isWorkingDay, ours));
    expect(countWorkingDays('2023-01-01', '2027-12-31', theirs)).toBe(countWorkingDays('2023-01-01', '2027-12-31', ours));
    expect(addWorkingDays('2027-02-01', 30, theirs)).toBe(addWorkingDays('2027-02-01', 30, ours));
    expect([isCoveredByCalendar('2027-12-31', theirs), isCoveredByCalendar('2028-01-01', theirs)]).toEqual([true, false]);
    expect(svaErrorOf(() => isWorkingDay('2028-01-03', theirs)).issues[0]).toMatchObject({ code: 'calendar_out_of_range', expected: '2023-01-01/2027-12-31' });
  });

  it('serves as the base of a new calendar exactly as one of this copy does, notices across years included', () => {
    const theirs = other.createWorkdayCalendar(Y2027);
    const ours = createWorkdayCalendar(Y2027);
    expect(daysOf(isWorkingDay, createWorkdayCalendar(Y2028, theirs))).toBe(daysOf(isWorkingDay, createWorkdayCalendar(Y2028, ours)));
    expect(daysOf(other.isWorkingDay, other.createWorkdayCalendar(Y2028, ours))).toBe(daysOf(isWorkingDay, createWorkdayCalendar(Y2028, ours)));
    // A 2028-only calendar whose notice names 2027-12-31 (a Friday): once 2027 is added, that day
    // is a rest day, which only the notices it carries can tell (its days stop at 2028-01-01).
    const only2028 = other.createWorkdayCalendar(Y2028, null);
    expect(isWorkingDay('2027-12-31', createWorkdayCalendar(Y2027, only2028))).toBe(false);
    expect(daysOf(isWorkingDay, createWorkdayCalendar(Y2027, only2028))).toBe(daysOf(isWorkingDay, createWorkdayCalendar(Y2027, createWorkdayCalendar(Y2028, null))));
    // The built-in calendar of the other copy: the 2023 notice names 2022-12-31, which counts
    // once 2022 is covered, as with this copy's.
    const withTheirs = createWorkdayCalendar(Y2022, other.CHINA_MAINLAND_CALENDAR);
    const withOurs = createWorkdayCalendar(Y2022);
    expect(daysOf(isWorkingDay, withTheirs)).toBe(daysOf(isWorkingDay, withOurs));
    expect(isWorkingDay('2022-12-31', withTheirs)).toBe(false);
  });
});
