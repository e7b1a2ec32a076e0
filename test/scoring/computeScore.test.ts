import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScore, definePolicy } from '../../src/index.js';
import type { RuleIssue, ScorePart } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { onlySvaError } from '../helpers/onlySvaError.js';
import { add, div, expansion, floorTo, gte, mul, parseDecimal, rational, tenths } from './rational.js';
import type { Rational } from './rational.js';

const one = (score: number | string, max: number | string = 100): ScorePart[] => [{ score, max }];

describe('computeScore (四1, score.scale, score.pass)', () => {
  // Every boundary of the pass mark and the scale, on a single part out of 100.
  const boundaries = [
    { name: '0', parts: one(0), exact: '0', score: '0.0', passed: false },
    { name: '59.9', parts: one(59.9), exact: '59.9', score: '59.9', passed: false },
    { name: '59.95 is reported 59.9, never 60.0', parts: one(59.95), exact: '59.95', score: '59.9', passed: false },
    { name: '59.99', parts: one(59.99), exact: '59.99', score: '59.9', passed: false },
    { name: "'59.99999999999999999999' (string, beyond a double)", parts: one('59.99999999999999999999'), exact: '59.99999999999999999999', score: '59.9', passed: false },
    { name: '60', parts: one(60), exact: '60', score: '60.0', passed: true },
    { name: "'60.0'", parts: one('60.0'), exact: '60', score: '60.0', passed: true },
    { name: '60.0001', parts: one(60.0001), exact: '60.0001', score: '60.0', passed: true },
    { name: '60.1', parts: one(60.1), exact: '60.1', score: '60.1', passed: true },
    { name: '100', parts: one(100), exact: '100', score: '100.0', passed: true },
    { name: "'-0' reads as 0", parts: one('-0'), exact: '0', score: '0.0', passed: false },
    { name: '-0 reads as 0', parts: one(-0), exact: '0', score: '0.0', passed: false },
    { name: 'a tiny number is exact', parts: one(1e-7), exact: '0.0000001', score: '0.0', passed: false },
  ];
  it.each(boundaries)('$name', ({ parts, exact, score, passed }) => {
    expect(computeScore(parts)).toEqual({ exact, score, passed, terminating: true });
  });

  const floatTraps = [
    {
      name: '0.3 + 32.3 + 27.4 is 60 (floats say 59.99999999999999)',
      parts: [{ score: 0.3, max: 1 }, { score: 32.3, max: 40 }, { score: 27.4, max: 59 }],
      float: 0.3 + 32.3 + 27.4,
    },
    {
      name: '2/3 × 90 + 0 × 10 is exactly 60',
      parts: [{ score: 2, max: 3, weight: 90 }, { score: 0, max: 10, weight: 10 }],
      float: (2 / 3) * 90,
    },
    {
      name: '1.9/30 × 30 + 83/100 × 70 is 60 (floats say 59.99999999999999)',
      parts: [{ score: 1.9, max: 30, weight: 30 }, { score: 83, max: 100, weight: 70 }],
      float: (1.9 / 30) * 30 + (83 / 100) * 70,
    },
    {
      name: 'the same as strings',
      parts: [{ score: '1.9', max: '30', weight: '30' }, { score: '83', max: '100', weight: '70' }],
      float: NaN,
    },
  ];
  it.each(floatTraps)('$name', ({ parts }) => {
    expect(computeScore(parts)).toEqual({ exact: '60', score: '60.0', passed: true, terminating: true });
  });
  it('the float traps are real', () => {
    expect(0.3 + 32.3 + 27.4).toBeLessThan(60);
    expect((1.9 / 30) * 30 + (83 / 100) * 70).toBeLessThan(60);
  });

  const nonTerminating = [
    { name: '1/3 × 100', parts: [{ score: 1, max: 3, weight: 100 }], exact: '33.33333333333333333333', score: '33.3', passed: false },
    { name: '2/3 × 100', parts: [{ score: 2, max: 3, weight: 100 }], exact: '66.66666666666666666666', score: '66.6', passed: true },
    { name: 'just below 60', parts: [{ score: 1.79999, max: 3, weight: 100 }], exact: '59.99966666666666666666', score: '59.9', passed: false },
    { name: 'just above 60', parts: [{ score: 1.80001, max: 3, weight: 100 }], exact: '60.00033333333333333333', score: '60.0', passed: true },
    {
      name: '59.999… with 20 nines still fails',
      parts: [{ score: '179999999999999999999998', max: '300000000000000000000000', weight: 100 }],
      exact: '59.99999999999999999999',
      score: '59.9',
      passed: false,
    },
  ];
  it.each(nonTerminating)('does not terminate: $name', ({ parts, exact, score, passed }) => {
    expect(computeScore(parts)).toEqual({ exact, score, passed, terminating: false });
  });

  it('reports a terminating weighted total in full, however many decimals it needs', () => {
    expect(computeScore([{ score: 1, max: 64, weight: 100 }], { decimals: 3 })).toEqual({
      exact: '1.5625',
      score: '1.562',
      passed: false,
      terminating: true,
    });
    expect(computeScore([{ score: 1, max: 1024, weight: 100 }])).toMatchObject({ exact: '0.09765625', terminating: true });
  });

  const decimals = [
    { decimals: 0, score: '59' },
    { decimals: 1, score: '59.9' },
    { decimals: 2, score: '59.99' },
    { decimals: 3, score: '59.999' },
    { decimals: 4, score: '59.9990' },
    { decimals: 20, score: '59.99900000000000000000' },
  ];
  it.each(decimals)('decimals $decimals rounds down and prints exactly that many', ({ decimals: d, score }) => {
    expect(computeScore(one(59.999), { decimals: d }).score).toBe(score);
  });

  const errors: { name: string; parts: unknown; options?: unknown; codes: string[]; paths?: unknown[] }[] = [
    { name: 'score 100.1 on a part out of 100', parts: one(100.1), codes: ['part_score_out_of_range'], paths: [[0, 'score']] },
    { name: 'a negative score', parts: one(-1), codes: ['part_score_out_of_range'], paths: [[0, 'score']] },
    { name: "'-0.1'", parts: one('-0.1'), codes: ['part_score_out_of_range'] },
    {
      name: 'a score above its part\'s maximum',
      parts: [{ score: 41, max: 40 }, { score: 10, max: 60 }],
      codes: ['part_score_out_of_range'],
      paths: [[0, 'score']],
    },
    { name: 'maximums adding up to 90', parts: [{ score: 10, max: 40 }, { score: 10, max: 50 }], codes: ['max_sum_not_full_mark'] },
    { name: 'maximums adding up to 100.1', parts: [{ score: 10, max: 40 }, { score: 10, max: 60.1 }], codes: ['max_sum_not_full_mark'] },
    { name: 'no parts: the maximums add up to 0', parts: [], codes: ['max_sum_not_full_mark'] },
    {
      name: 'weights adding up to 90',
      parts: [{ score: 1, max: 1, weight: 50 }, { score: 1, max: 1, weight: 40 }],
      codes: ['weight_sum_not_full_mark'],
    },
    {
      name: 'weights adding up to 100.0001',
      parts: [{ score: 1, max: 1, weight: 50 }, { score: 1, max: 1, weight: 50.0001 }],
      codes: ['weight_sum_not_full_mark'],
    },
    {
      name: 'weights on only some parts',
      parts: [{ score: 1, max: 1, weight: 50 }, { score: 1, max: 99 }, { score: 1, max: 1, weight: 50 }, { score: 1, max: 1 }],
      codes: ['part_weight_missing', 'part_weight_missing'],
      paths: [[1, 'weight'], [3, 'weight']],
    },
    { name: 'a maximum of 0', parts: [{ score: 0, max: 0 }, { score: 1, max: 100 }], codes: ['part_value_not_positive'], paths: [[0, 'max']] },
    { name: 'a negative maximum', parts: [{ score: 0, max: -10 }, { score: 1, max: 110 }], codes: ['part_value_not_positive'] },
    {
      name: 'a weight of 0',
      parts: [{ score: 1, max: 1, weight: 0 }, { score: 1, max: 1, weight: 100 }],
      codes: ['part_value_not_positive'],
      paths: [[0, 'weight']],
    },
    { name: 'a score as " 60"', parts: one(' 60'), codes: ['part_value_not_a_number'] },
    { name: "a score as '6e1'", parts: one('6e1'), codes: ['part_value_not_a_number'] },
    { name: 'a full-width score', parts: one('６０'), codes: ['part_value_not_a_number'] },
    { name: "a score as '+60'", parts: one('+60'), codes: ['part_value_not_a_number'] },
    { name: "a score as '.5'", parts: one('.5'), codes: ['part_value_not_a_number'] },
    { name: "a score as '5.'", parts: one('5.'), codes: ['part_value_not_a_number'] },
    { name: "a score as '1,000'", parts: one('1,000'), codes: ['part_value_not_a_number'] },
    { name: "a score as 'Infinity'", parts: one('Infinity'), codes: ['part_value_not_a_number'] },
    { name: 'a score as NaN', parts: one(NaN), codes: ['part_value_not_a_number'] },
    { name: 'a score as Infinity', parts: one(Infinity), codes: ['part_value_not_a_number'] },
    { name: 'a score missing', parts: [{ max: 100 }], codes: ['part_value_not_a_number'], paths: [[0, 'score']] },
    { name: 'a maximum missing', parts: [{ score: 1 }], codes: ['part_value_not_a_number'], paths: [[0, 'max']] },
    { name: 'a weight as a word', parts: [{ score: 1, max: 1, weight: 'half' }], codes: ['part_value_not_a_number'], paths: [[0, 'weight']] },
    { name: 'a string of 51 characters', parts: one(`60.${'0'.repeat(48)}`), codes: ['part_value_not_a_number'] },
    { name: 'a part that is not an object', parts: [null, { score: 1, max: 100 }], codes: ['part_not_an_object'], paths: [[0]] },
    // eslint-disable-next-line no-sparse-arrays
    { name: 'a hole in a sparse array is a part, not skipped', parts: [{ score: 60, max: 100 }, , ], codes: ['part_not_an_object'], paths: [[1]] },
    { name: 'parts not an array', parts: { score: 1, max: 100 }, codes: ['invalid_input'] },
    { name: 'decimals -1', parts: one(60), options: { decimals: -1 }, codes: ['invalid_option'] },
    { name: 'decimals 1.5', parts: one(60), options: { decimals: 1.5 }, codes: ['invalid_option'] },
    { name: 'decimals 21', parts: one(60), options: { decimals: 21 }, codes: ['invalid_option'] },
    { name: "decimals '1'", parts: one(60), options: { decimals: '1' }, codes: ['invalid_option'] },
    { name: 'decimals as a Number object', parts: one(60), options: { decimals: Object(1) }, codes: ['invalid_option'] },
    { name: 'decimals as a bigint', parts: one(60), options: { decimals: 1n }, codes: ['invalid_option'] },
    { name: 'decimals true', parts: one(60), options: { decimals: true }, codes: ['invalid_option'] },
    {
      name: 'every fault at once',
      parts: [{ score: -1, max: 50, weight: 3 }, { score: 'x', max: 0 }],
      codes: ['part_score_out_of_range', 'part_value_not_a_number', 'part_value_not_positive', 'part_weight_missing'],
    },
  ];
  it.each(errors)('throws SvaError: $name', ({ parts, options, codes, paths }) => {
    const error = svaErrorOf(() => computeScore(parts as never, options as never));
    expect(error.issues.map((i) => i.code)).toEqual(codes);
    expect(error.issues.every((i) => i.clause === 'score.scale')).toBe(true);
    if (paths !== undefined) expect(error.issues.map((i) => i.path)).toEqual(paths);
  });

  it('names what is wrong, in Chinese and English', () => {
    const error = svaErrorOf(() => computeScore([{ score: 41, max: 40 }, { score: 10, max: 50 }]));
    expect(error.issues[0]).toMatchObject({
      code: 'part_score_out_of_range',
      message: '第1部分的得分应在0分至40分之间，实为41',
      messageEn: 'Part 1: the score must be from 0 to 40; received 41',
      expected: '40',
      received: '41',
    });
    const sum = svaErrorOf(() => computeScore([{ score: 10, max: 40 }, { score: 10, max: 50 }]));
    expect(sum.issues[0]).toMatchObject({ expected: 100, received: '90', messageEn: 'The maximums add up to 90, not 100' });
  });

  // One representative case of each code, compared whole: `part` is 1-based, the path 0-based.
  const sheetIssue = (code: string, message: string, messageEn: string, more: Partial<RuleIssue> = {}): RuleIssue => ({
    code,
    severity: 'error',
    clause: 'score.scale',
    message,
    messageEn,
    ...more,
  });
  const exactErrors: { name: string; parts: unknown; options?: unknown; issues: RuleIssue[] }[] = [
    {
      name: 'the 2nd part not an object',
      parts: [{ score: 1, max: 100 }, null],
      issues: [sheetIssue('part_not_an_object', '第2部分应为对象', 'Part 2 must be an object; received null', { path: [1], received: 'null' })],
    },
    {
      name: 'a score that is a word',
      parts: [{ score: 'x', max: 100 }],
      issues: [
        sheetIssue(
          'part_value_not_a_number',
          '第1部分的得分应为数字',
          'Part 1: the score must be a finite number or a plain decimal string; received "x"',
          { path: [0, 'score'], received: '"x"' },
        ),
      ],
    },
    {
      name: 'a maximum of 0',
      parts: [{ score: 0, max: 0 }, { score: 1, max: 100 }],
      issues: [
        sheetIssue('part_value_not_positive', '第1部分的满分应大于0，实为0', 'Part 1: the maximum must be above 0; received 0', { path: [0, 'max'], received: '0' }),
      ],
    },
    {
      name: 'a negative weight',
      parts: [{ score: 1, max: 1, weight: -5 }, { score: 1, max: 1, weight: 105 }],
      issues: [
        sheetIssue('part_value_not_positive', '第1部分的权重应大于0，实为-5', 'Part 1: the weight must be above 0; received -5', { path: [0, 'weight'], received: '-5' }),
      ],
    },
    {
      name: 'a score of 41 on the 2nd part out of 40',
      parts: [{ score: 10, max: 60 }, { score: 41, max: 40 }],
      issues: [
        sheetIssue('part_score_out_of_range', '第2部分的得分应在0分至40分之间，实为41', 'Part 2: the score must be from 0 to 40; received 41', {
          path: [1, 'score'],
          expected: '40',
          received: '41',
        }),
      ],
    },
    {
      name: 'a negative score with no maximum: the range reads 0 to ?',
      parts: [{ score: -1 }],
      issues: [
        sheetIssue(
          'part_value_not_a_number',
          '第1部分的满分应为数字',
          'Part 1: the maximum must be a finite number or a plain decimal string; received undefined',
          { path: [0, 'max'], received: 'undefined' },
        ),
        sheetIssue('part_score_out_of_range', '第1部分的得分应在0分至满分之间，实为-1', 'Part 1: the score must be from 0 to ?; received -1', {
          path: [0, 'score'],
          expected: '?',
          received: '-1',
        }),
      ],
    },
    {
      name: 'the 2nd part without a weight',
      parts: [{ score: 1, max: 1, weight: 50 }, { score: 1, max: 99 }],
      issues: [
        sheetIssue('part_weight_missing', '第2部分缺少权重（权重须每部分都给出或都不给出）', 'Part 2: the weight is missing (give weights on every part or on none)', {
          path: [1, 'weight'],
        }),
      ],
    },
    {
      name: 'maximums adding up to 90',
      parts: [{ score: 10, max: 40 }, { score: 10, max: 50 }],
      issues: [sheetIssue('max_sum_not_full_mark', '各部分满分之和应为100分，实为90分', 'The maximums add up to 90, not 100', { expected: 100, received: '90' })],
    },
    {
      name: 'weights adding up to 90',
      parts: [{ score: 1, max: 1, weight: 50 }, { score: 1, max: 1, weight: 40 }],
      issues: [sheetIssue('weight_sum_not_full_mark', '各部分权重之和应为100，实为90', 'The weights add up to 90, not 100', { expected: 100, received: '90' })],
    },
    {
      name: 'decimals 21',
      parts: one(60),
      options: { decimals: 21 },
      issues: [
        sheetIssue('invalid_option', '选项“decimals”无效：应为0至20的整数', 'Option decimals is invalid: must be a whole number 0–20', {
          path: ['decimals'],
          expected: '0–20',
          received: '21',
        }),
      ],
    },
    {
      name: 'parts not an array',
      parts: 'x',
      issues: [sheetIssue('invalid_input', '输入有误：评分表应为列表', 'Invalid input: parts must be an array', { path: ['parts'], received: '"x"' })],
    },
  ];
  it.each(exactErrors)('names the fault exactly: $name', ({ parts, options, issues }) => {
    const error = svaErrorOf(() => computeScore(parts as never, options as never));
    expect(error.issues).toEqual(issues);
    const [first] = issues;
    expect(error.code).toBe(first?.code);
    expect(error.message).toBe(`${first?.messageEn} (${first?.message}) [${first?.code}, score.scale]`);
  });

  it('refuses a policy whose pass mark is above its full mark', () => {
    expect(svaErrorOf(() => computeScore(one(60), { policy: { fullMark: 10, passMark: 60 } as never })).issues).toMatchObject([
      { code: 'invalid_option', clause: 'policy.definition', path: ['policy', 'passMark'], received: '60' },
    ]);
  });

  it('reads the full and pass marks from the policy', () => {
    const policy = definePolicy({ fullMark: 10, passMark: 6 });
    expect(computeScore([{ score: 6, max: 10 }], { policy })).toEqual({ exact: '6', score: '6.0', passed: true, terminating: true });
    expect(svaErrorOf(() => computeScore(one(60), { policy })).code).toBe('max_sum_not_full_mark');
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) {
      svaErrorOf(() => computeScore(value as never));
      onlySvaError(() => computeScore([value] as never));
      onlySvaError(() => computeScore([{ score: value, max: 100 }] as never));
      onlySvaError(() => computeScore([{ score: 50, max: value }, { score: 50, max: 50 }] as never));
      onlySvaError(() => computeScore([{ score: 50, max: 50, weight: value }, { score: 50, max: 50, weight: 50 }] as never));
      onlySvaError(() => computeScore(one(60), { decimals: value } as never));
      onlySvaError(() => computeScore(one(60), value as never));
    }
    const throwingOptions = Object.defineProperty({}, 'decimals', { get: () => { throw new Error('getter'); } });
    expect(svaErrorOf(() => computeScore(one(60), throwingOptions)).code).toBe('invalid_input');
  });

  it('never touches its input and gives fresh output', () => {
    const parts = deepFreeze([{ score: 1.9, max: 30, weight: 30 }, { score: 83, max: 100, weight: 70 }]);
    const options = deepFreeze({ decimals: 2 });
    const a = computeScore(parts, options);
    const b = computeScore(parts, options);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(parts).toEqual([{ score: 1.9, max: 30, weight: 30 }, { score: 83, max: 100, weight: 70 }]);
  });
});

