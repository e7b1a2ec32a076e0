import { addYearsToDayNumber, partsOfDayNumber } from '../core/dates.js';

/**
 * Completed years (周岁) from day `from` to day `to` (`to` ≥ `from`). A year is complete on the
 * same month and day; a 29 February start completes its years on 28 February in a common year
 * (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日). @internal
 */
export function completedYears(from: number, to: number): number {
  const years = partsOfDayNumber(to).year - partsOfDayNumber(from).year;
  return addYearsToDayNumber(from, years) > to ? years - 1 : years;
}
