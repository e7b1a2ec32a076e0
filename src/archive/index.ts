/**
 * Archives of an assessment batch (四2(7)): what they hold and how long they are kept.
 * @module archive
 */
export { ARCHIVE_DOCUMENTS } from './documents.js';
export type { ArchiveDocument, ArchiveDocumentInfo } from './documents.js';
export { checkArchive } from './checkArchive.js';
export { retentionEndDate } from './retentionEndDate.js';
export type { ArchiveMedium, ArchiveRecord, RetentionEndDateOptions } from './retentionEndDate.js';
export { mayDispose } from './mayDispose.js';
export type { MayDisposeOptions } from './mayDispose.js';
