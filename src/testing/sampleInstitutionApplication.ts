import { guardValue } from '../core/guard.js';
import type { InstitutionApplication } from '../institutions/types.js';
import { optionsOf } from './options.js';
import { applyOverrides } from './overrides.js';

/**
 * Overrides of a sample: each field given replaces the sample's whole (an array or a nested object
 * is not merged); a field given as `undefined` is left out of the sample.
 */
export type SampleOverrides<T> = { readonly [K in keyof T]?: T[K] | undefined };

const CLAUSE = 'materials';

/**
 * An application to become an assessment institution that passes `checkInstitutionApplication`
 * (and `validateInstitutionApplication`) as built: a fictitious training school of 薛城区,
 * Zaozhuang, applying on 2023-06-01 for two items it has trained and assessed in for more than two
 * years, with every condition of 三1, every document of 三2, a complete 附件1 form and the six
 * required sections of the 附件2 work plan. For the users' own tests: change one field to test
 * one rule.
 *
 * Policy, 三: 「面向社会公开征集遴选考核机构」; 三1 申请条件 (1)–(7); 三2 申请材料; 附件1 申请表;
 * 附件2 工作方案.
 *
 * How overrides merge: shallowly. Each top-level field you give replaces the sample's whole (give
 * the whole `contact`, `staff` or `items`, e.g. `{ items: [{ ...sample.items[0], canTrain: false }] }`);
 * a field given as `undefined` is removed, so that `{ nonProfit: undefined }` tests missing
 * evidence. Every call returns fresh objects and arrays; the overrides are not copied or changed.
 *
 * @param overrides - fields to replace or (with `undefined`) remove.
 * @returns a new application.
 * @throws {@link sva-rules!SvaError} `invalid_option` when `overrides` is not an object.
 * @example
 * checkInstitutionApplication(sampleInstitutionApplication()) // { ok: true, issues: [] }
 * checkInstitutionApplication(sampleInstitutionApplication({ nonProfit: false })).issues[0].code // 'profit_oriented'
 * 'nonProfit' in sampleInstitutionApplication({ nonProfit: undefined }) // false
 */
export function sampleInstitutionApplication(overrides?: SampleOverrides<InstitutionApplication>): InstitutionApplication {
  return guardValue(CLAUSE, () => {
    const changes = optionsOf(overrides, CLAUSE, 'overrides');
    const sample: Record<string, unknown> = {
      name: '枣庄市薛城区示例职业培训学校',
      creditCode: '52370403FTUMA5WW3R',
      kind: 'training_institution',
      address: '山东省枣庄市薛城区示例路 1 号',
      registrationAuthority: '枣庄市薛城区民政局',
      legalRepresentative: '张三',
      registeredCapital: '50万元',
      contact: { person: '李四', title: '办公室主任', phone: '0632-4412345', email: 'office@example.cn' },
      integrityPledgeSigned: true,
      workPlanSections: ['overall_plan', 'organisation', 'items_and_resources', 'procedure_and_rules', 'content_and_method', 'safeguards'],
      registrationDistrict: '370403',
      filedWithDistrict: '薛城区',
      applicationDate: '2023-06-01',
      legalPerson: true,
      goodCredit: true,
      violationRecords: 0,
      rules: ['assessment_management', 'finance', 'archives', 'work_safety_emergency', 'incident_emergency', 'assessment_procedure', 'equipment_safety'],
      dedicatedUnit: true,
      staff: { fullTime: 3, assessors: 5, supervisors: 1 },
      facilities: { site: true, equipment: true, videoSurveillance: true },
      items: [
        { name: '面点制作', questionBank: true, trainingSince: '2020-09-01', helpedWriteSpecification: false, hasSpecification: true, canTrain: true },
        { name: '鲁绣', questionBank: true, trainingSince: '2018-03-15', helpedWriteSpecification: true, hasSpecification: true, canTrain: true },
      ],
      stableFunding: true,
      nonProfit: true,
      acceptsSupervision: true,
      materials: ['application_form', 'work_plan', 'question_bank_list', 'training_capacity_proof', 'legal_person_certificate', 'credit_report_or_pledge'],
    };
    applyOverrides(sample, changes);
    return sample as unknown as InstitutionApplication;
  });
}
