// crossCheckCertificates (issue 13 §2): each certificate against the registrations, the results and
// the batch's items, with the exact boundaries of each link (the pass mark, equal scores written
// two ways, the first of two codes, an item the batch names or approves). The expected issues are
// built with the rule's message table, so that wording may change while every code, clause, path,
// value and place (第n张) stays pinned.
import { describe, expect, it } from 'vitest';
import { crossCheckCertificates } from '../../src/audit/crossCheckCertificates.js';
import type { BatchItems } from '../../src/audit/crossCheckCertificates.js';
import { linkRecords } from '../../src/audit/linkRecords.js';
import { AUDIT_MESSAGES } from '../../src/audit/messages.js';
import type { AuditViolation } from '../../src/audit/types.js';
import type { ClauseId } from '../../src/core/clauses.js';
import { issueFrom } from '../../src/core/issues.js';
import type { RuleIssue } from '../../src/core/issues.js';
import { ZAOZHUANG_2023 } from '../../src/index.js';

const A = '370402199005120132';
const B = '370402200111030283';
const X = '37040219900512013X';

const ITEM: BatchItems = { item: '面点制作', itemName: '面点制作', approved: new Set(['面点制作', '剪纸']) };

function cross(certificates: unknown[], registrations: unknown, results: unknown, batch: BatchItems = ITEM, scale = ZAOZHUANG_2023) {
  const linked = linkRecords(registrations, results, scale, []);
  // Which certificates need no second check of their ID number is tested in sharedReadings.test.ts.
  const found = crossCheckCertificates(certificates, linked, batch, scale);
  return { issues: found.issues, violations: found.violations };
}

const issue = (code: keyof typeof AUDIT_MESSAGES, clause: ClauseId, details: { path: (string | number)[]; expected?: unknown; received?: unknown; params?: Record<string, unknown> }): RuleIssue =>
  issueFrom(AUDIT_MESSAGES, code, clause, details as never);
const derived = (violation: string, index: number): AuditViolation => ({ violation, source: 'derived', path: ['certificates', index], clause: 'supervision.violations' });

const registered = [{ idNumber: A, name: '张伟' }, { idNumber: B, name: '李娜' }];
const certificate = (fields: Record<string, unknown> = {}) => ({ idNumber: A, name: '张伟', item: '面点制作', score: 86.5, code: '253704000100001', ...fields });

describe('crossCheckCertificates: 不考核就发证', () => {
  it.each<[string, unknown, unknown, RuleIssue[], AuditViolation[]]>([
    ['registered and assessed', registered, [{ idNumber: A, score: 86.5 }], [], []],
    [
      'never registered',
      [{ idNumber: B }],
      [{ idNumber: A, score: 86.5 }],
      [issue('certificate_not_registered', 'supervision.violations', { path: ['certificates', 0, 'idNumber'], received: A, params: { n: 1 } })],
      [derived('certificate_without_assessment', 0)],
    ],
    [
      'registered, with no result',
      registered,
      [{ idNumber: B, score: 70 }],
      [issue('certificate_not_assessed', 'supervision.violations', { path: ['certificates', 0, 'idNumber'], received: A, params: { n: 1 } })],
      [derived('certificate_without_assessment', 0)],
    ],
    [
      'never registered and no result: the registration is named',
      [],
      [],
      [issue('certificate_not_registered', 'supervision.violations', { path: ['certificates', 0, 'idNumber'], received: A, params: { n: 1 } })],
      [derived('certificate_without_assessment', 0)],
    ],
    ['registered, the results not given', registered, undefined, [], []],
    [
      'no result, the registrations not given',
      undefined,
      [],
      [issue('certificate_not_assessed', 'supervision.violations', { path: ['certificates', 0, 'idNumber'], received: A, params: { n: 1 } })],
      [derived('certificate_without_assessment', 0)],
    ],
    ['with a result, the registrations not given', undefined, [{ idNumber: A, score: 86.5 }], [], []],
    ['neither list given', undefined, undefined, [], []],
  ])('a certificate %s', (_, registrations, results, issues, violations) => {
    expect(cross([certificate()], registrations, results)).toStrictEqual({ issues, violations });
  });

  it('checks neither the score nor the name of a certificate without assessment', () => {
    const found = cross([certificate({ name: '某某', score: 10 })], [{ idNumber: A, name: '张伟' }], [{ idNumber: B, score: 30 }]);
    expect(found.issues.map((i) => i.code)).toEqual(['certificate_not_assessed']);
  });

  it('places a certificate by its index and counts it from 1, with its ID number as typed', () => {
    const found = cross([certificate(), certificate({ idNumber: ` ${B.slice(0, 17)}9 `, code: '253704000100002' })], registered, [{ idNumber: A, score: 86.5 }]);
    expect(found).toStrictEqual({
      issues: [issue('certificate_not_registered', 'supervision.violations', { path: ['certificates', 1, 'idNumber'], received: ` ${B.slice(0, 17)}9 `, params: { n: 2 } })],
      violations: [derived('certificate_without_assessment', 1)],
    });
  });

  it('links a certificate whose ID number ends in a lower-case x, or has spaces around it', () => {
    const found = cross([certificate({ idNumber: `${X.slice(0, 17)}x`, name: '王芳' }), certificate({ idNumber: ` ${X}\u3000`, name: '王芳', item: '剪纸', code: '253704000100002' })], [{ idNumber: X, name: '王芳' }], [{ idNumber: X, score: 86.5 }], {
      approved: new Set(['面点制作', '剪纸']),
    });
    expect(found).toStrictEqual({ issues: [], violations: [] });
  });
});

