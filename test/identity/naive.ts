// Second, deliberately plain implementations of the two checksums, written from the standards'
// formulas rather than from the library's code, so that the tests compare two readings.

/** GB 11643-1999 / ISO 7064 MOD 11-2: weights Wi = 2^(18−i) mod 11, a1 = (12 − S mod 11) mod 11, 10 → X. */
export function naiveResidentIdCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export const NAIVE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015: Wi = 3^(i−1) mod 31, C18 = 31 − (Σ Ci Wi mod 31), and 31 is written 0. */
export function naiveCreditCodeCheck(first17: string): string {
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += NAIVE_ALPHABET.indexOf(first17[i]!) * weights[i]!;
  const check = 31 - (sum % 31);
  return NAIVE_ALPHABET[check === 31 ? 0 : check]!;
}

/** GB 11714-1997: Wi = 3 7 9 10 5 8 4 2, C9 = 11 − (Σ Ci Wi mod 11), 10 → X, 11 → 0; A = 10 … Z = 35. */
export function naiveOrganisationCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i]!;
    sum += (/[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 'A'.charCodeAt(0) + 10) * weights[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}
