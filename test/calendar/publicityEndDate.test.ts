import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicityEndDay } from '../../src/calendar/publicityEndDate.js';
import { countWorkingDays, definePolicy, isWorkingDay, publicityEndDate, SvaError } from '../../src/index.js';
import { hostileValues, invalidDateIssue, svaErrorOf } from '../helpers/expect.js';
import { ALL_DAYS, nextDay, refCount } from './reference.js';

describe('publicityEndDate (三3(2) selection.publicity, 四2(5) results.publicity)', () => {
  const cases = [
    { name: 'a Monday start: Friday', start: '2024-03-11', expected: '2024-03-15' },
    { name: 'a start on the calendar\'s first day (Sunday 2023-01-01; Monday the 2nd is 元旦)', start: '2023-01-01', expected: '2023-01-09' },
    { name: 'a Tuesday start: next Monday', start: '2024-03-12', expected: '2024-03-18' },
    { name: 'a Saturday start counts from Monday', start: '2024-03-16', expected: '2024-03-22' },
    { name: 'a start on a holiday (National Day 2024), ending on a make-up Saturday', start: '2024-10-01', expected: '2024-10-12' },
    { name: 'a start on a make-up Sunday (2024-09-29), which counts', start: '2024-09-29', expected: '2024-10-10' },
    { name: 'a start on a make-up Saturday (2025-02-08)', start: '2025-02-08', expected: '2025-02-13' },
    // Across Spring Festival and National Day, every covered year.
    { name: 'across Spring Festival 2023', start: '2023-01-19', expected: '2023-01-30' },
    { name: 'across National Day 2023', start: '2023-09-27', expected: '2023-10-09' },
    { name: 'across Spring Festival 2024', start: '2024-02-07', expected: '2024-02-19' },
    { name: 'across National Day 2024', start: '2024-09-27', expected: '2024-10-09' },
    { name: 'across Spring Festival 2025', start: '2025-01-24', expected: '2025-02-06' },
    { name: 'across National Day 2025', start: '2025-09-26', expected: '2025-10-09' },
    { name: 'across Spring Festival 2026', start: '2026-02-12', expected: '2026-02-25' },
    { name: 'across National Day 2026', start: '2026-09-28', expected: '2026-10-09' },
  ];
  it.each(cases)('$name: $start → $expected', ({ start, expected }) => {
    expect(publicityEndDate(start)).toBe(expected);
    expect(publicityEndDate(start, { kind: 'results' })).toBe(expected);
    // The reading: [start, E] holds 5 working days, [start, E − 1] only 4.
    expect(refCount(start, expected)).toBe(5);
    expect(refCount(start, nextDay(expected, -1))).toBe(4);
  });

  it('is the earliest end: the count reaches n on E and not the day before, for any start and n', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_DAYS.slice(0, -60)), fc.integer({ min: 1, max: 20 }), (start, n) => {
        const end = publicityEndDate(start, { workingDays: n });
        expect(isWorkingDay(end)).toBe(true);
        expect(countWorkingDays(start, end)).toBe(n);
        expect(countWorkingDays(start, nextDay(end, -1))).toBe(n - 1);
      }),
      { numRuns: 500 },
    );
  });

  it('reads its number from the policy by kind', () => {
    const policy = definePolicy({ selectionPublicityWorkingDays: 7, resultsPublicityWorkingDays: 3 });
    expect(publicityEndDate('2024-03-11', { policy })).toBe('2024-03-19');
    expect(publicityEndDate('2024-03-11', { policy, kind: 'selection' })).toBe('2024-03-19');
    expect(publicityEndDate('2024-03-11', { policy, kind: 'results' })).toBe('2024-03-13');
    expect(publicityEndDate('2024-03-11', { policy, workingDays: 1 })).toBe('2024-03-11');
  });

  it('throws calendar_out_of_range when the end would fall after coverage, citing the kind', () => {
    expect(svaErrorOf(() => publicityEndDate('2026-12-28', { kind: 'results' })).issues).toEqual([
      {
        code: 'calendar_out_of_range',
        severity: 'error',
        clause: 'results.publicity',
        message: '日历未收录该年（已收录2023年至2026年）的节假日安排',
        messageEn: 'publicityEndDate (2026-12-28, 5) is outside the calendar (2023-01-01/2026-12-31)',
        path: ['start'],
        expected: '2023-01-01/2026-12-31',
        received: '(2026-12-28, 5)',
      },
    ]);
    expect(publicityEndDate('2026-12-25')).toBe('2026-12-31');
  });

  it('throws calendar_out_of_range for a start outside coverage', () => {
    expect(svaErrorOf(() => publicityEndDate('2027-01-04')).issues).toEqual([
      {
        code: 'calendar_out_of_range',
        severity: 'error',
        clause: 'selection.publicity',
        message: '日历未收录2027年（已收录2023年至2026年）的节假日安排',
        messageEn: 'start "2027-01-04" is outside the calendar (2023-01-01/2026-12-31)',
        path: ['start'],
        expected: '2023-01-01/2026-12-31',
        received: '"2027-01-04"',
      },
    ]);
  });

  const badOptions: { name: string; options: unknown; code: string; path: unknown[] }[] = [
    { name: 'workingDays 0', options: { workingDays: 0 }, code: 'invalid_option', path: ['workingDays'] },
    { name: 'workingDays 2.5', options: { workingDays: 2.5 }, code: 'invalid_option', path: ['workingDays'] },
    { name: 'kind unknown', options: { kind: 'award' }, code: 'invalid_option', path: ['kind'] },
    { name: 'policy not an object', options: { policy: 5 }, code: 'invalid_option', path: ['policy'] },
    { name: 'policy number 0', options: { policy: { selectionPublicityWorkingDays: 0 } }, code: 'invalid_option', path: ['policy', 'selectionPublicityWorkingDays'] },
    { name: 'options not an object', options: 'results', code: 'invalid_option', path: ['options'] },
  ];
  it.each(badOptions)('throws $code: $name', ({ options, code, path }) => {
    const error = svaErrorOf(() => publicityEndDate('2024-03-11', options as never));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.path).toEqual(path);
  });

  const option = (fields: Record<string, unknown>) => ({ code: 'invalid_option', severity: 'error', clause: 'selection.publicity', ...fields });
  const exactOptions: { name: string; options: unknown; issue: unknown }[] = [
    {
      name: 'kind unknown',
      options: { kind: 'award' },
      issue: option({
        message: "选项“kind”无效：应为“selection”或“results”",
        messageEn: "Option kind is invalid: must be 'selection' or 'results'",
        path: ['kind'],
        expected: "'selection' | 'results'",
        received: '"award"',
      }),
    },
    {
      name: 'workingDays 0',
      options: { workingDays: 0 },
      issue: option({
        message: '选项“workingDays”无效：应为不小于1的整数',
        messageEn: 'Option workingDays is invalid: must be a whole number, 1 or more',
        path: ['workingDays'],
        received: '0',
      }),
    },
    {
      name: 'policy not an object',
      options: { policy: 5 },
      issue: option({
        clause: 'policy.definition',
        message: '选项“policy”无效：应为“definePolicy”所建的政策',
        messageEn: 'Option policy is invalid: must be a Policy object',
        path: ['policy'],
        received: '5',
      }),
    },
    {
      name: 'policy number 0',
      options: { policy: { selectionPublicityWorkingDays: 0 } },
      issue: option({
        clause: 'policy.definition',
        message: '选项“policy.selectionPublicityWorkingDays”无效：应为不小于1的整数',
        messageEn: 'Option policy.selectionPublicityWorkingDays is invalid: must be a whole number ≥ 1',
        path: ['policy', 'selectionPublicityWorkingDays'],
        received: '0',
      }),
    },
    {
      name: 'options not an object',
      options: 'results',
      issue: option({ message: '选项“options”无效：应为对象', messageEn: 'Option options is invalid: must be an object', path: ['options'], received: '"results"' }),
    },
  ];
  it.each(exactOptions)('gives the exact invalid_option issue: $name', ({ options, issue }) => {
    expect(svaErrorOf(() => publicityEndDate('2024-03-11', options as never)).issues).toEqual([issue]);
  });

  it('gives the exact issue of a start that is not a real date', () => {
    expect(svaErrorOf(() => publicityEndDate('2024-02-30')).issues).toEqual([invalidDateIssue('selection.publicity', 'start', '"2024-02-30"', '公示开始日期')]);
  });

  it('answers options that cannot be read with invalid_input, citing selection.publicity', () => {
    const unreadable = Object.defineProperty({}, 'kind', { get: () => { throw new Error('getter'); }, enumerable: true });
    expect(svaErrorOf(() => publicityEndDate('2024-03-11', unreadable as never)).issues).toEqual([
      { code: 'invalid_input', severity: 'error', clause: 'selection.publicity', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' },
    ]);
  });

  it('accepts workingDays 1, the smallest count', () => {
    expect(publicityEndDate('2024-03-16', { workingDays: 1 })).toBe('2024-03-18');
  });

  it('throws only SvaError on hostile values', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => publicityEndDate(value as string));
      // As options, some hostile values ({}, an empty object without a prototype) are fine.
      let thrown: unknown;
      try {
        publicityEndDate('2024-03-11', value as never);
      } catch (error) {
        thrown = error;
      }
      if (thrown !== undefined) expect(thrown).toBeInstanceOf(SvaError);
    }
  });
});

