import { deepFreeze } from '../core/freeze.js';

/**
 * A kind of archive document a batch keeps (四2(7)): 计划公告, 实施方案, 考核报名材料, 现场签到表,
 * 考核试题, 评分表, 成绩汇总表, 内部督导情况报告, 公示文件, 现场监控影像资料, 发证名册.
 */
export type ArchiveDocument =
  | 'plan_announcement'
  | 'implementation_plan'
  | 'registration_materials'
  | 'sign_in_sheets'
  | 'exam_papers'
  | 'score_sheets'
  | 'score_summary'
  | 'supervision_report'
  | 'publicity_documents'
  | 'video_recordings'
  | 'certificate_register';

/** One row of {@link ARCHIVE_DOCUMENTS}. */
export interface ArchiveDocumentInfo {
  readonly id: ArchiveDocument;
  /** The name the policy gives it. */
  readonly name: string;
  readonly nameEn: string;
}

/**
 * The archive documents of 四2(7), in the order of the policy text, with their Chinese and English
 * names. A minimum list (「包括但不限于……等」): other documents are accepted. Deep-frozen.
 *
 * Policy, 四2(7): 「档案资料包括但不限于：计划公告、实施方案、考核报名材料、现场签到表、考核试题、评分表、
 * 成绩汇总表、内部督导情况报告、公示文件、现场监控影像资料、发证名册等」.
 */
export const ARCHIVE_DOCUMENTS: readonly ArchiveDocumentInfo[] = /* @__PURE__ */ deepFreeze([
  { id: 'plan_announcement', name: '计划公告', nameEn: 'plan announcement' },
  { id: 'implementation_plan', name: '实施方案', nameEn: 'implementation plan' },
  { id: 'registration_materials', name: '考核报名材料', nameEn: 'registration materials' },
  { id: 'sign_in_sheets', name: '现场签到表', nameEn: 'sign-in sheets' },
  { id: 'exam_papers', name: '考核试题', nameEn: 'exam papers' },
  { id: 'score_sheets', name: '评分表', nameEn: 'score sheets' },
  { id: 'score_summary', name: '成绩汇总表', nameEn: 'score summary' },
  { id: 'supervision_report', name: '内部督导情况报告', nameEn: 'internal supervision report' },
  { id: 'publicity_documents', name: '公示文件', nameEn: 'publicity documents' },
  { id: 'video_recordings', name: '现场监控影像资料', nameEn: 'video recordings' },
  { id: 'certificate_register', name: '发证名册', nameEn: 'certificate register' },
] as const);
