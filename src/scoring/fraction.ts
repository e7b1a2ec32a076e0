import { Exact, tenTo } from './exact.js';
import type { ExactDecimal } from './exact.js';

/** How many decimals `exact` keeps when the total's decimal expansion does not end. @internal */
export const NON_TERMINATING_DECIMALS = 20;

/**
 * A non-negative rational number `numerator / denominator` of two exact decimals, `denominator`
 * greater than 0. Kept unreduced: only comparisons and whole quotients are taken from it.
 * @internal
 */
export interface Fraction {
  readonly numerator: ExactDecimal;
  readonly denominator: ExactDecimal;
}

/** `a + n/d`, exactly, as a fraction. @internal */
export function addFraction(a: Fraction, numerator: ExactDecimal, denominator: ExactDecimal): Fraction {
  return {
    numerator: a.numerator.times(denominator).plus(numerator.times(a.denominator)),
    denominator: a.denominator.times(denominator),
  };
}

/** The fraction rounded toward zero to `decimals` decimals, as an exact decimal. @internal */
export function truncate(f: Fraction, decimals: number): ExactDecimal {
  // A sum of decimals (the sheet without weights) is a decimal already.
  if (f.denominator.eq(1)) return f.numerator.toDecimalPlaces(decimals, 1);
  return f.numerator.times(tenTo(decimals)).divToInt(f.denominator).times(tenTo(-decimals));
}

function stripFactor(n: ExactDecimal, factor: number): { rest: ExactDecimal; count: number } {
  let rest = n;
  let count = 0;
  while (rest.mod(factor).isZero()) {
    rest = rest.divToInt(factor);
    count++;
  }
  return { rest, count };
}

/**
 * The decimal expansion of a fraction: whole when it ends (`terminating`), else truncated
 * toward zero to {@link NON_TERMINATING_DECIMALS} decimals. Printed without exponent and
 * without trailing zeros.
 *
 * `p/q` (whole numbers) ends exactly when `q` without its factors 2 and 5 divides `p`; it then
 * needs at most max(twos, fives) decimals.
 * @internal
 */
export function expand(f: Fraction): { readonly text: string; readonly terminating: boolean } {
  if (f.denominator.eq(1)) return { text: f.numerator.toFixed(), terminating: true };
  const scale = tenTo(Math.max(f.numerator.decimalPlaces(), f.denominator.decimalPlaces()));
  const p = f.numerator.times(scale);
  const q = f.denominator.times(scale);
  const twos = stripFactor(q, 2);
  const fives = stripFactor(twos.rest, 5);
  if (p.mod(fives.rest).isZero()) {
    const decimals = Math.max(twos.count, fives.count);
    return { text: p.times(tenTo(decimals)).divToInt(q).times(tenTo(-decimals)).toFixed(), terminating: true };
  }
  return { text: truncate(f, NON_TERMINATING_DECIMALS).toFixed(), terminating: false };
}

/** The fraction `n / 1`. @internal */
export function wholeFraction(n: ExactDecimal): Fraction {
  return { numerator: n, denominator: new Exact(1) };
}
