import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy, isValidCertificateCode, nextCertificateCodes, parseCertificateCode } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import type { RuleIssue } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

const INST = '37040001';
const code = (year: number, serial: number, institution = INST): string =>
  `${String(year % 100).padStart(2, '0')}${institution}${String(serial).padStart(5, '0')}`;

describe('nextCertificateCodes (附件3 二(三), certificate.code)', () => {
  const cases: { name: string; year?: number; issued: string[]; count: number; expected: string[] }[] = [
    { name: 'nothing issued: from 00001', issued: [], count: 3, expected: [code(2024, 1), code(2024, 2), code(2024, 3)] },
    { name: 'after the highest, whatever the order', issued: [code(2024, 7), code(2024, 3)], count: 2, expected: [code(2024, 8), code(2024, 9)] },
    { name: 'gaps below the highest are not reused', issued: [code(2024, 1), code(2024, 5)], count: 1, expected: [code(2024, 6)] },
    { name: 'duplicates in issued are harmless', issued: [code(2024, 4), code(2024, 4)], count: 1, expected: [code(2024, 5)] },
    { name: 'another year is ignored', issued: [code(2023, 500), code(2024, 2)], count: 1, expected: [code(2024, 3)] },
    { name: 'another institution is ignored', issued: [code(2024, 900, '37040002'), code(2024, 2)], count: 1, expected: [code(2024, 3)] },
    { name: 'another city is ignored', issued: [code(2024, 900, '37050001')], count: 1, expected: [code(2024, 1)] },
    { name: 'count 0: nothing', issued: [code(2024, 9)], count: 0, expected: [] },
    { name: 'highest 99998, one more: 99999 (the last)', issued: [code(2024, 99_998)], count: 1, expected: [code(2024, 99_999)] },
    { name: 'highest 99999, none asked: fine', issued: [code(2024, 99_999)], count: 0, expected: [] },
    { name: 'highest 99994, five more: up to 99999', issued: [code(2024, 99_994)], count: 5, expected: [95, 96, 97, 98, 99].map((s) => code(2024, 99_900 + s)) },
    { name: 'year 2000: the issued of year 00 count', year: 2000, issued: [code(2000, 3)], count: 1, expected: ['003704000100004'] },
    { name: 'year 2009: the issued of year 09 count', year: 2009, issued: [code(2009, 3), code(2010, 8)], count: 1, expected: ['093704000100004'] },
    { name: 'year 2010', year: 2010, issued: [code(2009, 8), code(2010, 3)], count: 1, expected: ['103704000100004'] },
  ];
  it.each(cases)('$name', ({ year = 2024, issued, count, expected }) => {
    const state = deepFreeze({ year, institutionCode: INST, issued: [...issued] });
    const codes = nextCertificateCodes(state, count);
    expect(codes).toEqual(expected);
    expect(state.issued).toEqual(issued);
  });

  const exhausted: { name: string; highest: number; count: number; expected: number }[] = [
    { name: 'highest 99999, one more', highest: 99_999, count: 1, expected: 0 },
    { name: 'highest 99998, two more', highest: 99_998, count: 2, expected: 1 },
    { name: 'highest 99994, six more', highest: 99_994, count: 6, expected: 5 },
    { name: 'nothing issued, 100000 asked', highest: 0, count: 100_000, expected: 99_999 },
  ];
  it.each(exhausted)('refuses past 99999: $name', ({ highest, count, expected }) => {
    const issued = highest === 0 ? [] : [code(2024, highest)];
    const error = svaErrorOf(() => nextCertificateCodes({ year: 2024, institutionCode: INST, issued }, count));
    expect(error.code).toBe('certificate_serials_exhausted');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ clause: 'certificate.code', path: ['count'], expected, received: count });
    expect(error.issues[0]?.messageEn).toContain('37040001');
  });

  it('a year with no serial left does not stop another year or institution', () => {
    const issued = [code(2024, 99_999)];
    expect(nextCertificateCodes({ year: 2025, institutionCode: INST, issued }, 1)).toEqual([code(2025, 1)]);
    expect(nextCertificateCodes({ year: 2024, institutionCode: '37040002', issued }, 1)).toEqual([code(2024, 1, '37040002')]);
  });

  it('reads the last serial from the policy', () => {
    const policy = definePolicy({ maxCertificateSerial: 10 });
    expect(nextCertificateCodes({ year: 2024, institutionCode: INST, issued: [code(2024, 8)] }, 2, { policy })).toEqual([code(2024, 9), code(2024, 10)]);
    expect(svaErrorOf(() => nextCertificateCodes({ year: 2024, institutionCode: INST, issued: [code(2024, 8)] }, 3, { policy })).code).toBe(
      'certificate_serials_exhausted',
    );
    // The code has five digits: a policy cannot go past 99999, however it was made.
    expect(() => definePolicy({ maxCertificateSerial: 100_000 })).toThrow(/maxCertificateSerial/);
    const spread = { ...definePolicy({}), maxCertificateSerial: 100_000 };
    expect(svaErrorOf(() => nextCertificateCodes({ year: 2024, institutionCode: INST, issued: [] }, 1, { policy: spread })).issues).toMatchObject([
      { code: 'invalid_option', clause: 'policy.definition', path: ['policy', 'maxCertificateSerial'], received: '100000' },
    ]);
    expect(svaErrorOf(() => nextCertificateCodes({ year: 2024, institutionCode: INST, issued: [] }, 1, { policy: {} } as never)).code).toBe('invalid_option');
  });

  const bad: { name: string; state: unknown; count: unknown; codes: string[]; paths: unknown[] }[] = [
    { name: 'an invalid issued code, with its index', state: { year: 2024, institutionCode: INST, issued: [code(2024, 1), '243704000100000'] }, count: 1, codes: ['certificate_code_serial'], paths: [['issued', 1, 'certificateSerial']] },
    { name: 'a code with a space', state: { year: 2024, institutionCode: INST, issued: [' 243704000100001'] }, count: 1, codes: ['certificate_code_whitespace', 'certificate_code_length'], paths: [['issued', 0], ['issued', 0]] },
    { name: 'a number in issued', state: { year: 2024, institutionCode: INST, issued: [243704000100001] }, count: 1, codes: ['certificate_code_type'], paths: [['issued', 0]] },
    { name: 'issued not an array', state: { year: 2024, institutionCode: INST, issued: '243704000100001' }, count: 1, codes: ['invalid_input'], paths: [['issued']] },
    { name: 'issued missing', state: { year: 2024, institutionCode: INST }, count: 1, codes: ['invalid_input'], paths: [['issued']] },
    { name: 'year 1999', state: { year: 1999, institutionCode: INST, issued: [] }, count: 1, codes: ['certificate_year_out_of_range'], paths: [['year']] },
    { name: 'year 24', state: { year: 24, institutionCode: INST, issued: [] }, count: 1, codes: ['certificate_year_out_of_range'], paths: [['year']] },
    { name: 'year a symbol', state: { year: Symbol('2024'), institutionCode: INST, issued: [] }, count: 1, codes: ['certificate_year_out_of_range'], paths: [['year']] },
    { name: 'a bad institution code', state: { year: 2024, institutionCode: '37120001', issued: [] }, count: 1, codes: ['institution_code_city'], paths: [['institutionCode', 'cityCode']] },
    { name: 'count -1', state: { year: 2024, institutionCode: INST, issued: [] }, count: -1, codes: ['certificate_count_invalid'], paths: [['count']] },
    { name: 'count 1.5', state: { year: 2024, institutionCode: INST, issued: [] }, count: 1.5, codes: ['certificate_count_invalid'], paths: [['count']] },
    { name: "count '2'", state: { year: 2024, institutionCode: INST, issued: [] }, count: '2', codes: ['certificate_count_invalid'], paths: [['count']] },
    { name: 'count Infinity', state: { year: 2024, institutionCode: INST, issued: [] }, count: Infinity, codes: ['certificate_count_invalid'], paths: [['count']] },
    {
      name: 'everything bad: every issue',
      state: { year: 2100, institutionCode: 'x', issued: ['1', '243704000100002'] },
      count: -3,
      codes: ['certificate_year_out_of_range', 'institution_code_characters', 'institution_code_length', 'certificate_count_invalid', 'certificate_code_length'],
      paths: [['year'], ['institutionCode'], ['institutionCode'], ['count'], ['issued', 0]],
    },
    { name: 'state not an object', state: null, count: 1, codes: ['invalid_input'], paths: [['state']] },
  ];
  it.each(bad)('throws SvaError: $name', ({ state, count, codes, paths }) => {
    const error = svaErrorOf(() => nextCertificateCodes(state as never, count as never));
    expect(error.issues.map((i) => i.code)).toEqual(codes);
    expect(error.issues.map((i) => i.path)).toEqual(paths);
  });

  const E = { severity: 'error', clause: 'certificate.code' } as const;
  const exact: { name: string; state: unknown; count: unknown; issues: RuleIssue[] }[] = [
    {
      name: 'count -1',
      state: { year: 2024, institutionCode: INST, issued: [] },
      count: -1,
      issues: [
        { ...E, code: 'certificate_count_invalid', message: '要分配的证书编号个数应为0或正整数', messageEn: 'The number of codes to allocate must be a whole number of 0 or more; received -1', path: ['count'], expected: '≥ 0', received: '-1' },
      ],
    },
    {
      name: 'issued not an array',
      state: { year: 2024, institutionCode: INST, issued: '243704000100001' },
      count: 1,
      issues: [
        { ...E, code: 'invalid_input', message: '输入有误：已核发的证书编号应为列表', messageEn: 'Invalid input: issued must be an array of certificate codes', path: ['issued'], expected: 'array', received: '"243704000100001"' },
      ],
    },
    {
      name: 'state not an object',
      state: 7,
      count: 1,
      issues: [{ ...E, code: 'invalid_input', message: '输入有误：“state”应为对象', messageEn: 'Invalid input: state must be an object', path: ['state'] }],
    },
    {
      name: 'highest 99999, one more',
      state: { year: 2024, institutionCode: INST, issued: [code(2024, 99_999)] },
      count: 1,
      issues: [
        {
          ...E,
          code: 'certificate_serials_exhausted',
          message: '考核机构37040001在2024年的证书序列码已用到99999，最多还能分配0个（序列码最大为99999），不能再分配1个',
          messageEn: 'Institution 37040001 has used certificate serials up to 99999 in 2024: at most 0 more can be allocated (the last is 99999), not 1',
          path: ['count'],
          expected: 0,
          received: 1,
        },
      ],
    },
  ];
  it.each(exact)('throws the exact issues: $name', ({ state, count, issues }) => {
    const error = svaErrorOf(() => nextCertificateCodes(state as never, count as never));
    expect(error.issues).toEqual(issues);
    expect(error.code).toBe(issues[0]?.code);
  });

  it('gives valid, consecutive codes above every issued one of that year and institution, none already issued', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.array(fc.record({ year: fc.integer({ min: 2000, max: 2099 }), serial: fc.integer({ min: 1, max: 99_000 }), other: fc.boolean() }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 50 }),
        (year, entries, count) => {
          const issued = entries.map((e) => code(e.year, e.serial, e.other ? '37040002' : INST));
          const codes = nextCertificateCodes({ year, institutionCode: INST, issued }, count);
          const mine = entries.filter((e) => e.year === year && !e.other).map((e) => e.serial);
          const highest = Math.max(0, ...mine);
          expect(codes).toHaveLength(count);
          codes.forEach((c, k) => {
            expect(isValidCertificateCode(c, { institutionCode: INST, issuedOn: `${year}-06-01` })).toBe(true);
            expect(parseCertificateCode(c).ok && parseCertificateCode(c)).toMatchObject({ value: { certificateSerial: highest + 1 + k } });
            expect(issued).not.toContain(c);
          });
        },
      ),
    );
  });

  it('allocates after a full register of 99,998 codes', () => {
    const issued = Array.from({ length: 99_998 }, (_, i) => code(2024, i + 1));
    expect(nextCertificateCodes({ year: 2024, institutionCode: INST, issued }, 1)).toEqual([code(2024, 99_999)]);
    expect(svaErrorOf(() => nextCertificateCodes({ year: 2024, institutionCode: INST, issued }, 2)).code).toBe('certificate_serials_exhausted');
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => nextCertificateCodes(value as never, 1));
      svaErrorOf(() => nextCertificateCodes({ year: value, institutionCode: value, issued: value } as never, 1));
      svaErrorOf(() => nextCertificateCodes({ year: 2024, institutionCode: INST, issued: [value] } as never, 1));
      onlySvaError(() => nextCertificateCodes({ year: 2024, institutionCode: INST, issued: [] }, value as never));
      onlySvaError(() => nextCertificateCodes({ year: 2024, institutionCode: INST, issued: [] }, 1, value as never));
    }
  });
});
