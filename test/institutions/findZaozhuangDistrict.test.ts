import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findZaozhuangDistrict, ZAOZHUANG_DISTRICTS } from '../../src/index.js';
import { hostileValues } from '../helpers/expect.js';

describe('ZAOZHUANG_DISTRICTS (三)', () => {
  it('lists the six districts with their GB/T 2260 codes, frozen', () => {
    expect(ZAOZHUANG_DISTRICTS.map((d) => `${d.code} ${d.name}`)).toEqual([
      '370402 市中区', '370403 薛城区', '370404 峄城区', '370405 台儿庄区', '370406 山亭区', '370481 滕州市',
    ]);
    expect(Object.isFrozen(ZAOZHUANG_DISTRICTS)).toBe(true);
    expect(Object.isFrozen(ZAOZHUANG_DISTRICTS[5])).toBe(true);
  });
});

describe('findZaozhuangDistrict (三)', () => {
  const cases: { input: unknown; code: string | undefined }[] = [
    { input: '370402', code: '370402' },
    { input: '市中区', code: '370402' },
    { input: '市中', code: '370402' },
    { input: '枣庄市市中区', code: '370402' },
    { input: '370403', code: '370403' },
    { input: '薛城区', code: '370403' },
    { input: '370404', code: '370404' },
    { input: '峄城区', code: '370404' },
    { input: '370405', code: '370405' },
    { input: '台儿庄区', code: '370405' },
    { input: '台儿庄', code: '370405' },
    { input: '370406', code: '370406' },
    { input: '山亭区', code: '370406' },
    { input: '370481', code: '370481' },
    { input: '滕州市', code: '370481' },
    { input: '滕州', code: '370481' },
    { input: '枣庄滕州市', code: '370481' },
    { input: '370400', code: undefined },
    { input: '370401', code: undefined },
    { input: '370407', code: undefined },
    { input: '370103', code: undefined },
    { input: '历下区', code: undefined },
    { input: ' 市中区', code: undefined },
    { input: 370402, code: undefined },
    { input: 'toString', code: undefined },
    { input: '__proto__', code: undefined },
  ];
  it.each(cases)('$input → $code', ({ input, code }) => expect(findZaozhuangDistrict(input)?.code).toBe(code));

  it('never throws', () => {
    for (const value of hostileValues()) expect(findZaozhuangDistrict(value)).toBeUndefined();
    fc.assert(fc.property(fc.anything(), (value) => {
      const found = findZaozhuangDistrict(value);
      if (found !== undefined) expect(ZAOZHUANG_DISTRICTS).toContain(found);
    }));
  });
});
