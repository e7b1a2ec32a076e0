import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy, retentionEndDate } from '../../src/index.js';
import type { ArchiveMedium } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { dayNumberOf, isoOfDayNumber } from '../../src/core/dates.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

describe('retentionEndDate (四2(7), archive.retention)', () => {
  const cases: { name: string; medium: ArchiveMedium; closedOn: string | Date; expected: string }[] = [
    { name: 'paper: 3 years', medium: 'paper', closedOn: '2024-03-18', expected: '2027-03-18' },
    { name: 'electronic: 5 years', medium: 'electronic', closedOn: '2024-03-18', expected: '2029-03-18' },
    { name: 'paper closed 29 Feb 2024 ends 28 Feb 2027', medium: 'paper', closedOn: '2024-02-29', expected: '2027-02-28' },
    { name: 'electronic closed 29 Feb 2024 ends 28 Feb 2029', medium: 'electronic', closedOn: '2024-02-29', expected: '2029-02-28' },
    { name: 'paper closed 28 Feb 2024', medium: 'paper', closedOn: '2024-02-28', expected: '2027-02-28' },
    { name: 'paper closed 1 Mar 2024', medium: 'paper', closedOn: '2024-03-01', expected: '2027-03-01' },
    { name: 'electronic closed 29 Feb 2020 ends 28 Feb 2025', medium: 'electronic', closedOn: '2020-02-29', expected: '2025-02-28' },
    { name: 'paper closed 29 Feb 2028 ends 28 Feb 2031', medium: 'paper', closedOn: '2028-02-29', expected: '2031-02-28' },
    { name: 'electronic closed 29 Feb 2096 ends 28 Feb 2101', medium: 'electronic', closedOn: '2096-02-29', expected: '2101-02-28' },
    { name: 'paper closed 31 December', medium: 'paper', closedOn: '2023-12-31', expected: '2026-12-31' },
    { name: 'paper closed 31 December 9996 ends on the last representable day', medium: 'paper', closedOn: '9996-12-31', expected: '9999-12-31' },
    { name: 'electronic closed 1 January 9994 ends in 9999', medium: 'electronic', closedOn: '9994-01-01', expected: '9999-01-01' },
    { name: 'a Date read in UTC+8 (00:30 on 29 Feb in China)', medium: 'paper', closedOn: new Date('2024-02-28T16:30:00Z'), expected: '2027-02-28' },
    { name: 'a Date read in UTC+8 (23:59 on 28 Feb in China)', medium: 'paper', closedOn: new Date('2024-02-28T15:59:00Z'), expected: '2027-02-28' },
  ];
  it.each(cases)('$name', ({ medium, closedOn, expected }) => {
    expect(retentionEndDate(deepFreeze({ medium, closedOn }))).toBe(expected);
  });

  it('reads the years from the policy', () => {
    const policy = definePolicy({ paperRetentionYears: 10, electronicRetentionYears: 30 });
    expect(retentionEndDate({ medium: 'paper', closedOn: '2024-02-29' }, { policy })).toBe('2034-02-28');
    expect(retentionEndDate({ medium: 'electronic', closedOn: '2024-02-29' }, { policy })).toBe('2054-02-28');
    expect(retentionEndDate({ medium: 'paper', closedOn: '2024-02-29' }, { policy: definePolicy({ paperRetentionYears: 4 }) })).toBe('2028-02-29');
  });

  const bad: { name: string; record: unknown; options?: unknown; codes: string[]; clause?: string }[] = [
    { name: 'unknown medium', record: { medium: 'microfilm', closedOn: '2024-01-01' }, codes: ['archive_medium_unknown'] },
    { name: 'missing medium', record: { closedOn: '2024-01-01' }, codes: ['archive_medium_unknown'] },
    { name: 'missing closedOn', record: { medium: 'paper' }, codes: ['invalid_date'] },
    { name: '29 Feb of a common year', record: { medium: 'paper', closedOn: '2023-02-29' }, codes: ['invalid_date'] },
    { name: 'unpadded date', record: { medium: 'paper', closedOn: '2024-1-5' }, codes: ['invalid_date'] },
    { name: 'Invalid Date', record: { medium: 'paper', closedOn: new Date(NaN) }, codes: ['invalid_date'] },
    { name: 'both bad: every issue', record: { medium: 'PAPER', closedOn: '2024-13-01' }, codes: ['archive_medium_unknown', 'invalid_date'] },
    { name: 'past 9999', record: { medium: 'electronic', closedOn: '9996-06-01' }, codes: ['archive_retention_out_of_range'] },
    { name: 'paper closed 1 January 9997: past 9999', record: { medium: 'paper', closedOn: '9997-01-01' }, codes: ['archive_retention_out_of_range'] },
    { name: 'a policy with a fractional year', record: { medium: 'paper', closedOn: '2024-01-01' }, options: { policy: { paperRetentionYears: 2.5 } }, codes: ['invalid_option'], clause: 'policy.definition' },
    { name: 'a policy with 0 years', record: { medium: 'paper', closedOn: '2024-01-01' }, options: { policy: { paperRetentionYears: 0 } }, codes: ['invalid_option'], clause: 'policy.definition' },
    { name: 'a policy without the years of the medium', record: { medium: 'electronic', closedOn: '2024-01-01' }, options: { policy: { paperRetentionYears: 3 } }, codes: ['invalid_option'], clause: 'policy.definition' },
    { name: 'options not an object', record: { medium: 'paper', closedOn: '2024-01-01' }, options: 3, codes: ['invalid_option'] },
    { name: 'record not an object', record: 'paper', codes: ['invalid_input'] },
  ];
  it.each(bad)('throws SvaError: $name', ({ record, options, codes, clause = 'archive.retention' }) => {
    const error = svaErrorOf(() => retentionEndDate(record as never, options as never));
    expect(error.issues.map((i) => i.code)).toEqual(codes);
    expect(error.issues.every((i) => i.clause === clause)).toBe(true);
  });

  it('names the path of each bad field', () => {
    const error = svaErrorOf(() => retentionEndDate({ medium: 'x' as never, closedOn: 'y' }));
    expect(error.issues.map((i) => i.path)).toEqual([['medium'], ['closedOn']]);
  });

  it('throws the exact issues of a bad medium and a bad closedOn', () => {
    const error = svaErrorOf(() => retentionEndDate({ medium: 'tape' as never, closedOn: '2024-02-30' }));
    expect(error.code).toBe('archive_medium_unknown');
    expect(error.issues).toEqual([
      {
        code: 'archive_medium_unknown',
        severity: 'error',
        clause: 'archive.retention',
        message: '保管介质应为“paper”或“electronic”，收到“tape”',
        messageEn: 'The medium must be paper or electronic; received "tape"',
        path: ['medium'],
        expected: 'paper | electronic',
        received: '"tape"',
      },
      {
        code: 'invalid_date',
        severity: 'error',
        clause: 'archive.retention',
        message: '归档日期不是真实的日期',
        messageEn: 'closedOn is not a real date (YYYY-MM-DD)',
        path: ['closedOn'],
        expected: 'YYYY-MM-DD',
        received: '"2024-02-30"',
      },
    ]);
  });

  it('throws the exact issue of a record that is not an object', () => {
    expect(svaErrorOf(() => retentionEndDate(null as never)).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'archive.retention',
        message: '输入有误：“record”应为对象',
        messageEn: 'Invalid input: record must be an object',
        path: ['record'],
      },
    ]);
  });

  it('throws the exact issue of an end date past 9999-12-31', () => {
    expect(svaErrorOf(() => retentionEndDate({ medium: 'paper', closedOn: '9997-01-01' })).issues).toEqual([
      {
        code: 'archive_retention_out_of_range',
        severity: 'error',
        clause: 'archive.retention',
        message: '保管期限截止日期晚于9999年12月31日',
        messageEn: 'The retention end date would fall after 9999-12-31',
        path: ['closedOn'],
      },
    ]);
  });

  it('ends on the same month and day N years later (28 February for 29 February)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2200, 12, 31) }),
        fc.constantFrom<ArchiveMedium>('paper', 'electronic'),
        (n, medium) => {
          const closedOn = isoOfDayNumber(n);
          const end = retentionEndDate({ medium, closedOn });
          const years = medium === 'paper' ? 3 : 5;
          expect(Number(end.slice(0, 4))).toBe(Number(closedOn.slice(0, 4)) + years);
          const same = `${Number(end.slice(0, 4))}${closedOn.slice(4)}`;
          expect(end).toBe(closedOn.endsWith('-02-29') && !isoOfDayNumberIsReal(same) ? same.replace('-02-29', '-02-28') : same);
        },
      ),
    );
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => retentionEndDate(value as never));
      svaErrorOf(() => retentionEndDate({ medium: value, closedOn: value } as never));
      onlySvaError(() => retentionEndDate({ medium: 'paper', closedOn: '2024-01-01' }, { policy: { paperRetentionYears: value } } as never));
      onlySvaError(() => retentionEndDate({ medium: 'paper', closedOn: '2024-01-01' }, value as never));
    }
  });
});

function isoOfDayNumberIsReal(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoOfDayNumber(dayNumberOf(y, m, d)) === iso;
}
