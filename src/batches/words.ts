import { pathName } from '../core/evidence.js';
import type { RuleIssue } from '../core/issues.js';

/**
 * The Chinese words of an {@link AssessmentBatch}'s fields, by path (`exam.endDate`):
 * the steps of 四2 in the policy's words (年度考核计划公告, 本批次考核计划, 考试, 考核结果公示,
 * 颁发证书) and what each step records, as `LABELS.fields.assessmentBatch` names them (a table of
 * its own: checkBatch's bundle carries no English labels and no `LABELS`; test/batches/words.test.ts
 * keeps the two the same). @internal
 */
export const BATCH_WORDS = {
  institutionCode: '机构代码',
  item: '考核项目',
  district: '考核所在区（市）',
  approvedScope: '评估同意的考核范围',
  'approvedScope.items': '评估同意的考核项目',
  'approvedScope.district': '评估同意的区（市）',
  announcement: '年度考核计划公告',
  'announcement.publishedOn': '公告发布日期',
  'announcement.contents': '公告内容',
  plan: '本批次考核计划',
  'plan.filedOn': '考核计划编制日期',
  'plan.approvedOn': '考核计划审核通过日期',
  'plan.contents': '考核方案内容',
  exam: '考试',
  'exam.startDate': '考试开始日期',
  'exam.endDate': '考试结束日期',
  'exam.method': '考核方式',
  'exam.site': '考核场地',
  'exam.productionSafetyAssured': '确保考核安全、不影响正常生产经营',
  'exam.notices': '考场张贴的须知和规定',
  'exam.videoRecorded': '全程视频监控并录像',
  questionBank: '试题库',
  'questionBank.sets': '试题库的各套试题',
  'questionBank.approvedOn': '试题库评估通过日期',
  resultsPublicity: '考核结果公示',
  'resultsPublicity.start': '结果公示开始日期',
  'resultsPublicity.end': '结果公示结束日期',
  certificates: '颁发证书',
  'certificates.uploadedOn': '考核结果上传日期',
  'certificates.approvedOn': '考核结果审核通过日期',
  'certificates.issuedOn': '发证日期',
} as const;

/**
 * The batch's issues with each field a reader quoted by its path (`missing_field`, `invalid_input`,
 * `invalid_date`: 「未填写exam.endDate」) named in the words of {@link BATCH_WORDS} (「未填写考试结束日期」);
 * an entry of a list as 「第2个评估同意的考核项目」. In English, the path's own words ("exam end date",
 * "approved scope items no. 2"): checkBatch's bundle (12 KB, issue 15) has no room for LABELS'
 * English. @internal
 */
export function batchWords(issues: readonly RuleIssue[]): RuleIssue[] {
  return issues.map((issue) => {
    const quoted = pathName(issue.path ?? []);
    const [, key = quoted, index] = /^(.*)\[(\d+)\]$/.exec(quoted) ?? [];
    const words = /^(missing_field|invalid_)/.test(issue.code) ? (BATCH_WORDS as Readonly<Record<string, string>>)[key] : undefined;
    if (words === undefined) return issue;
    // In English, the path's own words: exam.endDate → exam end date; an entry as "… no. 2".
    const en = key.replace(/\.|(?=[A-Z])/g, ' ').toLowerCase();
    return {
      ...issue,
      message: issue.message.replace(quoted, index === undefined ? words : `第${Number(index) + 1}个${words}`),
      messageEn: issue.messageEn.replace(quoted, index === undefined ? en : `${en} no. ${Number(index) + 1}`),
    };
  });
}
