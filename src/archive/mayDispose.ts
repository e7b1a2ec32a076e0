import { dayNumberOrUndefined, invalidDateIssue } from '../core/dates.js';
import type { DateInput } from '../core/dates.js';
import { isSvaError, SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import type { RuleIssue } from '../core/issues.js';
import type { ArchiveRecord, RetentionEndDateOptions } from './retentionEndDate.js';
import { retentionEndDayNumber } from './retentionEndDate.js';

/** Options of {@link mayDispose}. */
export type MayDisposeOptions = RetentionEndDateOptions;

const CLAUSE = 'archive.retention';

/**
 * Whether a batch's archive may be disposed of on a given day: true from the day after its
 * {@link retentionEndDate} (the last day of retention), false on that day and before (and so false
 * on any day before it was closed).
 *
 * Policy, 四2(7): 「纸质材料保管时间不得少于 3 年，电子材料保管时间不得少于 5 年」.
 *
 * Reading (民法典 arts. 201–202): the period starts the day after the archive is closed, and its
 * last day is the same month and day N years later; kept 「不得少于」 N years, the archive is kept
 * through that day and may be disposed of from the next.
 *
 * @param record - the medium (`'paper'` or `'electronic'`) and the day the archive was closed.
 * @param on - the day of the intended disposal.
 * @param options - `policy` (`paperRetentionYears`, `electronicRetentionYears`).
 * @returns `true` when `on` is after the retention end date.
 * @throws {@link SvaError} on bad input: `archive_medium_unknown`, `invalid_date` (closedOn or
 *   on), `invalid_option`, `archive_retention_out_of_range`. A bad date has no true or false answer.
 * @example
 * mayDispose({ medium: 'paper', closedOn: '2024-02-29' }, '2027-02-28') // false: the last day of retention
 * mayDispose({ medium: 'paper', closedOn: '2024-02-29' }, '2027-03-01') // true
 */
export function mayDispose(record: ArchiveRecord, on: DateInput, options?: MayDisposeOptions): boolean {
  return guardValue(CLAUSE, () => {
    const issues: RuleIssue[] = [];
    let end: number | undefined;
    try {
      end = retentionEndDayNumber(record, options);
    } catch (error) {
      if (!isSvaError(error)) throw error;
      issues.push(...error.issues);
    }
    const day = dayNumberOrUndefined(on);
    if (day === undefined) issues.push(invalidDateIssue(on, 'on', CLAUSE, ['on'], '核查日期'));
    // Every issue comes with an undefined end or day, so these two cover every failure.
    if (end === undefined || day === undefined) throw new SvaError(issues);
    return day > end;
  });
}