describe('crossCheckCertificates: 降低考核标准发证 and the score on record', () => {
  const below = (n: number, received: string, expected = 60): RuleIssue[] => [
    issue('certificate_result_below_pass', 'score.pass', { path: ['certificates', n - 1, 'score'], expected, received, params: { n } }),
    issue('derived_lowered_standard', 'supervision.violations', { path: ['certificates', n - 1, 'score'], params: { n } }),
  ];
  const lowered = issue('derived_lowered_standard', 'supervision.violations', { path: ['certificates', 0, 'score'], params: { n: 1 } });
  const mismatch = (expected: string, received: string) => issue('certificate_score_mismatch', 'certificate.contents', { path: ['certificates', 0, 'score'], expected, received, params: { n: 1 } });

  it.each<[string, unknown, unknown, RuleIssue[]]>([
    ['a result of 60, the pass mark', 60, 60, []],
    ['a result of 60.00, the pass mark as a decimal', '60.00', 60, []],
    ['a result of 59.99', '59.99', '59.99', below(1, '59.99')],
    ['a result a hair below the pass mark, beyond a double\'s digits', '59.99999999999999999999', '59.99999999999999999999', below(1, '59.99999999999999999999')],
    ['a result a hair above the pass mark, beyond a double\'s digits', '60.00000000000000000001', '60.00000000000000000001', []],
    ['a result of 59.9 (a number)', 59.9, 59.9, below(1, '59.9')],
    ['a result of 0', 0, 0, below(1, '0')],
    ['a result of 100', 100, 100, []],
    ['a result of 86.5 and the certificate\'s 86.50', 86.5, '86.50', []],
    ['a result of 86.50 and the certificate\'s 86.5', '86.50', 86.5, []],
    ['a result of 86.50 and the certificate\'s 86.500', '86.50', '86.500', []],
    ['a result of 86.5 and the certificate\'s 86', 86.5, 86, [mismatch('86.5', '86')]],
    ['a result of 86.5 and the certificate\'s 86.51', '86.5', '86.51', [mismatch('86.5', '86.51')]],
    ['a result of 86.5 and the next double above it (86.50000000000001)', 86.5, 86.50000000000001, [mismatch('86.5', '86.50000000000001')]],
    ['a result of 59 and a certificate of 60', 59, 60, [mismatch('59', '60'), ...below(1, '59')]],
    ['a result of 60 and a certificate of 59', 60, 59, [mismatch('60', '59')]],
    ['a result of 70 and a certificate without a score', 70, undefined, []],
    ['a result of 59 and a certificate without a score', 59, undefined, below(1, '59')],
    ['a result of 70 and a certificate whose score is not a number', 70, 'seventy', []],
    ['a result of 70 and a certificate whose score is NaN', 70, Number.NaN, []],
    ['a result of 70 and a certificate whose score is Infinity', 70, Number.POSITIVE_INFINITY, []],
    // A score of more digits than a double holds is read as a decimal: a decimal and a number are compared as decimals.
    ['a result of 86.5 in 21 digits and the certificate\'s 86.5 (a number)', '86.500000000000000000', 86.5, []],
    ['a result of 86.5 (a number) and the certificate\'s 86.5 in 21 digits', 86.5, '86.500000000000000000', []],
    ['a result of 86.5 (a number) and the certificate\'s 86.500000000000000001', 86.5, '86.500000000000000001', [mismatch('86.5', '86.500000000000000001')]],
    ['a result of 86.500000000000000001 and the certificate\'s 86.5 (a number)', '86.500000000000000001', 86.5, [mismatch('86.500000000000000001', '86.5')]],
  ])('%s', (_, result, score, issues) => {
    const found = cross([certificate({ score })], registered, [{ idNumber: A, score: result }]);
    expect(found.issues).toStrictEqual(issues);
    expect(found.violations).toStrictEqual(issues.some((i) => i.code === 'derived_lowered_standard') ? [derived('lowered_standard', 0)] : []);
  });

  it.each<[string, unknown, RuleIssue[]]>([
    ['60', 60, []],
    ['60.00', '60.00', []],
    ['59.99', '59.99', [lowered]],
    ['59.9', 59.9, [lowered]],
    ['no score', undefined, []],
    ['a score that is not a number', 'x', []],
    ['59.99999999999999999999 (beyond a double\'s digits)', '59.99999999999999999999', [lowered]],
    ['60.00000000000000000001 (beyond a double\'s digits)', '60.00000000000000000001', []],
  ])('without a result on record (the results not given), the certificate\'s own score %s decides', (_, score, issues) => {
    const found = cross([certificate({ score })], registered, undefined);
    expect(found.issues).toStrictEqual(issues);
    expect(found.violations).toStrictEqual(issues.length > 0 ? [derived('lowered_standard', 0)] : []);
  });

  it('without a readable result, the certificate\'s own score decides', () => {
    const found = cross([certificate({ score: 59 })], registered, [{ idNumber: A, score: 'x' }]);
    expect(found.issues).toStrictEqual([lowered]);
  });

  it('reads the pass mark of the policy', () => {
    const scale = { ...ZAOZHUANG_2023, passMark: 90 };
    expect(cross([certificate({ score: 90 })], registered, [{ idNumber: A, score: 90 }], ITEM, scale).issues).toStrictEqual([]);
    expect(cross([certificate({ score: '89.99' })], registered, [{ idNumber: A, score: '89.99' }], ITEM, scale).issues).toStrictEqual(below(1, '89.99', 90));
  });
});

