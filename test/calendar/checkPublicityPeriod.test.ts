import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicityPeriodDayIssues } from '../../src/calendar/checkPublicityPeriod.js';
import { checkPublicityPeriod, createWorkdayCalendar, definePolicy } from '../../src/index.js';
import { codesOf, hostileValues, invalidDateIssue } from '../helpers/expect.js';
import { ALL_DAYS, refCount } from './reference.js';

describe('checkPublicityPeriod (三3(2) selection.publicity, 四2(5) results.publicity)', () => {
  const cases: { name: string; period: Record<string, unknown>; codes: string[] }[] = [
    { name: 'Monday to Friday: exactly the 5th working day', period: { kind: 'selection', start: '2024-03-11', end: '2024-03-15' }, codes: [] },
    { name: 'Monday to Thursday: 4 working days', period: { kind: 'selection', start: '2024-03-11', end: '2024-03-14' }, codes: ['publicity_too_short'] },
    { name: 'Monday to Saturday: 5 working days and a rest day', period: { kind: 'results', start: '2024-03-11', end: '2024-03-16' }, codes: [] },
    { name: 'Monday to next Monday: 6', period: { kind: 'results', start: '2024-03-11', end: '2024-03-18' }, codes: [] },
    { name: 'seven calendar days over National Day: 2 working days', period: { kind: 'results', start: '2024-09-30', end: '2024-10-08' }, codes: ['publicity_too_short'] },
    { name: 'over National Day, to the 5th working day', period: { kind: 'results', start: '2024-09-30', end: '2024-10-11' }, codes: [] },
    { name: 'starting on a holiday, ending on the make-up Saturday (5th)', period: { kind: 'selection', start: '2024-10-01', end: '2024-10-12' }, codes: [] },
    { name: 'starting on a holiday, ending the day before the 5th', period: { kind: 'selection', start: '2024-10-01', end: '2024-10-11' }, codes: ['publicity_too_short'] },
    { name: 'starting on a make-up Sunday, which counts', period: { kind: 'selection', start: '2024-09-29', end: '2024-10-10' }, codes: [] },
    { name: 'starting on a make-up Sunday, one day short', period: { kind: 'selection', start: '2024-09-29', end: '2024-10-09' }, codes: ['publicity_too_short'] },
    { name: 'one day: start = end', period: { kind: 'selection', start: '2024-03-11', end: '2024-03-11' }, codes: ['publicity_too_short'] },
    { name: 'end before start', period: { kind: 'selection', start: '2024-03-15', end: '2024-03-11' }, codes: ['publicity_end_before_start'] },
    { name: 'start not a date', period: { kind: 'selection', start: '2024-02-30', end: '2024-03-11' }, codes: ['invalid_date'] },
    { name: 'both dates invalid', period: { kind: 'results', start: '2024/03/11', end: new Date(NaN) }, codes: ['invalid_date', 'invalid_date'] },
    { name: 'start missing', period: { kind: 'selection', end: '2024-03-11' }, codes: ['missing_field'] },
    { name: 'everything missing', period: {}, codes: ['missing_field', 'missing_field', 'missing_field'] },
    { name: 'end outside coverage', period: { kind: 'selection', start: '2026-12-28', end: '2027-01-04' }, codes: ['calendar_out_of_range'] },
    { name: 'both outside coverage, the covered years decide it', period: { kind: 'selection', start: '2022-12-26', end: '2027-01-04' }, codes: [] },
    // Past the calendar's end (31 December 2026, a Thursday): answered when the covered days decide it.
    { name: 'into 2027: 9 working days in 2026 already', period: { kind: 'results', start: '2026-12-21', end: '2027-01-08' }, codes: [] },
    { name: 'into 2027: exactly 5 working days in 2026 (from Friday 25 December)', period: { kind: 'results', start: '2026-12-25', end: '2027-01-05' }, codes: [] },
    { name: 'into 2027: 4 working days in 2026, the rest depends on 2027', period: { kind: 'results', start: '2026-12-28', end: '2027-01-05' }, codes: ['calendar_out_of_range'] },
    { name: 'wholly in 2027', period: { kind: 'results', start: '2027-01-04', end: '2027-01-29' }, codes: ['calendar_out_of_range', 'calendar_out_of_range'] },
    // Too short whatever the uncovered days are: the covered working days plus every uncovered day stay below 5.
    { name: 'to the last covered day: 4 working days (Monday 28 to Thursday 31 December)', period: { kind: 'results', start: '2026-12-28', end: '2026-12-31' }, codes: ['publicity_too_short'] },
    { name: 'to the last covered day: 5 working days (Friday 25 to Thursday 31 December)', period: { kind: 'results', start: '2026-12-25', end: '2026-12-31' }, codes: [] },
    { name: 'into 2027: 1 covered working day and 2 uncovered days, at most 3', period: { kind: 'results', start: '2026-12-31', end: '2027-01-02' }, codes: ['publicity_too_short'] },
    { name: 'into 2027: 1 covered working day and 3 uncovered days, at most 4', period: { kind: 'results', start: '2026-12-31', end: '2027-01-03' }, codes: ['publicity_too_short'] },
    { name: 'into 2027: 1 covered working day and 4 uncovered days, at most 5: depends on 2027', period: { kind: 'results', start: '2026-12-31', end: '2027-01-04' }, codes: ['calendar_out_of_range'] },
    { name: 'from the first uncovered day: 4 uncovered days, at most 4', period: { kind: 'selection', start: '2027-01-01', end: '2027-01-04' }, codes: ['publicity_too_short'] },
    { name: 'from the first uncovered day: 5 uncovered days, at most 5: depends on 2027', period: { kind: 'selection', start: '2027-01-01', end: '2027-01-05' }, codes: ['calendar_out_of_range', 'calendar_out_of_range'] },
    { name: 'the first uncovered day alone', period: { kind: 'selection', start: '2027-01-01', end: '2027-01-01' }, codes: ['publicity_too_short'] },
    { name: 'from 2022: 2 uncovered days and 2 working days in 2023, at most 4', period: { kind: 'selection', start: '2022-12-30', end: '2023-01-04' }, codes: ['publicity_too_short'] },
    { name: 'from 2022: 3 uncovered days and 2 working days in 2023, at most 5: depends on 2022', period: { kind: 'selection', start: '2022-12-29', end: '2023-01-04' }, codes: ['calendar_out_of_range'] },
    // Before the calendar's first day (1 January 2023; 2 January 2023 is a holiday).
    { name: 'from 2022: 5 working days in 2023 (3 to 9 January)', period: { kind: 'selection', start: '2022-12-26', end: '2023-01-09' }, codes: [] },
    { name: 'from 2022: 4 working days in 2023, the rest depends on 2022', period: { kind: 'selection', start: '2022-12-26', end: '2023-01-06' }, codes: ['calendar_out_of_range'] },
    { name: 'end before start, both past the calendar', period: { kind: 'results', start: '2027-01-08', end: '2027-01-04' }, codes: ['publicity_end_before_start'] },
    { name: 'kind missing', period: { start: '2024-03-11', end: '2024-03-15' }, codes: ['missing_field'] },
    { name: 'kind unknown, and an invalid end', period: { kind: 'exam', start: '2024-03-11', end: '2024-03-32' }, codes: ['invalid_input', 'invalid_date'] },
  ];
  it.each(cases)('$name → $codes', ({ period, codes }) => {
    const result = checkPublicityPeriod(period as never);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    const clause = period.kind === 'results' ? 'results.publicity' : 'selection.publicity';
    for (const issue of result.issues) expect(issue.clause).toBe(clause);
  });

  it('gives the count, the number asked for and the earliest end', () => {
    expect(checkPublicityPeriod({ kind: 'results', start: '2024-09-30', end: '2024-10-08' }).issues).toEqual([
      {
        code: 'publicity_too_short',
        severity: 'error',
        clause: 'results.publicity',
        message: '公示期应不少于5个工作日，2024年9月30日至2024年10月8日实为2个工作日，最早可于2024年10月11日结束',
        messageEn: 'The publicity must last at least 5 working days; 2024-09-30 to 2024-10-08 has 2 (it may end on 2024-10-11 at the earliest)',
        path: ['end'],
        expected: 5,
        received: 2,
      },
    ]);
  });

  it('leaves the earliest end out when it lies past coverage', () => {
    expect(checkPublicityPeriod({ kind: 'results', start: '2026-12-28', end: '2026-12-30' }).issues).toEqual([
      {
        code: 'publicity_too_short',
        severity: 'error',
        clause: 'results.publicity',
        message: '公示期应不少于5个工作日，2026年12月28日至2026年12月30日实为3个工作日',
        messageEn: 'The publicity must last at least 5 working days; 2026-12-28 to 2026-12-30 has 3',
        path: ['end'],
        expected: 5,
        received: 3,
      },
    ]);
  });

  const selection = (fields: Record<string, unknown>) => ({ severity: 'error', clause: 'selection.publicity', ...fields });
  // The issue of a kind other than selection or results.
  const kindUnknown = selection({
    code: 'invalid_input',
    message: "输入有误：公示事项应为“selection”或“results”",
    messageEn: "Invalid input: kind must be 'selection' or 'results'",
    path: ['kind'],
    expected: "'selection' | 'results'",
    received: '"exam"',
  });
  const exact: { name: string; period: unknown; options?: unknown; issues: unknown[] }[] = [
    {
      name: 'period not an object',
      period: null,
      issues: [selection({ code: 'invalid_input', message: '输入有误：“period”应为对象', messageEn: 'Invalid input: period must be an object', path: ['period'] })],
    },
    {
      name: 'kind missing',
      period: { start: '2024-03-11', end: '2024-03-15' },
      issues: [selection({ code: 'missing_field', message: '未填写公示事项', messageEn: 'kind is missing', path: ['kind'] })],
    },
    {
      name: 'kind unknown',
      period: { kind: 'exam', start: '2024-03-11', end: '2024-03-15' },
      issues: [
        kindUnknown,
      ],
    },
    {
      name: 'start missing',
      period: { kind: 'selection', end: '2024-03-15' },
      issues: [selection({ code: 'missing_field', message: '未填写公示开始日期', messageEn: 'start is missing', path: ['start'] })],
    },
    {
      name: 'start not a real date',
      period: { kind: 'selection', start: '2024-02-30', end: '2024-03-15' },
      issues: [invalidDateIssue('selection.publicity', 'start', '"2024-02-30"', '公示开始日期')],
    },
    {
      name: 'kind unknown: the policy\'s numbers are not read, and the dates only checked as dates',
      period: { kind: 'exam', start: '2027-01-04', end: '2027-01-29' },
      options: { policy: { selectionPublicityWorkingDays: '5', resultsPublicityWorkingDays: '5' } },
      issues: [
        kindUnknown,
      ],
    },
    {
      name: 'options null',
      period: { kind: 'selection', start: '2024-03-11', end: '2024-03-15' },
      options: null,
      issues: [
        selection({
          code: 'invalid_option',
          message: '选项“options”无效：应为对象',
          messageEn: 'Option options is invalid: must be an object',
          path: ['options'],
          received: 'null',
        }),
      ],
    },
    {
      name: 'end missing',
      period: { kind: 'selection', start: '2024-03-11' },
      issues: [selection({ code: 'missing_field', message: '未填写公示结束日期', messageEn: 'end is missing', path: ['end'] })],
    },
    {
      name: 'end before start',
      period: { kind: 'selection', start: '2024-03-15', end: '2024-03-11' },
      issues: [
        selection({
          code: 'publicity_end_before_start',
          message: '公示结束日期2024年3月11日早于开始日期2024年3月15日',
          messageEn: 'The publicity ends (2024-03-11) before it starts (2024-03-15)',
          path: ['end'],
        }),
      ],
    },
    {
      name: 'end outside coverage',
      period: { kind: 'selection', start: '2026-12-28', end: '2027-01-04' },
      issues: [
        selection({
          code: 'calendar_out_of_range',
          message: '日历未收录2027年（已收录2023年至2026年）的节假日安排',
          messageEn: 'end "2027-01-04" is outside the calendar (2023-01-01/2026-12-31)',
          path: ['end'],
          expected: '2023-01-01/2026-12-31',
          received: '"2027-01-04"',
        }),
      ],
    },
  ];
  it.each(exact)('gives exact issues: $name', ({ period, options, issues }) => {
    expect(checkPublicityPeriod(period as never, options as never)).toEqual({ ok: false, issues });
  });

  it('agrees with the reading on random periods: ok exactly when [start, end] holds 5 working days or more', () => {
    const day = fc.constantFrom(...ALL_DAYS);
    fc.assert(
      fc.property(day, day, fc.constantFrom('selection', 'results'), (start, end, kind) => {
        const result = checkPublicityPeriod({ kind: kind as 'selection' | 'results', start, end });
        expect(result.ok).toBe(start <= end && refCount(start, end) >= 5);
      }),
      { numRuns: 500 },
    );
  });

  it('says "at most" when the window is too short even with every uncovered day a working day', () => {
    expect(checkPublicityPeriod({ kind: 'results', start: '2026-12-31', end: '2027-01-02' }).issues).toEqual([
      {
        code: 'publicity_too_short',
        severity: 'error',
        clause: 'results.publicity',
        message: '公示期应不少于5个工作日，至多为3个',
        messageEn: 'The publicity must last at least 5 working days; 2026-12-31 to 2027-01-02 has at most 3',
        path: ['end'],
        expected: 5,
        received: 3,
      },
    ]);
  });

  it('reports the uncovered start of a window the covered days cannot decide, as given', () => {
    expect(checkPublicityPeriod({ kind: 'selection', start: new Date('2022-12-25T16:00:00Z'), end: '2023-01-06' }).issues).toEqual([
      selection({
        code: 'calendar_out_of_range',
        message: '日历未收录该年（已收录2023年至2026年）的节假日安排',
        messageEn: 'start Date(1671984000000) is outside the calendar (2023-01-01/2026-12-31)',
        path: ['start'],
        expected: '2023-01-01/2026-12-31',
        received: 'Date(1671984000000)',
      }),
    ]);
  });

  it('answers a window past the calendar as a longer calendar does, whatever the uncovered years bring (property)', () => {
    const weekdays = (year: number, weekend: boolean) =>
      Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(year, 0, 1 + i)))
        .filter((d) => (d.getUTCDay() % 6 === 0) === weekend)
        .map((d) => d.toISOString().slice(0, 10));
    const lateDec2022 = ['2022-12-26', '2022-12-27', '2022-12-28', '2022-12-29', '2022-12-30'];
    fc.assert(
      fc.property(
        fc.subarray(weekdays(2027, false)),
        fc.subarray(weekdays(2027, true)),
        fc.subarray(lateDec2022),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -2, max: 40 }),
        fc.constantFrom('selection', 'results'),
        (off2027, on2027, off2022, startShift, length, kind) => {
          const longer = createWorkdayCalendar({
            years: { '2027': { offDays: off2027, workDays: on2027 }, '2022': { offDays: off2022, workDays: [] } },
          });
          // Around the end of 2026, or around the start of 2023.
          const anchor = startShift < 0 ? Date.UTC(2026, 11, 31) : Date.UTC(2022, 11, 31);
          const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
          const start = iso(anchor + startShift * 86_400_000);
          const end = iso(anchor + (startShift + length) * 86_400_000);
          const period = { kind: kind as 'selection' | 'results', start, end };
          const short = checkPublicityPeriod(period);
          if (short.issues.some((i) => i.code === 'calendar_out_of_range')) return;
          const long = checkPublicityPeriod(period, { calendar: longer });
          // A decided answer (long enough, too short, end before start) is the longer calendar's.
          expect(long.ok).toBe(short.ok);
          expect(codesOf(long)).toEqual(codesOf(short));
          if (!short.ok && start <= end) expect(long.issues[0]?.received).toBeLessThanOrEqual(short.issues[0]?.received as number);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads the number from the policy by kind', () => {
    const policy = definePolicy({ selectionPublicityWorkingDays: 7, resultsPublicityWorkingDays: 3 });
    const week = { start: '2024-03-11', end: '2024-03-15' };
    expect(checkPublicityPeriod({ kind: 'selection', ...week }, { policy }).ok).toBe(false);
    expect(checkPublicityPeriod({ kind: 'results', ...week }, { policy }).ok).toBe(true);
  });

  it('uses the calendar given', () => {
    // A calendar where the 2024 notice is replaced by an empty one: 1 to 7 October 2024 are ordinary days.
    const calendar = createWorkdayCalendar({ years: { '2024': { offDays: [], workDays: [] } } });
    expect(checkPublicityPeriod({ kind: 'results', start: '2024-09-30', end: '2024-10-04' }, { calendar }).ok).toBe(true);
    expect(checkPublicityPeriod({ kind: 'results', start: '2024-09-30', end: '2024-10-04' }).ok).toBe(false);
  });

  it('reports bad options as issues', () => {
    const period = { kind: 'selection', start: '2024-03-11', end: '2024-03-15' } as const;
    expect(codesOf(checkPublicityPeriod(period, { calendar: {} as never }))).toEqual(['invalid_option']);
    expect(codesOf(checkPublicityPeriod(period, { policy: { selectionPublicityWorkingDays: '5' } as never }))).toEqual(['invalid_option']);
    expect(codesOf(checkPublicityPeriod(period, 'strict' as never))).toEqual(['invalid_option']);
  });

  it('never throws, whatever it is given', () => {
    for (const value of hostileValues()) {
      expect(checkPublicityPeriod(value as never).ok).toBe(false);
      checkPublicityPeriod({ kind: 'selection', start: value, end: value } as never);
      checkPublicityPeriod({ kind: 'selection', start: '2024-03-11', end: '2024-03-15' }, value as never);
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (period, options) => {
        expect(typeof checkPublicityPeriod(period as never, options as never).ok).toBe('boolean');
      }),
    );
  });
});

