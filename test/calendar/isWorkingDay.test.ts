import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND_CALENDAR, isCoveredByCalendar, isWorkingDay } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { ALL_DAYS, refIsWorking } from './reference.js';

/** A Date at hh:mm China time (UTC+8) on an ISO day. */
const chinaTime = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);

describe('isWorkingDay (三3(2), 四2(3), 四2(5))', () => {
  const cases = [
    { name: 'an ordinary Monday', date: '2024-03-18', expected: true },
    { name: 'an ordinary Saturday', date: '2024-03-16', expected: false },
    { name: 'an ordinary Sunday', date: '2024-03-17', expected: false },
    { name: 'National Day, a Tuesday', date: '2024-10-01', expected: false },
    { name: 'a make-up Sunday before National Day (调休上班)', date: '2024-09-29', expected: true },
    { name: 'a make-up Saturday after National Day', date: '2024-10-12', expected: true },
    { name: 'Spring Festival eve 2024, a Friday the notice leaves working', date: '2024-02-09', expected: true },
    { name: 'Spring Festival 2025, a Wednesday', date: '2025-01-29', expected: false },
    { name: 'the first covered day, a Sunday in 元旦', date: '2023-01-01', expected: false },
    { name: '2023-01-02, a Monday in 元旦', date: '2023-01-02', expected: false },
    { name: 'the last covered day, a Thursday', date: '2026-12-31', expected: true },
    { name: '2026-01-04, a make-up Sunday', date: '2026-01-04', expected: true },
    { name: 'Dragon Boat 2025, a Monday', date: '2025-06-02', expected: false },
  ];
  it.each(cases)('$name: $date → $expected', ({ date, expected }) => {
    expect(isWorkingDay(date)).toBe(expected);
    expect(refIsWorking(date)).toBe(expected);
  });

  it('agrees with the naive day-by-day reference on every day from 2023-01-01 to 2026-12-31', () => {
    expect(ALL_DAYS).toHaveLength(1461);
    const wrong = ALL_DAYS.filter((day) => isWorkingDay(day) !== refIsWorking(day));
    expect(wrong).toEqual([]);
  });

  it('reads a Date as its day in China: 00:30 and 23:30 China time, every covered day, whatever the host zone', () => {
    const wrong = ALL_DAYS.filter(
      (day) => isWorkingDay(chinaTime(day, '00:30')) !== refIsWorking(day) || isWorkingDay(chinaTime(day, '23:30')) !== refIsWorking(day),
    );
    expect(wrong).toEqual([]);
  });

  const zoneCases = [
    // In UTC and west of it, 00:30 China time is still the day before: a naive reading says Monday 30 September.
    { name: '2024-10-01 00:30 China time (a holiday)', date: chinaTime('2024-10-01', '00:30'), expected: false },
    // In UTC+14 (Kiritimati), 23:30 China time is already 1 October.
    { name: '2024-09-30 23:30 China time (a working Monday)', date: chinaTime('2024-09-30', '23:30'), expected: true },
    { name: '2024-09-29 00:30 China time (a make-up Sunday)', date: chinaTime('2024-09-29', '00:30'), expected: true },
    { name: '2024-10-12 23:30 China time (a make-up Saturday)', date: chinaTime('2024-10-12', '23:30'), expected: true },
  ];
  it.each(zoneCases)('$name → $expected', ({ date, expected }) => expect(isWorkingDay(date)).toBe(expected));

  it('answers again for a Date changed after a call, and for the same IsoDate asked twice', () => {
    const date = chinaTime('2024-10-01', '12:00');
    expect(isWorkingDay(date)).toBe(false);
    date.setTime(chinaTime('2024-10-08', '12:00').getTime());
    expect(isWorkingDay(date)).toBe(true);
    expect([isWorkingDay('2024-10-07'), isWorkingDay('2024-10-07'), isWorkingDay('2024-10-08'), isWorkingDay('2024-10-08')]).toEqual([false, false, true, true]);
  });

  const outside = [
    { name: 'the day before coverage, named by the 2023 notice', date: '2022-12-31' },
    { name: 'the day after coverage, a Friday', date: '2027-01-01' },
    { name: 'a Monday in 2027: never guessed as a working day', date: '2027-01-04' },
    { name: 'a Date just before coverage (2022-12-31 23:30 China time)', date: chinaTime('2022-12-31', '23:30') },
    { name: 'a Date just after coverage (2027-01-01 00:30 China time)', date: chinaTime('2027-01-01', '00:30') },
    { name: 'far in the past', date: '1999-10-01' },
  ];
  it.each(outside)('throws calendar_out_of_range: $name', ({ date }) => {
    const error = svaErrorOf(() => isWorkingDay(date));
    expect(error.code).toBe('calendar_out_of_range');
    expect(error.issues[0]).toMatchObject({ clause: 'calendar.working_days', path: ['date'], expected: '2023-01-01/2026-12-31' });
    expect(isCoveredByCalendar(date)).toBe(false);
  });

  const invalid: { name: string; date: unknown }[] = [
    { name: '29 February in a common year', date: '2023-02-29' },
    { name: 'month 13', date: '2024-13-01' },
    { name: 'unpadded', date: '2024-1-5' },
    { name: 'Invalid Date', date: new Date(NaN) },
  ];
  it.each(invalid)('throws invalid_date: $name', ({ date }) => {
    expect(svaErrorOf(() => isWorkingDay(date as string)).code).toBe('invalid_date');
  });

  it('gives the exact invalid_date issue', () => {
    expect(svaErrorOf(() => isWorkingDay('2023-02-29')).issues).toEqual([
      {
        code: 'invalid_date',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '“date”不是真实的日期',
        messageEn: 'date is not a real date (YYYY-MM-DD)',
        path: ['date'],
        expected: 'YYYY-MM-DD',
        received: '"2023-02-29"',
      },
    ]);
  });

  it('gives the exact invalid_option issue for a calendar it did not make', () => {
    expect(svaErrorOf(() => isWorkingDay('2024-03-18', { ...CHINA_MAINLAND_CALENDAR } as never)).issues).toEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '“calendar”应为“createWorkdayCalendar”所建的日历',
        messageEn: 'calendar must be made by createWorkdayCalendar',
        path: ['calendar'],
        received: 'object',
      },
    ]);
  });

  it('refuses a calendar it did not make', () => {
    for (const calendar of [{ firstDay: '2023-01-01', lastDay: '2026-12-31' }, null, 'CN', { ...CHINA_MAINLAND_CALENDAR }]) {
      const error = svaErrorOf(() => isWorkingDay('2024-03-18', calendar as never));
      expect(error.code).toBe('invalid_option');
      expect(error.issues[0]?.path).toEqual(['calendar']);
    }
  });

  it('throws only SvaError on hostile values, as date or as calendar', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => isWorkingDay(value as string));
      // undefined is no calendar given: the default.
      if (value !== undefined) svaErrorOf(() => isWorkingDay('2024-03-18', value as never));
    }
  });
});

