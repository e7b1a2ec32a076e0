import { dayNumberOrUndefined, zhDateOfDayNumber } from './dates.js';

/**
 * A day as officials write it in a Chinese message (issue 16 §2): `'2024年3月1日'`; the value as
 * given when it is not a date. ISO stays in an issue's `expected` and `received`. @internal
 */
export function zhDate(value: unknown): string {
  const day = dayNumberOrUndefined(value);
  return day === undefined ? String(value) : zhDateOfDayNumber(day);
}
