// Exact rational arithmetic with BigInt, independent of the library, for the property tests.

export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint, d: bigint): Rational {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d);
}

export function div(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d, a.d * b.n);
}

/** A value of whole tenths. */
export function tenths(t: number): Rational {
  return rational(BigInt(t), 10n);
}

/** Whether a ≥ b (denominators positive). */
export function gte(a: Rational, b: Rational): boolean {
  return a.n * b.d >= b.n * a.d;
}

/** A whole number of 10^-decimals, printed with exactly `decimals` decimals. */
export function fixed(units: bigint, decimals: number): string {
  const digits = units.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** ⌊r · 10^decimals⌋ printed with `decimals` decimals (r ≥ 0). */
export function floorTo(r: Rational, decimals: number): string {
  return fixed((r.n * 10n ** BigInt(decimals)) / r.d, decimals);
}

/** Trailing zeros (and a bare point) removed. */
export function canonical(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** The decimal expansion: whole when it ends, else truncated to 20 decimals; canonical. */
export function expansion(r: Rational): { text: string; terminating: boolean } {
  let d = r.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
  while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
  if (d === 1n) return { text: canonical(floorTo(r, Math.max(twos, fives))), terminating: true };
  return { text: canonical(floorTo(r, 20)), terminating: false };
}

/** The rational value of a canonical decimal string. */
export function parseDecimal(text: string): Rational {
  const [whole = '0', fraction = ''] = text.split('.');
  return rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
}
