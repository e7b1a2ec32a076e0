import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy, isEvaluationOverdue, nextEvaluationDueDate } from '../../src/index.js';
import { dayNumberOf, dayNumberOrUndefined, isoOfDayNumber } from '../../src/core/dates.js';
import { hostileValues, invalidDateIssue, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

describe('isEvaluationOverdue (六(四), supervision.evaluation)', () => {
  const cases: { name: string; last: string | Date; asOf: string | Date; expected: boolean }[] = [
    { name: 'the day before the due date', last: '2023-06-15', asOf: '2026-06-14', expected: false },
    { name: 'on the due date: on time', last: '2023-06-15', asOf: '2026-06-15', expected: false },
    { name: 'the day after the due date: overdue', last: '2023-06-15', asOf: '2026-06-16', expected: true },
    { name: 'on the day of the last evaluation', last: '2023-06-15', asOf: '2023-06-15', expected: false },
    { name: 'last 29 Feb 2024: 27 Feb 2027', last: '2024-02-29', asOf: '2027-02-27', expected: false },
    { name: 'last 29 Feb 2024: 28 Feb 2027 (the due date)', last: '2024-02-29', asOf: '2027-02-28', expected: false },
    { name: 'last 29 Feb 2024: 1 Mar 2027', last: '2024-02-29', asOf: '2027-03-01', expected: true },
    { name: 'Dates: 00:00 the day after, China time', last: new Date('2023-06-14T16:00:00Z'), asOf: new Date('2026-06-15T16:00:00Z'), expected: true },
    { name: 'Dates: 23:59 on the due date, China time', last: new Date('2023-06-14T16:00:00Z'), asOf: new Date('2026-06-15T15:59:59Z'), expected: false },
  ];
  it.each(cases)('$name', ({ last, asOf, expected }) => {
    expect(isEvaluationOverdue(last, asOf)).toBe(expected);
  });

  it('reads the interval from the policy', () => {
    const policy = definePolicy({ evaluationIntervalYears: 2 });
    expect(isEvaluationOverdue('2023-06-15', '2025-06-15', { policy })).toBe(false);
    expect(isEvaluationOverdue('2023-06-15', '2025-06-16', { policy })).toBe(true);
  });

  it('refuses an asOf before the last evaluation', () => {
    const error = svaErrorOf(() => isEvaluationOverdue('2023-06-15', '2023-06-14'));
    expect(error.issues).toEqual([
      expect.objectContaining({ code: 'evaluation_as_of_before_last', path: ['asOf'], expected: '2023-06-15', received: '2023-06-14' }),
    ]);
  });

  it('throws SvaError with every bad date', () => {
    const error = svaErrorOf(() => isEvaluationOverdue('2023-02-29', new Date(NaN)));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_date', ['lastEvaluatedOn']],
      ['invalid_date', ['asOf']],
    ]);
  });

  it('throws the exact issue of the one bad date when the other is good', () => {
    const invalid = (name: string, received: string) => invalidDateIssue('supervision.evaluation', name, received, name === 'asOf' ? '核查日期' : '上次评估日期');
    expect(svaErrorOf(() => isEvaluationOverdue('2023-06-15', '2026-06-31')).issues).toEqual([invalid('asOf', '"2026-06-31"')]);
    expect(svaErrorOf(() => isEvaluationOverdue('2023-06-31', '2026-06-15')).issues).toEqual([invalid('lastEvaluatedOn', '"2023-06-31"')]);
  });

  it('throws the exact issue of an asOf before the last evaluation', () => {
    expect(svaErrorOf(() => isEvaluationOverdue('2023-06-15', '2023-06-14')).issues).toEqual([
      {
        code: 'evaluation_as_of_before_last',
        severity: 'error',
        clause: 'supervision.evaluation',
        message: '核查日期2023年6月14日早于上次评估日期2023年6月15日',
        messageEn: 'The as-of date 2023-06-14 is before the last evaluation on 2023-06-15',
        path: ['asOf'],
        expected: '2023-06-15',
        received: '2023-06-14',
      },
    ]);
  });

  it('is true exactly after nextEvaluationDueDate', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(2000, 1, 1), max: dayNumberOf(2100, 12, 31) }), fc.integer({ min: 0, max: 3000 }), (n, wait) => {
        const last = isoOfDayNumber(n);
        const due = dayNumberOrUndefined(nextEvaluationDueDate(last)) as number;
        expect(isEvaluationOverdue(last, isoOfDayNumber(n + wait))).toBe(n + wait > due);
      }),
    );
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => isEvaluationOverdue(value as never, '2026-01-01'));
      svaErrorOf(() => isEvaluationOverdue('2023-06-15', value as never));
      onlySvaError(() => isEvaluationOverdue('2023-06-15', '2026-01-01', value as never));
    }
  });
});
