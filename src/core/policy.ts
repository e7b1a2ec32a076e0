import type { ClauseId } from './clauses.js';
import { MAX_CERTIFICATE_SERIAL } from './codeLayout.js';
import { isoDayNumber } from './dates.js';
import { deepFreeze } from './freeze.js';
import { isRecord } from './guard.js';
import { SCORE_FULL_MARK, SCORE_PASS_MARK } from './scoreScale.js';

/**
 * Every number of the policy, named. A rule reads the numbers it applies from the `Policy` of its
 * `options` (by default {@link ZAOZHUANG_2023}), through one checked door, never from a literal:
 * a later scheme (or a district's exception) is a new `Policy` object, not a code change.
 * `clauses` names the clause each number comes from.
 *
 * A policy is checked by its numbers, not by where it came from: `definePolicy(…)` and
 * `{ ...ZAOZHUANG_2023, minQuestionSets: 3 }` are both policies. Each number a rule reads must be
 * present and sane (clause `policy.definition`): a whole number; every limit, count and
 * working-day window at least 1 (`minTrainingYears` at least 0); `passMark` at most `fullMark`;
 * year counts at most 9999; `maxCertificateSerial` at most 99999; `annualSummaryDue` a month
 * 1–12 and a day 1–31; `generalLimits` `'warning'` or `'error'`; `planFilingReading`
 * `'deadline'` or `'window'`; `id` a string; `effectiveFrom` a real YYYY-MM-DD date. Otherwise a check reports `invalid_option` and a value function throws it: a rule
 * never runs with a missing or impossible number.
 */
export interface Policy {
  /** Identifies the scheme. */
  readonly id: string;
  /**
   * The day the scheme took effect (`policy.effective`: the scheme is dated 2023年4月23日). A
   * batch, application, certificate, registration or annual summary dated before it is outside
   * the scheme: an error citing `policy.effective`. A real YYYY-MM-DD date.
   */
  readonly effectiveFrom: string;
  /**
   * Severity of the limits the text qualifies with 一般 ("generally"): `allocation.city`,
   * `bank.sets`, `assessment.method`. `'warning'` (the default) reports them without failing
   * a check, since the district bureau may allow exceptions; `'error'` is the strict reading.
   */
  readonly generalLimits: 'warning' | 'error';

  /** 二: legal working age in completed years (周岁), at least 1. */
  readonly minCandidateAge: number;
  /** 三: at most this many institutions per item city-wide (一般). */
  readonly maxInstitutionsPerItemInCity: number;
  /** 三: at most this many institutions per item in one district (只能对应一家). */
  readonly maxInstitutionsPerItemInDistrict: number;
  /** 三: at most this many items per institution (不得超过). */
  readonly maxItemsPerInstitution: number;
  /** 三1(5): years of training-and-assessment experience, at least. */
  readonly minTrainingYears: number;
  /** 三3(2): working days the selection result is published, at least. */
  readonly selectionPublicityWorkingDays: number;
  /** 四1: distinct question sets in a bank, at least (一般). */
  readonly minQuestionSets: number;
  /** 四1: the full mark of the 100-point scale. */
  readonly fullMark: number;
  /** 四1: the pass mark, included. */
  readonly passMark: number;
  /** 四2(3): the plan is filed this many working days before the exam starts. */
  readonly planFilingWorkingDays: number;
  /**
   * 四2(3) 「考试开始前5个工作日内」, read one of two ways: `'deadline'` (the default), filed at least
   * `planFilingWorkingDays` working days before the exam, no later than the 5th working day before
   * its first day; `'window'`, filed within the `planFilingWorkingDays` working days before the
   * exam, from the 5th working day before its first day to the day before it.
   */
  readonly planFilingReading: 'deadline' | 'window';
  /** 四2(5): working days the results are published, at least. */
  readonly resultsPublicityWorkingDays: number;
  /** 四2(7): years paper records are kept, at least. */
  readonly paperRetentionYears: number;
  /** 四2(7): years electronic records are kept, at least. */
  readonly electronicRetentionYears: number;
  /** 四2(7), 六(四): month and day by which the yearly summary is due (12 月底前). */
  readonly annualSummaryDue: { readonly month: number; readonly day: number };
  /** 六(四): an institution is evaluated at least once in this many years. */
  readonly evaluationIntervalYears: number;
  /**
   * 附件3 二(三): the highest certificate serial an institution may allocate (00001 至 99999), read
   * by `nextCertificateCodes`; at most 99999, the code has five digits. The rest of the code's
   * layout (the province 37, the institution serial 0001–9999, the year digits) is fixed by 附件3
   * and is not a number of the policy.
   */
  readonly maxCertificateSerial: number;
  /**
   * 三3(2), 附件3 二(二): the city code (第5至6位 of a certificate code, 第3至4位 of an institution
   * code) of the institutions selected under the scheme: 市人力资源社会保障局……向遴选确定的考核机构赋予
   * 机构代码, so an institution of Zaozhuang's scheme carries 04. Two digits; read by the record
   * checks (`checkBatch`, `checkCertificate`, `auditBatch`), not by the code validators, which
   * keep 附件3's format for every Shandong city. Another city's scheme is `definePolicy({ cityCode })`.
   */
  readonly cityCode: string;

