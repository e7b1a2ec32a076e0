import { dayNumberOrUndefined } from '../core/dates.js';
import { SvaError } from '../core/errors.js';
import { districtOf, nameKey } from '../core/districts.js';
import { guardValue, isRecord } from '../core/guard.js';
import type { RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { invalidIssue } from '../core/evidence.js';
import { checkInstitutionApplication } from './checkInstitutionApplication.js';
import { APPLICATION_POLICY } from './itemsPart.js';
import type { Catalog, InstitutionApplication } from './types.js';

/** Options of {@link rankApplicants}. */
export interface RankApplicantsOptions {
  readonly policy?: Policy;
  /** Passed to {@link checkInstitutionApplication}. */
  readonly catalog?: Catalog;
}

/** One applicant for one item, in the order of selection within its (item, district) group. */
export interface RankedApplicant {
  /** The caller's application object (not copied). */
  readonly application: InstitutionApplication;
  /** The item applied for, as the application writes it (`''` when its items cannot be read). */
  readonly item: string;
  /** The district of the registration authority: its code when it is one of Zaozhuang's six, else as given. */
  readonly district: string;
  /** Whether {@link checkInstitutionApplication} passes. */
  readonly eligible: boolean;
  /** 1, 2, … for the eligible, in order within the (item, district) group; `null` for the ineligible. */
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

/** One entry per item of the application (one with item `''` when its items cannot be read). */
function entriesOf(application: InstitutionApplication, result: RuleResult, index: number): { readonly group: string; readonly keyed: Keyed }[] {
  try {
    return readEntries(application, result, index);
  } catch {
    // An application that cannot be read (a throwing getter, a revoked proxy) is ineligible: one entry.
    const entry = { application, item: '', district: '', eligible: false, rank: null, result };
    return [{ group: JSON.stringify(['', '']), keyed: { entry, helped: false, experienceDays: 0, applicationDay: 0, name: '', index } }];
  }
}

function readEntries(application: InstitutionApplication, result: RuleResult, index: number): { readonly group: string; readonly keyed: Keyed }[] {
  const applicationDay = dayNumberOrUndefined(application.applicationDate) ?? 0;
  const rawDistrict: unknown = application.registrationDistrict;
  const district = districtOf(rawDistrict)?.code ?? (typeof rawDistrict === 'string' ? rawDistrict : '');
  const rawItems: unknown = application.items;
  const items = Array.isArray(rawItems) && rawItems.length > 0 ? (rawItems as readonly unknown[]) : [undefined];
  const name = typeof application.name === 'string' ? application.name : '';
  return items.map((raw) => {
    const item = isRecord(raw) ? raw : {};
    const itemName = typeof item.name === 'string' ? item.name : '';
    const since = dayNumberOrUndefined(item.trainingSince);
    const keyed = {
      entry: { application, item: itemName, district, eligible: result.ok, rank: null, result },
      helped: item.helpedWriteSpecification === true,
      experienceDays: since === undefined ? 0 : applicationDay - since,
      applicationDay,
      name,
      index,
    };
    return { group: JSON.stringify([nameKey(itemName), district]), keyed };
  });
}

function compare(a: Keyed, b: Keyed): number {
  if (a.helped !== b.helped) return a.helped ? -1 : 1;
  if (a.experienceDays !== b.experienceDays) return b.experienceDays - a.experienceDays;
  if (a.applicationDay !== b.applicationDay) return a.applicationDay - b.applicationDay;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.index - b.index;
}

/**
 * Orders applicants for selection within each (item, district) group, as selection is made: one
 * entry per item an application applies for, with its `item` and `district`; in each group the
 * eligible first, ranked 1, 2, …; then the ineligible, unranked.
 *
 * Policy, 三: 「按照“统筹规划、严格条件、择优遴选、动态调整”原则，面向社会公开征集遴选考核机构」;
 * 三1(4): 「优先考虑曾参与制定专项职业能力考核规范的单位」; 三1(5): 「有 2 年以上培训考核经历」.
 *
 * Groups: the item's name (compared as names are: NFKC, white space removed) and the district of
 * the registration authority (`registrationDistrict`, by code); the groups come in the order they
 * first appear. Eligibility is that of the whole application. The order of the eligible within a
 * group, each key deciding only when the ones before tie:
 * 1. those who helped write the item's assessment specification (`helpedWriteSpecification`)
 *    first (三1(4));
 * 2. longer experience in the item first: the days from its `trainingSince` to the application date;
 * 3. the earlier application date first;
 * 4. the name, by Unicode code points (locale-independent, so the same everywhere);
 * 5. the order given.
 * The ineligible follow, in the order given, with `rank: null`. The text ranks on influence and
 * resources too (广泛影响力和较丰富的考核资源), which the input does not measure: the bureau's
 * evaluation (三3(2)) decides on them.
 *
 * @param applications - the applications.
 * @param options - `policy`, `catalog` for the eligibility check.
 * @returns a fresh array: every (application, item) once, grouped by (item, district), eligible
 *   ones ranked 1, 2, … within their group.
 * @throws {@link SvaError} `invalid_input` when `applications` is not an array.
 * @example
 * const a = sampleInstitutionApplication({ name: '甲职业培训学校' }); // sva-rules/testing; it helped write 鲁绣's specification
 * const b = sampleInstitutionApplication({ name: '乙职业培训学校', items: [{ ...a.items[1], helpedWriteSpecification: false }] });
 * const c = sampleInstitutionApplication({ name: '丙职业培训学校', nonProfit: false });
 * rankApplicants([c, b, a]).map((r) => [r.item, r.application.name, r.rank])
 * // [['面点制作', '甲职业培训学校', 1], ['面点制作', '丙职业培训学校', null],
 * //  ['鲁绣', '甲职业培训学校', 1], ['鲁绣', '乙职业培训学校', 2], ['鲁绣', '丙职业培训学校', null]]: 鲁绣 in 370403: a helped write its specification (三1(4)); c is for profit
 */
export function rankApplicants(
  applications: readonly InstitutionApplication[],
  options?: RankApplicantsOptions,
): readonly RankedApplicant[] {
  return guardValue('eligibility.influence', () => {
    if (!Array.isArray(applications)) {
      throw new SvaError(
        invalidIssue('eligibility.influence', ['applications'], applications, '列表', 'an array', undefined, '参加排序的申请'),
      );
    }
    // A bad policy is refused once, here, not as a failure of every applicant.
    const policy = readPolicy(options, APPLICATION_POLICY, 'eligibility.influence');
    // The policy holds the numbers checkInstitutionApplication reads, checked above.
    const checkOptions = { policy: policy as Policy, ...(options?.catalog ? { catalog: options.catalog } : {}) };
    // Selection is per item per district (三: 一个区（市）的同一考核项目只确定一家考核机构).
    const groups = new Map<string, Keyed[]>();
    applications.forEach((application, index) => {
      const result = checkInstitutionApplication(application, checkOptions);
      for (const { group, keyed } of entriesOf(application, result, index)) {
        const list = groups.get(group) ?? [];
        list.push(keyed);
        groups.set(group, list);
      }
    });
    return [...groups.values()].flatMap((list) => {
      const eligible = list.filter((k) => k.entry.eligible).sort(compare);
      const ineligible = list.filter((k) => !k.entry.eligible);
      return [...eligible.map((k, i) => ({ ...k.entry, rank: i + 1 })), ...ineligible.map((k) => k.entry)];
    });
  });
}
