import { CERTIFICATE_SERIAL_STATE_FIELDS } from './codes/labels.js';
import { ARCHIVE_DOCUMENTS } from './archive/documents.js';
import type { ArchiveDocument } from './archive/documents.js';
import { ARCHIVE_RECORD_FIELDS } from './archive/labels.js';
import { ARCHIVE_MEDIA } from './archive/vocabulary.js';
import { ASSIGNMENT_LIST_FIELDS } from './allocation/labels.js';
import { ASSESSMENT_BATCH_FIELDS, CERTIFICATE_FIELDS, REGISTRATIONS_FIELDS } from './batches/labels.js';
import { ANNOUNCEMENT_FIELDS, EXAM_METHODS, EXAM_SITES, NOTICES, PLAN_FIELDS } from './batches/vocabulary.js';
import { HOLIDAY_CN_YEAR_FIELDS, PUBLICITY_PERIOD_FIELDS, WORKDAY_CALENDAR_DATA_FIELDS } from './calendar/labels.js';
import { PUBLICITY_KINDS } from './calendar/vocabulary.js';
import { deepFreeze } from './core/freeze.js';
import { fieldLabels, joinFields, labelsOfTerms, prefixFields } from './core/labels.js';
import type { FieldRow, Label } from './core/labels.js';
import { CANDIDATE_FIELDS } from './identity/labels.js';
import { CATALOG_FIELDS, INSTITUTION_APPLICATION_FIELDS, SELECTION_FIELDS } from './institutions/labels.js';
import { INSTITUTION_KINDS, MATERIALS, RULE_DOCUMENTS, WORK_PLAN_SECTIONS } from './institutions/vocabulary.js';
import { QUESTION_BANK_FIELDS } from './question-bank/labels.js';
import { SCORE_PARTS_FIELDS } from './scoring/labels.js';
import { ANNUAL_SUMMARY_FIELDS } from './supervision/labels.js';
import { VIOLATION_TERMS } from './supervision/vocabulary.js';

function archiveDocumentLabels(): Readonly<Record<ArchiveDocument, Label>> {
  const out = {} as Record<ArchiveDocument, Label>;
  for (const d of ARCHIVE_DOCUMENTS) out[d.id] = { zh: d.name, en: d.nameEn };
  return out;
}

/** What `sva-rules audit` reads (`AuditInput`): its own fields, then those of each record under it. */
function auditFields() {
  return joinFields(
    fieldLabels({
      batch: ['考核批次', 'assessment batch'],
      planCandidateCount: ['考核计划的考核人数', 'number of candidates in the plan'],
      registrations: ['报名信息', 'registrations'],
      results: ['考核成绩', 'results'],
      'results[].idNumber': ['身份证号', 'resident ID number'],
      'results[].score': ['考核成绩', 'score'],
      certificates: ['专项职业能力证书', 'certificates'],
      archive: ['档案', 'archive'],
      'archive.documents': ['档案资料', 'archive documents', 'archiveDocuments'],
      findings: ['违规情况', 'violations found', 'violations'],
    }),
    prefixFields('batch.', ASSESSMENT_BATCH_FIELDS),
    prefixFields('registrations', REGISTRATIONS_FIELDS),
    prefixFields('certificates[].', CERTIFICATE_FIELDS),
  );
}

/** The labels of the inputs as a whole, from rows `[zh, en, vocabulary?]`, as `{ zh, en, vocabulary? }`. */
function inputLabels<const T extends Record<string, FieldRow>>(
  table: T,
): { -readonly [K in keyof T]: T[K] extends readonly [string, string, infer V] ? { zh: string; en: string; vocabulary: V } : { zh: string; en: string } } {
  return fieldLabels(table) as never;
}

