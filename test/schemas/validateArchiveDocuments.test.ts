import { describe, it } from 'vitest';
import { ARCHIVE_DOCUMENTS } from '../../src/index.js';
import { validateArchiveDocuments } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const all = ARCHIVE_DOCUMENTS.map((d) => d.id);

const cases: ValidateCase[] = [
  { name: 'all eleven', input: all, codes: [] },
  { name: 'all eleven and one named twice', input: [...all, 'exam_papers'], codes: [] },
  { name: 'ten: the video recordings missing', input: all.filter((d) => d !== 'video_recordings'), codes: ['archive_document_missing'], issues: [{ clause: 'archive.contents', path: ['video_recordings'] }] },
  { name: 'another document (包括但不限于……等): no issue', input: [...all, 'visitor_book'], codes: [] },
  { name: 'an empty string: told once, by the schema', input: [...all, ''], codes: ['schema_invalid_format'], issues: [{ path: [11] }] },
  { name: 'a number: told once, by the schema', input: [...all, 7], codes: ['schema_invalid'], issues: [{ path: [11] }] },
  { name: 'one string, not a list', input: 'plan_announcement', codes: ['schema_invalid_type'], issues: [{ path: [] }] },
];

describe('validateArchiveDocuments (四2(7))', () => {
  it.each(cases)('$name', (c) => expectCase(validateArchiveDocuments, c));
});