describe('publicityEndDay (the day-number twin the other areas call)', () => {
  const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const days = ['2022-12-31', ...ALL_DAYS, '2027-01-01'];

  it('gives publicityEndDate\'s answer, and its exact issues placed at the path given (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...days), fc.constantFrom('selection', 'results'), fc.integer({ min: 1, max: 30 }), (start, kind, workingDays) => {
        const options = { kind, workingDays } as const;
        let expected: number | SvaError;
        try {
          expected = dayOf(publicityEndDate(start, options));
        } catch (error) {
          expected = error as SvaError;
        }
        if (typeof expected === 'number') {
          expect(publicityEndDay(dayOf(start), options, ['period', 'start'])).toBe(expected);
        } else {
          const placed = expected.issues.map((i) => ({ ...i, path: ['period', 'start'] }));
          expect(svaErrorOf(() => publicityEndDay(dayOf(start), options, ['period', 'start'])).issues).toEqual(placed);
        }
      }),
    );
  });

  it('places an uncovered start at [\'start\'] when no path is given', () => {
    expect(svaErrorOf(() => publicityEndDay(dayOf('2027-01-04'), undefined)).issues.map((i) => [i.code, i.path])).toEqual([['calendar_out_of_range', ['start']]]);
  });

  it('places a bad option at the option\'s own path, not at the caller\'s field', () => {
    const error = svaErrorOf(() => publicityEndDay(dayOf('2024-03-11'), { workingDays: 0 }, ['period', 'start']));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['invalid_option', ['workingDays']]]);
  });
});