// Random sheets in whole tenths, checked against BigInt fractions.
const SPLIT = 1000; // 100 points in tenths

/** `count` positive whole numbers adding up to `total`. */
const partition = (total: number, maxCount: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: total - 1 }), { maxLength: maxCount - 1 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), total];
      return points.slice(1).map((p, i) => p - (points[i] as number));
    });

const asInput = (t: number, asString: boolean): number | string => (asString ? (t / 10).toFixed(1) : t / 10);

const unweightedSheet = partition(SPLIT, 8).chain((maxes) =>
  fc.tuple(
    fc.tuple(...maxes.map((m) => fc.record({ max: fc.constant(m), score: fc.integer({ min: 0, max: m }), asString: fc.boolean() }))),
    fc.integer({ min: 0, max: 4 }),
  ),
);

const weightedSheet = partition(SPLIT, 6).chain((weights) =>
  fc.tuple(
    fc.tuple(
      ...weights.map((w) =>
        fc
          .integer({ min: 1, max: 3000 })
          .chain((m) => fc.record({ weight: fc.constant(w), max: fc.constant(m), score: fc.integer({ min: 0, max: m }), asString: fc.boolean() })),
      ),
    ),
    fc.integer({ min: 0, max: 4 }),
  ),
);

function expectMatches(result: ReturnType<typeof computeScore>, total: Rational, decimals: number): void {
  const { text, terminating } = expansion(total);
  expect(result).toEqual({ exact: text, score: floorTo(total, decimals), passed: gte(total, rational(60n, 1n)), terminating });
  // `exact` never suggests a pass that is not one, nor hides one.
  expect(gte(parseDecimal(result.exact), rational(60n, 1n))).toBe(result.passed);
  // `score` is never above the exact total.
  expect(gte(total, parseDecimal(result.score))).toBe(true);
}

describe('computeScore equals exact rational arithmetic (property)', () => {
  it('without weights: Σ score', () => {
    fc.assert(
      fc.property(unweightedSheet, ([parts, decimals]) => {
        const input = parts.map((p) => ({ score: asInput(p.score, p.asString), max: asInput(p.max, !p.asString) }));
        const total = parts.reduce((sum, p) => add(sum, tenths(p.score)), rational(0n, 1n));
        expectMatches(computeScore(input, { decimals }), total, decimals);
      }),
      { numRuns: 300 },
    );
  });

  it('with weights: Σ score ÷ max × weight', () => {
    fc.assert(
      fc.property(weightedSheet, ([parts, decimals]) => {
        const input = parts.map((p) => ({ score: asInput(p.score, p.asString), max: asInput(p.max, p.asString), weight: asInput(p.weight, !p.asString) }));
        const total = parts.reduce((sum, p) => add(sum, mul(div(tenths(p.score), tenths(p.max)), tenths(p.weight))), rational(0n, 1n));
        expectMatches(computeScore(input, { decimals }), total, decimals);
      }),
      { numRuns: 300 },
    );
  });
});
