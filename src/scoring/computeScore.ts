import { describe } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue, invalidOptionIssue, isRecord } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { SCORE_RULES } from '../core/policy.js';
import { readPolicyFrom } from '../core/policyOptions.js';
import { SCORE_SCALE } from '../core/scoreScale.js';
import type { Policy } from '../core/policy.js';
import { invalidIssue } from '../core/evidence.js';
import type { ScoreScale } from './exact.js';
import { decimalOf, Exact, SCORE_POLICY } from './exact.js';
import type { ExactDecimal } from './exact.js';
import { addFraction, expand, truncate, wholeFraction } from './fraction.js';
import type { Fraction } from './fraction.js';
import { SCORE_SHEET_MESSAGES } from './messages.js';

/** One part of a score sheet (e.g. one task of the skill test). */
export interface ScorePart {
  /** Points earned, 0 to `max`. */
  readonly score: number | string;
  /** Points the part is marked out of; greater than 0. */
  readonly max: number | string;
  /**
   * Its share of the 100 points, greater than 0. Give a weight on every part (the total is
   * Σ score ÷ max × weight, and the weights add up to 100) or on none (the total is Σ score, and
   * the maximums add up to 100).
   */
  readonly weight?: number | string;
}

/** Options of {@link computeScore}. */
export interface ComputeScoreOptions {
  /** Decimals of the reported `score`, a whole number 0–20; 1 by default. */
  readonly decimals?: number;
  /** The scheme whose `fullMark` and `passMark` apply; {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
}

/** The total of a score sheet. */
export interface ComputedScore {
  /**
   * The exact total, without exponent or trailing zeros (`'60'`, `'59.95'`). When its decimal
   * expansion does not end (`terminating: false`, e.g. 200/3), it is truncated toward zero to
   * 20 decimals (`'66.66666666666666666666'`), so it never reads as more than the total.
   */
  readonly exact: string;
  /** The exact total rounded **down** to `decimals`, printed with exactly that many (`'59.9'`). */
  readonly score: string;
  /** Whether the exact total is at least the pass mark. */
  readonly passed: boolean;
  /** Whether `exact` is the whole exact total (false: truncated to 20 decimals). */
  readonly terminating: boolean;
}

const CLAUSE = 'score.scale';
const DEFAULT_DECIMALS = 1;
const MAX_DECIMALS = 20;

interface ReadPart {
  readonly score: ExactDecimal;
  readonly max: ExactDecimal;
  readonly weight: ExactDecimal | undefined;
}

type PartCode = keyof typeof SCORE_SHEET_MESSAGES;

const FIELD_NAMES = { score: ['得分', 'score'], max: ['满分', 'maximum'], weight: ['权重', 'weight'] } as const;

type Field = keyof typeof FIELD_NAMES;

/** An issue of part `i` (its field, when given) about `value`, as received. */
function partIssue(code: PartCode, i: number, field: Field | undefined, value: unknown, expected?: string): RuleIssue {
  const [fieldZh, fieldEn] = FIELD_NAMES[field ?? 'score'];
  return issueFrom(SCORE_SHEET_MESSAGES, code, CLAUSE, {
    ...(expected === undefined ? {} : { expected }),
    received: describe(value),
    path: field === undefined ? [i] : [i, field],
    // A number received is written as typed, without quotes (only numbers reach these messages).
    params: { part: i + 1, fieldZh, fieldEn, maxZh: expected === '?' ? '满分' : `${expected}分`, receivedZh: String(value) },
  });
}

/** A number of part `i` as an exact decimal: not a number → `part_value_not_a_number`; an absent weight is no weight. */
function readPartNumber(value: unknown, i: number, field: Field, issues: RuleIssue[]): ExactDecimal | undefined {
  const read = decimalOf(value);
  if (read === undefined && (field !== 'weight' || value !== undefined)) issues.push(partIssue('part_value_not_a_number', i, field, value));
  return read;
}

function readPart(part: unknown, i: number, issues: RuleIssue[]): ReadPart | undefined {
  const count = issues.length;
  if (!isRecord(part)) {
    issues.push(partIssue('part_not_an_object', i, undefined, part));
    return undefined;
  }
  const score = readPartNumber(part.score, i, 'score', issues);
  const max = readPartNumber(part.max, i, 'max', issues);
  const weight = readPartNumber(part.weight, i, 'weight', issues);
  if (max?.gt(0) === false) issues.push(partIssue('part_value_not_positive', i, 'max', part.max));
  if (weight?.gt(0) === false) issues.push(partIssue('part_value_not_positive', i, 'weight', part.weight));
  if (score !== undefined && (score.lt(0) || (max?.gt(0) === true && score.gt(max)))) {
    issues.push(partIssue('part_score_out_of_range', i, 'score', part.score, max?.toFixed() ?? '?'));
  }
  return issues.length > count || score === undefined || max === undefined ? undefined : { score, max, weight };
}

function sumOf(values: readonly ExactDecimal[]): ExactDecimal {
  return values.reduce((sum, v) => sum.plus(v), new Exact(0));
}

/** One `part_weight_missing` issue per part without a weight, when some parts have one. */
function partialWeightIssues(parts: readonly unknown[]): RuleIssue[] {
  // A part that is not an object has its own issue already.
  const hasWeight = Array.from(parts, (p) => (isRecord(p) ? p.weight !== undefined : undefined));
  if (!hasWeight.includes(true)) return [];
  return hasWeight.flatMap((has, i) =>
    has !== false ? [] : [issueFrom(SCORE_SHEET_MESSAGES, 'part_weight_missing', CLAUSE, { path: [i, 'weight'], params: { part: i + 1 } })],
  );
}

/** The total as a fraction, or the issue of a sum that is not the full mark. */
function totalOf(parts: readonly ReadPart[], policy: ScoreScale, issues: RuleIssue[]): Fraction | undefined {
  if (parts.every((p) => p.weight === undefined)) {
    const maxSum = sumOf(parts.map((p) => p.max));
    if (!maxSum.eq(policy.fullMark)) {
      issues.push(issueFrom(SCORE_SHEET_MESSAGES, 'max_sum_not_full_mark', CLAUSE, { expected: policy.fullMark, received: maxSum.toFixed() }));
      return undefined;
    }
    return wholeFraction(sumOf(parts.map((p) => p.score)));
  }
  const weightSum = sumOf(parts.map((p) => p.weight as ExactDecimal));
  if (!weightSum.eq(policy.fullMark)) {
    issues.push(issueFrom(SCORE_SHEET_MESSAGES, 'weight_sum_not_full_mark', CLAUSE, { expected: policy.fullMark, received: weightSum.toFixed() }));
    return undefined;
  }
  return parts.reduce<Fraction>((sum, p) => addFraction(sum, p.score.times(p.weight as ExactDecimal), p.max), wholeFraction(new Exact(0)));
}

function decimalsOf(options: ComputeScoreOptions | undefined): number {
  const decimals = options?.decimals ?? DEFAULT_DECIMALS;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new SvaError(
      invalidOptionIssue(CLAUSE, ['decimals'], '应为0至20的整数', 'must be a whole number 0–20', {
        expected: `0–${MAX_DECIMALS}`,
        received: describe(decimals),
      }),
    );
  }
  return decimals;
}

