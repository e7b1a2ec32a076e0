import { deepFreeze } from '../core/freeze.js';

/** A Shandong city and its two-digit 附件3 code. */
export interface ShandongCity {
  readonly code: string;
  readonly name: string;
}

/**
 * The 16 prefecture-level cities of Shandong with their 附件3 codes (二(二)). There is no `12`:
 * the table of 附件3 skips it (the former 莱芜 joined 济南 in 2019).
 */
export const SHANDONG_CITIES: readonly ShandongCity[] = /* @__PURE__ */ deepFreeze([
  { code: '01', name: '济南' },
  { code: '02', name: '青岛' },
  { code: '03', name: '淄博' },
  { code: '04', name: '枣庄' },
  { code: '05', name: '东营' },
  { code: '06', name: '烟台' },
  { code: '07', name: '潍坊' },
  { code: '08', name: '济宁' },
  { code: '09', name: '泰安' },
  { code: '10', name: '威海' },
  { code: '11', name: '日照' },
  { code: '13', name: '临沂' },
  { code: '14', name: '德州' },
  { code: '15', name: '聊城' },
  { code: '16', name: '滨州' },
  { code: '17', name: '菏泽' },
]);

/**
 * The city whose code is the two characters of `s` at `at`, without allocating; `undefined`
 * when there is none. @internal
 */
export function cityAt(s: string, at: number): ShandongCity | undefined {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  for (const city of SHANDONG_CITIES) {
    if (city.code.charCodeAt(0) === a && city.code.charCodeAt(1) === b) return city;
  }
  return undefined;
}

/**
 * The city given by code (`'04'`) or Chinese name (`'枣庄'` or `'枣庄市'`); `undefined` when it
 * names no Shandong city. Never throws. @internal
 */
export function findCity(city: unknown): ShandongCity | undefined {
  if (typeof city !== 'string') return undefined;
  const name = city.endsWith('市') ? city.slice(0, -1) : city;
  return SHANDONG_CITIES.find((c) => c.code === city || c.name === name);
}