describe('crossCheckCertificates: 在项目清单外考核', () => {
  const outside = (n: number, item: string, code: 'certificate_item_not_batch' | 'certificate_item_out_of_scope', expected?: string): RuleIssue[] => [
    issue(code, 'batch.scope', { path: ['certificates', n - 1, 'item'], ...(expected === undefined ? {} : { expected }), received: item, params: { n } }),
    issue('derived_outside_item_list', 'supervision.violations', { path: ['certificates', n - 1, 'item'], received: item, params: { where: `第${n}张证书`, whereEn: `Certificate ${n}` } }),
  ];

  it.each<[string, BatchItems, unknown, RuleIssue[]]>([
    ['the batch\'s item', ITEM, '面点制作', []],
    ['the batch\'s item, written with spaces and full-width letters', { item: 'A面点', itemName: 'A面点' }, ' Ａ 面点 ', []],
    ['another approved item', ITEM, '剪纸', outside(1, '剪纸', 'certificate_item_not_batch', '面点制作')],
    ['an item never approved', ITEM, '木雕', outside(1, '木雕', 'certificate_item_not_batch', '面点制作')],
    ['an approved item, when the batch names none', { approved: new Set(['面点制作', '剪纸']) }, '剪纸', []],
    ['an approved item written with a space, when the batch names none', { approved: new Set(['面点制作', '剪纸']) }, '剪 纸', []],
    ['an item never approved, when the batch names none', { approved: new Set(['面点制作', '剪纸']) }, '木雕', outside(1, '木雕', 'certificate_item_out_of_scope')],
    ['the batch\'s item, outside the approved items (the batch is reported once)', { item: '木雕', itemName: '木雕', approved: new Set(['面点制作']) }, '木雕', []],
    ['any item, when the batch names none and approves none', {}, '木雕', []],
    ['a blank item', ITEM, ' ', []],
    ['no item', ITEM, undefined, []],
    ['an item that is not text', ITEM, 5, []],
  ])('a certificate for %s', (_, batch, item, issues) => {
    const found = cross([certificate({ item })], registered, [{ idNumber: A, score: 86.5 }], batch);
    expect(found.issues).toStrictEqual(issues);
    expect(found.violations).toStrictEqual(issues.length > 0 ? [derived('outside_item_list', 0)] : []);
  });

  it('checks the item of a certificate without an ID number too', () => {
    const found = cross([certificate({ idNumber: undefined, item: '木雕' })], registered, [{ idNumber: A, score: 86.5 }]);
    expect(found.issues).toStrictEqual(outside(1, '木雕', 'certificate_item_not_batch', '面点制作'));
  });
});

