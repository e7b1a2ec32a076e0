import Decimal from 'decimal.js';
import { describe } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { SCORE_MESSAGES } from './messages.js';

/**
 * The library's own decimal.js constructor, through which every score is computed.
 *
 * Every one of the eight settings is given: `Decimal.clone` copies any setting it is not given
 * from the global constructor, so a caller's `Decimal.set({ precision: 3, rounding: ROUND_UP })`
 * could otherwise leak in. The precision is decimal.js's maximum (10⁹ significant digits), so
 * sums and products of the finite decimals the library reads are exact; the only division used
 * is `divToInt` (a whole quotient, truncated), which is exact as well. `1` is `ROUND_DOWN`.
 * @internal
 */
export const Exact = /* @__PURE__ */ Decimal.clone({
  precision: 1e9,
  rounding: 1,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
  modulo: 1,
  crypto: false,
});

/** A value of {@link Exact}. @internal */
export type ExactDecimal = Decimal;

/** The numbers of a policy that scores read. @internal */
export const SCORE_POLICY = ['fullMark', 'passMark'] as const;

/** Those numbers, as read. @internal */
export type ScoreScale = Pick<Policy, (typeof SCORE_POLICY)[number]>;

/** Longest score string accepted: a score needs far fewer digits, and it bounds the work. @internal */
export const MAX_SCORE_STRING_LENGTH = 50;

const PLAIN_DECIMAL = /^-?[0-9]+(?:\.[0-9]+)?$/;

/**
 * The exact decimal value of a number or string, or `undefined` when it is neither a finite
 * number nor a plain decimal string. Never throws.
 *
 * A number is read as the shortest decimal that gives it back (what `String(n)` prints), so
 * `0.1` is one tenth exactly. A string must be ASCII digits with an optional `-` and an
 * optional fractional part (`'59.5'`, `'060'`, `'-1'`): no `+`, spaces, exponent, thousands
 * separators, full-width digits, or a bare `'.5'` or `'5.'`; at most 50 characters.
 * Negative zero reads as zero.
 * @internal
 */
export function decimalOf(value: unknown): ExactDecimal | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return new Exact(value === 0 ? 0 : value);
  }
  if (typeof value === 'string' && value.length <= MAX_SCORE_STRING_LENGTH && PLAIN_DECIMAL.test(value)) {
    const d = new Exact(value);
    return d.isZero() ? new Exact(0) : d;
  }
  return undefined;
}

/**
 * A score as a number that compares, and prints with `String`, exactly as its decimal
 * ({@link decimalOf}) does, for the hot paths that read one score per record; `undefined` when
 * only the decimal can say (then read it with {@link decimalOf}). A finite number is given back
 * (it stands for its shortest decimal, and that reading keeps the order of numbers). A plain
 * decimal string of at most 15 characters has at most 15 significant digits, so it is the
 * shortest decimal of the number nearest to it; it is given as that number when `String` writes
 * the number without an exponent (0, or a size from 10⁻⁶ up to 10²¹, as decimal.js writes it).
 * @internal
 */
export function scoreNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > 15 || !PLAIN_DECIMAL.test(value)) return undefined;
  const n = Number(value);
  const size = Math.abs(n);
  return n === 0 ? 0 : size >= 1e-6 && size < 1e21 ? n : undefined;
}

/** A whole or decimal power of ten, exactly: `10^n` for any integer n. @internal */
export function tenTo(n: number): ExactDecimal {
  return new Exact(`1e${n}`);
}

/**
 * Reads a score on the policy's scale: the exact value, or the `score.scale` issues
 * (`score_not_a_number`, `score_out_of_range`). Never throws on any value. @internal
 */
export function readScore(
  value: unknown,
  policy: ScoreScale,
  path?: readonly (string | number)[],
): { readonly score: ExactDecimal; readonly issues: readonly [] } | { readonly score?: undefined; readonly issues: readonly RuleIssue[] } {
  const where = path === undefined ? {} : { path };
  const score = decimalOf(value);
  if (score === undefined) {
    return { issues: [issueFrom(SCORE_MESSAGES, 'score_not_a_number', 'score.scale', { ...where, received: describe(value) })] };
  }
  if (score.lt(0) || score.gt(policy.fullMark)) {
    return {
      issues: [
        issueFrom(SCORE_MESSAGES, 'score_out_of_range', 'score.scale', {
          ...where,
          expected: policy.fullMark,
          received: describe(value),
          params: { receivedZh: String(value) },
        }),
      ],
    };
  }
  return { score, issues: [] };
}
