import type { InstitutionApplication } from '../../src/index.js';

/** An application that meets every condition (applied for on 2023-06-01). */
export function sampleApplication(overrides: Partial<Record<keyof InstitutionApplication, unknown>> = {}): InstitutionApplication {
  return {
    name: '枣庄市某职业培训学校',
    creditCode: '52370403MA3000045Y',
    kind: 'training_institution',
    address: '枣庄市薛城区某路 1 号',
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
      { name: '面点制作', questionBank: true, trainingSince: '2021-06-01', helpedWriteSpecification: false, hasSpecification: true, canTrain: true },
      { name: '剪纸', questionBank: true, trainingSince: '2018-03-15', helpedWriteSpecification: true, hasSpecification: true, canTrain: true },
    ],
    stableFunding: true,
    nonProfit: true,
    acceptsSupervision: true,
    materials: ['application_form', 'work_plan', 'question_bank_list', 'training_capacity_proof', 'legal_person_certificate', 'credit_report_or_pledge'],
    ...overrides,
  } as InstitutionApplication;
}

/** The first item of the sample with some fields changed. */
export function withItem(overrides: Record<string, unknown>, applicationOverrides: Partial<Record<keyof InstitutionApplication, unknown>> = {}) {
  const base = sampleApplication();
  return sampleApplication({ items: [{ ...base.items[0], ...overrides }], ...applicationOverrides });
}

export const CATALOG = { provincialItems: ['面点制作', '剪纸', '鲁绣'], occupations2022: ['中式面点师', '美发师'] };