describe('isCoveredByCalendar', () => {
  const cases: { input: unknown; expected: boolean }[] = [
    { input: '2023-01-01', expected: true },
    { input: '2026-12-31', expected: true },
    { input: '2022-12-31', expected: false },
    { input: '2027-01-01', expected: false },
    { input: chinaTime('2023-01-01', '00:30'), expected: true },
    { input: chinaTime('2026-12-31', '23:30'), expected: true },
    { input: '2024-02-30', expected: false },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => expect(isCoveredByCalendar(input)).toBe(expected));

  it('never throws', () => {
    for (const value of hostileValues()) {
      expect(isCoveredByCalendar(value)).toBe(false);
      expect(isCoveredByCalendar('2024-03-18', value as never)).toBe(value === undefined);
    }
  });
});

describe('CHINA_MAINLAND_CALENDAR', () => {
  it('covers 2023-01-01 … 2026-12-31, is frozen and shows only its days and its brand', () => {
    expect(CHINA_MAINLAND_CALENDAR).toEqual({ firstDay: '2023-01-01', lastDay: '2026-12-31' });
    expect(Object.isFrozen(CHINA_MAINLAND_CALENDAR)).toBe(true);
    expect(Object.keys(CHINA_MAINLAND_CALENDAR)).toEqual(['firstDay', 'lastDay']);
    expect(Reflect.ownKeys(CHINA_MAINLAND_CALENDAR)).toEqual(['firstDay', 'lastDay', Symbol.for('sva-rules.calendar')]);
  });
});