describe('publicityPeriodDayIssues (the day-number twin the other areas call)', () => {
  const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const days = ['2022-12-31', ...ALL_DAYS, '2027-01-01'];
  const under = (prefix: readonly (string | number)[], issues: readonly { path?: readonly (string | number)[] }[]) =>
    issues.map((i) => ({ ...i, path: [...prefix, ...(i.path ?? [])] }));

  it('gives checkPublicityPeriod\'s issues, placed under the prefix given (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...days), fc.integer({ min: -3, max: 20 }), fc.constantFrom('selection', 'results'), (start, length, kind) => {
        const end = new Date((dayOf(start) + length) * 86_400_000).toISOString().slice(0, 10);
        const expected = under(['resultsPublicity'], checkPublicityPeriod({ kind, start, end }).issues);
        expect(publicityPeriodDayIssues(kind, dayOf(start), dayOf(end), undefined, ['resultsPublicity'])).toEqual(expected);
      }),
    );
  });

  it('gives the issues at checkPublicityPeriod\'s own paths when no prefix is given', () => {
    expect(publicityPeriodDayIssues('selection', dayOf('2024-03-11'), dayOf('2024-03-14'), undefined).map((i) => [i.code, i.path, i.received])).toEqual([
      ['publicity_too_short', ['end'], 4],
    ]);
  });

  it('names an uncovered start by its day, as an IsoDate', () => {
    // 2022-12-31 is not covered; 3 to 6 January 2023 hold 4 working days: the answer depends on it.
    expect(publicityPeriodDayIssues('selection', dayOf('2022-12-31'), dayOf('2023-01-06'), undefined, ['publicity'])).toEqual([
      {
        code: 'calendar_out_of_range',
        severity: 'error',
        clause: 'selection.publicity',
        message: '日历未收录2022年（已收录2023年至2026年）的节假日安排',
        messageEn: 'start "2022-12-31" is outside the calendar (2023-01-01/2026-12-31)',
        path: ['publicity', 'start'],
        expected: '2023-01-01/2026-12-31',
        received: '"2022-12-31"',
      },
    ]);
  });

  it('returns a bad option as an issue at the option\'s own path, and never throws', () => {
    const issues = publicityPeriodDayIssues('results', dayOf('2024-03-11'), dayOf('2024-03-15'), { calendar: 1 }, ['resultsPublicity']);
    expect(issues.map((i) => [i.code, i.clause, i.path])).toEqual([['invalid_option', 'results.publicity', ['calendar']]]);
  });
});
