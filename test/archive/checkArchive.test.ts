import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DOCUMENTS, checkArchive } from '../../src/index.js';
import type { ArchiveDocument } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { codesOf, expectWellFormed, hostileValues } from '../helpers/expect.js';

const ALL: ArchiveDocument[] = ARCHIVE_DOCUMENTS.map((d) => d.id);
const without = (...gone: ArchiveDocument[]): ArchiveDocument[] => ALL.filter((d) => !gone.includes(d));

describe('checkArchive (四2(7), archive.contents)', () => {
  it('lists the eleven documents of the policy text, deep-frozen', () => {
    expect(ALL).toEqual([
      'plan_announcement', 'implementation_plan', 'registration_materials', 'sign_in_sheets', 'exam_papers',
      'score_sheets', 'score_summary', 'supervision_report', 'publicity_documents', 'video_recordings',
      'certificate_register',
    ]);
    expect(ARCHIVE_DOCUMENTS.map((d) => d.name).join('、')).toBe(
      '计划公告、实施方案、考核报名材料、现场签到表、考核试题、评分表、成绩汇总表、内部督导情况报告、公示文件、现场监控影像资料、发证名册',
    );
    expect(Object.isFrozen(ARCHIVE_DOCUMENTS)).toBe(true);
    expect(Object.isFrozen(ARCHIVE_DOCUMENTS[0])).toBe(true);
  });

  const cases: { name: string; input: readonly unknown[]; ok: boolean; codes: string[]; paths?: unknown[] }[] = [
    { name: 'every document: ok', input: ALL, ok: true, codes: [] },
    { name: 'every document, reversed: ok', input: [...ALL].reverse(), ok: true, codes: [] },
    { name: 'every document twice: ok (duplicates are fine)', input: [...ALL, ...ALL], ok: true, codes: [] },
    {
      name: 'no video recordings: one error naming it',
      input: without('video_recordings'),
      ok: false,
      codes: ['archive_document_missing'],
      paths: [['video_recordings']],
    },
    {
      name: 'no sign-in sheets and no certificate register: two errors, in the order of the text',
      input: without('certificate_register', 'sign_in_sheets'),
      ok: false,
      codes: ['archive_document_missing', 'archive_document_missing'],
      paths: [['sign_in_sheets'], ['certificate_register']],
    },
    { name: 'an empty archive: all eleven missing', input: [], ok: false, codes: Array(11).fill('archive_document_missing') },
    {
      name: 'an extra document beyond the list: no issue (包括但不限于……等)',
      input: [...ALL, 'training_records'],
      ok: true,
      codes: [],
    },
    {
      name: 'a misspelling: the error of the missing document, which quotes it',
      input: [...without('exam_papers'), 'exam_paper'],
      ok: false,
      codes: ['archive_document_missing'],
      paths: [['exam_papers']],
    },
    { name: 'a blank entry: an error with its index', input: [...ALL, '  '], ok: false, codes: ['archive_document_invalid'], paths: [[11]] },
    { name: 'an empty string: an error with its index', input: ['', ...ALL], ok: false, codes: ['archive_document_invalid'], paths: [[0]] },
    {
      name: 'an entry that is not a string: an error with its index',
      input: [...ALL, 7],
      ok: false,
      codes: ['archive_document_invalid'],
      paths: [[11]],
    },
    { name: 'null entry', input: [null, ...ALL], ok: false, codes: ['archive_document_invalid'], paths: [[0]] },
  ];
  it.each(cases)('$name', ({ input, ok, codes, paths }) => {
    const result = checkArchive(deepFreeze([...input]) as ArchiveDocument[]);
    expect(result.ok).toBe(ok);
    expect(codesOf(result)).toEqual(codes);
    expect(result.issues.every((i) => i.clause === 'archive.contents')).toBe(true);
    if (paths) expect(result.issues.map((i) => i.path)).toEqual(paths);
  });

  it('names the missing document in Chinese and English', () => {
    const [issue] = checkArchive(without('supervision_report')).issues;
    expect(issue).toMatchObject({
      code: 'archive_document_missing',
      severity: 'error',
      message: '档案资料缺少「内部督导情况报告」',
      messageEn: 'The archive lacks the internal supervision report',
      expected: 'supervision_report',
    });
  });

  it('gives the exact issue of each code', () => {
    expect(checkArchive([...without('score_summary'), 'training_records', 7] as never).issues).toEqual([
      {
        code: 'archive_document_invalid',
        severity: 'error',
        clause: 'archive.contents',
        message: '档案资料应为非空的文字',
        messageEn: 'An archive document must be a non-empty string; received 7',
        path: [11],
        received: '7',
      },
      {
        code: 'archive_document_missing',
        severity: 'error',
        clause: 'archive.contents',
        message: '档案资料缺少「成绩汇总表」（另填有「training_records」，不是所列名称，如为笔误请更正）',
        messageEn: 'The archive lacks the score summary (also given: "training_records", not a listed name; correct it if it is a misspelling)',
        path: ['score_summary'],
        expected: 'score_summary',
        received: ['training_records'],
      },
    ]);
  });

  it('gives the exact issue of documents that are not an array, and nothing else', () => {
    expect(checkArchive('plan_announcement' as never)).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_input',
          severity: 'error',
          clause: 'archive.contents',
          message: '输入有误：档案资料应为列表',
          messageEn: 'Invalid input: documents must be an array',
          path: ['documents'],
          expected: 'array',
          received: '"plan_announcement"',
        },
      ],
    });
  });

  it('reports exactly the documents absent from any selection, whatever the order and repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALL), { maxLength: 30 }), (documents) => {
        const result = checkArchive(documents);
        const missing = ALL.filter((d) => !documents.includes(d));
        expect(result.issues.map((i) => i.path?.[0])).toEqual(missing);
        expect(result.ok).toBe(missing.length === 0);
      }),
    );
  });

  it('never mutates a deep-frozen input and returns fresh issues', () => {
    const input = deepFreeze(without('score_sheets'));
    const first = checkArchive(input);
    const second = checkArchive(input);
    expect(input).toEqual(without('score_sheets'));
    expect(first).toEqual(second);
    expect(first.issues).not.toBe(second.issues);
  });

  it('never throws on hostile input', () => {
    const sparse: unknown[] = [];
    sparse[3] = 'plan_announcement';
    const throwingArray = new Proxy([...ALL], { get: (t, k) => (k === '0' ? (() => { throw new Error('boom'); })() : Reflect.get(t, k)) });
    for (const value of [...hostileValues(), sparse, throwingArray, hostileValues()]) {
      const result = checkArchive(value as never);
      expect(result.ok).toBe(false);
      expectWellFormed(result.issues);
    }
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = checkArchive(value as never);
        expectWellFormed(result.issues);
      }),
    );
  });
});
