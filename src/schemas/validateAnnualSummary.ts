import type { DateInput } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import { CORE_MESSAGES } from '../core/messages.js';
import { isRecord } from '../core/guard.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { checkAnnualSummary } from '../supervision/checkAnnualSummary.js';
import type { AnnualSummary } from '../supervision/checkAnnualSummary.js';
import { AnnualSummarySchema, createAnnualSummarySchema } from './annualSummarySchema.js';
import { validatorOf } from './validatorOf.js';

/** Options of {@link validateAnnualSummary}. */
export interface ValidateAnnualSummaryOptions {
  /** The day the check is made, as `checkAnnualSummary`'s `asOf` (the library never reads the clock). */
  readonly asOf: DateInput;
  /** As for `checkAnnualSummary`. */
  readonly policy?: Policy;
}

// The options as an object: a bare date is the `asOf`.
function optionsOf(options: ValidateAnnualSummaryOptions | DateInput): Record<string, unknown> {
  return isRecord(options) && !(options instanceof Date) ? options : { asOf: options };
}

// An `asOf` left out: the rules cannot run.
function asOfIssues(options: ValidateAnnualSummaryOptions | DateInput): RuleIssue[] {
  return optionsOf(options).asOf === undefined ? [issueFrom(CORE_MESSAGES, 'missing_field', 'annual.summary', { path: ['asOf'], params: { name: '核查日期', nameEn: 'The as-of date' } })] : [];
}

const validate = /* @__PURE__ */ validatorOf(
  { zh: AnnualSummarySchema, create: createAnnualSummarySchema, clause: 'annual.summary', root: 'summary', optionIssues: asOfIssues },
  (value, options: ValidateAnnualSummaryOptions | DateInput) => {
    const opts = optionsOf(options);
    return checkAnnualSummary(value as AnnualSummary, opts.asOf as DateInput, opts as { policy?: Policy }).issues;
  },
);

/**
 * Validates a yearly summary of unknown shape: {@link AnnualSummarySchema}, then
 * {@link sva-rules!checkAnnualSummary} as of `options.asOf`, in one {@link sva-rules!RuleResult}.
 *
 * Policy, 六(四): 「考核机构每年12月向所在区（市）人力资源社会保障部门报送本机构当年工作总结」.
 *
 * Without `options.asOf` nothing can be said about lateness: a `missing_field` error at
 * `['asOf']`, beside the schema's issues. As with `checkAnnualSummary(summary, asOf)`, the day may
 * also be given in place of the options. Every issue cites `annual.summary`. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param options - `asOf` (required), `policy`; or the `asOf` day itself.
 * @returns one result: `ok` when the shape is right and nothing is late or missing.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateAnnualSummary({ year: 2024 }, { asOf: '2025-01-01' }).issues[0].code // 'annual_summary_missing'
 * validateAnnualSummary({ year: 2024, submittedOn: '2024-12-31' }, { asOf: '2025-03-01' }) // { ok: true, issues: [] }
 */
export function validateAnnualSummary(input: unknown, options: ValidateAnnualSummaryOptions | DateInput): RuleResult {
  return validate(input, options);
}