/**
 * Computes the total of a score sheet on the 100-point scale, exactly, and whether it passes.
 *
 * Policy, 四1: 「考核成绩实行百分制，60分（含）以上为考核合格」.
 *
 * Two modes. Without weights the total is Σ score, and the parts' maximums must add up to 100.
 * With a weight on every part the total is Σ score ÷ max × weight, and the weights must add up
 * to 100. Weights on only some parts are an error, as are a part's score below 0 or above its
 * maximum, and a maximum or weight that is not greater than 0.
 *
 * Nothing is rounded on the way: numbers are read as the decimal `String(n)` prints, and the
 * total is an exact rational, so 0.3 + 32.3 + 27.4 is 60 (not 59.99999999999999) and
 * 2/3 × 90 is 60. `passed` compares that exact total with 60. `score` is the total rounded
 * **down** to `decimals`, so a 59.95 is reported as `'59.9'`, never as `'60.0'`. The arithmetic
 * runs in the library's own decimal.js clone: a caller's `Decimal.set` changes nothing.
 *
 * @param parts - the parts of the sheet; scores, maximums and weights as finite numbers or plain
 *   decimal strings (`'32.5'`).
 * @param options - `decimals` of the reported score (0–20, default 1); the policy.
 * @returns `{ exact, score, passed, terminating }` (see {@link ComputedScore}).
 * @throws {@link SvaError} citing `score.scale`, with every issue found: `part_not_an_object`,
 *   `part_value_not_a_number`, `part_score_out_of_range`, `part_value_not_positive`,
 *   `part_weight_missing`, `max_sum_not_full_mark`,
 *   `weight_sum_not_full_mark`, `invalid_option` (decimals), `invalid_input`.
 * @example
 * computeScore([{ score: 0.3, max: 1 }, { score: 32.3, max: 40 }, { score: 27.4, max: 59 }])
 * // { exact: '60', score: '60.0', passed: true, terminating: true }
 * computeScore([{ score: 2, max: 3, weight: 90 }, { score: 0, max: 10, weight: 10 }])
 * // { exact: '60', score: '60.0', passed: true, terminating: true }
 * computeScore([{ score: 59.95, max: 100 }])
 * // { exact: '59.95', score: '59.9', passed: false, terminating: true }
 * computeScore([{ score: 1, max: 3, weight: 100 }], { decimals: 2 })
 * // { exact: '33.33333333333333333333', score: '33.33', passed: false, terminating: false }
 */
export function computeScore(parts: readonly ScorePart[], options?: ComputeScoreOptions): ComputedScore {
  return guardValue(CLAUSE, () => {
    const policy = readPolicyFrom(options, SCORE_POLICY, CLAUSE, SCORE_SCALE, SCORE_RULES);
    const decimals = decimalsOf(options);
    if (!Array.isArray(parts)) {
      throw new SvaError(
        invalidIssue(CLAUSE, ['parts'], parts, '列表', 'an array', undefined, '评分表'),
      );
    }
    const issues: RuleIssue[] = [];
    // Array.from reads a hole of a sparse array as undefined, which is reported, not skipped.
    const read = Array.from(parts as readonly unknown[], (part, i) => readPart(part, i, issues));
    issues.push(...partialWeightIssues(parts));
    const total = issues.length === 0 ? totalOf(read as ReadPart[], policy, issues) : undefined;
    if (total === undefined) throw new SvaError(issues);
    const { text, terminating } = expand(total);
    return {
      exact: text,
      score: truncate(total, decimals).toFixed(decimals),
      passed: total.numerator.gte(total.denominator.times(policy.passMark)),
      terminating,
    };
  });
}
