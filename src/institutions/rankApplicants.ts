import { describe, dayNumberOrUndefined } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { guardValue } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleResult } from '../core/issues.js';
import { CORE_MESSAGES } from '../core/messages.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { checkInstitutionApplication } from './checkInstitutionApplication.js';
import { APPLICATION_POLICY } from './itemsPart.js';
import type { Catalog, InstitutionApplication } from './types.js';

/** Options of {@link rankApplicants}. */
export interface RankApplicantsOptions {
  readonly policy?: Policy;
  /** Passed to {@link checkInstitutionApplication}. */
  readonly catalog?: Catalog;
}

/** One applicant in the order of selection. */
export interface RankedApplicant {
  /** The caller's application object (not copied). */
  readonly application: InstitutionApplication;
  /** Whether {@link checkInstitutionApplication} passes. */
  readonly eligible: boolean;
  /** 1, 2, … for the eligible, in order; `null` for the ineligible. */
  readonly rank: number | null;
  /** The answer of {@link checkInstitutionApplication}: why an applicant is ineligible. */
  readonly result: RuleResult;
}

interface Keyed {
  readonly entry: RankedApplicant;
  readonly helped: boolean;
  readonly experienceDays: number;
  readonly applicationDay: number;
  readonly name: string;
  readonly index: number;
}

function keyOf(application: InstitutionApplication, result: RuleResult, index: number): Keyed {
  const applicationDay = dayNumberOrUndefined(application.applicationDate) ?? 0;
  let helped = false;
  let experienceDays = 0;
  for (const item of application.items) {
    if (item.helpedWriteSpecification === true) helped = true;
    const since = dayNumberOrUndefined(item.trainingSince);
    if (since !== undefined) experienceDays = Math.max(experienceDays, applicationDay - since);
  }
  return { entry: { application, eligible: true, rank: null, result }, helped, experienceDays, applicationDay, name: application.name, index };
}

function compare(a: Keyed, b: Keyed): number {
  if (a.helped !== b.helped) return a.helped ? -1 : 1;
  if (a.experienceDays !== b.experienceDays) return b.experienceDays - a.experienceDays;
  if (a.applicationDay !== b.applicationDay) return a.applicationDay - b.applicationDay;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.index - b.index;
}

/**
 * Orders applicants for selection: the eligible first, ranked; then the ineligible, unranked.
 *
 * Policy, 三: 「按照“统筹规划、严格条件、择优遴选、动态调整”原则，面向社会公开征集遴选考核机构」;
 * 三1(4): 「优先考虑曾参与制定专项职业能力考核规范的单位」; 三1(5): 「有 2 年以上培训考核经历」.
 *
 * The order of the eligible, each key deciding only when the ones before tie:
 * 1. those who helped write an assessment specification (`helpedWriteSpecification` on any item)
 *    first (三1(4));
 * 2. longer experience first: the most days from an item's `trainingSince` to the application date;
 * 3. the earlier application date first;
 * 4. the name, by Unicode code points (locale-independent, so the same everywhere);
 * 5. the order given.
 * The ineligible follow in the order given, with `rank: null`. The text ranks on influence and
 * resources too (广泛影响力和较丰富的考核资源), which the input does not measure: the bureau's
 * evaluation (三3(2)) decides on them.
 *
 * @param applications - the applications.
 * @param options - `policy`, `catalog` for the eligibility check.
 * @returns a fresh array: every applicant once, eligible ones ranked 1, 2, ….
 * @throws {@link SvaError} `invalid_input` when `applications` is not an array.
 * @example
 * const a = sampleInstitutionApplication({ name: '甲职业培训学校' }); // sva-rules/testing; it helped write 鲁绣's specification
 * const b = sampleInstitutionApplication({ name: '乙职业培训学校', items: [{ ...a.items[1], helpedWriteSpecification: false }] });
 * const c = sampleInstitutionApplication({ name: '丙职业培训学校', nonProfit: false });
 * rankApplicants([c, b, a]).map((r) => [r.application.name, r.rank])
 * // [['甲职业培训学校', 1], ['乙职业培训学校', 2], ['丙职业培训学校', null]]: a helped write a specification (三1(4)); c is for profit
 */
export function rankApplicants(
  applications: readonly InstitutionApplication[],
  options?: RankApplicantsOptions,
): readonly RankedApplicant[] {
  return guardValue('eligibility.influence', () => {
    if (!Array.isArray(applications)) {
      throw new SvaError(
        issueFrom(CORE_MESSAGES, 'invalid_input', 'eligibility.influence', {
          path: ['applications'],
          received: describe(applications),
          params: { reasonZh: '参加排序的申请应以列表（数组）给出', reasonEn: 'applications must be an array' },
        }),
      );
    }
    // A bad policy is refused once, here, not as a failure of every applicant.
    const policy = readPolicy(options, APPLICATION_POLICY, 'eligibility.influence');
    // The policy holds the numbers checkInstitutionApplication reads, checked above.
    const checkOptions = { policy: policy as Policy, ...(options?.catalog ? { catalog: options.catalog } : {}) };
    const eligible: Keyed[] = [];
    const ineligible: RankedApplicant[] = [];
    applications.forEach((application, index) => {
      const result = checkInstitutionApplication(application, checkOptions);
      if (result.ok) eligible.push(keyOf(application, result, index));
      else ineligible.push({ application, eligible: false, rank: null, result });
    });
    return [...eligible.sort(compare).map((k, i) => ({ ...k.entry, rank: i + 1 })), ...ineligible];
  });
}
