import { addYearsToDayNumber, dayNumberOrUndefined, describe, invalidDateIssue, isoOfDayNumber, partsOfDayNumber } from '../core/dates.js';
import type { DateInput, IsoDate } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue, isRecord, notAnObjectIssue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { ARCHIVE_MESSAGES } from './messages.js';
import { readPolicy } from '../core/policyOptions.js';

/** What an archive is kept on. */
export type ArchiveMedium = 'paper' | 'electronic';

/** One archive of one batch: its medium and the day it was closed. */
export interface ArchiveRecord {
  readonly medium: ArchiveMedium;
  /** The day the batch's archive was closed; retention runs from it. */
  readonly closedOn: DateInput;
}

/** Options of {@link retentionEndDate} and {@link mayDispose}. */
export interface RetentionEndDateOptions {
  /** Defaults to `ZAOZHUANG_2023` (paper 3 years, electronic 5 years). */
  readonly policy?: Policy;
}

const CLAUSE = 'archive.retention';

/**
 * The day number on which the retention of `record` ends; throws SvaError with every issue. @internal
 */
export function retentionEndDayNumber(record: unknown, options: unknown, prefix: readonly (string | number)[] = []): number {
  if (!isRecord(record)) throw new SvaError(notAnObjectIssue(CLAUSE, 'record'));
  const { medium, closedOn } = record;
  const issues: RuleIssue[] = [];
  if (medium !== 'paper' && medium !== 'electronic') {
    issues.push(
      issueFrom(ARCHIVE_MESSAGES, 'archive_medium_unknown', CLAUSE, {
        path: [...prefix, 'medium'],
        expected: 'paper | electronic',
        received: describe(medium),
      }),
    );
  }
  const closed = dayNumberOrUndefined(closedOn);
  if (closed === undefined) issues.push(invalidDateIssue(closedOn, 'closedOn', CLAUSE, [...prefix, 'closedOn'], '归档日期'));
  if (issues.length > 0 || closed === undefined) throw new SvaError(issues);
  const key = medium === 'paper' ? 'paperRetentionYears' : 'electronicRetentionYears';
  const years = readPolicy(options, [key], CLAUSE)[key];
  if (partsOfDayNumber(closed).year + years > 9999) {
    throw new SvaError(issueFrom(ARCHIVE_MESSAGES, 'archive_retention_out_of_range', CLAUSE, { path: [...prefix, 'closedOn'] }));
  }
  return addYearsToDayNumber(closed, years);
}

/**
 * The last day of a batch archive's retention: the same month and day, N years after the archive
 * was closed (N = 3 for paper, 5 for electronic records under `ZAOZHUANG_2023`).
 *
 * Policy, 四2(7): 「纸质材料保管时间不得少于 3 年，电子材料保管时间不得少于 5 年」.
 *
 * Reading (民法典 arts. 201–202): retention starts the day after the batch's archive is closed, and
 * its last day is the same month and day N years later; an archive closed on 29 February ends on
 * 28 February when that year is common. The archive is kept through this day; {@link mayDispose}
 * is true from the next day on.
 *
 * @param record - the medium (`'paper'` or `'electronic'`) and the day the archive was closed.
 * @param options - `policy` (`paperRetentionYears`, `electronicRetentionYears`).
 * @returns the last day of the retention, as an IsoDate.
 * @throws {@link SvaError} `archive_medium_unknown`, `invalid_date` (closedOn), `invalid_option`
 *   (a policy without a whole number of years), `archive_retention_out_of_range`.
 * @example
 * retentionEndDate({ medium: 'paper', closedOn: '2024-02-29' }) // '2027-02-28'
 * retentionEndDate({ medium: 'electronic', closedOn: '2024-02-29' }) // '2029-02-28'
 * retentionEndDate({ medium: 'electronic', closedOn: '2024-03-01' }) // '2029-03-01'
 */
export function retentionEndDate(record: ArchiveRecord, options?: RetentionEndDateOptions): IsoDate {
  return guardValue(CLAUSE, () => isoOfDayNumber(retentionEndDayNumber(record, options)));
}
