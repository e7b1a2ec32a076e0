/** The 31 symbols of GB 32100-2015, in value order: the digits and the capitals without I, O, Z, S, V. @internal */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The code with its ASCII lowercase letters written as capitals. @internal */
export function upperAscii(s: string): string {
  return s.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/** The characters of `s` outside the 31-symbol alphabet, each once, in order of appearance. @internal */
export function foreignCharacters(s: string): string {
  let found = '';
  for (const c of s) if (!CREDIT_CODE_ALPHABET.includes(c) && !found.includes(c)) found += c;
  return found;
}

/**
 * The check character of the first 17 characters: C18 = 31 − (Σ Ci × 3^(i−1) mod 31) mod 31,
 * where a result of 31 is written 0. `s` holds only symbols of the alphabet. @internal
 */
export function creditCodeCheck(s: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_CODE_ALPHABET.indexOf(s.charAt(i)) * weight;
    weight = (weight * 3) % 31;
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * The check character of a GB 11714 organisation code body (8 characters, digits 0–9 and
 * capitals A = 10 … Z = 35): C9 = 11 − (Σ Ci × Wi mod 11), where 10 is written X and 11 is 0.
 * @internal
 */
export function organisationCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * (ORGANISATION_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : String(check % 11);
}
