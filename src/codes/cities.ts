import { deepFreeze } from '../core/freeze.js';

/** A Shandong city and its two-digit 附件3 code. */
export interface ShandongCity {
  readonly code: string;
  readonly name: string;
}

// Code and name of each city, in 附件3's order: the one copy of the table. The validators scan
// this string; SHANDONG_CITIES is read from it.
const TABLE = '01济南02青岛03淄博04枣庄05东营06烟台07潍坊08济宁09泰安10威海11日照13临沂14德州15聊城16滨州17菏泽';
const ROW = 4;

function citiesOf(table: string): readonly ShandongCity[] {
  const cities: ShandongCity[] = [];
  for (let i = 0; i < table.length; i += ROW) cities.push({ code: table.slice(i, i + 2), name: table.slice(i + 2, i + ROW) });
  return deepFreeze(cities);
}

/**
 * The 16 prefecture-level cities of Shandong with their 附件3 codes (二(二)). There is no `12`:
 * the table of 附件3 skips it (the former 莱芜 joined 济南 in 2019).
 */
export const SHANDONG_CITIES: readonly ShandongCity[] = /* @__PURE__ */ citiesOf(TABLE);

/**
 * One bit per city code of the table (bit 4 is set because 04 is 枣庄): codes 01–11 and 13–17,
 * written as a number so that the validators' bundles (the certificate code's 1 KB, checkBatch's
 * institution code) need not carry the cities' names. test/codes/cities.test.ts holds it to the
 * table, code by code.
 */
const CITY_BITS = 0b11_1110_1111_1111_1110;

/**
 * Whether the two characters at `at` in `s`, both ASCII digits, are the code of a city. Reads
 * character codes and a bit, without a slice or a search: the certificate-code validators call it
 * on every code. @internal
 */
export function isCityCodeAt(s: string, at: number): boolean {
  // 528 = 48 × 11: the character code of '0' counted in both digits.
  const code = s.charCodeAt(at) * 10 + s.charCodeAt(at + 1) - 528;
  // Every code is below 32 (the highest is 17); a shift counts mod 32, hence the first test.
  return code < 32 && ((CITY_BITS >>> code) & 1) === 1;
}

/**
 * The row in the city table of the code standing at `at` in `s`; -1 when no city has that code. @internal
 */
export function cityRowAt(s: string, at: number): number {
  // A two-digit key can only match at a code's offset (0 mod 4): names are not digits.
  const row = TABLE.indexOf(s.slice(at, at + 2));
  return row % ROW === 0 ? row : -1;
}

/** The city of a row found by {@link cityRowAt}. @internal */
export function cityOfRow(row: number): ShandongCity {
  return { code: TABLE.slice(row, row + 2), name: TABLE.slice(row + 2, row + ROW) };
}

/**
 * The two-digit code of a city given by code (`'04'`) or Chinese name (`'枣庄'` or `'枣庄市'`);
 * `undefined` when it names no Shandong city. Never throws. @internal
 */
export function cityCodeOf(city: unknown): string | undefined {
  if (typeof city !== 'string') return undefined;
  const key = city.replace(/市$/, '');
  // Codes stand at offsets 0 mod 4 and names at 2 mod 4; digits and names never mix, so a
  // two-character key found at an even offset is a whole code or a whole name.
  const at = key.length === 2 ? TABLE.indexOf(key) : -1;
  const row = at - (at % ROW);
  return at >= 0 && at % 2 === 0 ? TABLE.slice(row, row + 2) : undefined;
}

/** The city whose code stands at `at` in `s`. @internal */
export function cityAt(s: string, at: number): ShandongCity | undefined {
  const row = cityRowAt(s, at);
  return row < 0 ? undefined : cityOfRow(row);
}

/** The city given by code or name (see {@link cityCodeOf}). @internal */
export function findCity(city: unknown): ShandongCity | undefined {
  const code = cityCodeOf(city);
  return code === undefined ? undefined : cityOfRow(cityRowAt(code, 0));
}
