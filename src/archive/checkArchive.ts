import { describe } from '../core/dates.js';
import { guardCheck } from '../core/guard.js';
import { issueFrom, resultOf } from '../core/issues.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { invalidIssue, lackingWordIssue } from '../core/evidence.js';
import { ARCHIVE_DOCUMENTS } from './documents.js';
import type { ArchiveDocument } from './documents.js';
import type { OpenWord } from '../core/terms.js';
import { ARCHIVE_MESSAGES } from './messages.js';

const CLAUSE = 'archive.contents';

/**
 * Checks that a batch's archive holds every document the policy lists.
 *
 * Policy, 四2(7): 「考核机构要按年度、按批次妥善保管考核工作全过程资料，做到档案资料完整、准确、系统……
 * 档案资料包括但不限于：计划公告、实施方案、考核报名材料、现场签到表、考核试题、评分表、成绩汇总表、
 * 内部督导情况报告、公示文件、现场监控影像资料、发证名册等」.
 *
 * Each listed document that is absent is an error `archive_document_missing` whose `path` is
 * `[document]` (e.g. `['video_recordings']`). A document named twice is fine. The list is a
 * minimum (「包括但不限于……等」): any other non-empty string is accepted without an issue, and
 * each `archive_document_missing` lists those other entries in `received` and quotes them as
 * typed, so that a misspelling is seen beside the document it misspells. An entry that is not a
 * non-empty string is an error `archive_document_invalid`. Never throws.
 *
 * @param documents - the kinds of document the batch's archive holds.
 * @returns `ok` when every listed document is there; every failure, citing `archive.contents`.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * checkArchive(ARCHIVE_DOCUMENTS.map((d) => d.id)) // { ok: true, issues: [] }
 * checkArchive(['plan_announcement']).issues.length // 10: one archive_document_missing per absent document
 */
export function checkArchive(documents: readonly OpenWord<ArchiveDocument>[]): RuleResult {
  return guardCheck(CLAUSE, () => {
    if (!Array.isArray(documents)) {
      return resultOf([
        invalidIssue(CLAUSE, ['documents'], documents, '列表', 'an array', 'array', '档案资料'),
      ]);
    }
    const list: readonly unknown[] = documents;
    const known = new Set<string>(ARCHIVE_DOCUMENTS.map((d) => d.id));
    const present = new Set<string>();
    const extras: string[] = [];
    const issues: RuleIssue[] = [];
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (typeof entry !== 'string' || entry.trim() === '') {
        issues.push(issueFrom(ARCHIVE_MESSAGES, 'archive_document_invalid', CLAUSE, { path: [index], received: describe(entry) }));
      } else if (known.has(entry)) present.add(entry);
      else if (!extras.includes(entry)) extras.push(entry);
    }
    for (const document of ARCHIVE_DOCUMENTS) {
      if (present.has(document.id)) continue;
      const params = { documentZh: `「${document.name}」`, documentEn: document.nameEn };
      issues.push(lackingWordIssue(ARCHIVE_MESSAGES, 'archive_document_missing', CLAUSE, [document.id], document.id, extras, params));
    }
    return resultOf(issues);
  });
}

