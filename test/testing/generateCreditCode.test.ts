import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_AUTHORITIES, isValidUnifiedSocialCreditCode, parseUnifiedSocialCreditCode, ZAOZHUANG_DISTRICTS } from '../../src/index.js';
import { generateCreditCode } from '../../src/testing/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';

const pairs = CREDIT_CODE_AUTHORITIES.flatMap((a) => a.types.map((t) => ({ authorityCode: a.code, typeCode: t.code })));
const options = fc.record(
  {
    pair: fc.option(fc.constantFrom(...pairs), { nil: undefined }),
    typeOnly: fc.option(fc.constantFrom(...new Set(pairs.map((p) => p.typeCode))), { nil: undefined }),
    regionCode: fc.option(fc.stringMatching(/^\d{6}$/), { nil: undefined }),
    seed: fc.option(fc.integer(), { nil: undefined }),
  },
).map(({ pair, typeOnly, regionCode, seed }) => ({
  ...(pair ?? (typeOnly === undefined ? {} : { typeCode: typeOnly })),
  ...(regionCode === undefined ? {} : { regionCode }),
  ...(seed === undefined ? {} : { seed }),
}));

describe('generateCreditCode (sva-rules/testing)', () => {
  it('passes parseUnifiedSocialCreditCode, also strict, with the parts asked for, for any seed and options', () => {
    fc.assert(
      fc.property(options, (opts: { authorityCode?: string; typeCode?: string; regionCode?: string; seed?: number }) => {
        const code = generateCreditCode(opts);
        expect(isValidUnifiedSocialCreditCode(code)).toBe(true);
        const parsed = parseUnifiedSocialCreditCode(code, { strict: true });
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.code).toBe(code);
        if (opts.authorityCode !== undefined) expect(parsed.value.authorityCode).toBe(opts.authorityCode);
        if (opts.typeCode !== undefined) expect(parsed.value.typeCode).toBe(opts.typeCode);
        if (opts.regionCode !== undefined) expect(parsed.value.regionCode).toBe(opts.regionCode);
      }),
    );
  });

  it('gives every authority and type, and Zaozhuang regions, when left out', () => {
    const seen = new Set<string>();
    const regions = new Set(ZAOZHUANG_DISTRICTS.map((d) => d.code));
    for (let seed = 0; seed < 2000; seed++) {
      const parsed = parseUnifiedSocialCreditCode(generateCreditCode({ seed }));
      if (!parsed.ok) throw new Error(`seed ${seed}`);
      seen.add(parsed.value.authorityCode + parsed.value.typeCode);
      expect(regions.has(parsed.value.regionCode)).toBe(true);
    }
    expect(seen.size).toBe(pairs.length);
  });

  it('is deterministic', () => {
    fc.assert(fc.property(options, (opts) => void expect(generateCreditCode(opts)).toBe(generateCreditCode({ ...opts }))));
    expect(generateCreditCode()).toBe(generateCreditCode({ seed: 1 }));
    expect(generateCreditCode()).toBe('81370405YY8JNDYE5M');
    expect(generateCreditCode({ seed: 7 })).toBe('11370481MGCE7HN712');
    expect(new Set(Array.from({ length: 50 }, (_, seed) => generateCreditCode({ seed, authorityCode: '9', typeCode: '1' }))).size).toBe(50);
  });

  it.each([
    { name: 'an unknown authority', options: { authorityCode: 'Z' }, path: ['authorityCode'] },
    { name: 'a type the authority does not have', options: { authorityCode: '9', typeCode: '9' }, path: ['typeCode'] },
    { name: 'a type no authority has', options: { typeCode: 'Q' }, path: ['typeCode'] },
    { name: 'a 7-digit region', options: { regionCode: '3704031' }, path: ['regionCode'] },
    { name: 'an infinite seed', options: { seed: Infinity }, path: ['seed'] },
    { name: 'options that are not an object', options: 'x', path: ['options'] },
  ])('throws SvaError invalid_option for $name', ({ options: opts, path }) => {
    const error = svaErrorOf(() => generateCreditCode(opts as never));
    expect(error.code).toBe('invalid_option');
    expect(error.issues[0]).toMatchObject({ clause: 'institution.registration', path });
  });

  const invalid = (path: string, reasonZh: string, reasonEn: string, received: string) => ({
    code: 'invalid_option',
    severity: 'error',
    clause: 'institution.registration',
    message: `选项“${path}”无效：${reasonZh}`,
    messageEn: `Option ${path} is invalid: ${reasonEn}`,
    path: [path],
    received,
  });

  it.each([
    { name: 'an unknown authority', options: { authorityCode: 'Z' }, issue: invalid('authorityCode', '不是登记管理部门代码', 'is not a GB 32100 registration-authority code', '"Z"') },
    { name: 'an unknown authority with a type', options: { authorityCode: 'Z', typeCode: '1' }, issue: invalid('authorityCode', '不是登记管理部门代码', 'is not a GB 32100 registration-authority code', '"Z"') },
    { name: 'a type the authority does not have', options: { authorityCode: '9', typeCode: '9' }, issue: invalid('typeCode', '不是该登记管理部门下的机构类别代码', 'is not an organisation type of that authority', '"9"') },
    { name: 'a type as a number', options: { typeCode: 1 }, issue: invalid('typeCode', '不是该登记管理部门下的机构类别代码', 'is not an organisation type of that authority', '1') },
    { name: 'a region as a number', options: { regionCode: 370403 }, issue: invalid('regionCode', '应为6位数字', 'must be 6 digits', '370403') },
    { name: 'a 5-digit region', options: { regionCode: '37040' }, issue: invalid('regionCode', '应为6位数字', 'must be 6 digits', '"37040"') },
    { name: 'a seed as a string', options: { seed: '1' }, issue: invalid('seed', '应为有限数字', 'must be a finite number', '"1"') },
    { name: 'a NaN seed', options: { seed: Number.NaN }, issue: invalid('seed', '应为有限数字', 'must be a finite number', 'NaN') },
    { name: 'null options', options: null, issue: invalid('options', '应为对象', 'must be an object', 'null') },
  ])('its invalid_option issue for $name', ({ options: opts, issue }) => {
    expect(svaErrorOf(() => generateCreditCode(opts as never)).issues).toEqual([issue]);
  });

  it('keeps a region code given, and draws a type of the authority given', () => {
    const parsed = parseUnifiedSocialCreditCode(generateCreditCode({ authorityCode: '5', regionCode: '110101', seed: 3 }), { strict: true });
    expect(parsed.ok && parsed.value.regionCode).toBe('110101');
    expect(parsed.ok && parsed.value.authorityCode).toBe('5');
    const types = new Set(Array.from({ length: 200 }, (_, seed) => parseUnifiedSocialCreditCode(generateCreditCode({ authorityCode: '5', seed }))).map((p) => (p.ok ? p.value.typeCode : '')));
    expect([...types].sort()).toEqual(CREDIT_CODE_AUTHORITIES.find((a) => a.code === '5')?.types.map((t) => t.code).sort());
  });

  it('throws only SvaError, whatever it is given', () => {
    for (const value of hostileValues()) {
      for (const opts of [value, { authorityCode: value }, { typeCode: value }, { regionCode: value }, { seed: value }]) {
        try {
          expect(isValidUnifiedSocialCreditCode(generateCreditCode(opts as never))).toBe(true);
        } catch {
          svaErrorOf(() => generateCreditCode(opts as never));
        }
      }
    }
  });
});
