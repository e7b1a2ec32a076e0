import * as z from 'zod/mini';
import { ARCHIVE_DOCUMENTS } from '../archive/documents.js';
import type { ArchiveDocument } from '../archive/documents.js';
import { array, kitOf, someText } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of a batch's archive documents, the input of {@link sva-rules!checkArchive}, with
 * messages in one language.
 *
 * Policy, 四2(7): 「档案资料包括但不限于：计划公告、实施方案、考核报名材料、现场签到表、考核试题、评分表、
 * 成绩汇总表、内部督导情况报告、公示文件、现场监控影像资料、发证名册等」.
 *
 * A list of strings: the ids of {@link sva-rules!ARCHIVE_DOCUMENTS} and, since the list is 「包括但不限于」, any
 * other non-empty string (which {@link sva-rules!checkArchive} accepts without an issue). Which documents are missing is the job
 * of {@link sva-rules!checkArchive}; {@link validateArchiveDocuments} runs both.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createArchiveDocumentsSchema().safeParse(['plan_announcement', 'visitor_book']).success // true
 */
export function createArchiveDocumentsSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  const ids = ARCHIVE_DOCUMENTS.map((d) => d.id) as [ArchiveDocument, ...ArchiveDocument[]];
  return array(k, z.union([z.enum(ids, { error: k.error }), someText(k)], { error: k.error }));
}

/**
 * The documents one batch's archive holds (四2(7)), by id: `plan_announcement` 计划公告,
 * `implementation_plan` 实施方案, `registration_materials` 考核报名材料, `sign_in_sheets` 现场签到表,
 * `exam_papers` 考核试题, `score_sheets` 评分表, `score_summary` 成绩汇总表, `supervision_report`
 * 内部督导情况报告, `publicity_documents` 公示文件, `video_recordings` 现场监控影像资料,
 * `certificate_register` 发证名册, and any other document kept.
 *
 * The zod schema, with Chinese messages; `createArchiveDocumentsSchema({ language: 'en' })` gives
 * English ones.
 *
 * Policy, 四2(7): 「档案资料包括但不限于……」.
 *
 * @example
 * ArchiveDocumentsSchema.safeParse(['plan_announcement', 3]).success // false
 */
export const ArchiveDocumentsSchema = /* @__PURE__ */ createArchiveDocumentsSchema();

/** The input type {@link ArchiveDocumentsSchema} accepts. */
export type ArchiveDocumentsInput = z.input<typeof ArchiveDocumentsSchema>;
