import type { ClauseId } from './clauses.js';
import { MAX_CERTIFICATE_SERIAL } from './codeLayout.js';
import type { RuleIssue } from './issues.js';
import { describe, isRealDate } from './dates.js';
import { SvaError } from './errors.js';
import { deepFreeze } from './freeze.js';
import { guardValue, invalidOptionIssue, isRecord, notAnObjectIssue } from './guard.js';
import { SCORE_SCALE } from './scoreScale.js';

/**
 * Every number of the policy, named. A function that applies a rule reads its number from here,
 * never from a literal, so that a later scheme (or a district's exception) is a new `Policy`
 * object, not a code change. `clauses` names the clause each number comes from.
 */
export interface Policy {
  /** Identifies the scheme. */
  readonly id: string;
  /** The day the scheme took effect. */
  readonly effectiveFrom: string;
  /**
   * Severity of the limits the text qualifies with 一般 ("generally"): `allocation.city`,
   * `bank.sets`, `assessment.method`. `'warning'` (the default) reports them without failing
   * a check, since the district bureau may allow exceptions; `'error'` is the strict reading.
   */
  readonly generalLimits: 'warning' | 'error';

  /** 二: legal working age in completed years (周岁). */
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

  /** The clause each number comes from. */
  readonly clauses: { readonly [K in PolicyNumberKey]: ClauseId };
}

/** The names of the policy's numbers. */
export type PolicyNumberKey = Exclude<keyof Policy, 'id' | 'effectiveFrom' | 'generalLimits' | 'clauses'>;

/**
 * The Zaozhuang pilot scheme of 2023-04-23 (枣庄市专项职业能力考核社会化改革试点方案), which
 * implements 鲁人社字〔2023〕22号. The default everywhere a policy is optional.
 */
export const ZAOZHUANG_2023: Policy = /* @__PURE__ */ deepFreeze({
  id: 'zaozhuang-2023',
  effectiveFrom: '2023-04-23',
  generalLimits: 'warning',
  minCandidateAge: 16,
  maxInstitutionsPerItemInCity: 5,
  maxInstitutionsPerItemInDistrict: 1,
  maxItemsPerInstitution: 2,
  minTrainingYears: 2,
  selectionPublicityWorkingDays: 5,
  minQuestionSets: 5,
  fullMark: SCORE_SCALE.fullMark,
  passMark: SCORE_SCALE.passMark,
  planFilingWorkingDays: 5,
  resultsPublicityWorkingDays: 5,
  paperRetentionYears: 3,
  electronicRetentionYears: 5,
  annualSummaryDue: { month: 12, day: 31 },
  evaluationIntervalYears: 3,
  maxCertificateSerial: MAX_CERTIFICATE_SERIAL,
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
    resultsPublicityWorkingDays: 'results.publicity',
    paperRetentionYears: 'archive.retention',
    electronicRetentionYears: 'archive.retention',
    annualSummaryDue: 'annual.summary',
    evaluationIntervalYears: 'supervision.evaluation',
    maxCertificateSerial: 'certificate.code',
  },
});

/**
 * A policy with some numbers changed, e.g. `definePolicy({ generalLimits: 'error' })` for the
 * strict reading of every 一般 limit. The result is frozen; `overrides` is not touched.
 *
 * @throws {@link SvaError} `invalid_option` for an unknown key or a value of the wrong kind (a
 *   number must be a whole number ≥ 0; `generalLimits` `'warning'` or `'error'`); the issue cites
 *   the clause of that number. An `overrides` that is not an object cites `catalog.scope`, the
 *   first clause of the scheme, since the policy as a whole has no clause of its own.
 */
export function definePolicy(overrides: Partial<Omit<Policy, 'clauses'>>, base: Policy = ZAOZHUANG_2023): Policy {
  return guardValue('catalog.scope', () => {
    if (!isRecord(overrides)) throw new SvaError(notAnObjectIssue('catalog.scope', 'overrides'));
    if (!isRecord(base) || !isRecord(base.clauses)) throw new SvaError(notAnObjectIssue('catalog.scope', 'base'));
    const issues = Object.keys(overrides).flatMap((key) => overrideIssues(key, overrides[key as keyof typeof overrides], base));
    if (issues.length > 0) throw new SvaError(issues);
    const annualSummaryDue = { ...(overrides.annualSummaryDue ?? base.annualSummaryDue) };
    return deepFreeze({ ...base, ...overrides, annualSummaryDue, clauses: { ...base.clauses } });
  });
}

function overrideIssues(key: string, value: unknown, base: Policy): RuleIssue[] {
  // Own keys only: 'toString' or '__proto__' (from parsed JSON) are not numbers of the policy.
  const known = Object.hasOwn(base.clauses, key);
  const clause: ClauseId = known ? (base.clauses as Record<string, ClauseId>)[key] ?? 'catalog.scope' : 'catalog.scope';
  const bad = (reasonZh: string, reasonEn: string) => [
    invalidOptionIssue(clause, ['overrides', key], reasonZh, reasonEn, { received: describe(value) }, key),
  ];
  const wholeNumber = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (key === 'generalLimits') return value === 'warning' || value === 'error' ? [] : bad("应为 'warning' 或 'error'", "must be 'warning' or 'error'");
  if (key === 'id' || key === 'effectiveFrom') return typeof value === 'string' ? [] : bad('应为字符串', 'must be a string');
  if (key === 'annualSummaryDue') {
    const due = isRecord(value) ? value : {};
    // A day past the month's end means its last day (annualSummaryDueDate clamps it).
    const ok = wholeNumber(due.month) && wholeNumber(due.day) && isRealDate(2000, due.month as number, 1) && (due.day as number) >= 1 && (due.day as number) <= 31;
    return ok ? [] : bad('应为 { month: 1–12, day: 1–31 }', 'must be { month: 1–12, day: 1–31 }');
  }
  if (!known) return bad('不是政策参数', 'is not a number of the policy');
  return wholeNumber(value) ? [] : bad('应为非负整数', 'must be a whole number ≥ 0');
}
