import { describe, expect, it } from 'vitest';
import { cityAt, isCityCodeAt } from '../../src/codes/cities.js';
import { SHANDONG_CITIES } from '../../src/index.js';

describe('isCityCodeAt (the bit table the code validators read)', () => {
  const codes = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
  const cases = codes.map((code) => ({ code, expected: SHANDONG_CITIES.some((c) => c.code === code) }));
  it.each(cases)('$code → $expected', ({ code, expected }) => {
    expect(isCityCodeAt(`37${code}0001`, 2)).toBe(expected);
    expect(cityAt(`37${code}0001`, 2) !== undefined).toBe(expected);
  });

  it('knows the 16 cities and no other code: 12 is skipped, 00 and 18–99 are none', () => {
    expect(cases.filter((c) => c.expected)).toHaveLength(16);
    expect(isCityCodeAt('12', 0)).toBe(false);
    expect(isCityCodeAt('04', 0)).toBe(true);
    expect(isCityCodeAt('17', 0)).toBe(true);
    expect(isCityCodeAt('18', 0)).toBe(false);
    // 36 and 33 are 4 and 1 modulo 32: a shift alone would take them for 04 and 01.
    expect(isCityCodeAt('36', 0)).toBe(false);
    expect(isCityCodeAt('33', 0)).toBe(false);
  });
});
