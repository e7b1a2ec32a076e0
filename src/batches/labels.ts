import { fieldLabels, joinFields, prefixFields } from '../core/labels.js';
import { QUESTION_BANK_FIELDS } from '../question-bank/labels.js';

/**
 * The labels of an {@link AssessmentBatch}'s fields: the steps of 四2 in the policy's words
 * (年度考核计划公告, 本批次考核计划, 考试, 考核结果公示, 颁发证书) and what each step records. @internal
 */
export const ASSESSMENT_BATCH_FIELDS = /* @__PURE__ */ joinFields(
  /* @__PURE__ */ fieldLabels({
    institutionCode: ['机构代码', 'institution code'],
    item: ['考核项目', 'item assessed'],
    district: ['考核所在区（市）', 'district of the batch'],
    approvedScope: ['评估同意的考核范围', 'approved scope'],
    'approvedScope.items': ['评估同意的考核项目', 'approved items'],
    'approvedScope.district': ['评估同意的区（市）', 'approved district'],
    announcement: ['年度考核计划公告', 'annual plan announcement'],
    'announcement.publishedOn': ['公告发布日期', 'announcement published on'],
    'announcement.contents': ['公告内容', 'contents of the announcement', 'announcementItems'],
    plan: ['本批次考核计划', 'batch plan'],
    'plan.filedOn': ['考核计划编制日期', 'plan filed on'],
    'plan.approvedOn': ['考核计划审核通过日期', 'plan approved on'],
    'plan.contents': ['考核方案内容', 'contents of the plan', 'planItems'],
    exam: ['考试', 'exam'],
    'exam.startDate': ['考试开始日期', 'first day of the exam'],
    'exam.endDate': ['考试结束日期', 'last day of the exam'],
    'exam.method': ['考核方式', 'assessment method', 'examMethods'],
    'exam.site': ['考核场地', 'exam site', 'examSites'],
    'exam.productionSafetyAssured': ['确保考核安全、不影响正常生产经营', 'safety and production assured'],
    'exam.notices': ['考场张贴的须知和规定', 'notices posted at the venue', 'notices'],
    'exam.videoRecorded': ['全程视频监控并录像', 'video recorded throughout'],
    questionBank: ['试题库', 'question bank'],
  }),
  // The question bank's own fields, under `questionBank`.
  /* @__PURE__ */ prefixFields('questionBank.', QUESTION_BANK_FIELDS),
  /* @__PURE__ */ fieldLabels({
    resultsPublicity: ['考核结果公示', 'results publicity'],
    'resultsPublicity.start': ['结果公示开始日期', 'first day of the results publicity'],
    'resultsPublicity.end': ['结果公示结束日期', 'last day of the results publicity'],
    certificates: ['颁发证书', 'certificate issue'],
    'certificates.uploadedOn': ['考核结果上传日期', 'results uploaded on'],
    'certificates.approvedOn': ['考核结果审核通过日期', 'results approved on'],
    'certificates.issuedOn': ['发证日期', 'certificates issued on'],
  }),
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
