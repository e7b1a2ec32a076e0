import { zhQuotes } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/** Issue codes of the archive rules (四2(7): `archive.contents`, `archive.retention`). */
export const ARCHIVE_MESSAGES = /* @__PURE__ */ zhQuotes({
  archive_document_missing: ['档案资料缺少{documentZh}{extrasZh}', 'The archive lacks the {documentEn}{extrasEn}'],
  archive_document_invalid: [
    '档案资料应为非空的文字',
    'An archive document must be a non-empty string; received {received}',
  ],
  archive_medium_unknown: [
    '保管介质应为“paper”或“electronic”，收到{received}',
    'The medium must be paper or electronic; received {received}',
  ],
  archive_retention_out_of_range: [
    '保管期限截止日期晚于9999年12月31日',
    'The retention end date would fall after 9999-12-31',
  ],
} as const satisfies Record<string, MessagePair>);
