import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy, FULL_MARK, isPassingScore, PASS_MARK, ZAOZHUANG_2023 } from '../../src/index.js';
import { SCORE_SCALE } from '../../src/core/scoreScale.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';

describe('FULL_MARK and PASS_MARK (四1)', () => {
  it('are the numbers of ZAOZHUANG_2023', () => {
    expect(FULL_MARK).toBe(100);
    expect(PASS_MARK).toBe(60);
    expect(FULL_MARK).toBe(ZAOZHUANG_2023.fullMark);
    expect(PASS_MARK).toBe(ZAOZHUANG_2023.passMark);
    // The scores' light default is the same numbers, not a second copy of them.
    expect(SCORE_SCALE).toEqual({ fullMark: ZAOZHUANG_2023.fullMark, passMark: ZAOZHUANG_2023.passMark });
    expect(ZAOZHUANG_2023.clauses.fullMark).toBe('score.scale');
    expect(ZAOZHUANG_2023.clauses.passMark).toBe('score.pass');
  });
});

describe('isPassingScore (四1, score.pass)', () => {
  const cases: { name: string; score: number | string; expected: boolean }[] = [
    { name: '0', score: 0, expected: false },
    { name: '59.9', score: 59.9, expected: false },
    { name: '59.99', score: 59.99, expected: false },
    { name: "'59.99'", score: '59.99', expected: false },
    { name: '59.999999', score: 59.999999, expected: false },
    { name: "'59.9999999999999999999999' (beyond a double)", score: '59.9999999999999999999999', expected: false },
    { name: '60', score: 60, expected: true },
    { name: "'60'", score: '60', expected: true },
    { name: "'60.000'", score: '60.000', expected: true },
    { name: "'060'", score: '060', expected: true },
    { name: '60.0001', score: 60.0001, expected: true },
    { name: '60.1', score: 60.1, expected: true },
    { name: '100', score: 100, expected: true },
    { name: "'100.0'", score: '100.0', expected: true },
    { name: "'60.000…' of 50 characters, the longest string read", score: `60.${'0'.repeat(47)}`, expected: true },
    { name: "'59.999…' of 50 characters", score: `59.${'9'.repeat(47)}`, expected: false },
  ];
  it.each(cases)('$name → $expected', ({ score, expected }) => expect(isPassingScore(score)).toBe(expected));

  const bad: { name: string; score: unknown; code: string }[] = [
    { name: '100.1', score: 100.1, code: 'score_out_of_range' },
    { name: "'100.0000001'", score: '100.0000001', code: 'score_out_of_range' },
    { name: '-1', score: -1, code: 'score_out_of_range' },
    { name: "'-0.01'", score: '-0.01', code: 'score_out_of_range' },
    { name: 'NaN', score: NaN, code: 'score_not_a_number' },
    { name: 'Infinity', score: Infinity, code: 'score_not_a_number' },
    { name: "''", score: '', code: 'score_not_a_number' },
    { name: "' 60'", score: ' 60', code: 'score_not_a_number' },
    { name: "'60 '", score: '60 ', code: 'score_not_a_number' },
    { name: "'6e1'", score: '6e1', code: 'score_not_a_number' },
    { name: "'+60'", score: '+60', code: 'score_not_a_number' },
    { name: "'６０' (full-width)", score: '６０', code: 'score_not_a_number' },
    { name: "'60分'", score: '60分', code: 'score_not_a_number' },
    { name: "'0x3C'", score: '0x3C', code: 'score_not_a_number' },
    { name: "'6_0'", score: '6_0', code: 'score_not_a_number' },
    { name: 'a bigint', score: 60n, code: 'score_not_a_number' },
    { name: 'a Number object', score: Object(60), code: 'score_not_a_number' },
    { name: 'null', score: null, code: 'score_not_a_number' },
    { name: "'60.000…' of 51 characters", score: `60.${'0'.repeat(48)}`, code: 'score_not_a_number' },
  ];
  it.each(bad)('throws SvaError: $name', ({ score, code }) => {
    const error = svaErrorOf(() => isPassingScore(score as never));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.clause).toBe('score.scale');
  });

  it('throws the exact issue', () => {
    const error = svaErrorOf(() => isPassingScore(-0.5));
    expect(error.message).toBe('Scores are on a 100-point scale: from 0 to 100; received -0.5 (成绩实行百分制，应在0至100分之间，实为-0.5) [score_out_of_range, score.scale]');
    expect(error.issues).toEqual([
      {
        code: 'score_out_of_range',
        severity: 'error',
        clause: 'score.scale',
        message: '成绩实行百分制，应在0至100分之间，实为-0.5',
        messageEn: 'Scores are on a 100-point scale: from 0 to 100; received -0.5',
        expected: 100,
        received: '-0.5',
      },
    ]);
    // A string of 51 characters is not read; `received` shows its first 40.
    expect(svaErrorOf(() => isPassingScore(`60.${'0'.repeat(48)}`)).issues[0]?.received).toBe(`"60.${'0'.repeat(37)}"…`);
  });

  it('refuses a policy without sane marks, however it was made', () => {
    expect(svaErrorOf(() => isPassingScore(60, { policy: {} } as never)).issues.map((i) => [i.code, i.clause, i.path])).toEqual([
      ['invalid_option', 'policy.definition', ['policy', 'fullMark']],
      ['invalid_option', 'policy.definition', ['policy', 'passMark']],
    ]);
    expect(svaErrorOf(() => isPassingScore(60, { policy: { ...ZAOZHUANG_2023, passMark: 101 } })).issues).toMatchObject([
      { code: 'invalid_option', path: ['policy', 'passMark'], message: '选项“policy.passMark”无效：应为1至100的整数' },
    ]);
    expect(svaErrorOf(() => isPassingScore(60, 5 as never)).issues).toMatchObject([{ code: 'invalid_option', clause: 'score.scale', path: ['options'] }]);
    expect(isPassingScore(70, { policy: { ...ZAOZHUANG_2023, passMark: 70 } })).toBe(true);
  });

  it('reads the marks from the policy', () => {
    const policy = definePolicy({ fullMark: 10, passMark: 6 });
    expect(isPassingScore(6, { policy })).toBe(true);
    expect(isPassingScore(5.99, { policy })).toBe(false);
    expect(svaErrorOf(() => isPassingScore(60, { policy })).code).toBe('score_out_of_range');
  });

  it('agrees with exact comparison of whole hundredths (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.boolean(), (hundredths, asString) => {
        const score = asString ? (hundredths / 100).toFixed(2) : hundredths / 100;
        expect(isPassingScore(score)).toBe(hundredths >= 6000);
      }),
    );
  });

  it('throws only SvaError, whatever it is given', () => {
    for (const value of hostileValues()) onlySvaError(() => isPassingScore(value as never));
    fc.assert(fc.property(fc.anything(), (value) => onlySvaError(() => isPassingScore(value as never))));
  });
});
