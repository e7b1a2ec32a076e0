import { dayNumberOf, dayNumberOrUndefined, isoOfDayNumber } from '../core/dates.js';
import { zhDate } from '../core/zhDate.js';
import type { DateInput } from '../core/dates.js';
import { guardValue } from '../core/guard.js';
import { EARLIEST_BIRTH_DATE, residentIdCheck } from '../identity/residentId.js';
import { ZAOZHUANG_DISTRICTS } from '../core/districts.js';
import { invalidOption, optionsOf, seedOf } from './options.js';
import { between, seededRandom } from './random.js';

/** Options of {@link generateResidentIdNumber}: any part left out is drawn from `seed`. */
export interface GenerateResidentIdNumberOptions {
  /** The birth date (a `Date` is read in UTC+8), from 1850-01-01; drawn from 1960–2005 when left out. */
  readonly birthDate?: DateInput;
  /** `'male'` (odd 17th digit) or `'female'` (even). */
  readonly sex?: 'male' | 'female';
  /** The 6-digit region code, taken as given; one of Zaozhuang's six districts when left out. */
  readonly regionCode?: string;
  /** Seed of the parts left out (default 1): the same options always give the same number. */
  readonly seed?: number;
}

const CLAUSE = 'candidate.age';
const EARLIEST = /* @__PURE__ */ dayNumberOrUndefined(EARLIEST_BIRTH_DATE) as number;

function birthDayOf(value: unknown, random: () => number): number {
  if (value === undefined) return between(random, dayNumberOf(1960, 1, 1), dayNumberOf(2005, 12, 31));
  const day = dayNumberOrUndefined(value);
  if (day === undefined || day < EARLIEST) {
    throw invalidOption(CLAUSE, 'birthDate', `应为${zhDate(EARLIEST_BIRTH_DATE)}及以后的真实日期`, `must be a real date from ${EARLIEST_BIRTH_DATE} on`, value);
  }
  return day;
}

/**
 * A valid 18-character resident ID number (公民身份号码, GB 11643-1999) for tests. The parts you
 * give are kept; the others are drawn from `seed`, so the result is varied but repeatable. Every
 * generated number passes `parseResidentIdNumber`, which gives back the birth date, sex and region
 * code asked for.
 *
 * Policy, 二: 「达到法定劳动年龄、具有相应技能的劳动者，均可申报专项职业能力考核」: the number gives the
 * birth date that decides a candidate's age.
 *
 * The 15th and 16th digits are drawn, the 17th is odd for a man and even for a woman, and the
 * 18th is the ISO 7064 MOD 11-2 check character (a digit or `X`).
 *
 * @param options - `birthDate`, `sex`, `regionCode`, `seed`; all optional.
 * @returns an 18-character number.
 * @throws {@link sva-rules!SvaError} `invalid_option` (citing `candidate.age`) for a birth date that is not
 *   a real date from 1850-01-01, a sex other than `'male'` or `'female'`, a region code that is not
 *   6 digits, a seed that is not a finite number, or options that are not an object.
 * @example
 * generateResidentIdNumber({ birthDate: '2008-06-15', sex: 'female', regionCode: '370402', seed: 1 }).slice(0, 14)
 * // '37040220080615': an 18-character number, the same on every run
 * parseResidentIdNumber(generateResidentIdNumber({ sex: 'male' })).value?.sex // 'male'
 */
export function generateResidentIdNumber(options?: GenerateResidentIdNumberOptions): string {
  return guardValue(CLAUSE, () => {
    const opts = optionsOf(options, CLAUSE);
    const random = seededRandom(seedOf(opts, CLAUSE));
    const { sex, regionCode } = opts;
    if (sex !== undefined && sex !== 'male' && sex !== 'female') {
      throw invalidOption(CLAUSE, 'sex', '应为“male”（男）或“female”（女）', "must be 'male' or 'female'", sex);
    }
    if (regionCode !== undefined && (typeof regionCode !== 'string' || !/^\d{6}$/.test(regionCode))) {
      throw invalidOption(CLAUSE, 'regionCode', '应为6位数字', 'must be 6 digits', regionCode);
    }
    const region = regionCode ?? (ZAOZHUANG_DISTRICTS[between(random, 0, ZAOZHUANG_DISTRICTS.length - 1)]?.code as string);
    const birth = isoOfDayNumber(birthDayOf(opts.birthDate, random)).replace(/-/g, '');
    const male = sex === undefined ? random() < 0.5 : sex === 'male';
    const order = `${between(random, 0, 99)}`.padStart(2, '0') + String(2 * between(random, 0, 4) + (male ? 1 : 0));
    const body = region + birth + order;
    return body + residentIdCheck(body);
  });
}
