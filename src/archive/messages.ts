import type { MessagePair } from '../core/issues.js';

/** Issue codes of the archive rules (四2(7): `archive.contents`, `archive.retention`). */
export const ARCHIVE_MESSAGES = {
  archive_document_missing: ['档案资料缺少{documentZh}', 'The archive lacks the {documentEn}'],
  archive_document_unknown: [
    '{received}不是政策所列的档案资料：所列之外的资料可以保存，但请核对填写是否有误',
    '{received} is not one of the archive documents the policy lists: other documents may be kept, but check the spelling',
  ],
  archive_document_invalid: [
    '档案资料应填写资料的代码（如“plan_announcement”），收到的是{received}',
    'An archive document must be given as a string (such as plan_announcement); received {received}',
  ],
  archive_medium_unknown: [
    '保管介质应为“paper”（纸质）或“electronic”（电子），收到的是{received}',
    'The medium must be paper or electronic; received {received}',
  ],
  archive_retention_out_of_range: [
    '保管期限的截止日期晚于9999年12月31日，无法表示',
    'The retention end date would fall after 9999-12-31',
  ],
} as const satisfies Record<string, MessagePair>;
