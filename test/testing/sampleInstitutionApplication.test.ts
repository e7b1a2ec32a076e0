import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInstitutionApplication, parseUnifiedSocialCreditCode, rankApplicants } from '../../src/index.js';
import { validateInstitutionApplication } from '../../src/schemas/index.js';
import { sampleInstitutionApplication } from '../../src/testing/index.js';
import { codesOf, hostileValues, svaErrorOf } from '../helpers/expect.js';
import { CATALOG } from '../institutions/sample.js';

describe('sampleInstitutionApplication (sva-rules/testing)', () => {
  it('passes checkInstitutionApplication and validateInstitutionApplication as built', () => {
    expect(checkInstitutionApplication(sampleInstitutionApplication())).toEqual({ ok: true, issues: [] });
    expect(validateInstitutionApplication(sampleInstitutionApplication())).toEqual({ ok: true, issues: [] });
    expect(rankApplicants([sampleInstitutionApplication()])[0]).toMatchObject({ eligible: true, rank: 1 });
  });

  it('is a Zaozhuang applicant: a 薛城区 civil-affairs registration and a strict credit code of that district', () => {
    const sample = sampleInstitutionApplication();
    const code = parseUnifiedSocialCreditCode(sample.creditCode, { strict: true });
    expect(code.ok && [code.value.authorityCode, code.value.typeCode, code.value.regionCode]).toEqual(['5', '2', '370403']);
    expect(sample.registrationDistrict).toBe('370403');
    expect(checkInstitutionApplication(sampleInstitutionApplication({ items: sample.items.filter((i) => i.name === '面点制作') }), { catalog: CATALOG }).ok).toBe(true);
  });

  it.each([
    { name: 'a field replaced', overrides: { nonProfit: false }, codes: ['profit_oriented'] },
    { name: 'a field removed by undefined: missing, not false', overrides: { nonProfit: undefined }, codes: ['missing_field'] },
    { name: 'a nested object replaced whole', overrides: { staff: { fullTime: 3, assessors: 0, supervisors: 1 } }, codes: ['staff_lacking'] },
    { name: 'experience a day short of 2 years', overrides: { items: [{ name: '面点制作', questionBank: true, trainingSince: '2021-06-02', helpedWriteSpecification: false, hasSpecification: true, canTrain: true }] }, codes: ['experience_too_short'] },
    { name: 'experience of exactly 2 years', overrides: { items: [{ name: '面点制作', questionBank: true, trainingSince: '2021-06-01', helpedWriteSpecification: false, hasSpecification: true, canTrain: true }] }, codes: [] },
  ])('merges overrides shallowly: $name', ({ overrides, codes }) => {
    expect(codesOf(checkInstitutionApplication(sampleInstitutionApplication(overrides as never)))).toEqual(codes);
  });

  it('removes a field given as undefined, and returns fresh objects every call', () => {
    expect('nonProfit' in sampleInstitutionApplication({ nonProfit: undefined })).toBe(false);
    const a = sampleInstitutionApplication();
    const b = sampleInstitutionApplication();
    expect(a).toEqual(b);
    expect(a.items).not.toBe(b.items);
    expect(a.contact).not.toBe(b.contact);
    (a.items as unknown[]).length = 0;
    expect(sampleInstitutionApplication().items).toHaveLength(2);
  });

  it('keeps the overrides as given, and reads a __proto__ key as a field', () => {
    const overrides = JSON.parse('{"__proto__": {"polluted": true}, "name": "某学校"}') as Record<string, unknown>;
    const sample = sampleInstitutionApplication(overrides as never) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(sample)).toBe(Object.prototype);
    expect(sample.name).toBe('某学校');
    expect(Object.keys(overrides)).toEqual(['__proto__', 'name']);
  });

  it('passes its check for any override of a field with the sample value itself (determinism)', () => {
    const base = sampleInstitutionApplication() as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(fc.subarray(Object.keys(base)), (keys) => {
        const overrides = Object.fromEntries(keys.map((k) => [k, base[k]]));
        expect(sampleInstitutionApplication(overrides as never)).toEqual(base);
      }),
    );
  });

  it('throws only SvaError: invalid_option for overrides that are not an object', () => {
    expect(svaErrorOf(() => sampleInstitutionApplication('x' as never)).issues).toEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'materials',
        message: '选项“overrides”无效：应为对象',
        messageEn: 'Option overrides is invalid: must be an object',
        path: ['overrides'],
        received: '"x"',
      },
    ]);
    for (const value of hostileValues()) {
      try {
        sampleInstitutionApplication(value as never);
      } catch {
        svaErrorOf(() => sampleInstitutionApplication(value as never));
      }
    }
  });

  it('overrides that cannot be read are an invalid_input SvaError citing materials', () => {
    const unreadable = Object.defineProperty({}, 'name', { get: () => { throw new Error('getter'); }, enumerable: true });
    expect(svaErrorOf(() => sampleInstitutionApplication(unreadable as never)).issues).toEqual([{ code: 'invalid_input', severity: 'error', clause: 'materials', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' }]);
  });

  it('applies for two items, one of whose specification it helped write', () => {
    expect(sampleInstitutionApplication().items).toEqual([
      { name: '面点制作', questionBank: true, trainingSince: '2020-09-01', helpedWriteSpecification: false, hasSpecification: true, canTrain: true },
      { name: '鲁绣', questionBank: true, trainingSince: '2018-03-15', helpedWriteSpecification: true, hasSpecification: true, canTrain: true },
    ]);
  });

  it('an overridden field can be changed and removed like the others', () => {
    const sample = sampleInstitutionApplication({ name: '某学校' }) as unknown as Record<string, unknown>;
    sample.name = '另一学校';
    expect(sample.name).toBe('另一学校');
    expect(Object.keys(sample)).toContain('name');
    delete sample.name;
    expect('name' in sample).toBe(false);
  });
});
