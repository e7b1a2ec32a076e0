import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CHINA_MAINLAND_CALENDAR,
  countWorkingDays,
  createWorkdayCalendar,
  isCoveredByCalendar,
  isWorkingDay,
  planFilingDeadline,
  publicityEndDate,
} from '../../src/index.js';
import type { HolidayCnYear } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { ALL_DAYS, naiveCalendar, refIsWorking, SOURCE } from './reference.js';

// An ILLUSTRATIVE holiday-cn year file for 2027, in the published format. It is not the State
// Council's 2027 notice (not yet published when this was written): only a test of the mechanism.
const HYPOTHETICAL_2027: HolidayCnYear = {
  year: 2027,
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '元旦', date: '2027-01-02', isOffDay: true },
    { name: '元旦', date: '2027-01-03', isOffDay: true },
    ...['06', '07', '08', '09', '10', '11', '12'].map((d) => ({ name: '春节', date: `2027-02-${d}`, isOffDay: true })),
    { name: '春节', date: '2027-02-14', isOffDay: false },
    { name: '春节', date: '2027-02-20', isOffDay: false },
  ],
};
const HYPOTHETICAL_2028: HolidayCnYear = {
  year: 2028,
  days: [
    // The 2028 notice may name the end of 2027, as the 2023 notice names 2022-12-31.
    { name: '元旦', date: '2027-12-31', isOffDay: true },
    { name: '元旦', date: '2028-01-01', isOffDay: true },
    { name: '元旦', date: '2027-12-25', isOffDay: false },
  ],
};

const codes = (fn: () => unknown) => svaErrorOf(fn).issues.map((i) => i.code);