describe('crossCheckCertificates: a code or a person certified twice', () => {
  const results = [{ idNumber: A, score: 86.5 }, { idNumber: B, score: 72 }];

  it('reports the second certificate with a code, naming the first, however many share it', () => {
    const found = cross(
      [certificate(), certificate({ idNumber: B, name: '李娜', score: 72, code: '253704000100002' }), certificate({ idNumber: B, name: '李娜', score: 72, item: '剪纸', code: '253704000100001' }), certificate({ code: '253704000100001', item: '剪纸 ' })],
      registered,
      results,
      { approved: new Set(['面点制作', '剪纸']) },
    );
    expect(found.issues.filter((i) => i.clause === 'certificate.code')).toStrictEqual([
      issue('certificate_code_duplicate', 'certificate.code', { path: ['certificates', 2, 'code'], received: '253704000100001', params: { n: 3, first: 1 } }),
      issue('certificate_code_duplicate', 'certificate.code', { path: ['certificates', 3, 'code'], received: '253704000100001', params: { n: 4, first: 1 } }),
    ]);
  });

  it.each([
    ['empty codes', ''],
    ['codes that are not text', 253704000100001],
    ['no codes', undefined],
  ])('does not compare %s', (_, code) => {
    expect(cross([certificate({ code }), certificate({ code, item: '剪纸' })], registered, results, { approved: new Set(['面点制作', '剪纸']) })).toStrictEqual({ issues: [], violations: [] });
  });

  it('reports one ID number certified twice for one item (as typed or not), never for two items', () => {
    const found = cross(
      [certificate(), certificate({ item: '剪纸', code: '2' }), certificate({ idNumber: ` ${A}`, item: '面点 制作', code: '3' }), certificate({ item: '剪纸', code: '4' })],
      registered,
      results,
      { approved: new Set(['面点制作', '剪纸']) },
    );
    expect(found).toStrictEqual({
      issues: [
        issue('certificate_id_duplicate', 'certificate.contents', { path: ['certificates', 2, 'idNumber'], received: ` ${A}`, params: { n: 3, first: 1 } }),
        issue('certificate_id_duplicate', 'certificate.contents', { path: ['certificates', 3, 'idNumber'], received: A, params: { n: 4, first: 2 } }),
      ],
      violations: [],
    });
  });

  it('pairs the certificates of one ID number and item with the registrations and results not given, each naming the first, and never two ID numbers', () => {
    const found = cross([certificate(), certificate({ idNumber: B, code: '2' }), certificate({ code: '3' }), certificate({ idNumber: ` ${A}`, code: '4' }), certificate({ item: '剪纸', code: '5' })], undefined, undefined, {
      approved: new Set(['面点制作', '剪纸']),
    });
    expect(found).toStrictEqual({
      issues: [
        issue('certificate_id_duplicate', 'certificate.contents', { path: ['certificates', 2, 'idNumber'], received: A, params: { n: 3, first: 1 } }),
        issue('certificate_id_duplicate', 'certificate.contents', { path: ['certificates', 3, 'idNumber'], received: ` ${A}`, params: { n: 4, first: 1 } }),
      ],
      violations: [],
    });
  });

  it('does not pair the certificates of one person without an item', () => {
    expect(cross([certificate({ item: undefined }), certificate({ item: ' ', code: '2' })], registered, results)).toStrictEqual({ issues: [], violations: [] });
  });

  it('skips an entry that is not an object, and a certificate without an ID number past its code and item', () => {
    const found = cross([null, 'x', certificate({ idNumber: undefined }), certificate({ idNumber: 7, code: '2' }), certificate({ code: '3' })], registered, results);
    expect(found).toStrictEqual({ issues: [], violations: [] });
  });
});

