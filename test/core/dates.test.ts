import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYearsToDayNumber,
  dayNumberOf,
  dayNumberOrThrow,
  dayNumberOrUndefined,
  describe as describeValue,
  isoDayNumber,
  partsOfDayNumber,
  isoYear,
  isoOfDayNumber,
  weekdayOf,
  yearOfDateInput,
} from '../../src/core/dates.js';
import { isIsoDate } from '../../src/index.js';
import { svaErrorOf } from '../helpers/expect.js';

describe('dates (IsoDate and DateInput, as api.md says)', () => {
  const cases: { name: string; input: unknown; expected: string | undefined }[] = [
    { name: 'a plain date', input: '2024-03-18', expected: '2024-03-18' },
    { name: '29 February in a leap year', input: '2024-02-29', expected: '2024-02-29' },
    { name: '29 February in a common year', input: '2023-02-29', expected: undefined },
    { name: '29 February 2000 (400-year leap)', input: '2000-02-29', expected: '2000-02-29' },
    { name: '29 February 2100 (not leap)', input: '2100-02-29', expected: undefined },
    { name: 'month 13', input: '2024-13-01', expected: undefined },
    { name: 'month 00', input: '2024-00-10', expected: undefined },
    { name: 'day 00', input: '2024-01-00', expected: undefined },
    { name: '31 April', input: '2024-04-31', expected: undefined },
    { name: 'unpadded', input: '2024-1-5', expected: undefined },
    { name: 'with time', input: '2024-01-05T00:00', expected: undefined },
    { name: 'slashes', input: '2024/01/05', expected: undefined },
    { name: 'year 0000', input: '0000-01-01', expected: undefined },
    { name: 'the first day, 0001-01-01', input: '0001-01-01', expected: '0001-01-01' },
    { name: 'the last day, 9999-12-31', input: '9999-12-31', expected: '9999-12-31' },
    { name: 'a slash for the first dash only', input: '2024/01-05', expected: undefined },
    // ':' is the character after '9': read as the digit 10, each of these would name a real day.
    { name: 'a colon for the 1st digit of the year', input: ':024-03-18', expected: undefined },
    { name: 'a colon for the 2nd digit of the year', input: '2:24-03-18', expected: undefined },
    { name: 'a colon for the 3rd digit of the year', input: '20:4-03-18', expected: undefined },
    { name: 'a colon for the 4th digit of the year', input: '202:-03-18', expected: undefined },
    { name: 'a colon for the 2nd digit of the month', input: '2024-0:-18', expected: undefined },
    { name: 'a colon for the 2nd digit of the day', input: '2024-03-1:', expected: undefined },
    { name: 'a slash for the second dash only', input: '2024-01/05', expected: undefined },
    { name: 'Invalid Date', input: new Date(NaN), expected: undefined },
    { name: 'Date 00:30 China time', input: new Date('2024-03-17T16:30:00Z'), expected: '2024-03-18' },
    { name: 'Date 23:30 China time', input: new Date('2024-03-18T15:30:00Z'), expected: '2024-03-18' },
    { name: 'Date at China midnight exactly', input: new Date('2024-03-17T16:00:00Z'), expected: '2024-03-18' },
    { name: 'Date one ms before China midnight', input: new Date('2024-03-17T15:59:59.999Z'), expected: '2024-03-17' },
    { name: 'Date at China midnight of 0001-01-01', input: new Date('0000-12-31T16:00:00.000Z'), expected: '0001-01-01' },
    { name: 'Date one ms before 0001-01-01 in China', input: new Date('0000-12-31T15:59:59.999Z'), expected: undefined },
    { name: 'Date at the last ms of 9999-12-31 in China', input: new Date('9999-12-31T15:59:59.999Z'), expected: '9999-12-31' },
    { name: 'Date one ms after 9999-12-31 in China', input: new Date('9999-12-31T16:00:00.000Z'), expected: undefined },
    { name: 'a number', input: 20240318, expected: undefined },
    { name: 'null', input: null, expected: undefined },
    { name: 'an object with a getTime method, not a Date', input: { getTime: () => 0 }, expected: undefined },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const n = dayNumberOrUndefined(input);
    expect(n === undefined ? undefined : isoOfDayNumber(n)).toBe(expected);
    expect(isIsoDate(input)).toBe(typeof input === 'string' && expected !== undefined);
  });

  it('agrees with Date.UTC on every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2200, 12, 31) }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(isoOfDayNumber(n)).toBe(iso);
        expect(dayNumberOrUndefined(iso)).toBe(n);
        expect(weekdayOf(n)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a Date as its day in UTC+8 whatever the host zone', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (date) => {
        const china = new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(isoOfDayNumber(dayNumberOrUndefined(date) as number)).toBe(china);
      }),
    );
  });

  const years = [
    { name: '29 Feb + 1 year → 28 Feb', from: '2024-02-29', years: 1, expected: '2025-02-28' },
    { name: '29 Feb + 4 years → 29 Feb', from: '2024-02-29', years: 4, expected: '2028-02-29' },
    { name: '28 Feb + 1 year', from: '2023-02-28', years: 1, expected: '2024-02-28' },
    { name: '31 Dec + 3 years', from: '2023-12-31', years: 3, expected: '2026-12-31' },
  ];
  it.each(years)('$name', ({ from, years: n, expected }) => {
    expect(isoOfDayNumber(addYearsToDayNumber(dayNumberOrUndefined(from) as number, n))).toBe(expected);
  });
});

