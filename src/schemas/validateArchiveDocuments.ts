import { checkArchive } from '../archive/checkArchive.js';
import type { ArchiveDocument } from '../archive/documents.js';
import type { RuleResult } from '../core/issues.js';
import { ArchiveDocumentsSchema, createArchiveDocumentsSchema } from './archiveDocumentsSchema.js';
import { validatorOf } from './validatorOf.js';

const validate = /* @__PURE__ */ validatorOf(
  { zh: ArchiveDocumentsSchema, create: createArchiveDocumentsSchema, clause: 'archive.contents', root: 'documents' },
  (value) => checkArchive(value as ArchiveDocument[]).issues,
);

/**
 * Validates a batch's archive documents of unknown shape: {@link ArchiveDocumentsSchema}, then
 * {@link sva-rules!checkArchive} (every listed document present), in one {@link sva-rules!RuleResult}.
 *
 * Policy, 四2(7): 「考核机构要按年度、按批次妥善保管考核工作全过程资料，做到档案资料完整、准确、系统……
 * 档案资料包括但不限于：计划公告、实施方案、考核报名材料、现场签到表、考核试题、评分表、成绩汇总表、
 * 内部督导情况报告、公示文件、现场监控影像资料、发证名册等」.
 *
 * Every issue cites `archive.contents`; an unknown document is a warning, as in {@link sva-rules!checkArchive}.
 * Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @returns one result: `ok` when every listed document is there.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateArchiveDocuments(ARCHIVE_DOCUMENTS.map((d) => d.id)) // { ok: true, issues: [] }
 * validateArchiveDocuments('plan_announcement').issues[0].code // 'schema_invalid_type'
 */
export function validateArchiveDocuments(input: unknown): RuleResult {
  return validate(input);
}
