import { retentionEndDate } from '../archive/retentionEndDate.js';
import type { ArchiveRecord, RetentionEndDateOptions } from '../archive/retentionEndDate.js';
import type { RuleResult } from '../core/issues.js';
import { ArchiveRecordSchema, createArchiveRecordSchema } from './archiveRecordSchema.js';
import { issuesOfValue } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateArchiveRecord}: those of {@link sva-rules!retentionEndDate}. */
export type ValidateArchiveRecordOptions = RetentionEndDateOptions;

const validate = /* @__PURE__ */ validatorOf(
  { zh: ArchiveRecordSchema, create: createArchiveRecordSchema, clause: 'archive.retention', root: 'record' },
  (value, options?: ValidateArchiveRecordOptions) => issuesOfValue(() => retentionEndDate(value as ArchiveRecord, options)),
);

/**
 * Validates an archive record of unknown shape: {@link ArchiveRecordSchema}, then everything
 * {@link sva-rules!retentionEndDate} would refuse, in one {@link sva-rules!RuleResult}.
 *
 * Policy, 四2(7): 「纸质材料保管时间不得少于 3 年，电子材料保管时间不得少于 5 年」.
 *
 * `ok` means `retentionEndDate(input, options)` and `mayDispose(input, …)` have an answer. Every
 * issue cites `archive.retention`. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `policy`, as for {@link sva-rules!retentionEndDate}.
 * @returns one result: the schema's issues, then those of `retentionEndDate`'s `SvaError`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateArchiveRecord({ medium: 'paper', closedOn: '2024-02-29' }) // { ok: true, issues: [] }
 * validateArchiveRecord({ medium: 'paper', closedOn: '9998-01-01' }).issues[0].code // 'archive_retention_out_of_range'
 */
export function validateArchiveRecord(input: unknown, options?: ValidateArchiveRecordOptions): RuleResult {
  return validate(input, options);
}