  /** The clause each number (and reading, and `effectiveFrom`) comes from. */
  readonly clauses: { readonly [K in PolicyClauseKey]: ClauseId };
}

/** The names of the policy's numbers. */
export type PolicyNumberKey = Exclude<keyof Policy, 'id' | 'effectiveFrom' | 'generalLimits' | 'planFilingReading' | 'clauses'>;

/** The names of the entries of a policy that come from a clause: its numbers, `planFilingReading` and `effectiveFrom`. */
export type PolicyClauseKey = PolicyNumberKey | 'planFilingReading' | 'effectiveFrom';

/** The names of everything a policy holds but `clauses`. @internal */
export type PolicyKey = Exclude<keyof Policy, 'clauses'>;

/**
 * A kind of entry that is not a whole number: its test, and what it must be (zh, en). @internal
 */
export type PolicyKind = readonly [test: (value: unknown) => boolean, zh: string, en: string];

/**
 * How one entry of a policy is checked: `[min]` a whole number ≥ min; `[min, max]` a whole number
 * from min to max, where max may name another number of the policy (a pass mark may not pass the
 * full mark); or a {@link PolicyKind}. @internal
 */
export type PolicyRule = readonly [min: number, max?: number | PolicyNumberKey] | PolicyKind;

function isWhole(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

const TEXT: PolicyKind = [(value) => typeof value === 'string', '应为文字', 'must be a string'];
// The city code of 附件3 (第5至6位): two digits.
const CITY_CODE: PolicyKind = [(value) => typeof value === 'string' && /^\d\d$/.test(value), '应为两位数字', 'must be two digits'];
const SEVERITY: PolicyKind = [(value) => value === 'warning' || value === 'error', '应为“warning”或“error”', "must be 'warning' or 'error'"];
const READING: PolicyKind = [(value) => value === 'deadline' || value === 'window', '应为“deadline”或“window”', "must be 'deadline' or 'window'"];
// isoDayNumber, not the smaller isoYear: every rule that reads dates carries it already (the calendar's budget).
const DATE: PolicyKind = [(value) => typeof value === 'string' && isoDayNumber(value) !== undefined, '应为真实的日期', 'must be a real YYYY-MM-DD date'];
// A day past the month's end means its last day (annualSummaryDueDate clamps it).
const MONTH_DAY: PolicyKind = [
  (value) => isRecord(value) && isWhole(value.month, 1, 12) && isWhole(value.day, 1, 31),
  '应为1至12月中的某月某日（1至31日）',
  'must be a month 1–12 and a day 1–31',
];
// Years are added to dates of at most 9999; a certificate serial has five digits.
const YEARS = [1, 9999] as const;
// The two rules of the 100-point scale stand apart: the score functions read only them.
const FULL_MARK = [1] as const;
const PASS_MARK = [1, 'fullMark'] as const;

// The numbers the calendar's rules and checkBatch read by default, each written once, here, with
// its clause: ZAOZHUANG_2023 (below) reads these constants, and so do WINDOW_DEFAULTS and
// BATCH_DEFAULTS, so that the bundles of those rules carry their own numbers and not the whole
// policy (about 340 B of checkBatch's and 480 B of the whole calendar's, min + gzip). Constants,
// not an object's properties: a bundler keeps an object whose properties another object reads.
/** selection.publicity, 三3(2): 「公示时间不少于5个工作日」. */
const SELECTION_PUBLICITY_WORKING_DAYS = 5;
/** plan.deadline, 四2(3): 「在考试开始前5个工作日内……编制本批次考核计划」. */
const PLAN_FILING_WORKING_DAYS = 5;
/** plan.deadline: how 「考试开始前5个工作日内」 is read (docs/readings.md). */
const PLAN_FILING_READING = 'deadline';
/** results.publicity, 四2(5): 「公示时间不少于5个工作日」. */
const RESULTS_PUBLICITY_WORKING_DAYS = 5;
/** bank.sets, 四1: 「试题库(一般不少于5套……)」. */
const MIN_QUESTION_SETS = 5;
/** What a limit the policy words with 一般 gives when broken (docs/readings.md). */
const GENERAL_LIMITS = 'warning';
/** policy.effective, 落款: 2023年4月23日. */
const EFFECTIVE_FROM = '2023-04-23';
/** selection.code, 附件3: 枣庄's city code. */
const CITY_CODE_OF_SCHEME = '04';

const WINDOW = [1] as const;

/**
 * The rules of the working-day windows the calendar's rules read (`readWindows`), the same as in
 * {@link POLICY_RULES}, so that the calendar's bundles carry not the whole table. @internal
 */
export const WINDOW_RULES = {
  selectionPublicityWorkingDays: WINDOW,
  planFilingWorkingDays: WINDOW,
  planFilingReading: READING,
  resultsPublicityWorkingDays: WINDOW,
} as const satisfies { readonly [K in PolicyKey]?: PolicyRule };

/** The windows of {@link ZAOZHUANG_2023}, the calendar's rules' default (`readWindows`). @internal */
export const WINDOW_DEFAULTS: Pick<Policy, keyof typeof WINDOW_RULES> = {
  selectionPublicityWorkingDays: SELECTION_PUBLICITY_WORKING_DAYS,
  planFilingWorkingDays: PLAN_FILING_WORKING_DAYS,
  planFilingReading: PLAN_FILING_READING,
  resultsPublicityWorkingDays: RESULTS_PUBLICITY_WORKING_DAYS,
};

const SETS = [1] as const;

/**
 * The rules of the numbers checkBatch reads, the same as in {@link POLICY_RULES}; checkQuestionBank,
 * which checkBatch runs, reads two of them. Their bundles carry not the whole table. @internal
 */
export const BATCH_RULES = {
  planFilingWorkingDays: WINDOW,
  planFilingReading: READING,
  resultsPublicityWorkingDays: WINDOW,
  minQuestionSets: SETS,
  generalLimits: SEVERITY,
  effectiveFrom: DATE,
  cityCode: CITY_CODE,
} as const satisfies { readonly [K in PolicyKey]?: PolicyRule };

/** The numbers of {@link ZAOZHUANG_2023} checkBatch reads, its default (and checkQuestionBank's). @internal */
export const BATCH_DEFAULTS: Pick<Policy, keyof typeof BATCH_RULES> = {
  planFilingWorkingDays: PLAN_FILING_WORKING_DAYS,
  planFilingReading: PLAN_FILING_READING,
  resultsPublicityWorkingDays: RESULTS_PUBLICITY_WORKING_DAYS,
  minQuestionSets: MIN_QUESTION_SETS,
  generalLimits: GENERAL_LIMITS,
  effectiveFrom: EFFECTIVE_FROM,
  cityCode: CITY_CODE_OF_SCHEME,
};

const SERIAL = [1, MAX_CERTIFICATE_SERIAL] as const;

/** The rule of the serial limit `nextCertificateCodes` reads, the same as in {@link POLICY_RULES}. @internal */
export const SERIAL_RULES = { maxCertificateSerial: SERIAL } as const;

/**
 * What makes each entry of a policy sane: the one definition, used by every rule (through
 * `readPolicy`) and by `definePolicy`; the clause of each number is in `ZAOZHUANG_2023.clauses`.
 * A limit of 0 would flag nothing (a district limit of 0 never fired) and a window of 0 days would
 * be no window, so every limit, count and window is at least 1; `minTrainingYears` may be 0 (no
 * experience asked). @internal
 */
export const POLICY_RULES: { readonly [K in PolicyKey]: PolicyRule } = {
  id: TEXT,
  effectiveFrom: DATE,
  generalLimits: SEVERITY,
  minCandidateAge: [1],
  maxInstitutionsPerItemInCity: [1],
  maxInstitutionsPerItemInDistrict: [1],
  maxItemsPerInstitution: [1],
  minTrainingYears: [0],
  selectionPublicityWorkingDays: WINDOW,
  minQuestionSets: SETS,
  fullMark: FULL_MARK,
  passMark: PASS_MARK,
  planFilingWorkingDays: WINDOW,
  planFilingReading: READING,
  resultsPublicityWorkingDays: WINDOW,
  paperRetentionYears: YEARS,
  electronicRetentionYears: YEARS,
  annualSummaryDue: MONTH_DAY,
  evaluationIntervalYears: YEARS,
  maxCertificateSerial: SERIAL,
  cityCode: CITY_CODE,
};

/** The rules of the numbers the score functions read, the same as in {@link POLICY_RULES}. @internal */
export const SCORE_RULES = { fullMark: FULL_MARK, passMark: PASS_MARK } as const;

/**
 * Why `value` cannot be an entry of `policy` under `rule`, as the reason of an `invalid_option`
 * issue (`[zh, en]`: 「应为整数 ≥ 1」, "must be a whole number ≥ 1"); `undefined` when it is sane.
 * `policy` gives the number another one may not pass (`fullMark` for `passMark`); when that number
 * is not sane itself, it bounds nothing. @internal
 */
export function policyFault(rule: PolicyRule, value: unknown, policy: Readonly<Record<string, unknown>>): readonly [string, string] | undefined {
  const [min, bound, en] = rule;
  if (typeof min === 'function') return min(value) ? undefined : [bound as string, en as string];
  const other = typeof bound === 'string' ? policy[bound] : bound;
  const max = isWhole(other, min, Infinity) ? other : Infinity;
  if (isWhole(value, min, max)) return undefined;
  const range = max === Infinity ? `≥ ${min}` : `${min}–${max}${typeof bound === 'string' ? ` (${bound})` : ''}`;
  return [`应为${max === Infinity ? `不小于${min}` : `${min}至${max}`}的整数`, `must be a whole number ${range}`];
}

/**
 * The Zaozhuang pilot scheme of 2023-04-23 (枣庄市专项职业能力考核社会化改革试点方案), which
 * implements 鲁人社字〔2023〕22号. The default everywhere a policy is optional.
 */
export const ZAOZHUANG_2023: Policy = /* @__PURE__ */ deepFreeze({
  id: 'zaozhuang-2023',
  effectiveFrom: EFFECTIVE_FROM,
  generalLimits: GENERAL_LIMITS,
  minCandidateAge: 16,
  maxInstitutionsPerItemInCity: 5,
  maxInstitutionsPerItemInDistrict: 1,
  maxItemsPerInstitution: 2,
  minTrainingYears: 2,
  selectionPublicityWorkingDays: SELECTION_PUBLICITY_WORKING_DAYS,
  minQuestionSets: MIN_QUESTION_SETS,
  fullMark: SCORE_FULL_MARK,
  passMark: SCORE_PASS_MARK,
  planFilingWorkingDays: PLAN_FILING_WORKING_DAYS,
  planFilingReading: PLAN_FILING_READING,
  resultsPublicityWorkingDays: RESULTS_PUBLICITY_WORKING_DAYS,
  paperRetentionYears: 3,
  electronicRetentionYears: 5,
  annualSummaryDue: { month: 12, day: 31 },
  evaluationIntervalYears: 3,
  maxCertificateSerial: MAX_CERTIFICATE_SERIAL,
  cityCode: CITY_CODE_OF_SCHEME,
  clauses: {
    minCandidateAge: 'candidate.age',
    maxInstitutionsPerItemInCity: 'allocation.city',
    maxInstitutionsPerItemInDistrict: 'allocation.district',
    maxItemsPerInstitution: 'allocation.items',
    minTrainingYears: 'eligibility.experience',
    selectionPublicityWorkingDays: 'selection.publicity',
    minQuestionSets: 'bank.sets',
    fullMark: 'score.scale',
    passMark: 'score.pass',
    planFilingWorkingDays: 'plan.deadline',
    planFilingReading: 'plan.deadline',
    resultsPublicityWorkingDays: 'results.publicity',
    paperRetentionYears: 'archive.retention',
    electronicRetentionYears: 'archive.retention',
    annualSummaryDue: 'annual.summary',
    evaluationIntervalYears: 'supervision.evaluation',
    maxCertificateSerial: 'certificate.code',
    effectiveFrom: 'policy.effective',
    cityCode: 'selection.code',
  },
});
