import { dayNumberOrUndefined, partsOfDayNumber } from '../core/dates.js';

/** A day as officials write it: `'2024年3月1日'`; the value as given when it is not a date. @internal */
export function zhDate(value: unknown): string {
  const day = dayNumberOrUndefined(value);
  if (day === undefined) return String(value);
  const { year, month, day: d } = partsOfDayNumber(day);
  return `${year}年${month}月${d}日`;
}

/** A name as compared between two records: NFKC, trimmed. @internal */
export function personKey(name: string): string {
  return name.normalize('NFKC').trim();
}

/** An ID number as records are linked by it: trimmed, a final x upper-cased. @internal */
export function idKey(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toUpperCase();
  return key === '' ? undefined : key;
}
