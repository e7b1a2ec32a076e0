import { fieldLabels } from '../core/labels.js';

/** The labels of an {@link ArchiveRecord}'s fields (四2(7) 档案管理). @internal */
export const ARCHIVE_RECORD_FIELDS = /* @__PURE__ */ fieldLabels({
  medium: ['材料类别', 'medium', 'archiveMedia'],
  closedOn: ['归档日期', 'closed on'],
});
