import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPassingScore, summarizeResults, ZAOZHUANG_2023 } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';
import { resultsSummary } from '../../src/scoring/summarizeResults.js';

describe('summarizeResults (四1, score.pass)', () => {
  const cases: { name: string; scores: (number | string)[]; passed: number; passRate: string }[] = [
    { name: 'none', scores: [], passed: 0, passRate: '0.00' },
    { name: 'one pass', scores: [60], passed: 1, passRate: '100.00' },
    { name: 'one fail at 59.99', scores: [59.99], passed: 0, passRate: '0.00' },
    { name: '2 of 3: 66.666… rounds up', scores: [60, '59.9', 88], passed: 2, passRate: '66.67' },
    { name: '1 of 3: 33.333… rounds down', scores: [1, 1, 60], passed: 1, passRate: '33.33' },
    { name: '1 of 8: 12.5 exactly', scores: [60, 0, 0, 0, 0, 0, 0, 0], passed: 1, passRate: '12.50' },
    { name: '1 of 16: 6.25', scores: [60, ...Array<number>(15).fill(10)], passed: 1, passRate: '6.25' },
    { name: '1 of 32: 3.125 rounds half up to 3.13', scores: [60, ...Array<number>(31).fill(10)], passed: 1, passRate: '3.13' },
    { name: '1 of 200: 0.5', scores: [60, ...Array<number>(199).fill(10)], passed: 1, passRate: '0.50' },
    { name: '1 of 40000: 0.0025 rounds down', scores: [60, ...Array<number>(39_999).fill(10)], passed: 1, passRate: '0.00' },
    { name: '1 of 80000: 0.00125 rounds down', scores: [60, ...Array<number>(79_999).fill(10)], passed: 1, passRate: '0.00' },
    { name: '1 of 20000: 0.005 rounds half up to 0.01', scores: [60, ...Array<number>(19_999).fill(10)], passed: 1, passRate: '0.01' },
    { name: 'float traps pass exactly', scores: ['60.0', 60.0001, '100'], passed: 3, passRate: '100.00' },
  ];
  it.each(cases)('$name', ({ scores, passed, passRate }) => {
    expect(summarizeResults(scores)).toEqual({ candidates: scores.length, passed, passRate });
  });

  it('agrees with a half-up rounding of the exact ratio (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 300 }), (tenths) => {
        const scores = tenths.map((t) => t / 10);
        const passed = scores.filter((s) => isPassingScore(s)).length;
        const n = BigInt(scores.length);
        const units = n === 0n ? 0n : (2n * BigInt(passed) * 10_000n + n) / (2n * n);
        const rate = `${units / 100n}.${String(units % 100n).padStart(2, '0')}`;
        expect(summarizeResults(scores)).toEqual({ candidates: scores.length, passed, passRate: rate });
      }),
    );
  });

  it('throws SvaError naming every bad score', () => {
    const error = svaErrorOf(() => summarizeResults([60, 100.1, 'x', -1, 70]));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['score_out_of_range', [1]],
      ['score_not_a_number', [2]],
      ['score_out_of_range', [3]],
    ]);
    expect(svaErrorOf(() => summarizeResults('60' as never)).code).toBe('invalid_input');
    // eslint-disable-next-line no-sparse-arrays
    expect(svaErrorOf(() => summarizeResults([60, , 70] as never)).issues.map((i) => [i.code, i.path])).toEqual([['score_not_a_number', [1]]]);
  });

  it('names each bad score and a batch that is not an array exactly', () => {
    expect(svaErrorOf(() => summarizeResults([60, 100.1, 'x'] as never)).issues).toEqual([
      {
        code: 'score_out_of_range',
        severity: 'error',
        clause: 'score.scale',
        message: '成绩实行百分制，应在0至100分之间，实为100.1',
        messageEn: 'Scores are on a 100-point scale: from 0 to 100; received 100.1',
        path: [1],
        expected: 100,
        received: '100.1',
      },
      {
        code: 'score_not_a_number',
        severity: 'error',
        clause: 'score.scale',
        message: '成绩应为数字，如59.5（不含空格、科学计数法或全角数字）',
        messageEn: 'The score must be a finite number or a plain decimal string such as "59.5" (no spaces, exponent or full-width digits); received "x"',
        path: [2],
        received: '"x"',
      },
    ]);
    const notArray = svaErrorOf(() => summarizeResults('60' as never));
    expect(notArray.issues).toEqual([
      { code: 'invalid_input', severity: 'error', clause: 'score.scale', message: '输入有误：考核成绩应为列表', messageEn: 'Invalid input: scores must be an array', path: ['scores'], received: '"60"' },
    ]);
    expect(notArray.message).toBe('Invalid input: scores must be an array (输入有误：考核成绩应为列表) [invalid_input, score.scale]');
  });

  it('never touches its input; throws only SvaError on hostile input', () => {
    const scores = deepFreeze([60, '59.9', 88]);
    expect(summarizeResults(scores).passed).toBe(2);
    for (const value of hostileValues()) {
      onlySvaError(() => summarizeResults(value as never));
      onlySvaError(() => summarizeResults([value] as never));
      onlySvaError(() => summarizeResults([60], value as never));
    }
  });
});

describe('summarizeResults with a policy', () => {
  it('counts passes against the policy\'s pass mark, and refuses a policy without one', () => {
    expect(summarizeResults([60, 70], { policy: { ...ZAOZHUANG_2023, passMark: 70 } })).toEqual({ candidates: 2, passed: 1, passRate: '50.00' });
    expect(svaErrorOf(() => summarizeResults([60], { policy: { fullMark: 100 } } as never)).issues).toMatchObject([
      { code: 'invalid_option', clause: 'policy.definition', path: ['policy', 'passMark'], received: 'undefined' },
    ]);
  });
});

describe('resultsSummary (the twin auditBatch calls with the passes it counted)', () => {
  const cases: { passed: number; candidates: number; passRate: string }[] = [
    { passed: 0, candidates: 0, passRate: '0.00' },
    { passed: 0, candidates: 3, passRate: '0.00' },
    { passed: 2, candidates: 3, passRate: '66.67' },
    { passed: 1, candidates: 8, passRate: '12.50' },
    { passed: 1, candidates: 800, passRate: '0.13' },
    { passed: 1, candidates: 40000, passRate: '0.00' },
    { passed: 1, candidates: 20000, passRate: '0.01' },
    { passed: 3, candidates: 3, passRate: '100.00' },
  ];
  it.each(cases)('$passed of $candidates: $passRate', ({ passed, candidates, passRate }) => {
    expect(resultsSummary(passed, candidates)).toEqual({ candidates, passed, passRate });
  });

  it('agrees with summarizeResults on the count of the scores that pass', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 })), (scores) => {
        const passed = scores.filter((s) => s >= ZAOZHUANG_2023.passMark).length;
        expect(resultsSummary(passed, scores.length)).toEqual(summarizeResults(scores));
      }),
    );
  });
});