describe('isoYear and isoDayNumber', () => {
  it('accept exactly the same strings', () => {
    const dateLike = fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string(), fc.stringMatching(/^[\d-]{10}$/)), (s) => {
        const day = isoDayNumber(s);
        expect(isoYear(s)).toBe(day === undefined ? undefined : partsOfDayNumber(day).year);
        if (day !== undefined) expect(isoOfDayNumber(day)).toBe(s);
      }),
      { numRuns: 3000 },
    );
    for (const s of ['2024-02-29', '2023-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '0001-13-13', '2023-13-13', '2023-00-10', '2023-01-00', '0000-01-01', '0000-12-31', '0001-01-01', '9999-12-31', '2024-1-05', '２０２４-01-01', '2024-01-01\n']) {
      expect(isoYear(s) === undefined, s).toBe(isoDayNumber(s) === undefined);
    }
  });
});

describe('yearOfDateInput (the year a code validator reads)', () => {
  const cases: { name: string; input: unknown; expected: number | undefined }[] = [
    { name: 'a real date', input: '2024-03-18', expected: 2024 },
    { name: '29 February in a common year', input: '2023-02-29', expected: undefined },
    { name: 'Date at China midnight of 1 January', input: new Date('2023-12-31T16:00:00.000Z'), expected: 2024 },
    { name: 'Date one ms before it', input: new Date('2023-12-31T15:59:59.999Z'), expected: 2023 },
    { name: 'Invalid Date', input: new Date(NaN), expected: undefined },
    { name: 'a number', input: 2024, expected: undefined },
    { name: 'null', input: null, expected: undefined },
    { name: 'an object', input: { getTime: () => 0 }, expected: undefined },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(yearOfDateInput(input)).toBe(expected);
  });
});

describe('isoYear reads only a whole YYYY-MM-DD string', () => {
  const cases: { input: string; expected: number | undefined }[] = [
    { input: '2024-03-18', expected: 2024 },
    { input: '0001-01-01', expected: 1 },
    { input: '2024-01-011', expected: undefined },
    { input: '2024-01-01 ', expected: undefined },
    { input: ' 2024-01-01', expected: undefined },
    { input: '2024-1-011', expected: undefined },
    { input: '2024-01-1 ', expected: undefined },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(isoYear(input)).toBe(expected);
    expect(isoDayNumber(input) === undefined).toBe(expected === undefined);
  });
});

describe('dayNumberOrThrow', () => {
  it('gives the day number of a real date', () => {
    expect(dayNumberOrThrow('2024-03-18', 'on', 'candidate.age')).toBe(dayNumberOf(2024, 3, 18));
  });

  it('throws SvaError invalid_date naming the parameter, citing the clause', () => {
    const error = svaErrorOf(() => dayNumberOrThrow('2023-02-29', 'on', 'candidate.age'));
    expect(error.issues).toStrictEqual([
      {
        code: 'invalid_date',
        severity: 'error',
        clause: 'candidate.age',
        message: '“on”不是真实的日期',
        messageEn: 'on is not a real date (YYYY-MM-DD)',
        path: ['on'],
        expected: 'YYYY-MM-DD',
        received: '"2023-02-29"',
      },
    ]);
    expect(error.message).toBe(
      'on is not a real date (YYYY-MM-DD) ' +
        '(“on”不是真实的日期) [invalid_date, candidate.age]',
    );
    expect(svaErrorOf(() => dayNumberOrThrow(new Date(NaN), 'asOf', 'annual.summary')).issues[0]).toMatchObject({
      clause: 'annual.summary',
      path: ['asOf'],
      received: 'Invalid Date',
    });
  });
});

describe('describe (the received text of an issue)', () => {
  const forty = 'x'.repeat(40);
  const cases: { name: string; value: unknown; expected: string }[] = [
    { name: 'a string, as JSON', value: 'a"b', expected: '"a\\"b"' },
    { name: 'the empty string', value: '', expected: '""' },
    { name: 'a string of 40 characters, whole', value: forty, expected: `"${forty}"` },
    { name: 'a string of 41 characters, cut at 40', value: `${forty}y`, expected: `"${forty}"…` },
    { name: 'a string of 100 characters, cut at 40', value: `${forty}${'y'.repeat(60)}`, expected: `"${forty}"…` },
    { name: 'a Date, by its time', value: new Date('2024-03-17T16:00:00.000Z'), expected: 'Date(1710691200000)' },
    { name: 'the epoch', value: new Date(0), expected: 'Date(0)' },
    { name: 'an invalid Date', value: new Date(NaN), expected: 'Invalid Date' },
    { name: 'null', value: null, expected: 'null' },
    { name: 'an array', value: [1, 2], expected: 'array' },
    { name: 'a number', value: 1.5, expected: '1.5' },
    { name: 'NaN', value: NaN, expected: 'NaN' },
    { name: 'a boolean', value: false, expected: 'false' },
    { name: 'a bigint', value: 2n, expected: '2' },
    { name: 'undefined', value: undefined, expected: 'undefined' },
    { name: 'an object', value: { a: 1 }, expected: 'object' },
    { name: 'an object whose toString throws', value: { toString: () => { throw new Error('toString'); } }, expected: 'object' },
    { name: 'a String object', value: new String('2024-01-01'), expected: 'object' },
    { name: 'a function', value: () => '2024-01-01', expected: 'function' },
    { name: 'a symbol', value: Symbol('x'), expected: 'symbol' },
  ];
  it.each(cases)('$name → $expected', ({ value, expected }) => {
    expect(describeValue(value)).toBe(expected);
  });
});
