import { zhDates } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

// Three tables, so that each check's bundle carries only the messages it can raise.

/**
 * Issue codes of an assessment batch (四2, 四1). Missing evidence is the core `missing_field`; a
 * value of the wrong type is `invalid_input`.
 */
export const BATCH_MESSAGES = /* @__PURE__ */ zhDates({
  institution_code_invalid: [
    '考核机构代码{received}有误，应为8位：37、2位市级代码和0001至9999的序列码',
    'The institution code {received} is invalid: expected 37, a city code and a serial 0001–9999 (8 digits)',
  ],
  institution_code_other_city: [
    '考核机构代码{received}的第3至4位为{city}，不是本市的市级代码{expected}',
    'The institution code {received} carries the city code {city}, not this city\'s {expected}',
  ],
  item_out_of_scope: ['考核项目“{received}”不在评估同意的考核项目范围内', 'Item "{received}" is outside the approved scope'],
  district_out_of_scope: ['考核所在区（市）{received}不是评估同意的{expected}', 'The district {received} is not the approved {expected}'],
  announcement_field_lacking: ['年度考核计划公告缺少{field}{extrasZh}', 'The announcement lacks the {fieldEn}{extrasEn}'],
  plan_filed_late: [
    '考核计划于{received}编制，应不晚于{expected}（考试前{days}个工作日）',
    'The plan must be filed by {expected} ({days} working days before the exam); it was filed on {received}',
  ],
  plan_filed_outside_window: [
    '考核计划应在考试开始前{days}个工作日内（{first}至{last}）编制，实为{filed}',
    'The plan must be filed within the {days} working days before the exam, from {from} to {to}; it was filed on {received}',
  ],
  plan_filed_before_announcement: [
    '考核计划编制日期为{receivedZh}，早于年度考核计划公告发布日期{expectedZh}',
    'The plan was filed on {received}, before the announcement was published on {expected}',
  ],
  plan_field_lacking: ['考核方案缺少{field}{extrasZh}', 'The plan lacks the {fieldEn}{extrasEn}'],
  plan_approved_late: [
    '考核方案于{received}审核通过，应在考试首日{expected}之前',
    'The plan was approved on {received}; it must be approved before the exam starts on {expected}',
  ],
  plan_approved_before_filed: [
    '考核方案审核通过日期{received}早于编制日期{expected}',
    'The plan was approved on {received}, before it was filed on {expected}',
  ],
  exam_site_unsafe: ['本批次结合生产岗位考核，未确保考核安全、不影响正常生产经营', 'An exam at a production post must have its safety assured'],
  exam_notice_lacking: ['考场未张贴{notice}{extrasZh}', 'Not posted at the venue: {noticeEn}{extrasEn}'],
  exam_not_recorded: ['考核过程未全程视频监控并录像', 'The assessment was not video-recorded throughout'],
  theory_only: ['本批次仅考核理论知识，政策规定一般不单独考核理论知识', 'Theory is generally not assessed on its own'],
  exam_end_before_start: ['考试结束日期{received}早于开始日期{expected}', 'The exam ends ({received}) before it starts ({expected})'],
  results_publicity_too_early: [
    '考核结果公示于{received}开始，应在考试结束日{expected}之后',
    'The results publicity starts on {received}; it must start after the exam ends on {expected}',
  ],
  certificates_uploaded_too_early: [
    '考核结果于{received}上传，应在公示结束日{expected}之后',
    'The results were uploaded on {received}; they must be uploaded after the publicity ends on {expected}',
  ],
  certificates_approved_before_upload: [
    '考核结果审核通过日期{received}早于上传日期{expected}',
    'The review ({received}) is before the upload ({expected})',
  ],
  certificates_issued_before_approval: [
    '发证日期{received}早于考核结果审核通过日期{expected}',
    'Certificates were issued on {received}, before the review on {expected}',
  ],
} as const satisfies Record<string, MessagePair>);

/** Issue codes of the registrations of a batch (四2(2)). */
export const REGISTRATION_MESSAGES = /* @__PURE__ */ zhDates({
  registration_duplicate_id: ['身份证号码与第{first}条报名信息重复', 'The ID number repeats that of registration {first}'],
  registration_over_capacity: [
    '报名{received}人，超过考核计划的{expected}人',
    '{received} candidates registered, more than the plan\u2019s {expected}',
  ],
} as const satisfies Record<string, MessagePair>);

/** The issue code shared by {@link checkBatch} and {@link checkCertificate} (四2(6)). */
export const ISSUANCE_MESSAGES = /* @__PURE__ */ zhDates({
  certificate_code_other_city: [
    '证书编号{received}的第5至6位为{city}，不是本市的市级代码{expected}',
    'The certificate code {received} carries the city code {city}, not this city\'s {expected}',
  ],
  certificates_issued_too_early: [
    '发证日期{received}应在公示结束日{expected}之后',
    'Certificates were issued on {received}; they must be issued after the publicity ends on {expected}',
  ],
} as const satisfies Record<string, MessagePair>);

/**
 * The wording of a code of {@link BATCH_MESSAGES} when the exam lies past the calendar and the
 * days it covers decide the plan's filing only as a bound: the same codes, "at most" or "at least"
 * N working days (every day the calendar does not cover counted as a working day, or as a rest day).
 */
export const BATCH_BOUND_MESSAGES = {
  plan_filed_late: [
    '考核计划应不晚于考试前{days}个工作日编制，实为{filedZh}，距考试开始日{startZh}至多{most}个工作日',
    'The plan must be filed {days} working days before the exam; it was filed on {received}, at most {most} working days before the exam on {start}',
  ],
  plan_filed_outside_window: [
    '考核计划应在考试开始日{startZh}前{days}个工作日内编制，实为{filedZh}{whyZh}',
    'The plan must be filed within the {days} working days before the exam on {start}; it was filed on {received}{whyEn}',
  ],
} as const satisfies Record<string, MessagePair>;