describe('createWorkdayCalendar', () => {
  describe('adds a year at run time', () => {
    const calendar = createWorkdayCalendar(HYPOTHETICAL_2027);

    it('from a holiday-cn year file: coverage grows to 2027-12-31', () => {
      expect(calendar).toEqual({ firstDay: '2023-01-01', lastDay: '2027-12-31' });
      expect(isWorkingDay('2027-01-01', calendar)).toBe(false);
      expect(isWorkingDay('2027-01-04', calendar)).toBe(true);
      expect(isWorkingDay('2027-02-08', calendar)).toBe(false);
      expect(isWorkingDay('2027-02-14', calendar)).toBe(true);
      expect(isWorkingDay('2024-10-01', calendar)).toBe(false);
      expect(addWorkingDays('2026-12-31', 1, calendar)).toBe('2027-01-04');
      expect(planFilingDeadline('2027-01-04', { calendar })).toBe('2026-12-25');
    });

    it('leaves the base calendar as it was', () => {
      expect(CHINA_MAINLAND_CALENDAR.lastDay).toBe('2026-12-31');
      expect(svaErrorOf(() => isWorkingDay('2027-01-04')).code).toBe('calendar_out_of_range');
    });

    it('answers like a naive reference built from the same data', () => {
      const years = Object.values(SOURCE.years);
      const reference = naiveCalendar(
        [...years.flatMap((y) => y.offDays), ...HYPOTHETICAL_2027.days.filter((d) => d.isOffDay).map((d) => d.date)],
        [...years.flatMap((y) => y.workDays), ...HYPOTHETICAL_2027.days.filter((d) => !d.isOffDay).map((d) => d.date)],
        '2023-01-01',
        '2027-12-31',
      );
      expect(reference.days.filter((d) => isWorkingDay(d, calendar) !== reference.isWorking(d))).toEqual([]);
      const day = fc.constantFrom(...reference.days);
      fc.assert(
        fc.property(day, day, fc.integer({ min: -300, max: 300 }), (a, b, n) => {
          expect(countWorkingDays(a, b, calendar)).toBe(a <= b ? reference.count(a, b) : 0);
          const reached = reference.add(a, n);
          if (reached === undefined) expect(svaErrorOf(() => addWorkingDays(a, n, calendar)).code).toBe('calendar_out_of_range');
          else expect(addWorkingDays(a, n, calendar)).toBe(reached);
        }),
        { numRuns: 200 },
      );
    });

    it('from an array of holiday-cn files, and a day of the year before in the later notice', () => {
      const both = createWorkdayCalendar([HYPOTHETICAL_2027, HYPOTHETICAL_2028]);
      expect(both.lastDay).toBe('2028-12-31');
      // 2027-12-31, a Friday, is off by the 2028 notice; 2027-12-25, a Saturday, is a make-up day.
      expect(isWorkingDay('2027-12-31', calendar)).toBe(true);
      expect(isWorkingDay('2027-12-31', both)).toBe(false);
      expect(isWorkingDay('2027-12-25', both)).toBe(true);
    });

    it('in this library\'s shape, ignoring other fields such as notice', () => {
      const mine = createWorkdayCalendar({
        years: { '2027': { notice: 'https://example.invalid/2027', offDays: ['2027-01-01'], workDays: [] } as never },
      });
      expect(mine.lastDay).toBe('2027-12-31');
      expect(isWorkingDay('2027-01-01', mine)).toBe(false);
    });

    it('on top of another calendar made by it', () => {
      const next = createWorkdayCalendar(HYPOTHETICAL_2028, calendar);
      expect(next).toEqual({ firstDay: '2023-01-01', lastDay: '2028-12-31' });
      expect(isWorkingDay('2027-12-31', next)).toBe(false);
    });
  });

  it('replaces a whole year', () => {
    const calendar = createWorkdayCalendar({ years: { '2024': { offDays: [], workDays: [] } } });
    expect(calendar.lastDay).toBe('2026-12-31');
    expect(isWorkingDay('2024-10-01', calendar)).toBe(true);
    expect(isWorkingDay('2024-09-29', calendar)).toBe(false);
    expect(isWorkingDay('2025-10-01', calendar)).toBe(false);
  });

  it('keeps the 2023 notice\'s 2022-12-31 for when 2022 is covered', () => {
    // 2022-12-31 is a Saturday: a make-up day there would contradict the 2023 notice.
    expect(codes(() => createWorkdayCalendar({ years: { '2022': { offDays: [], workDays: ['2022-12-31'] } } }))).toEqual(['calendar_data_conflict']);
    const with2022 = createWorkdayCalendar({ years: { '2022': { offDays: ['2022-10-03'], workDays: [] } } });
    expect(with2022.firstDay).toBe('2022-01-01');
    expect(isWorkingDay('2022-12-31', with2022)).toBe(false);
    expect(isWorkingDay('2022-10-03', with2022)).toBe(false);
    expect(isWorkingDay('2022-10-04', with2022)).toBe(true);
  });

  it('builds from nothing with base null; the previous-year day is then outside coverage', () => {
    const only2028 = createWorkdayCalendar(HYPOTHETICAL_2028, null);
    expect(only2028).toEqual({ firstDay: '2028-01-01', lastDay: '2028-12-31' });
    expect(svaErrorOf(() => isWorkingDay('2027-12-31', only2028)).code).toBe('calendar_out_of_range');
    expect(createWorkdayCalendar({ years: {} })).toEqual(CHINA_MAINLAND_CALENDAR);
  });

  it('accepts the years 1000 and 9999, the ends of the four-digit range', () => {
    expect(createWorkdayCalendar({ year: 1000, days: [] }, null)).toEqual({ firstDay: '1000-01-01', lastDay: '1000-12-31' });
    expect(createWorkdayCalendar({ year: 9999, days: [] }, null)).toEqual({ firstDay: '9999-01-01', lastDay: '9999-12-31' });
    expect(createWorkdayCalendar({ years: { '1000': { offDays: [], workDays: [] } } }, null).firstDay).toBe('1000-01-01');
    expect(createWorkdayCalendar({ years: { '9999': { offDays: [], workDays: [] } } }, null).lastDay).toBe('9999-12-31');
  });

  it('answers at the very edges of a calendar made at run time', () => {
    // Built inside the test: the flags and the counting index are made here, not when the file loads.
    const only2027 = createWorkdayCalendar(HYPOTHETICAL_2027, null);
    const reference = naiveCalendar(
      HYPOTHETICAL_2027.days.filter((d) => d.isOffDay).map((d) => d.date),
      HYPOTHETICAL_2027.days.filter((d) => !d.isOffDay).map((d) => d.date),
      '2027-01-01',
      '2027-12-31',
    );
    // Coverage: the first and last days, and not one day more on either side.
    expect([isCoveredByCalendar('2026-12-31', only2027), isCoveredByCalendar('2027-01-01', only2027)]).toEqual([false, true]);
    expect([isCoveredByCalendar('2027-12-31', only2027), isCoveredByCalendar('2028-01-01', only2027)]).toEqual([true, false]);
    expect(svaErrorOf(() => isWorkingDay('2028-01-03', only2027)).issues).toEqual([
      {
        code: 'calendar_out_of_range',
        severity: 'error',
        clause: 'calendar.working_days',
        message: '日历未收录2028年（已收录2027年至2027年）的节假日安排',
        messageEn: 'date "2028-01-03" is outside the calendar (2027-01-01/2027-12-31)',
        path: ['date'],
        expected: '2027-01-01/2027-12-31',
        received: '"2028-01-03"',
      },
    ]);
    // 1 January 2027, a Friday, is off by the notice; 31 December, a Friday, works.
    expect(isWorkingDay('2027-01-01', only2027)).toBe(false);
    expect(isWorkingDay('2027-12-31', only2027)).toBe(true);
    expect(reference.days.filter((d) => isWorkingDay(d, only2027) !== reference.isWorking(d))).toEqual([]);
    // Counting and adding up to the last day and back to the first working day.
    expect(countWorkingDays('2027-01-01', '2027-12-31', only2027)).toBe(reference.count('2027-01-01', '2027-12-31'));
    expect(countWorkingDays('2027-12-31', '2027-12-31', only2027)).toBe(1);
    expect(addWorkingDays('2027-12-30', 1, only2027)).toBe('2027-12-31');
    expect(addWorkingDays('2027-12-31', -1, only2027)).toBe('2027-12-30');
    expect(addWorkingDays('2027-01-05', -1, only2027)).toBe('2027-01-04');
    expect(svaErrorOf(() => addWorkingDays('2027-12-31', 1, only2027)).code).toBe('calendar_out_of_range');
    expect(svaErrorOf(() => addWorkingDays('2027-01-04', -1, only2027)).code).toBe('calendar_out_of_range');
    expect(publicityEndDate('2027-12-27', { calendar: only2027 })).toBe('2027-12-31');
    expect(publicityEndDate('2027-12-31', { calendar: only2027, workingDays: 1 })).toBe('2027-12-31');
    expect(planFilingDeadline('2027-01-11', { calendar: only2027 })).toBe('2027-01-04');
    expect(svaErrorOf(() => planFilingDeadline('2027-01-08', { calendar: only2027 })).code).toBe('calendar_out_of_range');
  });

  it('applies a make-up day on the first day of coverage', () => {
    // 1 January 2028 is a Saturday.
    const calendar = createWorkdayCalendar({ year: 2028, days: [{ name: '调休', date: '2028-01-01', isOffDay: false }] }, null);
    expect(isWorkingDay('2028-01-01', calendar)).toBe(true);
    expect(isWorkingDay('2028-01-02', calendar)).toBe(false);
  });

  it('keeps every rest day and make-up day of the built-in notices when it builds on them', () => {
    const calendar = createWorkdayCalendar({ years: {} });
    expect(ALL_DAYS.filter((d) => isWorkingDay(d, calendar) !== refIsWorking(d))).toEqual([]);
  });

  const refused: { name: string; data: unknown; base?: unknown; codes: string[]; path?: unknown[] }[] = [
    { name: 'a make-up day on a Monday', data: { years: { '2027': { offDays: [], workDays: ['2027-01-04'] } } }, codes: ['calendar_data_weekday_workday'], path: ['years', '2027', 'workDays', 0] },
    { name: 'a make-up day on a Friday, holiday-cn', data: { year: 2027, days: [{ name: 'x', date: '2027-01-08', isOffDay: false }] }, codes: ['calendar_data_weekday_workday'], path: ['days', 0, 'date'] },
    { name: 'a date of the next year', data: { years: { '2027': { offDays: ['2028-01-01'], workDays: [] } } }, codes: ['calendar_data_wrong_year'], path: ['years', '2027', 'offDays', 0] },
    { name: 'a date two years before', data: { years: { '2028': { offDays: ['2026-12-31'], workDays: [] } } }, codes: ['calendar_data_wrong_year', 'calendar_data_gap'] },
    { name: '24 December of the year before (only 25–31 are accepted)', data: { years: { '2027': { offDays: ['2026-12-24'], workDays: [] } } }, codes: ['calendar_data_wrong_year'] },
    { name: '25 November of the year before (only December is accepted)', data: { years: { '2027': { offDays: ['2026-11-25'], workDays: [] } } }, codes: ['calendar_data_wrong_year'] },
    { name: 'the same day off and on in one table', data: { years: { '2027': { offDays: ['2027-02-14'], workDays: ['2027-02-14'] } } }, codes: ['calendar_data_conflict'], path: ['years', '2027', 'workDays', 0] },
    { name: 'the same day off and on in two tables', data: { years: { '2027': { offDays: ['2027-12-25'], workDays: [] }, '2028': { offDays: [], workDays: ['2027-12-25'] } } }, codes: ['calendar_data_conflict'] },
    { name: 'a malformed date', data: { years: { '2027': { offDays: ['2027-1-4'], workDays: [] } } }, codes: ['calendar_data_date'], path: ['years', '2027', 'offDays', 0] },
    { name: 'an impossible date', data: { years: { '2027': { offDays: ['2027-02-29'], workDays: [] } } }, codes: ['calendar_data_date'] },
    { name: 'a number for a date', data: { years: { '2027': { offDays: [20270101], workDays: [] } } }, codes: ['calendar_data_date'] },
    { name: 'a Date for a date', data: { year: 2027, days: [{ date: new Date('2027-01-01'), isOffDay: true }] }, codes: ['calendar_data_date'] },
    { name: 'workDays missing (not taken as empty)', data: { years: { '2027': { offDays: [] } } }, codes: ['missing_field'], path: ['years', '2027', 'workDays'] },
    { name: 'offDays not an array', data: { years: { '2027': { offDays: '2027-01-01', workDays: [] } } }, codes: ['calendar_data_invalid'] },
    { name: 'isOffDay missing (not taken as false)', data: { year: 2027, days: [{ name: '元旦', date: '2027-01-01' }] }, codes: ['missing_field'], path: ['days', 0, 'isOffDay'] },
    { name: 'isOffDay a string', data: { year: 2027, days: [{ date: '2027-01-01', isOffDay: 'true' }] }, codes: ['calendar_data_invalid'] },
    { name: 'year missing', data: { days: [] }, codes: ['missing_field'], path: ['year'] },
    { name: 'year as a string', data: { year: '2027', days: [] }, codes: ['calendar_data_year'] },
    { name: 'year 999', data: { year: 999, days: [] }, codes: ['calendar_data_year'], path: ['year'] },
    { name: 'year 10000', data: { year: 10000, days: [] }, codes: ['calendar_data_year'], path: ['year'] },
    { name: 'a year with a fraction', data: { year: 2027.5, days: [] }, codes: ['calendar_data_year'], path: ['year'] },
    { name: 'a year key that is not a year', data: { years: { '27': { offDays: [], workDays: [] } } }, codes: ['calendar_data_year'] },
    // The days of a year that cannot be read are not checked against a year nobody knows.
    { name: 'a year key that is not a year, with its days', data: { years: { '27': { offDays: ['2027-01-01'], workDays: [] } } }, codes: ['calendar_data_year'] },
    // Two years that cannot be read are not one year given twice.
    { name: 'two year keys that are not years', data: { years: { '27': { offDays: [], workDays: [] }, '28': { offDays: [], workDays: [] } } }, codes: ['calendar_data_year', 'calendar_data_year'] },
    { name: 'two holiday-cn files whose years are not years', data: [{ year: '2027', days: [] }, { year: 2027.5, days: [] }], codes: ['calendar_data_year', 'calendar_data_year'], path: [0, 'year'] },
    { name: 'a year before 1000', data: { years: { '0999': { offDays: [], workDays: [] } } }, codes: ['calendar_data_year'] },
    { name: 'a year key with a leading zero', data: { years: { '02027': { offDays: [], workDays: [] } } }, codes: ['calendar_data_year'], path: ['years', '02027'] },
    { name: 'a year key of five digits', data: { years: { '20270': { offDays: [], workDays: [] } } }, codes: ['calendar_data_year'], path: ['years', '20270'] },
    { name: 'only a malformed year, base null (not also reported as empty)', data: { years: { '27': { offDays: [], workDays: [] } } }, base: null, codes: ['calendar_data_year'] },
    { name: 'the same year twice', data: [HYPOTHETICAL_2027, HYPOTHETICAL_2027], codes: ['calendar_data_duplicate_year'] },
    { name: 'a gap of one year', data: { years: { '2028': { offDays: [], workDays: [] } } }, codes: ['calendar_data_gap'] },
    { name: 'a gap of two years', data: { year: 2029, days: [] }, codes: ['calendar_data_gap'] },
    { name: 'a gap inside the data, base null', data: { years: { '2023': { offDays: [], workDays: [] }, '2025': { offDays: [], workDays: [] } } }, base: null, codes: ['calendar_data_gap'] },
    { name: 'nothing at all, base null', data: { years: {} }, base: null, codes: ['calendar_data_empty'] },
    { name: 'an empty array, base null', data: [], base: null, codes: ['calendar_data_empty'] },
    { name: 'neither shape', data: { holidays: [] }, codes: ['calendar_data_invalid'] },
    { name: 'years not an object', data: { years: [] }, codes: ['calendar_data_invalid'] },
    { name: 'a year not an object', data: { years: { '2027': null } }, codes: ['calendar_data_invalid'] },
    { name: 'days not an array', data: { year: 2027, days: {} }, codes: ['calendar_data_invalid'] },
    { name: 'a day not an object', data: { year: 2027, days: ['2027-01-01'] }, codes: ['calendar_data_invalid'] },
    { name: 'a file of the array not an object', data: [HYPOTHETICAL_2027, '2028'], codes: ['calendar_data_invalid'], path: [1] },
    { name: 'days missing in a file of the array (not taken as empty)', data: [HYPOTHETICAL_2027, { year: 2028 }], codes: ['missing_field'], path: [1, 'days'] },
    { name: 'a base not made by createWorkdayCalendar', data: HYPOTHETICAL_2027, base: { firstDay: '2023-01-01', lastDay: '2026-12-31', years: [] }, codes: ['invalid_option'], path: ['base'] },
  ];
  it.each(refused)('refuses $name: $codes', ({ data, base, codes: expected, path }) => {
    const error = svaErrorOf(() => createWorkdayCalendar(data as never, base as never));
    expect(error.issues.map((i) => i.code)).toEqual(expected);
    if (path !== undefined) expect(error.issues[0]?.path).toEqual(path);
    for (const issue of error.issues) expect(issue.clause).toBe('calendar.working_days');
  });

  it('names the missing years and the weekday in its messages', () => {
    const gap = svaErrorOf(() => createWorkdayCalendar({ year: 2029, days: [] })).issues[0];
    expect(gap?.messageEn).toBe("The calendar's coverage must be contiguous: the notice for 2027–2028 is missing");
    const weekday = svaErrorOf(() => createWorkdayCalendar({ years: { '2027': { offDays: [], workDays: ['2027-01-04'] } } })).issues[0];
    expect(weekday?.message).toContain('2027年1月4日是星期一，本就是工作日，调休上班日应为星期六或星期日');
  });

  // Every issue of createWorkdayCalendar cites 三3(2), the first rule counted in working days.
  const issue = (fields: Record<string, unknown>) => ({ severity: 'error', clause: 'calendar.working_days', ...fields });
  const SHAPES_ZH = '节假日安排数据有误：应为按年份列出的“offDays”和“workDays”，或“holiday-cn”的年度文件（或其列表）';
  const SHAPES_EN = 'Invalid calendar data: expected { years: { [year]: { offDays, workDays } } }, a holiday-cn year file { year, days }, or an array of them';
  const exact: { name: string; data: unknown; base?: unknown; issues: unknown[] }[] = [
    {
      name: 'nothing given: no received',
      data: undefined,
      issues: [issue({ code: 'calendar_data_invalid', message: SHAPES_ZH, messageEn: SHAPES_EN, path: [] })],
    },
    {
      name: 'neither shape',
      data: { holidays: [] },
      issues: [issue({ code: 'calendar_data_invalid', message: SHAPES_ZH, messageEn: SHAPES_EN, path: [], received: 'object' })],
    },
    {
      name: 'a file of the array not an object',
      data: [HYPOTHETICAL_2027, '2028'],
      issues: [issue({ code: 'calendar_data_invalid', message: SHAPES_ZH, messageEn: SHAPES_EN, path: [1], received: '"2028"' })],
    },
    {
      name: 'years not an object',
      data: { years: [] },
      issues: [
        issue({
          code: 'calendar_data_invalid',
          message: '节假日安排数据有误：“years”应以年份为键',
          messageEn: 'Invalid calendar data: years must be an object keyed by year',
          path: ['years'],
          received: 'array',
        }),
      ],
    },
    {
      name: 'a year not an object',
      data: { years: { '2027': null } },
      issues: [
        issue({
          code: 'calendar_data_invalid',
          message: '节假日安排数据有误：每一年应有“offDays”和“workDays”',
          messageEn: 'Invalid calendar data: each year must be an object { offDays, workDays }',
          path: ['years', '2027'],
          received: 'null',
        }),
      ],
    },
    {
      name: 'offDays not an array',
      data: { years: { '2027': { offDays: '2027-01-01', workDays: [] } } },
      issues: [
        issue({
          code: 'calendar_data_invalid',
          message: '节假日安排数据有误：“offDays”应为日期的列表',
          messageEn: 'Invalid calendar data: offDays must be an array of dates',
          path: ['years', '2027', 'offDays'],
          received: '"2027-01-01"',
        }),
      ],
    },
    {
      name: 'workDays missing: the whole path as its name',
      data: { years: { '2027': { offDays: [] } } },
      issues: [issue({ code: 'missing_field', message: '未填写“2027”年的“workDays”', messageEn: 'years.2027.workDays is missing', path: ['years', '2027', 'workDays'] })],
    },
    {
      name: 'days missing in a file of the array',
      data: [HYPOTHETICAL_2027, { year: 2028 }],
      issues: [issue({ code: 'missing_field', message: '未填写“days”', messageEn: '[1].days is missing', path: [1, 'days'] })],
    },
    {
      name: 'year missing in a file of the array',
      data: [HYPOTHETICAL_2027, { days: [] }],
      issues: [issue({ code: 'missing_field', message: '未填写“year”', messageEn: '[1].year is missing', path: [1, 'year'] })],
    },
    {
      name: 'isOffDay missing on the second day: counted from 1',
      data: { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }, { name: '元旦', date: '2027-01-02' }] },
      issues: [issue({ code: 'missing_field', message: '未填写第2天的“isOffDay”', messageEn: 'days[1].isOffDay is missing', path: ['days', 1, 'isOffDay'] })],
    },
    {
      name: 'days not an array',
      data: { year: 2027, days: {} },
      issues: [
        issue({
          code: 'calendar_data_invalid',
          message: '节假日安排数据有误：“days”应为日期的列表',
          messageEn: 'Invalid calendar data: days must be an array',
          path: ['days'],
          received: 'object',
        }),
      ],
    },
    {
      name: 'a day not an object, in the second file of an array',
      data: [HYPOTHETICAL_2027, { year: 2028, days: ['2028-01-01'] }],
      issues: [
        issue({
          code: 'calendar_data_invalid',
          message: '节假日安排数据有误：每一天应有“name”“date”和“isOffDay”',
          messageEn: 'Invalid calendar data: each day must be an object { name, date, isOffDay }',
          path: [1, 'days', 0],
          received: '"2028-01-01"',
        }),
      ],
    },
    {
      name: 'isOffDay a string',
      data: { year: 2027, days: [{ date: '2027-01-01', isOffDay: 'true' }] },
      issues: [
        issue({
          code: 'calendar_data_invalid',
          message: '节假日安排数据有误：“isOffDay”应为“true”或“false”',
          messageEn: 'Invalid calendar data: isOffDay must be true or false',
          path: ['days', 0, 'isOffDay'],
          received: '"true"',
        }),
      ],
    },
    {
      name: 'a year key that is not a year',
      data: { years: { '27': { offDays: [], workDays: [] } } },
      issues: [
        issue({
          code: 'calendar_data_year',
          message: '节假日安排数据的年份有误，应为四位数的年份',
          messageEn: 'Calendar data year "27" is invalid: expected a four-digit year',
          path: ['years', '27'],
          expected: '1000–9999',
          received: '"27"',
        }),
      ],
    },
    {
      name: 'a malformed date',
      data: { years: { '2027': { offDays: ['2027-1-4'], workDays: [] } } },
      issues: [
        issue({
          code: 'calendar_data_date',
          message: '节假日安排数据中的日期有误，应写作如“2024-03-01”',
          messageEn: 'Calendar data entry "2027-1-4" is not a real YYYY-MM-DD date',
          path: ['years', '2027', 'offDays', 0],
          expected: 'YYYY-MM-DD',
          received: '"2027-1-4"',
        }),
      ],
    },
    {
      name: 'a date of the year before, but not of its last week',
      data: { years: { '2027': { offDays: ['2026-11-25'], workDays: [] } } },
      issues: [
        issue({
          code: 'calendar_data_wrong_year',
          message: '2026年11月25日不属于2027年的放假通知',
          messageEn: '2026-11-25 does not belong to the 2027 notice: only dates of that year, and 25 to 31 December of the year before (元旦 can start then), are accepted',
          path: ['years', '2027', 'offDays', 0],
          received: '2026-11-25',
        }),
      ],
    },
    {
      name: 'a make-up day on a Monday',
      data: { years: { '2027': { offDays: [], workDays: ['2027-01-04'] } } },
      issues: [
        issue({
          code: 'calendar_data_weekday_workday',
          message: '2027年1月4日是星期一，本就是工作日，调休上班日应为星期六或星期日',
          messageEn: '2027-01-04 is a Monday, already a working day: a make-up working day (调休上班) must be a Saturday or Sunday',
          path: ['years', '2027', 'workDays', 0],
          received: '2027-01-04',
        }),
      ],
    },
    {
      // Reported where the contradiction is found, in the order of the data, before a later bad entry.
      name: 'a day off and on in one table, then a malformed date',
      data: { years: { '2027': { offDays: ['2027-02-14'], workDays: ['2027-02-14', '2027-13-01'] } } },
      issues: [
        issue({
          code: 'calendar_data_conflict',
          message: '2027年2月14日同时被列为放假日和上班日',
          messageEn: '2027-02-14 is listed both as a rest day and as a working day',
          path: ['years', '2027', 'workDays', 0],
          received: '2027-02-14',
        }),
        issue({
          code: 'calendar_data_date',
          message: '节假日安排数据中的日期有误，应写作如“2024-03-01”',
          messageEn: 'Calendar data entry "2027-13-01" is not a real YYYY-MM-DD date',
          path: ['years', '2027', 'workDays', 1],
          expected: 'YYYY-MM-DD',
          received: '"2027-13-01"',
        }),
      ],
    },
    {
      // The path is that of the first file, in the order given, that names the day.
      name: 'a day off in one file and on in another, the first file naming neither',
      data: [
        { year: 2029, days: [] },
        { year: 2028, days: [{ date: '2027-12-25', isOffDay: false }] },
        { year: 2027, days: [{ date: '2027-12-25', isOffDay: true }] },
      ],
      issues: [
        issue({
          code: 'calendar_data_conflict',
          message: '2027年12月25日同时被列为放假日和上班日',
          messageEn: '2027-12-25 is listed both as a rest day and as a working day',
          path: [1, 'days', 0, 'date'],
          received: '2027-12-25',
        }),
      ],
    },
    {
      name: 'the same year twice',
      data: [HYPOTHETICAL_2027, HYPOTHETICAL_2027],
      issues: [
        issue({
          code: 'calendar_data_duplicate_year',
          message: '2027年的节假日安排重复给出',
          messageEn: 'The calendar data gives the year 2027 more than once',
          received: '2027',
        }),
      ],
    },
    {
      name: 'a gap of one year',
      data: { years: { '2028': { offDays: [], workDays: [] } } },
      issues: [
        issue({
          code: 'calendar_data_gap',
          message: '节假日安排的年份应连续，缺少2027年的放假通知',
          messageEn: "The calendar's coverage must be contiguous: the notice for 2027 is missing",
          received: '2027',
        }),
      ],
    },
    {
      name: 'a gap between files given out of order',
      data: [{ year: 2029, days: [] }, { year: 2027, days: [] }],
      issues: [
        issue({
          code: 'calendar_data_gap',
          message: '节假日安排的年份应连续，缺少2028年的放假通知',
          messageEn: "The calendar's coverage must be contiguous: the notice for 2028 is missing",
          received: '2028',
        }),
      ],
    },
    {
      name: 'nothing at all, base null',
      data: [],
      base: null,
      issues: [issue({ code: 'calendar_data_empty', message: '节假日安排数据中没有年份', messageEn: 'The calendar data has no year at all' })],
    },
    {
      name: 'a base not made by createWorkdayCalendar',
      data: HYPOTHETICAL_2027,
      base: { ...CHINA_MAINLAND_CALENDAR },
      issues: [
        issue({
          code: 'invalid_option',
          message: '“base”应为“createWorkdayCalendar”所建的日历',
          messageEn: 'base must be made by createWorkdayCalendar',
          path: ['base'],
          received: 'object',
        }),
      ],
    },
  ];
  it.each(exact)('gives exact issues: $name', ({ data, base, issues }) => {
    expect(svaErrorOf(() => createWorkdayCalendar(data as never, base as never)).issues).toEqual(issues);
  });

  it('lists every issue of the data at once', () => {
    const data = {
      years: {
        '2027': { offDays: ['2027-13-01', '2026-06-01'], workDays: ['2027-01-05'] },
        '2029': { offDays: [] },
      },
    };
    expect(codes(() => createWorkdayCalendar(data as never))).toEqual([
      'calendar_data_date',
      'calendar_data_wrong_year',
      'calendar_data_weekday_workday',
      'missing_field',
      'calendar_data_gap',
    ]);
  });

  it('accepts a date listed twice in the same list, and weekends inside a holiday', () => {
    const calendar = createWorkdayCalendar({ years: { '2027': { offDays: ['2027-01-01', '2027-01-01', '2027-01-02'], workDays: [] } } });
    expect(isWorkingDay('2027-01-01', calendar)).toBe(false);
  });

  it('returns a new frozen object each time, showing only its days and its brand, and never changes its input', () => {
    const input = deepFreeze(structuredClone(HYPOTHETICAL_2027));
    const before = JSON.stringify(input);
    const a = createWorkdayCalendar(input);
    const b = createWorkdayCalendar(input);
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.keys(a)).toEqual(['firstDay', 'lastDay']);
    expect(Reflect.ownKeys(a)).toEqual(['firstDay', 'lastDay', Symbol.for('sva-rules.calendar')]);
    expect(Object.getOwnPropertyDescriptor(a, Symbol.for('sva-rules.calendar'))).toMatchObject({ enumerable: false, writable: false, configurable: false });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('throws only SvaError on hostile values', () => {
    const isEmptyArray = (value: unknown) => {
      try {
        return Array.isArray(value) && value.length === 0;
      } catch {
        return false; // a revoked proxy
      }
    };
    for (const value of hostileValues()) {
      // [] is an empty list of holiday-cn files: nothing to add, the base comes back.
      if (isEmptyArray(value)) expect(createWorkdayCalendar(value as never)).toEqual(CHINA_MAINLAND_CALENDAR);
      else svaErrorOf(() => createWorkdayCalendar(value as never));
      svaErrorOf(() => createWorkdayCalendar({ years: { '2027': value } } as never));
      svaErrorOf(() => createWorkdayCalendar({ years: { '2027': { offDays: [value], workDays: [] } } } as never));
      // As base, undefined is the default and null is no base.
      if (value !== undefined && value !== null) svaErrorOf(() => createWorkdayCalendar(HYPOTHETICAL_2027, value as never));
    }
    const throwing = Object.defineProperty({}, 'years', { get: () => { throw new Error('getter'); }, enumerable: true });
    expect(svaErrorOf(() => createWorkdayCalendar(throwing as never)).code).toBe('invalid_input');
  });
});
