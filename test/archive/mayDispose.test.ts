import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayDispose, retentionEndDate } from '../../src/index.js';
import type { ArchiveMedium } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { dayNumberOf, dayNumberOrUndefined, isoOfDayNumber } from '../../src/core/dates.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

describe('mayDispose (四2(7), archive.retention)', () => {
  const cases: { name: string; medium: ArchiveMedium; closedOn: string; on: string | Date; expected: boolean }[] = [
    { name: 'paper, the day before the last day', medium: 'paper', closedOn: '2024-03-18', on: '2027-03-17', expected: false },
    { name: 'paper, on the last day of retention', medium: 'paper', closedOn: '2024-03-18', on: '2027-03-18', expected: false },
    { name: 'paper, the day after the last day', medium: 'paper', closedOn: '2024-03-18', on: '2027-03-19', expected: true },
    { name: 'electronic, the day before the last day', medium: 'electronic', closedOn: '2024-03-18', on: '2029-03-17', expected: false },
    { name: 'electronic, on the last day of retention', medium: 'electronic', closedOn: '2024-03-18', on: '2029-03-18', expected: false },
    { name: 'electronic, the day after the last day', medium: 'electronic', closedOn: '2024-03-18', on: '2029-03-19', expected: true },
    { name: 'paper closed 29 Feb: 27 Feb 2027', medium: 'paper', closedOn: '2024-02-29', on: '2027-02-27', expected: false },
    { name: 'paper closed 29 Feb: 28 Feb 2027, the last day', medium: 'paper', closedOn: '2024-02-29', on: '2027-02-28', expected: false },
    { name: 'paper closed 29 Feb: 1 Mar 2027, the day after', medium: 'paper', closedOn: '2024-02-29', on: '2027-03-01', expected: true },
    { name: 'electronic closed 29 Feb: 27 Feb 2029', medium: 'electronic', closedOn: '2024-02-29', on: '2029-02-27', expected: false },
    { name: 'electronic closed 29 Feb: 28 Feb 2029, the last day', medium: 'electronic', closedOn: '2024-02-29', on: '2029-02-28', expected: false },
    { name: 'electronic closed 29 Feb: 1 Mar 2029, the day after', medium: 'electronic', closedOn: '2024-02-29', on: '2029-03-01', expected: true },
    { name: 'paper closed 28 Feb 2025: 28 Feb 2028 is the last day', medium: 'paper', closedOn: '2025-02-28', on: '2028-02-28', expected: false },
    { name: 'paper closed 28 Feb 2025: 29 Feb 2028, the day after', medium: 'paper', closedOn: '2025-02-28', on: '2028-02-29', expected: true },
    { name: 'electronic, when paper could go (3 years and a day)', medium: 'electronic', closedOn: '2024-02-29', on: '2027-03-01', expected: false },
    { name: 'on the day it was closed', medium: 'paper', closedOn: '2024-03-18', on: '2024-03-18', expected: false },
    { name: 'before it was closed', medium: 'paper', closedOn: '2024-03-18', on: '2020-01-01', expected: false },
    { name: 'a Date: 00:00 the day after the last day in China', medium: 'paper', closedOn: '2024-03-18', on: new Date('2027-03-18T16:00:00Z'), expected: true },
    { name: 'a Date: 23:59 on the last day in China', medium: 'paper', closedOn: '2024-03-18', on: new Date('2027-03-18T15:59:59Z'), expected: false },
  ];
  it.each(cases)('$name', ({ medium, closedOn, on, expected }) => {
    expect(mayDispose(deepFreeze({ medium, closedOn }), on)).toBe(expected);
  });

  it('is true exactly from the day after retentionEndDate on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf(2000, 1, 1), max: dayNumberOf(2100, 12, 31) }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.constantFrom<ArchiveMedium>('paper', 'electronic'),
        (closed, offset, medium) => {
          const record = { medium, closedOn: isoOfDayNumber(closed) };
          const end = dayNumberOrUndefined(retentionEndDate(record)) as number;
          expect(mayDispose(record, isoOfDayNumber(end + offset))).toBe(offset > 0);
        },
      ),
    );
  });

  it('throws SvaError with every issue on bad input', () => {
    const error = svaErrorOf(() => mayDispose({ medium: 'tape' as never, closedOn: '2024-02-30' }, '2024-1-1'));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['archive_medium_unknown', ['medium']],
      ['invalid_date', ['closedOn']],
      ['invalid_date', ['on']],
    ]);
    expect(svaErrorOf(() => mayDispose({ medium: 'paper', closedOn: '2024-01-01' }, new Date(NaN))).code).toBe('invalid_date');
  });

  it('throws the exact issue of a bad day of disposal', () => {
    expect(svaErrorOf(() => mayDispose({ medium: 'paper', closedOn: '2024-01-01' }, '2027-02-29')).issues).toEqual([
      {
        code: 'invalid_date',
        severity: 'error',
        clause: 'archive.retention',
        message: '核查日期不是真实的日期',
        messageEn: 'on is not a real date (YYYY-MM-DD)',
        path: ['on'],
        expected: 'YYYY-MM-DD',
        received: '"2027-02-29"',
      },
    ]);
  });

  it('throws the issues of a bad record alone when the day is good', () => {
    const error = svaErrorOf(() => mayDispose({ medium: 'paper', closedOn: '2024-1-1' }, '2030-01-01'));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['invalid_date', ['closedOn']]]);
  });

  it('reads a record whose getter throws as unreadable input, whatever the getter throws', () => {
    const unreadable = [
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'archive.retention',
        message: '输入有误：读取输入时出错',
        messageEn: 'Invalid input: the input could not be read',
      },
    ];
    // A thrown value that merely carries an `issues` list is not an SvaError: its issues are not trusted.
    for (const thrown of [new Error('getter'), { issues: [] }, { issues: ['not an issue'] }]) {
      const record = { get medium(): never { throw thrown; }, closedOn: '2024-01-01' };
      expect(svaErrorOf(() => mayDispose(record, '2030-01-01')).issues).toEqual(unreadable);
    }
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => mayDispose(value as never, '2030-01-01'));
      svaErrorOf(() => mayDispose({ medium: 'paper', closedOn: '2024-01-01' }, value as never));
      onlySvaError(() => mayDispose({ medium: 'paper', closedOn: '2024-01-01' }, '2030-01-01', value as never));
      onlySvaError(() => mayDispose({ medium: 'paper', closedOn: '2024-01-01' }, '2030-01-01', { policy: value } as never));
    }
  });
});
