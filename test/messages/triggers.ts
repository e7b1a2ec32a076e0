// One triggering input per issue code: each row calls the public functions as a user would and
// returns the issues they give (a result's issues, or those of the SvaError thrown).
import { isSvaError } from '../../src/core/errors.js';
import { creditCodeCheck } from '../../src/identity/creditCode.js';
import type { RuleIssue } from '../../src/core/issues.js';
import * as sva from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCreditCode, generateResidentIdNumber, sampleBatch, sampleCertificate, sampleInstitutionApplication } from '../../src/testing/index.js';

/** The issues of a call: those of its result, or of the SvaError it throws; none when it returns a value. */
export function issuesOf(run: () => unknown): readonly RuleIssue[] {
  try {
    const out = run() as { issues?: readonly RuleIssue[] } | undefined;
    return out !== null && typeof out === 'object' && Array.isArray(out.issues) ? out.issues : [];
  } catch (error) {
    if (isSvaError(error)) return error.issues;
    throw error;
  }
}

const app = (patch: Record<string, unknown>) => sva.checkInstitutionApplication(sampleInstitutionApplication(patch as never) as never);
const item = (patch: Record<string, unknown>) => app({ items: [{ ...sampleInstitutionApplication().items[0], ...patch }] });
const batch = (patch: Record<string, unknown>) => sva.checkBatch(sampleBatch(patch) as never);
const sample = sampleBatch();
const exam = (patch: Record<string, unknown>) => batch({ exam: { ...sample.exam, ...patch } });
const certificates = (patch: Record<string, unknown>) => batch({ certificates: { ...sample.certificates, ...patch } });
const assignment = (institution: string, item: string, district: string) => ({ institution, item, district });
const sets = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}`, tasks: [`T${i + 1}`] }));
const ID_2008 = generateResidentIdNumber({ birthDate: '2008-06-15', seed: 1 });

// The linked audit of the by-the-book sample (examples/sample-batch.json) with one record changed;
// its issues are those of every clause (the rows of test/audit/crossChecks.test.ts).
type Loose = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const STRANGER = '370403199206186206';
function audited(change: (input: Loose) => void): { issues: readonly RuleIssue[] } {
  const input = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples/sample-batch.json'), 'utf8')) as Loose;
  change(input);
  return { issues: sva.auditBatch(input as never).clauses.flatMap((c) => c.issues) };
}
const credit = (category: string, region = '370403') => generateCreditCode({ authorityCode: category.charAt(0), typeCode: category.charAt(1), regionCode: region, seed: 1 });
const selection = { publicity: { start: '2024-03-11', end: '2024-03-15' }, objections: [], codeAssignedOn: '2024-03-18' };
const objection = (raisedOn: string, resolvedOn?: string) =>
  sva.checkSelection({ ...selection, objections: [resolvedOn === undefined ? { raisedOn } : { raisedOn, resolvedOn }] } as never);
const windowPolicy = sva.definePolicy({ planFilingReading: 'window' });

/** A call that raises each code, by code. */
export const TRIGGERS: Readonly<Record<string, () => unknown>> = {
  invalid_date: () => sva.isWorkingDay('2024-02-30'),
  invalid_option: () => sva.addWorkingDays('2024-03-01', 1, 'calendar' as never),
  invalid_input: () => app({ legalPerson: 'yes' }),
  missing_field: () => app({ name: undefined }),

  certificate_code_type: () => sva.parseCertificateCode(5),
  certificate_code_whitespace: () => sva.parseCertificateCode('233704 000100001'),
  certificate_code_fullwidth: () => sva.parseCertificateCode('２３３７０４０００１０００01'),
  certificate_code_length: () => sva.parseCertificateCode('2337040001'),
  certificate_code_characters: () => sva.parseCertificateCode('23370400010000A'),
  certificate_code_province: () => sva.parseCertificateCode('231104000100001'),
  certificate_code_city: () => sva.parseCertificateCode('233712000100001'),
  certificate_code_institution_serial: () => sva.parseCertificateCode('233704000000001'),
  certificate_code_serial: () => sva.parseCertificateCode('233704000100000'),
  certificate_code_year_mismatch: () => sva.parseCertificateCode('233704000100001', { issuedOn: '2024-03-01' }),
  certificate_code_city_mismatch: () => sva.parseCertificateCode('233704000100001', { city: '济南' }),
  certificate_code_institution_mismatch: () => sva.parseCertificateCode('233704000100001', { institutionCode: '37040002' }),
  certificate_year_out_of_range: () => sva.formatCertificateCode({ year: 1999, institutionCode: '37040001', certificateSerial: 1 }),
  certificate_serial_out_of_range: () => sva.formatCertificateCode({ year: 2024, institutionCode: '37040001', certificateSerial: 0 }),
  institution_code_type: () => sva.parseInstitutionCode(37040001),
  institution_code_whitespace: () => sva.parseInstitutionCode('3704 0001'),
  institution_code_fullwidth: () => sva.parseInstitutionCode('３７０４０００１'),
  institution_code_length: () => sva.parseInstitutionCode('370400'),
  institution_code_characters: () => sva.parseInstitutionCode('3704000A'),
  institution_code_province: () => sva.parseInstitutionCode('11040001'),
  institution_code_city: () => sva.parseInstitutionCode('37120001'),
  institution_code_serial: () => sva.parseInstitutionCode('37040000'),
  institution_code_city_mismatch: () => sva.parseInstitutionCode('37040001', { city: '济南' }),
  institution_serial_out_of_range: () => sva.formatInstitutionCode({ city: '枣庄', serial: 0 }),
  unknown_city: () => sva.formatInstitutionCode({ city: '北京', serial: 1 }),
  certificate_count_invalid: () => sva.nextCertificateCodes({ year: 2024, institutionCode: '37040001', issued: [] }, -1),
  certificate_serials_exhausted: () => sva.nextCertificateCodes({ year: 2024, institutionCode: '37040001', issued: [] }, 100_000),

  archive_document_missing: () => sva.checkArchive([]),
  archive_document_invalid: () => sva.checkArchive([7 as never]),
  archive_medium_unknown: () => sva.retentionEndDate({ medium: 'stone', closedOn: '2024-03-01' } as never),
  archive_retention_out_of_range: () => sva.retentionEndDate({ medium: 'electronic', closedOn: '9999-03-01' } as never),

  annual_summary_year_invalid: () => sva.checkAnnualSummary({ year: 0 } as never, '2025-06-01'),
  annual_summary_missing: () => sva.checkAnnualSummary({ year: 2024 } as never, '2025-06-01'),
  annual_summary_late: () => sva.checkAnnualSummary({ year: 2024, submittedOn: '2025-03-01' } as never, '2025-06-01'),
  annual_summary_before_year: () => sva.checkAnnualSummary({ year: 2024, submittedOn: '2023-12-01' } as never, '2025-06-01'),
  annual_summary_after_as_of: () => sva.checkAnnualSummary({ year: 2024, submittedOn: '2025-01-10' } as never, '2025-01-05'),
  evaluation_as_of_before_last: () => sva.isEvaluationOverdue('2024-03-01', '2024-01-01'),
  evaluation_due_out_of_range: () => sva.nextEvaluationDueDate('9998-03-01'),
  violation_outside_item_list: () => sva.checkSupervision(['outside_item_list' as never]),
  violation_lowered_standard: () => sva.checkSupervision(['lowered_standard' as never]),
  violation_certificate_without_assessment: () => sva.checkSupervision(['certificate_without_assessment' as never]),
  violation_false_advertising: () => sva.checkSupervision(['false_advertising' as never]),
  violation_disrupting_order: () => sva.checkSupervision(['disrupting_order' as never]),
  violation_findings_invalid: () => sva.checkSupervision('bribery' as never),

  score_not_a_number: () => sva.checkScore('六十'),
  score_out_of_range: () => sva.checkScore(100.5),
  score_below_pass_mark: () => sva.checkScore(59.5),
  part_not_an_object: () => sva.computeScore([7 as never]),
  part_value_not_a_number: () => sva.computeScore([{ score: '六十', max: 100 } as never]),
  part_value_not_positive: () => sva.computeScore([{ score: 0, max: 0 } as never]),
  part_score_out_of_range: () => sva.computeScore([{ score: 120, max: 100 } as never]),
  part_weight_missing: () => sva.computeScore([{ score: 30, max: 40, weight: 40 }, { score: 50, max: 60 }] as never),
  max_sum_not_full_mark: () => sva.computeScore([{ score: 30, max: 40 }, { score: 50, max: 50 }] as never),
  weight_sum_not_full_mark: () => sva.computeScore([{ score: 30, max: 40, weight: 40 }, { score: 50, max: 60, weight: 50 }] as never),

  bank_sets_not_array: () => sva.checkQuestionBank({ sets: 'S1' } as never),
  bank_empty: () => sva.checkQuestionBank({ sets: [] } as never),
  set_not_an_object: () => sva.checkQuestionBank({ sets: [7] } as never),
  set_id_invalid: () => sva.checkQuestionBank({ sets: [{ id: '', tasks: ['T1'] }] } as never),
  set_id_duplicate: () => sva.checkQuestionBank({ sets: [{ id: 'S1', tasks: ['T1'] }, { id: 'S1', tasks: ['T2'] }] } as never),
  set_tasks_invalid: () => sva.checkQuestionBank({ sets: [{ id: 'S1', tasks: 'T1' }] } as never),
  set_empty: () => sva.checkQuestionBank({ sets: [{ id: 'S1', tasks: [] }] } as never),
  set_task_invalid: () => sva.checkQuestionBank({ sets: [{ id: 'S1', tasks: [''] }] } as never),
  set_same_tasks: () => sva.checkQuestionBank({ sets: [{ id: 'S1', tasks: ['T1'] }, { id: 'S2', tasks: ['T1'] }] } as never),
  too_few_sets: () => sva.checkQuestionBank({ sets: sets(4) } as never),
  bank_approved_after_use: () => sva.checkQuestionBank({ sets: sets(5), approvedOn: '2024-03-02' } as never, { usedOn: '2024-03-01' }),
  history_invalid: () => sva.nextPaperSet({ sets: sets(5) } as never, [7 as never]),
  sessions_invalid: () => sva.rotationPlan({ sets: sets(5) } as never, -1),

  calendar_out_of_range: () => sva.isWorkingDay('2099-01-05'),
  publicity_end_before_start: () => sva.checkPublicityPeriod({ kind: 'results', start: '2024-03-08', end: '2024-03-01' } as never),
  publicity_too_short: () => sva.checkPublicityPeriod({ kind: 'results', start: '2024-03-04', end: '2024-03-07' } as never),
  calendar_data_invalid: () => sva.createWorkdayCalendar({ years: 7 } as never),
  calendar_data_year: () => sva.createWorkdayCalendar({ year: 27, days: [] } as never),
  calendar_data_date: () => sva.createWorkdayCalendar({ years: { '2027': { offDays: ['2027-02-30'], workDays: [] } } } as never),
  calendar_data_wrong_year: () => sva.createWorkdayCalendar({ years: { '2027': { offDays: ['2028-01-01'], workDays: [] } } } as never),
  calendar_data_weekday_workday: () => sva.createWorkdayCalendar({ years: { '2027': { offDays: [], workDays: ['2027-01-05'] } } } as never),
  calendar_data_conflict: () => sva.createWorkdayCalendar({ years: { '2027': { offDays: ['2027-01-09'], workDays: ['2027-01-09'] } } } as never),
  calendar_data_duplicate_year: () => sva.createWorkdayCalendar([{ year: 2027, days: [] }, { year: 2027, days: [] }] as never),
  calendar_data_gap: () => sva.createWorkdayCalendar({ years: { '2028': { offDays: [], workDays: [] } } } as never),
  calendar_data_empty: () => sva.createWorkdayCalendar({ years: {} } as never, null),

  resident_id_type: () => sva.parseResidentIdNumber(null),
  resident_id_old_format: () => sva.parseResidentIdNumber('370402080615007'),
  resident_id_length: () => sva.parseResidentIdNumber('3704022008'),
  resident_id_characters: () => sva.parseResidentIdNumber('37040220080615007A'),
  resident_id_birth_date: () => sva.parseResidentIdNumber('370402200813150071'),
  resident_id_checksum: () => sva.parseResidentIdNumber('370402200806150072'),
  credit_code_type: () => sva.parseUnifiedSocialCreditCode(7),
  credit_code_length: () => sva.parseUnifiedSocialCreditCode('9137'),
  credit_code_characters: () => sva.parseUnifiedSocialCreditCode('91370400MA3CIOZSV1'),
  credit_code_authority: () => sva.parseUnifiedSocialCreditCode('W1370400MA3C0000X1'),
  credit_code_org_type: () => sva.parseUnifiedSocialCreditCode('9K370400MA3C000011'),
  credit_code_region: () => sva.parseUnifiedSocialCreditCode('9137A400MA3C000011'),
  credit_code_checksum: () => sva.parseUnifiedSocialCreditCode(sva.parseUnifiedSocialCreditCode.length >= 0 ? '91370400MA3C000010' : ''),
  credit_code_organisation_checksum: () => sva.parseUnifiedSocialCreditCode(`91370402MA3000302${creditCodeCheck('91370402MA3000302')}`, { strict: true }),
  credit_code_unreadable: () => sva.parseUnifiedSocialCreditCode('91370400MA3C000011', new Proxy({}, { get: () => { throw new Error('x'); } }) as never),
  age_before_birth: () => sva.ageOn('2008-06-15', '2008-06-14'),
  candidate_under_age: () => sva.checkCandidateEligibility({ birthDate: '2008-06-15', applicationDate: '2024-06-14' }),
  candidate_born_after_application: () => sva.checkCandidateEligibility({ birthDate: '2024-06-16', applicationDate: '2024-06-15' }),
  birth_date_mismatch: () => sva.checkCandidateEligibility({ idNumber: ID_2008, birthDate: '2008-06-16', applicationDate: '2025-06-14' }),
  unknown_district: () => sva.checkAllocation([assignment('甲', '面点制作', '370400')]),

  allocation_city_exceeded: () => sva.checkAllocation(['370402', '370403', '370404', '370405', '370406', '370481', '370402'].map((d, i) => assignment(`机构${i}`, '面点制作', d)).slice(0, 6)),
  allocation_district_taken: () => sva.checkAllocation([assignment('甲', '面点制作', '370402'), assignment('乙', '面点制作', '370402')]),
  allocation_items_exceeded: () => sva.checkAllocation([assignment('甲', '剪纸', '370402'), assignment('甲', '面点制作', '370403'), assignment('甲', '茶艺', '370404')]),
  assignment_duplicate: () => sva.checkAllocation([assignment('甲', '剪纸', '370402'), assignment('甲', '剪纸', '370402')]),
  assignment_exists: () => sva.checkNewAssignment([assignment('甲', '剪纸', '370402')], assignment('甲', '剪纸', '370402')),

  registration_outside_zaozhuang: () => app({ registrationDistrict: '370102' }),
  credit_code_individual_business: () => app({ creditCode: generateCreditCode({ authorityCode: '9', typeCode: '2', seed: 1 }) }),
  filed_with_wrong_district: () => app({ filedWithDistrict: '370402' }),
  not_legal_person: () => app({ legalPerson: false }),
  credit_not_good: () => app({ goodCredit: false }),
  violation_records: () => app({ violationRecords: 1 }),
  rule_document_lacking: () => app({ rules: [] }),
  no_dedicated_unit: () => app({ dedicatedUnit: false }),
  staff_lacking: () => app({ staff: { fullTime: 0, assessors: 1, supervisors: 1 } }),
  facility_lacking: () => app({ facilities: { site: false, equipment: true, videoSurveillance: true } }),
  question_bank_lacking: () => item({ questionBank: false }),
  experience_too_short: () => item({ trainingSince: '2022-01-01' }),
  training_since_after_application: () => item({ trainingSince: '2099-01-01' }),
  item_cannot_train: () => item({ canTrain: false }),
  item_without_specification: () => item({ hasSpecification: false }),
  funding_not_stable: () => app({ stableFunding: false }),
  profit_oriented: () => app({ nonProfit: false }),
  supervision_not_accepted: () => app({ acceptsSupervision: false }),
  material_lacking: () => app({ materials: [] }),
  work_plan_section_lacking: () => app({ workPlanSections: [] }),
  integrity_pledge_unsigned: () => app({ integrityPledgeSigned: false }),
  contact_phone_invalid: () => app({ contact: { ...sampleInstitutionApplication().contact, phone: '12345' } }),
  contact_email_invalid: () => app({ contact: { ...sampleInstitutionApplication().contact, email: 'a@' } }),
  registered_capital_invalid: () => app({ registeredCapital: '若干' }),
  no_items: () => app({ items: [] }),
  too_many_items: () => app({ items: ['剪纸', '面点制作', '茶艺'].map((name) => ({ ...sampleInstitutionApplication().items[0], name })) }),
  item_duplicate: () => app({ items: ['剪纸', '剪纸'].map((name) => ({ ...sampleInstitutionApplication().items[0], name })) }),
  item_not_in_catalog: () => sva.checkCatalogItem('捏泥人', { provincialItems: ['剪纸'], occupations2022: [] }),
  item_is_occupation: () => sva.checkCatalogItem('中式面点师', { provincialItems: ['中式面点师'], occupations2022: ['中式面点师'] }),
  catalog_exclusion_unchecked: () => sva.checkCatalogItem('剪纸', { provincialItems: ['剪纸'] }),

  schema_invalid_type: () => schemas.validateCertificate({ ...sampleCertificate(), name: 7 }),
  schema_invalid_value: () => schemas.validatePublicityPeriod({ kind: 'exam', start: '2024-03-11', end: '2024-03-15' }),
  schema_invalid_format: () => schemas.validateHolidayCnYear({ year: 2027, days: [{ name: '元旦', date: '2027-02-30', isOffDay: true }] }),
  schema_too_small: () => schemas.validateInstitutionApplication({ ...sampleInstitutionApplication(), violationRecords: -1 }),
  schema_too_big: () => schemas.validateCertificateSerialState({ year: 2100, institutionCode: '37040001', issued: [] }),
  schema_invalid: () => schemas.validateWorkdayCalendarData({ years: { x2027: { offDays: [], workDays: [] } } }),

  institution_code_invalid: () => batch({ institutionCode: '3704' }),
  item_out_of_scope: () => batch({ item: '茶艺' }),
  district_out_of_scope: () => batch({ district: '370481' }),
  announcement_field_lacking: () => batch({ announcement: { contents: [] } }),
  plan_filed_late: () => batch({ plan: { ...sample.plan, filedOn: sample.exam.startDate } }),
  plan_field_lacking: () => batch({ plan: { ...sample.plan, contents: [] } }),
  plan_approved_late: () => batch({ plan: { ...sample.plan, approvedOn: sample.exam.startDate } }),
  plan_approved_before_filed: () => batch({ plan: { ...sample.plan, approvedOn: '2020-01-01' } }),
  exam_site_unsafe: () => exam({ site: 'production_post', productionSafetyAssured: false }),
  exam_notice_lacking: () => exam({ notices: [] }),
  exam_not_recorded: () => exam({ videoRecorded: false }),
  theory_only: () => exam({ method: 'theory' }),
  exam_end_before_start: () => exam({ endDate: '2020-01-01' }),
  results_publicity_too_early: () => batch({ resultsPublicity: { start: sample.exam.startDate, end: sample.resultsPublicity!.end } }),
  certificates_uploaded_too_early: () => certificates({ uploadedOn: sample.resultsPublicity!.end }),
  certificates_approved_before_upload: () => certificates({ approvedOn: '2020-01-01' }),
  certificates_issued_before_approval: () => certificates({ issuedOn: sample.certificates!.uploadedOn }),
  registration_duplicate_id: () => sva.checkRegistrations([{ idNumber: ID_2008 }, { idNumber: ID_2008 }] as never, { applicationDate: '2025-01-01' } as never),
  registration_over_capacity: () => sva.checkRegistrations([{ idNumber: ID_2008 }] as never, { planCandidateCount: 0, applicationDate: '2025-01-01' } as never),
  certificates_issued_too_early: () => sva.checkCertificate(sampleCertificate({ issuedOn: '2024-03-01' }) as never, { resultsPublicityEnd: '2024-03-01' }),

  before_policy_effective: () => app({ applicationDate: '2023-04-22' }),
  year_before_policy_effective: () => sva.checkAnnualSummary({ year: 2022 }, '2025-03-01'),
  annual_summary_early: () => sva.checkAnnualSummary({ year: 2024, submittedOn: '2024-11-30' }, '2025-03-01'),
  violation_other: () => sva.checkSupervision(['考核现场替考']),
  violation_not_listed: () => sva.checkSupervision(['late_paperwork']),
  violation_finding_invalid: () => sva.checkSupervision([3 as never]),
  allocation_institution_two_districts: () =>
    sva.checkAllocation([assignment('A', 'x', '370403'), assignment('A', 'y', '370402'), assignment('B', 'z', '370404')] as never),
  institution_kind_other: () => app({ kind: '民办非企业单位', creditCode: credit('52') }),
  credit_code_government_body: () => app({ kind: 'training_institution', creditCode: credit('11') }),
  credit_code_kind_mismatch: () => app({ kind: 'social_organisation', creditCode: credit('91') }),
  credit_code_region_outside_zaozhuang: () => app({ kind: 'training_institution', creditCode: credit('52', '370500') }),
  selection_code_too_early: () => sva.checkSelection({ ...selection, codeAssignedOn: '2024-03-15' } as never),
  objection_unresolved: () => objection('2024-03-15'),
  objection_resolved_after_code: () => objection('2024-03-13', '2024-03-19'),
  objection_resolved_before_raised: () => objection('2024-03-12', '2024-03-11'),
  institution_code_other_city: () => batch({ institutionCode: '37010001' }),
  plan_filed_outside_window: () => sva.checkBatch(sampleBatch({ plan: { ...sample.plan, filedOn: '2025-09-26' } }) as never, { policy: windowPolicy }),
  plan_filed_before_announcement: () => batch({ announcement: { ...sample.announcement, publishedOn: '2025-09-29' } }),
  certificate_code_other_city: () => sva.checkCertificate(sampleCertificate({ code: '253701000100001' }) as never),

  audit_list_missing: () => ({ issues: sva.auditBatch({ batch: sampleBatch() } as never).clauses.flatMap((c) => c.issues) }),
  certificate_not_registered: () => audited((x) => void (x.certificates[0].idNumber = STRANGER)),
  certificate_not_assessed: () => audited((x) => void x.results.splice(0, 1)),
  certificate_result_below_pass: () => audited((x) => void (x.results[0].score = '59.99')),
  derived_lowered_standard: () => audited((x) => void (x.results[0].score = '59.99')),
  certificate_score_mismatch: () => audited((x) => void (x.certificates[0].score = 86)),
  certificate_item_not_batch: () => audited((x) => void (x.certificates[1].item = '剪纸')),
  certificate_item_out_of_scope: () =>
    audited((x) => {
      delete x.batch.item;
      x.certificates[1].item = '木雕';
    }),
  derived_outside_item_list: () => audited((x) => void (x.certificates[1].item = '剪纸')),
  certificate_code_duplicate: () => audited((x) => void (x.certificates[1].code = x.certificates[0].code)),
  certificate_id_duplicate: () => audited((x) => void x.certificates.push({ ...x.certificates[0], code: '253704000100004' })),
  certificate_name_mismatch: () => audited((x) => void (x.certificates[1].name = '李娟')),
  result_not_registered: () => audited((x) => void x.results.push({ idNumber: STRANGER, score: 70 })),
  result_duplicate_id: () => audited((x) => void x.results.push({ ...x.results[2] })),
  results_over_registrations: () => audited((x) => void x.results.push({ idNumber: STRANGER, score: 70 })),
  registration_before_announcement: () => audited((x) => void (x.registrations[0].registeredOn = '2025-09-09')),
  registration_after_exam_start: () => audited((x) => void (x.registrations[3].registeredOn = '2025-10-13')),
};

// A batch whose exam lies past the calendar (2027), its plan filed on `filedOn`.
const pastCalendar = (filedOn: string, options?: Record<string, unknown>) =>
  sva.checkBatch(sampleBatch({ plan: { ...sample.plan, filedOn }, exam: { ...sample.exam, startDate: '2027-01-04', endDate: '2027-01-04' } }) as never, options as never);

/**
 * The wordings of the bound tables (CALENDAR_BOUND_MESSAGES, BATCH_BOUND_MESSAGES): a window past
 * the calendar decided by the days it covers. Each row: the code, the call, a part of the message
 * that only the bound wording has.
 */
export const BOUND_TRIGGERS: readonly (readonly [code: string, run: () => unknown, words: string])[] = [
  ['publicity_too_short', () => sva.checkPublicityPeriod({ kind: 'results', start: '2026-12-31', end: '2027-01-02' }), '公示期应不少于5个工作日，至多为3个'],
  ['plan_filed_late', () => pastCalendar('2026-12-31'), '至多'],
  ['plan_filed_outside_window', () => pastCalendar('2027-01-04', { policy: windowPolicy }), '不在考试开始之前'],
  ['plan_filed_outside_window', () => pastCalendar('2026-12-01', { policy: windowPolicy }), '已有至少'],
];