function buildLabels() {
  return deepFreeze({
    inputs: inputLabels({
      institutionApplication: ['专项职业能力考核机构申请表', 'application to be an assessment institution'],
      catalog: ['专项职业能力考核项目目录', 'catalogue of assessment items'],
      assessmentBatch: ['考核批次', 'assessment batch'],
      registrations: ['报名信息', 'registrations'],
      certificate: ['专项职业能力证书', 'certificate'],
      questionBank: ['试题库', 'question bank'],
      scoreParts: ['评分表', 'score sheet'],
      score: ['考核成绩', 'score'],
      scoreList: ['成绩汇总表', 'score summary'],
      workdayCalendarData: ['节假日安排数据', 'working-day calendar data'],
      holidayCnYear: ['单一年度的节假日安排文件', 'holiday-cn year file'],
      publicityPeriod: ['公示期', 'publicity period'],
      selection: ['考核机构遴选结果', 'selection of an institution'],
      candidate: ['考核对象', 'candidate'],
      assignmentList: ['考核项目对应的考核机构', 'assignments of items to institutions'],
      archiveRecord: ['批次档案', 'archive of a batch'],
      archiveDocuments: ['档案资料', 'archive documents', 'archiveDocuments'],
      annualSummary: ['年度工作总结', 'annual work summary'],
      violationFindings: ['违规情况', 'violations found', 'violations'],
      certificateSerialState: ['已核发的证书编号', 'certificates already issued'],
      audit: ['考核批次核查材料', 'audit file'],
      auditInput: ['考核批次核查材料', 'audit file'],
    }),
    fields: {
      institutionApplication: INSTITUTION_APPLICATION_FIELDS,
      catalog: CATALOG_FIELDS,
      assessmentBatch: ASSESSMENT_BATCH_FIELDS,
      registrations: REGISTRATIONS_FIELDS,
      certificate: CERTIFICATE_FIELDS,
      questionBank: QUESTION_BANK_FIELDS,
      scoreParts: SCORE_PARTS_FIELDS,
      score: {},
      scoreList: {},
      workdayCalendarData: WORKDAY_CALENDAR_DATA_FIELDS,
      holidayCnYear: HOLIDAY_CN_YEAR_FIELDS,
      publicityPeriod: PUBLICITY_PERIOD_FIELDS,
      selection: SELECTION_FIELDS,
      candidate: CANDIDATE_FIELDS,
      assignmentList: ASSIGNMENT_LIST_FIELDS,
      archiveRecord: ARCHIVE_RECORD_FIELDS,
      archiveDocuments: {},
      annualSummary: ANNUAL_SUMMARY_FIELDS,
      violationFindings: {},
      certificateSerialState: CERTIFICATE_SERIAL_STATE_FIELDS,
      audit: auditFields(),
      // The same table, under the name of AuditInputSchema.
      auditInput: auditFields(),
    },
    vocabulary: {
      institutionKinds: labelsOfTerms(INSTITUTION_KINDS),
      ruleDocuments: labelsOfTerms(RULE_DOCUMENTS),
      materials: labelsOfTerms(MATERIALS),
      workPlanSections: labelsOfTerms(WORK_PLAN_SECTIONS),
      announcementItems: labelsOfTerms(ANNOUNCEMENT_FIELDS),
      planItems: labelsOfTerms(PLAN_FIELDS),
      notices: labelsOfTerms(NOTICES),
      examMethods: labelsOfTerms(EXAM_METHODS),
      examSites: labelsOfTerms(EXAM_SITES),
      archiveDocuments: archiveDocumentLabels(),
      archiveMedia: labelsOfTerms(ARCHIVE_MEDIA),
      violations: labelsOfTerms(VIOLATION_TERMS),
      publicityKinds: labelsOfTerms(PUBLICITY_KINDS),
    },
  });
}

/**
 * The Chinese and English labels of every input field and of every vocabulary entry, for forms,
 * table columns and messages, so that the screen and the message say the same words. Frozen.
 *
 * - `LABELS.inputs[type]`: the input as a whole (`institutionApplication`: 专项职业能力考核机构申请表).
 * - `LABELS.fields[type][path]`: each field of the input, by its path: dots between keys, `[]` for
 *   an array's items, `*` for a record's keys (`'contact.person'`, `'items[].trainingSince'`,
 *   `'[].idNumber'` for a list of records, `'years.*.offDays'`). A field whose values are the ids
 *   of a vocabulary names it in `vocabulary`. Within one type (but `audit`, which gathers several)
 *   no two fields share a label, so a column heading maps back to one field.
 * - `LABELS.vocabulary[name][id]`: each entry of a vocabulary, in the words of the policy
 *   (`institutionKinds`, `ruleDocuments`, `materials`, `workPlanSections`, `announcementItems`,
 *   `planItems`, `notices`, `examMethods`, `examSites`, `archiveDocuments`, `archiveMedia`,
 *   `violations`, `publicityKinds`). They are the areas' own tables (`INSTITUTION_KINDS`,
 *   `NOTICES`, `ARCHIVE_DOCUMENTS`, …) read as `{ zh, en }`.
 *
 * The types are those of `sva-rules/schemas` (`institutionApplication` for
 * `InstitutionApplicationSchema`, …), plus `audit`, the file `sva-rules audit` reads. A test walks
 * every schema and fails when a field or an enum value has no label. Use
 * {@link findFieldLabel} to label an issue's `path`.
 *
 * Policy: 附件1 专项职业能力考核机构申请表 (单位名称、地址、统一社会信用代码、注册登记机构、机构性质、
 * 法定代表人、注册资金、联系人、职务、联系电话、电子邮箱), 附件2's headings, 附件4 (姓名、身份证号、考核项目、
 * 考核成绩、证书编号、发证日期) and the steps of 四2.
 *
 * @example
 * LABELS.fields.institutionApplication.creditCode // { zh: '统一社会信用代码', en: 'unified social credit code' }
 * LABELS.fields.institutionApplication['contact.person'].zh // '联系人'
 * LABELS.fields.assessmentBatch['exam.method'] // { zh: '考核方式', en: 'assessment method', vocabulary: 'examMethods' }
 * LABELS.vocabulary.examMethods.theory.zh // '单独考核理论知识'
 * LABELS.vocabulary.workPlanSections.overall_plan.zh // '一、总体规划、工作计划'
 */
export const LABELS = /* @__PURE__ */ buildLabels();

/** The type of {@link LABELS}. */
export type Labels = typeof LABELS;
/** A type of input of {@link LABELS}: `'institutionApplication'`, `'assessmentBatch'`, …. */
export type LabelledInput = keyof Labels['fields'];
