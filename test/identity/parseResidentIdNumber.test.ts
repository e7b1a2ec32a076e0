import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARLIEST_BIRTH_DATE, isValidResidentIdNumber, parseResidentIdNumber } from '../../src/index.js';
import { dayNumberOf } from '../../src/core/dates.js';
import { codesOf, hostileValues } from '../helpers/expect.js';
import { naiveResidentIdCheck } from './naive.js';

const withCheck = (first17: string): string => first17 + naiveResidentIdCheck(first17);
const wrongCheck = (first17: string): string => first17 + (naiveResidentIdCheck(first17) === '1' ? '2' : '1');

// Published vectors: the two worked examples of GB 11643-1999 (附录 A), and numbers whose check
// characters were computed with the naive implementation above.
const vectors = [
  { name: 'GB 11643 example: 北京市朝阳区, 1949-12-31, female, check X', id: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', regionCode: '110105' },
  { name: 'GB 11643 example: 汕头市潮阳县, 1880-01-01, male', id: '440524188001010014', birthDate: '1880-01-01', sex: 'male', regionCode: '440524' },
  { name: 'check character 0', id: '370402200806150070', birthDate: '2008-06-15', sex: 'male', regionCode: '370402' },
  { name: 'check character X (computed)', id: '37048120080615005X', birthDate: '2008-06-15', sex: 'male', regionCode: '370481' },
  { name: 'a leap day', id: '370404208402290025', birthDate: '2084-02-29', sex: 'female', regionCode: '370404' },
  { name: 'a Hong Kong residence-permit number (810000)', id: '810000199001011230', birthDate: '1990-01-01', sex: 'male', regionCode: '810000' },
  { name: 'a foreigner\u2019s permanent-residence number (9…)', id: '910000199001011234', birthDate: '1990-01-01', sex: 'male', regionCode: '910000' },
];

describe('parseResidentIdNumber (GB 11643-1999, candidate.age)', () => {
  it.each(vectors)('accepts $name', ({ id, birthDate, sex, regionCode }) => {
    expect(naiveResidentIdCheck(id.slice(0, 17))).toBe(id[17]);
    expect(parseResidentIdNumber(id)).toEqual({ ok: true, issues: [], value: { id, regionCode, birthDate, sex } });
    expect(isValidResidentIdNumber(id)).toBe(true);
  });

  const cases: { name: string; input: unknown; codes: string[] }[] = [
    { name: 'lowercase x', input: '11010519491231002x', codes: [] },
    { name: 'wrong check character', input: '110105194912310021', codes: ['resident_id_checksum'] },
    { name: 'X where a digit is due', input: '37040220080615007X', codes: ['resident_id_checksum'] },
    { name: '30 February', input: withCheck('11010519490230002'), codes: ['resident_id_birth_date'] },
    { name: '29 February in a common year', input: withCheck('37040220230229001'), codes: ['resident_id_birth_date'] },
    { name: '29 February in a leap year', input: withCheck('37040220240229001'), codes: [] },
    { name: '29 February 1900 (not a leap year)', input: withCheck('37040219000229001'), codes: ['resident_id_birth_date'] },
    { name: 'month 13', input: withCheck('37040220081315001'), codes: ['resident_id_birth_date'] },
    { name: 'month 00', input: withCheck('37040220080015001'), codes: ['resident_id_birth_date'] },
    { name: 'day 00', input: withCheck('37040220080600001'), codes: ['resident_id_birth_date'] },
    { name: 'day 31 of a 30-day month', input: withCheck('37040220080631001'), codes: ['resident_id_birth_date'] },
    { name: 'the day before the earliest birth date (1849-12-31)', input: withCheck('37040218491231001'), codes: ['resident_id_birth_date'] },
    { name: 'the earliest birth date (1850-01-01)', input: withCheck('37040218500101001'), codes: [] },
    { name: 'the day after the earliest birth date (1850-01-02)', input: withCheck('37040218500102001'), codes: [] },
    { name: 'year 0949 (a slip)', input: withCheck('37040209490615001'), codes: ['resident_id_birth_date'] },
    { name: 'a bad date and a bad check together', input: wrongCheck('11010519490230002'), codes: ['resident_id_birth_date', 'resident_id_checksum'] },
    { name: 'an old 15-digit number', input: '110105491231002', codes: ['resident_id_old_format'] },
    { name: '15 characters with a letter', input: '11010549123100X', codes: ['resident_id_length', 'resident_id_characters'] },
    { name: '17 characters', input: '11010519491231002', codes: ['resident_id_length'] },
    { name: '19 characters', input: '11010519491231002X1', codes: ['resident_id_length'] },
    { name: 'empty', input: '', codes: ['resident_id_length'] },
    { name: 'X not in the last place', input: '1101051949123100X2', codes: ['resident_id_characters'] },
    { name: 'another letter at the end', input: '11010519491231002Y', codes: ['resident_id_characters'] },
    { name: 'full-width digits', input: '１１０１０５１９４９１２３１００２Ｘ', codes: ['resident_id_characters'] },
    { name: 'surrounding spaces', input: ' 11010519491231002X ', codes: ['resident_id_length', 'resident_id_characters'] },
    { name: 'a number', input: 110105194912310020, codes: ['resident_id_type'] },
    { name: 'null', input: null, codes: ['resident_id_type'] },
  ];
  it.each(cases)('$name', ({ input, codes }) => {
    const result = parseResidentIdNumber(input);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    expect(isValidResidentIdNumber(input)).toBe(codes.length === 0);
    for (const issue of result.issues) expect(issue.clause).toBe('candidate.age');
  });

  it('returns a lowercase x as X', () => {
    const result = parseResidentIdNumber('11010519491231002x');
    expect(result.ok && result.value.id).toBe('11010519491231002X');
  });

  it('says what the check character should be, and names the old format', () => {
    expect(parseResidentIdNumber('110105194912310021').issues[0]).toMatchObject({ path: ['check'], expected: 'X', received: '1' });
    const old = parseResidentIdNumber('110105491231002').issues[0];
    expect(old?.message).toContain('这是15位的旧身份证号码，请填写18位的身份证号码');
    expect(old?.messageEn).toContain('15-digit');
  });

  it('keeps the earliest birth date in one place', () => {
    expect(EARLIEST_BIRTH_DATE).toBe('1850-01-01');
    expect(dayNumberOf(1850, 1, 1)).toBe(-43_829);
  });

  const birthDates = fc
    .integer({ min: dayNumberOf(1850, 1, 1), max: dayNumberOf(2099, 12, 31) })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const numbers = fc
    .tuple(fc.stringMatching(/^[1-9]\d{5}$/), birthDates, fc.stringMatching(/^\d{3}$/))
    .map(([region, birth, seq]) => withCheck(`${region}${birth.replace(/-/g, '')}${seq}`));

  it('accepts every number built with the naive check, and reads its parts', () => {
    fc.assert(
      fc.property(numbers, (id) => {
        const result = parseResidentIdNumber(id);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.birthDate.replace(/-/g, '')).toBe(id.slice(6, 14));
        expect(result.value.sex).toBe(Number(id[16]) % 2 === 1 ? 'male' : 'female');
        expect(isValidResidentIdNumber(id.toLowerCase())).toBe(true);
      }),
    );
  });

  it('refuses every single-character substitution and every adjacent transposition (MOD 11-2)', () => {
    fc.assert(
      fc.property(numbers, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, at, shift) => {
        const chars = '0123456789X';
        const current = chars.indexOf(id[at]!);
        const replaced = chars[(current + shift) % 11]!;
        const changed = id.slice(0, at) + replaced + id.slice(at + 1);
        expect(isValidResidentIdNumber(changed)).toBe(false);
        if (at < 16 && id[at] !== id[at + 1]) {
          const swapped = id.slice(0, at) + id[at + 1] + id[at] + id.slice(at + 2);
          expect(isValidResidentIdNumber(swapped)).toBe(false);
        }
      }),
    );
  });

  it('never throws, and agrees with isValidResidentIdNumber on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ minLength: 14, maxLength: 20 }), fc.stringMatching(/^\d{17}[\dXx]$/)), (input) => {
        expect(parseResidentIdNumber(input).ok).toBe(isValidResidentIdNumber(input));
      }),
    );
    for (const value of hostileValues()) {
      expect(parseResidentIdNumber(value).ok).toBe(false);
      expect(isValidResidentIdNumber(value)).toBe(false);
    }
  });
});
