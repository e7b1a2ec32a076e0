import { INSTITUTION_APPLICATION_FIELDS } from './labels.js';
import { guardCheck, isRecord, notAnObjectIssue } from '../core/guard.js';
import { resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { readPolicy } from '../core/policyOptions.js';
import { indexCatalog } from './catalogIndex.js';
import type { CatalogIndex } from './catalogIndex.js';
import { checkConditions } from './conditionsPart.js';
import { labelIssues, readDate } from '../core/evidence.js';
import { effectiveDayOf, pushBeforeEffective } from '../core/effective.js';
import { checkForm } from './formPart.js';
import { APPLICATION_POLICY, checkItems } from './itemsPart.js';
import { checkRegistration } from './registrationPart.js';
import type { Catalog, InstitutionApplication } from './types.js';

/** Options of {@link checkInstitutionApplication}. */
export interface CheckInstitutionApplicationOptions {
  /** The policy whose numbers apply (`minTrainingYears`, `maxItemsPerInstitution`, `effectiveFrom`); {@link ZAOZHUANG_2023} by default. */
  readonly policy?: Policy;
  /** When given, every item must be in the provincial catalogue and not a 2022 occupation (一). */
  readonly catalog?: Catalog;
}

/**
 * Checks an application to become an assessment institution against every condition of 三.
 *
 * Policy, 三: 「征集对象为在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等……
 * 每家机构不得超过 2 个考核项目」; 三1 申请条件 (1)–(7); 三2 申请材料 (1)–(6); 三3(1)
 * 「申请单位向登记机关所在区（市）人力资源社会保障局提交申请」; 附件1 申请表; 附件2 工作方案.
 *
 * What is checked, each with its clause:
 * - `institution.registration`: the unit is registered in one of Zaozhuang's six districts; the
 *   credit code is valid (GB 32100). The list of kinds ends with 等: another kind than the four
 *   is a warning (the bureau decides). The code's category (characters 1–2) must fit the declared
 *   kind ({@link INSTITUTION_KIND_CREDIT_CATEGORIES}; a mismatch is a warning), and a 机关 (11) or
 *   a 个体工商户 (92, not a legal person) is refused; a region (characters 3–8) outside
 *   Zaozhuang (3704xx) is a warning, since a unit that moved keeps its code.
 * - `selection.filing`: filed with the bureau of the district where it is registered.
 * - `eligibility.legal` … `eligibility.supervision`: each condition of 三1(1)–(7). 三1(4) is a
 *   ranking signal only ({@link rankApplicants}).
 * - `eligibility.experience`: for each item, `policy.minTrainingYears` (2) completed years from
 *   `trainingSince` to `applicationDate` (2 年以上 includes 2: the same-day anniversary counts).
 * - `materials`: the six documents; `materials.form`: the 附件1 fields (phone: a mainland mobile
 *   or a landline with area code; email well formed; the pledge signed); `materials.work_plan`:
 *   sections 一 … 六 (七 optional). The rules of 三1(2), the materials and the work-plan sections
 *   are minimum lists: other entries are accepted with no issue, and quoted in the issue of a
 *   lacking one.
 * - `allocation.items`: at most `policy.maxItemsPerInstitution` (2) items.
 * - `catalog.scope`, `catalog.exclusion`: with `options.catalog`, each item.
 * - `policy.effective`: an `applicationDate` before the scheme took effect (`policy.effectiveFrom`,
 *   2023-04-23) is `before_policy_effective`: the application is outside the scheme.
 *
 * Every failure is listed, not the first. Evidence left out is `missing_field` with its path,
 * never read as false; a condition that is false has its own code. Never throws.
 *
 * @param application - the application.
 * @param options - `policy`, `catalog`.
 * @returns `ok` when no condition fails and no evidence is missing.
 * @example
 * const application = sampleInstitutionApplication(); // sva-rules/testing
 * checkInstitutionApplication(application) // { ok: true, issues: [] }
 * checkInstitutionApplication({ ...application, nonProfit: false }).issues
 * // [{ code: 'profit_oriented', clause: 'eligibility.funding', message: '申请单位以营利为目的', … }]
 * checkInstitutionApplication({ ...application, nonProfit: undefined }).issues
 * // [{ code: 'missing_field', clause: 'eligibility.funding', path: ['nonProfit'], … }]
 */
export function checkInstitutionApplication(
  application: InstitutionApplication,
  options?: CheckInstitutionApplicationOptions,
): RuleResult {
  return guardCheck('materials', () => {
    if (!isRecord(application)) return resultOf([notAnObjectIssue('materials', 'application')]);
    const app = application as unknown as Record<string, unknown>;
    const policy = readPolicy(options, APPLICATION_POLICY, 'materials');
    const issues: RuleIssue[] = [];
    let catalog: CatalogIndex | undefined;
    if (options?.catalog !== undefined) {
      const indexed = indexCatalog(options.catalog, ['options', 'catalog']);
      if ('code' in indexed) issues.push(indexed);
      else catalog = indexed;
    }

    checkRegistration(app, issues);
    const applicationDay = readDate(app.applicationDate, ['applicationDate'], 'eligibility.experience', issues);
    pushBeforeEffective(applicationDay, effectiveDayOf(policy.effectiveFrom), ['applicationDate'], ['申请日期', 'application date'], issues);
    checkConditions(app, issues);
    checkItems(app.items, applicationDay, policy, catalog, issues);
    checkForm(app, issues);
    return resultOf(labelIssues(issues, INSTITUTION_APPLICATION_FIELDS));
  });
}
