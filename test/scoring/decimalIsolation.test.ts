// The library computes through its own decimal.js clone: a caller's global settings, and an
// error raised inside decimal.js, never reach its answers.
import Decimal from 'decimal.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkScore, computeScore, isPassingScore, summarizeResults, SvaError } from '../../src/index.js';
import { svaErrorOf } from '../helpers/expect.js';

const sheets = [
  [{ score: 0.3, max: 1 }, { score: 32.3, max: 40 }, { score: 27.4, max: 59 }],
  [{ score: 1.9, max: 30, weight: 30 }, { score: 83, max: 100, weight: 70 }],
  [{ score: 1.79999, max: 3, weight: 100 }],
  [{ score: '59.95', max: '100' }],
  [{ score: 1, max: 1024, weight: 100 }],
];

function answers() {
  return {
    sheets: sheets.map((parts) => [computeScore(parts), computeScore(parts, { decimals: 3 })]),
    passing: ['59.95', '59.999', 60, '60.0001', '99.999'].map((s) => [isPassingScore(s), checkScore(s).ok]),
    summary: summarizeResults([60, 59.9, 88, 12, 60.5, 100]),
  };
}

describe('a caller\'s Decimal.set changes nothing', () => {
  afterEach(() => {
    Decimal.set({ defaults: true });
    vi.restoreAllMocks();
  });

  it('under precision 3 and ROUND_UP (and exponent notation everywhere), every answer is the same', () => {
    const before = answers();
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_UP, toExpNeg: -1, toExpPos: 1, modulo: Decimal.ROUND_UP, minE: -5, maxE: 5 });
    // The global constructor is now coarse: 59.95 + 0.001 rounds up to 60.
    expect(new Decimal('59.95').plus('0.001').eq(60)).toBe(true);
    const after = answers();
    expect(after).toEqual(before);
    expect(after.sheets[3]?.[0]).toEqual({ exact: '59.95', score: '59.9', passed: false, terminating: true });
    expect(after.summary.passRate).toBe('66.67');
  });

  it('holds when the library is loaded after the caller changed the global settings', async () => {
    const before = answers();
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_UP, toExpNeg: -1, toExpPos: 1 });
    const clone = vi.spyOn(Decimal, 'clone');
    vi.resetModules();
    const fresh = await import('../../src/scoring/index.js');
    // The fresh copy made its clone from this very (now coarse) global constructor.
    expect(clone).toHaveBeenCalledTimes(1);
    expect(sheets.map((parts) => [fresh.computeScore(parts), fresh.computeScore(parts, { decimals: 3 })])).toEqual(before.sheets);
    expect(fresh.summarizeResults([60, 59.9, 88, 12, 60.5, 100])).toEqual(before.summary);
    // It reads and rejects scores just as the first copy does (a fresh SvaError class, so caught by hand).
    expect(['60 ', ' 60', '+60', '6e1', '60'].map((s) => fresh.checkScore(s).issues.map((i) => i.code))).toEqual([
      ['score_not_a_number'],
      ['score_not_a_number'],
      ['score_not_a_number'],
      ['score_not_a_number'],
      [],
    ]);
    let thrown: unknown;
    try {
      fresh.computeScore([{ score: 10, max: 40 }, { score: 10, max: 50 }]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      name: 'SvaError',
      issues: [
        {
          code: 'max_sum_not_full_mark',
          severity: 'error',
          clause: 'score.scale',
          message: '各部分满分之和应为100分，实为90分',
          messageEn: 'The maximums add up to 90, not 100',
          expected: 100,
          received: '90',
        },
      ],
    });
  });

  it('an error inside decimal.js becomes an SvaError (value functions) or an issue (checks)', () => {
    vi.spyOn(Decimal.prototype, 'gte').mockImplementation(() => {
      throw new Error('[DecimalError] simulated');
    });
    for (const fn of [() => computeScore(sheets[0] ?? []), () => isPassingScore(60), () => summarizeResults([60])]) {
      const error = svaErrorOf(fn);
      expect(error).toBeInstanceOf(SvaError);
      expect(error.message).not.toContain('DecimalError');
    }
    const checked = checkScore(60);
    expect(checked.ok).toBe(false);
    expect(checked.issues[0]?.code).toBe('invalid_input');
  });
});
