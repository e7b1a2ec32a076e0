import { fieldLabels, joinFields, prefixFields } from '../core/labels.js';
import type { FieldRow, VocabularyName } from '../core/labels.js';
import { BATCH_WORDS } from './words.js';
import { QUESTION_BANK_FIELDS } from '../question-bank/labels.js';

/**
 * Field rows whose Chinese is the batch's words ({@link BATCH_WORDS}, the one copy, which
 * checkBatch's messages use), from `{ path: [en, vocabulary?] }`.
 */
function batchRows<K extends keyof typeof BATCH_WORDS>(en: Record<K, readonly [string] | readonly [string, VocabularyName]>): Record<K, FieldRow> {
  const rows = {} as Record<K, FieldRow>;
  for (const key of Object.keys(en) as K[]) rows[key] = [BATCH_WORDS[key], ...en[key]] as FieldRow;
  return rows;
}

/**
 * The labels of an {@link AssessmentBatch}'s fields: the steps of 四2 in the policy's words
 * (年度考核计划公告, 本批次考核计划, 考试, 考核结果公示, 颁发证书) and what each step records. @internal
 */
export const ASSESSMENT_BATCH_FIELDS = /* @__PURE__ */ joinFields(
  /* @__PURE__ */ fieldLabels(/* @__PURE__ */ batchRows({
    institutionCode: ['institution code'],
    item: ['item assessed'],
    district: ['district of the batch'],
    approvedScope: ['approved scope'],
    'approvedScope.items': ['approved items'],
    'approvedScope.district': ['approved district'],
    announcement: ['annual plan announcement'],
    'announcement.publishedOn': ['announcement published on'],
    'announcement.contents': ['contents of the announcement', 'announcementItems'],
    plan: ['batch plan'],
    'plan.filedOn': ['plan filed on'],
    'plan.approvedOn': ['plan approved on'],
    'plan.contents': ['contents of the plan', 'planItems'],
    exam: ['exam'],
    'exam.startDate': ['first day of the exam'],
    'exam.endDate': ['last day of the exam'],
    'exam.method': ['assessment method', 'examMethods'],
    'exam.site': ['exam site', 'examSites'],
    'exam.productionSafetyAssured': ['safety and production assured'],
    'exam.notices': ['notices posted at the venue', 'notices'],
    'exam.videoRecorded': ['video recorded throughout'],
    questionBank: ['question bank'],
  })),
  // The question bank's own fields, under `questionBank`.
  /* @__PURE__ */ prefixFields('questionBank.', QUESTION_BANK_FIELDS),
  /* @__PURE__ */ fieldLabels(/* @__PURE__ */ batchRows({
    resultsPublicity: ['results publicity'],
    'resultsPublicity.start': ['first day of the results publicity'],
    'resultsPublicity.end': ['last day of the results publicity'],
    certificates: ['certificate issue'],
    'certificates.uploadedOn': ['results uploaded on'],
    'certificates.approvedOn': ['results approved on'],
    'certificates.issuedOn': ['certificates issued on'],
  })),
);

/** The labels of a {@link Registration}'s fields (四2(2) 组织报名; 附件4's 身份证号). @internal */
export const REGISTRATIONS_FIELDS = /* @__PURE__ */ fieldLabels({
  '[].idNumber': ['身份证号', 'resident ID number'],
  '[].birthDate': ['出生日期', 'date of birth'],
  '[].name': ['姓名', 'name'],
  '[].registeredOn': ['报名日期', 'registration date'],
});

/** The labels of a {@link Certificate}'s fields: 附件4 专项职业能力证书参考样式's own words. @internal */
export const CERTIFICATE_FIELDS = /* @__PURE__ */ fieldLabels({
  name: ['姓名', 'name'],
  idNumber: ['身份证号', 'resident ID number'],
  item: ['考核项目', 'item assessed'],
  score: ['考核成绩', 'score'],
  code: ['证书编号', 'certificate code'],
  institution: ['考核机构', 'assessment institution'],
  issuedOn: ['发证日期', 'date of issue'],
});
