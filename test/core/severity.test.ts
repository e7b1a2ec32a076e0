import { describe, expect, it } from 'vitest';
import { generalSeverity } from '../../src/core/severity.js';
import { ZAOZHUANG_2023 } from '../../src/index.js';

describe('generalSeverity', () => {
  it.each([
    { generalLimits: 'warning', expected: 'warning' },
    { generalLimits: 'error', expected: 'error' },
  ] as const)('a 一般 limit under generalLimits $generalLimits is a $expected', ({ generalLimits, expected }) => {
    expect(generalSeverity({ generalLimits })).toBe(expected);
    expect(generalSeverity({ ...ZAOZHUANG_2023, generalLimits })).toBe(expected);
  });

  it('is a warning under the 2023 scheme', () => {
    expect(generalSeverity(ZAOZHUANG_2023)).toBe('warning');
  });
});
