import { describe, expect, it } from 'vitest';
import { districtNameOf, districtOf, districtRowOf, nameKey, readDistrictRow, ZAOZHUANG_DISTRICTS } from '../../src/core/districts.js';
import type { RuleIssue } from '../../src/index.js';
import { expectWellFormed } from '../helpers/expect.js';

describe('core districts', () => {
  it.each([
    { value: '370402', code: '370402' },
    { value: '市中区', code: '370402' },
    { value: '市中', code: '370402' },
    { value: '枣庄市滕州市', code: '370481' },
    { value: '枣庄滕州市', code: '370481' },
    { value: '370400', code: undefined },
    { value: ' 市中区', code: undefined },
    { value: 370402, code: undefined },
  ])('districtOf($value) → $code', ({ value, code }) => {
    expect(districtOf(value)?.code).toBe(code);
    // The row names the same district, in ZAOZHUANG_DISTRICTS and by districtNameOf.
    const row = districtRowOf(value);
    expect(row === undefined ? undefined : ZAOZHUANG_DISTRICTS[row]).toBe(districtOf(value));
    if (row !== undefined) expect(districtNameOf(row)).toBe(districtOf(value)?.name);
  });

  it.each([
    { value: '薛城区', codes: [], district: '370403' },
    { value: undefined, codes: ['missing_field'], district: undefined },
    { value: '', codes: ['missing_field'], district: undefined },
    { value: '370400', codes: ['unknown_district'], district: undefined },
    { value: 370403, codes: ['invalid_input'], district: undefined },
    { value: { code: '370403' }, codes: ['invalid_input'], district: undefined },
  ])('readDistrictRow($value): $codes', ({ value, codes, district }) => {
    const issues: RuleIssue[] = [];
    const row = readDistrictRow(value, ['district'], 'batch.scope', issues);
    expect(row === undefined ? undefined : ZAOZHUANG_DISTRICTS[row]?.code).toBe(district);
    expectWellFormed(issues);
    expect(issues.map((i) => [i.code, i.clause, i.path])).toEqual(codes.map((code) => [code, 'batch.scope', ['district']]));
  });

  it('readDistrictRow: an area may give its own issue for a string that names no district, not for a missing or non-string one', () => {
    const outside = (received: string): RuleIssue => ({ code: 'outside', severity: 'error', clause: 'institution.registration', message: received, messageEn: received });
    const read = (value: unknown) => {
      const issues: RuleIssue[] = [];
      readDistrictRow(value, ['registrationDistrict'], 'institution.registration', issues, outside);
      return issues.map((i) => [i.code, i.message]);
    };
    expect(read('370102')).toEqual([['outside', '"370102"']]);
    expect(read('薛城区')).toEqual([]);
    expect(read('')).toEqual([['missing_field', '未填写registrationDistrict']]);
    expect(read(370102).map(([code]) => code)).toEqual(['invalid_input']);
  });

  it('has the six districts, and nameKey compares names after NFKC without white space', () => {
    expect(ZAOZHUANG_DISTRICTS.map((d) => d.code)).toEqual(['370402', '370403', '370404', '370405', '370406', '370481']);
    expect(nameKey('中式 面点（Ａ） ')).toBe(nameKey('中式面点(A)'));
    expect(nameKey('面点 A')).not.toBe(nameKey('面点 B'));
  });
});
