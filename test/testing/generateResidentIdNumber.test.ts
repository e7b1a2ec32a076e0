import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCandidateEligibility, isValidResidentIdNumber, parseResidentIdNumber, ZAOZHUANG_DISTRICTS } from '../../src/index.js';
import { generateResidentIdNumber } from '../../src/testing/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';

const day = fc.date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const options = fc.record(
  {
    birthDate: day,
    sex: fc.constantFrom('male' as const, 'female' as const),
    regionCode: fc.stringMatching(/^\d{6}$/),
    seed: fc.integer(),
  },
  { requiredKeys: [] },
);

describe('generateResidentIdNumber (sva-rules/testing)', () => {
  it('passes parseResidentIdNumber with the birth date, sex and region asked for, for any seed and options', () => {
    fc.assert(
      fc.property(options, (opts) => {
        const id = generateResidentIdNumber(opts);
        const parsed = parseResidentIdNumber(id);
        expect(parsed.ok).toBe(true);
        expect(isValidResidentIdNumber(id)).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.id).toBe(id);
        if (opts.birthDate !== undefined) expect(parsed.value.birthDate).toBe(opts.birthDate);
        if (opts.sex !== undefined) expect(parsed.value.sex).toBe(opts.sex);
        if (opts.regionCode !== undefined) expect(parsed.value.regionCode).toBe(opts.regionCode);
      }),
    );
  });

  it('is deterministic: the same options give the same number', () => {
    fc.assert(fc.property(options, (opts) => void expect(generateResidentIdNumber(opts)).toBe(generateResidentIdNumber({ ...opts }))));
    expect(generateResidentIdNumber()).toBe(generateResidentIdNumber({ seed: 1 }));
    expect(generateResidentIdNumber()).toBe('370405196002159889');
    expect(generateResidentIdNumber({ seed: 7 })).toBe('370402196211076941');
    expect(new Set(Array.from({ length: 50 }, (_, seed) => generateResidentIdNumber({ seed }))).size).toBe(50);
  });

  it('draws a Zaozhuang district and a working-age birth date (1960–2005) when left out', () => {
    const codes = new Set(ZAOZHUANG_DISTRICTS.map((d) => d.code));
    for (let seed = 0; seed < 200; seed++) {
      const parsed = parseResidentIdNumber(generateResidentIdNumber({ seed }));
      expect(parsed.ok && codes.has(parsed.value.regionCode)).toBe(true);
      expect(parsed.ok && parsed.value.birthDate >= '1960-01-01' && parsed.value.birthDate <= '2005-12-31').toBe(true);
    }
  });

  it.each([
    { birthDate: '1850-01-01', sex: 'female' as const },
    { birthDate: '2008-06-15', sex: 'male' as const },
    { birthDate: new Date('2008-06-14T16:00:00Z'), sex: 'male' as const }, // 2008-06-15 in China
  ])('keeps the birth date $birthDate at its boundary uses', ({ birthDate, sex }) => {
    const parsed = parseResidentIdNumber(generateResidentIdNumber({ birthDate, sex }));
    expect(parsed.ok && parsed.value.birthDate).toBe(typeof birthDate === 'string' ? birthDate : '2008-06-15');
    expect(parsed.ok && parsed.value.sex).toBe(sex);
  });

  it('feeds checkCandidateEligibility: 16 on the birthday, 15 the day before', () => {
    const idNumber = generateResidentIdNumber({ birthDate: '2008-06-15', seed: 9 });
    expect(checkCandidateEligibility({ idNumber, applicationDate: '2024-06-15' }).ok).toBe(true);
    expect(checkCandidateEligibility({ idNumber, applicationDate: '2024-06-14' }).ok).toBe(false);
  });

  it.each([
    { name: 'a birth date before 1850', options: { birthDate: '1849-12-31' }, path: ['birthDate'] },
    { name: 'an impossible birth date', options: { birthDate: '2023-02-29' }, path: ['birthDate'] },
    { name: 'an unknown sex', options: { sex: 'm' }, path: ['sex'] },
    { name: 'a 5-digit region', options: { regionCode: '37040' }, path: ['regionCode'] },
    { name: 'a region with a letter', options: { regionCode: '37040X' }, path: ['regionCode'] },
    { name: 'a seed that is not a number', options: { seed: '1' }, path: ['seed'] },
    { name: 'options that are not an object', options: 7, path: ['options'] },
  ])('throws SvaError invalid_option for $name', ({ options: opts, path }) => {
    const error = svaErrorOf(() => generateResidentIdNumber(opts as never));
    expect(error.code).toBe('invalid_option');
    expect(error.issues[0]).toMatchObject({ clause: 'candidate.age', path });
  });

  it('draws both sexes when left out', () => {
    const sexes = Array.from({ length: 100 }, (_, seed) => parseResidentIdNumber(generateResidentIdNumber({ seed }))).map((p) => (p.ok ? p.value.sex : ''));
    expect(sexes.filter((x) => x === 'male').length).toBeGreaterThan(30);
    expect(sexes.filter((x) => x === 'female').length).toBeGreaterThan(30);
  });

  const invalid = (path: string, reasonZh: string, reasonEn: string, received: string) => ({
    code: 'invalid_option',
    severity: 'error',
    clause: 'candidate.age',
    message: `选项“${path}”无效：${reasonZh}`,
    messageEn: `Option ${path} is invalid: ${reasonEn}`,
    path: [path],
    received,
  });
  const birth = ['应为1850年1月1日及以后的真实日期', 'must be a real date from 1850-01-01 on'] as const;

  it.each([
    { name: 'a birth date the day before 1850', options: { birthDate: '1849-12-31' }, issue: invalid('birthDate', ...birth, '"1849-12-31"') },
    { name: 'an invalid Date', options: { birthDate: new Date(Number.NaN) }, issue: invalid('birthDate', ...birth, 'Invalid Date') },
    { name: 'a birth date as a number', options: { birthDate: 20080615 }, issue: invalid('birthDate', ...birth, '20080615') },
    { name: 'an unknown sex', options: { sex: 'm' }, issue: invalid('sex', '应为“male”（男）或“female”（女）', "must be 'male' or 'female'", '"m"') },
    { name: 'a sex of null', options: { sex: null }, issue: invalid('sex', '应为“male”（男）或“female”（女）', "must be 'male' or 'female'", 'null') },
    { name: 'a region as a number', options: { regionCode: 370402 }, issue: invalid('regionCode', '应为6位数字', 'must be 6 digits', '370402') },
    { name: 'a 7-digit region', options: { regionCode: '3704021' }, issue: invalid('regionCode', '应为6位数字', 'must be 6 digits', '"3704021"') },
    { name: 'an infinite seed', options: { seed: Number.NEGATIVE_INFINITY }, issue: invalid('seed', '应为有限数字', 'must be a finite number', '-Infinity') },
    { name: 'options that are a list', options: [], issue: invalid('options', '应为对象', 'must be an object', 'array') },
  ])('its invalid_option issue for $name', ({ options: opts, issue }) => {
    expect(svaErrorOf(() => generateResidentIdNumber(opts as never)).issues).toEqual([issue]);
  });

  it('throws only SvaError, whatever it is given', () => {
    for (const value of hostileValues()) {
      for (const opts of [value, { birthDate: value }, { sex: value }, { regionCode: value }, { seed: value }]) {
        try {
          expect(isValidResidentIdNumber(generateResidentIdNumber(opts as never))).toBe(true);
        } catch {
          svaErrorOf(() => generateResidentIdNumber(opts as never));
        }
      }
    }
  });
});