describe('crossCheckCertificates: the certificates whose ID number needs no second check', () => {
  // A list marking one certificate only (the others are holes, not false).
  const onlyAt = (index: number): boolean[] => {
    const marked: boolean[] = [];
    marked[index] = true;
    return marked;
  };
  it.each<[string, unknown[], boolean[], unknown[], boolean[]]>([
    ['one registered with a valid ID number, as typed', [{ idNumber: A }], [true], [certificate()], [true]],
    ['registered with an ID number not found valid', [{ idNumber: A }], [false], [certificate()], []],
    ['registered valid, the certificate\'s ID number typed with a space', [{ idNumber: A }], [true], [certificate({ idNumber: ` ${A}` })], []],
    ['the second of three certificates', [{ idNumber: B }, { idNumber: A }], [false, true], [certificate({ idNumber: B }), certificate(), certificate({ idNumber: 5 })], onlyAt(1)],
    ['none registered', [], [], [certificate()], []],
  ])('%s', (_, registrations, valid, certificates, idChecked) => {
    const linked = linkRecords(registrations, undefined, ZAOZHUANG_2023, [], valid);
    expect(crossCheckCertificates(certificates, linked, ITEM, ZAOZHUANG_2023).idChecked).toStrictEqual(idChecked);
  });
});

describe('crossCheckCertificates: the name on the certificate', () => {
  const mismatch = (received: string, expected = '张伟') => [issue('certificate_name_mismatch', 'certificate.contents', { path: ['certificates', 0, 'name'], expected, received, params: { n: 1 } })];

  it.each<[string, unknown, RuleIssue[]]>([
    ['the registered name', '张伟', []],
    ['the registered name with spaces around it', ' 张伟\u3000', []],
    ['another name', '李娟', mismatch('李娟')],
    ['the registered name with a space inside', '张 伟', mismatch('张 伟')],
    ['a blank name (checkCertificate reports it)', '  ', []],
    ['no name', undefined, []],
    ['a name that is not text', 5, []],
  ])('a certificate with %s', (_, name, issues) => {
    expect(cross([certificate({ name })], registered, [{ idNumber: A, score: 86.5 }])).toStrictEqual({ issues, violations: [] });
  });

  it.each<[string, unknown, unknown, RuleIssue[]]>([
    ['registered in full-width letters, certified in half-width', 'ＡＬＩ', 'ALI', []],
    ['registered in half-width letters, certified in full-width', 'ALI', 'ＡＬＩ', []],
    ['registered with spaces around, certified as typed', ' 张伟 ', '张伟', []],
    ['registered with spaces around, certified another', ' 张伟 ', '李娟', mismatch('李娟')],
    ['registered without a name', undefined, '李娟', []],
    ['registered with a blank name', ' ', '李娟', []],
  ])('a name %s', (_, registeredName, name, issues) => {
    expect(cross([certificate({ name })], [{ idNumber: A, name: registeredName }], [{ idNumber: A, score: 86.5 }])).toStrictEqual({ issues, violations: [] });
  });
});
