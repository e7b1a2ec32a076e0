import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCertificate, definePolicy } from '../../src/index.js';
import type { Certificate, RuleResult } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { sampleCertificate } from '../../src/testing/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';
import { certificateContext, certificateResult } from '../../src/batches/checkCertificate.js';

const OPTIONS = { institutionCode: '37040001', resultsPublicityEnd: '2025-10-21' } as const;
type Patch = Partial<Record<keyof Certificate, unknown>>;
const check = (patch: Patch, options: Parameters<typeof checkCertificate>[1] = OPTIONS) => checkCertificate(deepFreeze(sampleCertificate(patch)), options);
const brief = (result: RuleResult) => result.issues.map((i) => [i.code, i.clause, i.path]);

describe('checkCertificate and the scheme\'s date (policy.effective, 2023-04-23)', () => {
  const rows: { name: string; patch: Patch; issues: unknown[] }[] = [
    { name: 'issued the day before the scheme, code of 2023', patch: { issuedOn: '2023-04-22', code: '233704000100001' }, issues: [['before_policy_effective', 'policy.effective', ['issuedOn']]] },
    { name: 'issued the day of the scheme', patch: { issuedOn: '2023-04-23', code: '233704000100001' }, issues: [] },
    { name: 'issued the day after', patch: { issuedOn: '2023-04-24', code: '233704000100001' }, issues: [] },
    {
      name: 'a code of 2022 issued in 2022',
      patch: { issuedOn: '2022-12-30', code: '223704000100001' },
      issues: [['year_before_policy_effective', 'policy.effective', ['code']], ['before_policy_effective', 'policy.effective', ['issuedOn']]],
    },
    {
      name: 'a code of 2022 issued in 2023: the year does not match, and is before the scheme',
      patch: { issuedOn: '2023-05-01', code: '223704000100001' },
      issues: [['certificate_code_year_mismatch', 'certificate.code', ['code', 'year']], ['year_before_policy_effective', 'policy.effective', ['code']]],
    },
    { name: 'a code of 2099: after the scheme (its year must still match the issue date)', patch: { issuedOn: '2099-01-04', code: '993704000100001' }, issues: [] },
  ];
  it.each(rows)('$name', ({ patch, issues }) => {
    expect(brief(check(patch, { institutionCode: '37040001' }))).toEqual(issues);
  });

  it('names the code\'s year as an official would', () => {
    const issue = check({ issuedOn: '2022-12-30', code: '223704000100001' }, { institutionCode: '37040001' }).issues[0];
    expect(issue).toEqual({
      code: 'year_before_policy_effective',
      severity: 'error',
      clause: 'policy.effective',
      message: '证书编号的核发年份（第1至2位）为2022年，早于本方案施行的2023年（2023年4月23日施行），不适用本方案',
      messageEn: 'The issue year of the certificate code (digits 1–2) is 2022, before the year the scheme took effect (2023): the scheme does not apply to it',
      path: ['code'],
      expected: 2023,
      received: 2022,
    });
  });

  it('reads the scheme\'s date from the policy', () => {
    const policy = definePolicy({ effectiveFrom: '2024-01-01' });
    expect(brief(check({ issuedOn: '2023-12-29', code: '233704000100001' }, { institutionCode: '37040001', policy }))).toEqual([
      ['year_before_policy_effective', 'policy.effective', ['code']],
      ['before_policy_effective', 'policy.effective', ['issuedOn']],
    ]);
  });
});

describe('checkCertificate (附件4 certificate.contents, 附件3 certificate.code, 四1 score.pass, 四2(6) certificate.issuance)', () => {
  it('passes the sample, with and without options', () => {
    expect(check({})).toEqual({ ok: true, issues: [] });
    expect(check({}, undefined)).toEqual({ ok: true, issues: [] });
    expect(check({ score: '60', issuedOn: new Date('2025-10-27T00:30:00+08:00') })).toEqual({ ok: true, issues: [] });
  });

  const cases: { name: string; patch: Patch; options?: Parameters<typeof checkCertificate>[1]; issues: [string, string, unknown][] }[] = [
    { name: 'no name', patch: { name: undefined }, issues: [['missing_field', 'certificate.contents', ['name']]] },
    { name: 'a blank name', patch: { name: '  ' }, issues: [['missing_field', 'certificate.contents', ['name']]] },
    { name: 'a name that is not text', patch: { name: 7 }, issues: [['invalid_input', 'certificate.contents', ['name']]] },
    { name: 'no ID number', patch: { idNumber: undefined }, issues: [['missing_field', 'certificate.contents', ['idNumber']]] },
    { name: 'an empty ID number', patch: { idNumber: '' }, issues: [['missing_field', 'certificate.contents', ['idNumber']]] },
    { name: 'a wrong ID checksum', patch: { idNumber: '370403199003151231' }, issues: [['resident_id_checksum', 'certificate.contents', ['idNumber', 'check']]] },
    { name: 'a lowercase x is accepted', patch: { idNumber: '37040319850704002x' }, issues: [] },
    { name: 'no item', patch: { item: undefined }, issues: [['missing_field', 'certificate.contents', ['item']]] },
    { name: 'no score', patch: { score: undefined }, issues: [['missing_field', 'certificate.contents', ['score']]] },
    { name: 'score 59.9', patch: { score: 59.9 }, issues: [['score_below_pass_mark', 'score.pass', ['score']]] },
    { name: 'score 60', patch: { score: 60 }, issues: [] },
    { name: 'score 60.1', patch: { score: '60.1' }, issues: [] },
    { name: 'score 100.5', patch: { score: 100.5 }, issues: [['score_out_of_range', 'score.scale', ['score']]] },
    { name: 'no code', patch: { code: undefined }, issues: [['missing_field', 'certificate.contents', ['code']]] },
    { name: 'an empty code', patch: { code: '' }, issues: [['missing_field', 'certificate.contents', ['code']]] },
    { name: 'a code of 14 digits', patch: { code: '25370400010001' }, issues: [['certificate_code_length', 'certificate.code', ['code']]] },
    { name: 'a code of 2024 on a certificate of 2025', patch: { code: '243704000100001' }, issues: [['certificate_code_year_mismatch', 'certificate.code', ['code', 'year']]] },
    {
      name: 'a code of another institution',
      patch: { code: '253704000200001' },
      issues: [['certificate_code_institution_mismatch', 'certificate.code', ['code', 'institutionCode']]],
    },
    { name: 'another institution is fine when none is expected', patch: { code: '253704000200001' }, options: {}, issues: [] },
    // 三3(2): the city bureau assigns the institution code, so the city digits (第5至6位) are 04.
    { name: 'a code of another Shandong city (济南, 01)', patch: { code: '253701000100001' }, options: {}, issues: [['certificate_code_other_city', 'certificate.code', ['code']]] },
    { name: 'a code of 济南 under 济南\'s policy', patch: { code: '253701000100001' }, options: { policy: definePolicy({ cityCode: '01' }) }, issues: [] },
    { name: 'a code of 枣庄 under 济南\'s policy', patch: {}, options: { policy: definePolicy({ cityCode: '01' }) }, issues: [['certificate_code_other_city', 'certificate.code', ['code']]] },
    { name: 'no institution', patch: { institution: '' }, issues: [['missing_field', 'certificate.contents', ['institution']]] },
    { name: 'no issue date', patch: { issuedOn: undefined }, issues: [['missing_field', 'certificate.contents', ['issuedOn']]] },
    { name: 'an impossible issue date', patch: { issuedOn: '2025-02-29' }, issues: [['invalid_date', 'certificate.contents', ['issuedOn']]] },
    // certificate.issuance: after the publicity's last day (2025-10-21)
    { name: 'issued the day before the publicity ends', patch: { issuedOn: '2025-10-20' }, issues: [['certificates_issued_too_early', 'certificate.issuance', ['issuedOn']]] },
    { name: 'issued on the publicity\'s last day', patch: { issuedOn: '2025-10-21' }, issues: [['certificates_issued_too_early', 'certificate.issuance', ['issuedOn']]] },
    { name: 'issued the day after', patch: { issuedOn: '2025-10-22' }, issues: [] },
    {
      name: 'issued in the next year: the code\'s year no longer matches',
      patch: { issuedOn: '2026-01-04' },
      issues: [['certificate_code_year_mismatch', 'certificate.code', ['code', 'year']]],
    },
  ];
  it.each(cases)('$name', ({ patch, options, issues }) => {
    const result = check(patch, options ?? OPTIONS);
    expect(codesOf(result)).toEqual(issues.map(([code]) => code));
    expect(brief(result)).toEqual(issues);
    expect(result.ok).toBe(issues.length === 0);
  });

  it('lists every failure together, in the order of 附件4', () => {
    const result = check({ name: undefined, idNumber: '123', score: 30, code: '243704000200001', issuedOn: '2025-10-21' });
    expect(brief(result)).toEqual([
      ['missing_field', 'certificate.contents', ['name']],
      ['resident_id_length', 'certificate.contents', ['idNumber']],
      ['score_below_pass_mark', 'score.pass', ['score']],
      ['certificate_code_year_mismatch', 'certificate.code', ['code', 'year']],
      ['certificate_code_institution_mismatch', 'certificate.code', ['code', 'institutionCode']],
      ['certificates_issued_too_early', 'certificate.issuance', ['issuedOn']],
    ]);
  });

  it('an empty certificate: every field is missing', () => {
    const result = checkCertificate({} as Certificate);
    expect(result.issues.map((i) => i.path?.[0])).toEqual(['name', 'idNumber', 'item', 'score', 'code', 'institution', 'issuedOn']);
    expect(new Set(codesOf(result))).toEqual(new Set(['missing_field']));
  });

  it('refuses bad options, and still checks the certificate', () => {
    const result = check({ score: 10 }, { institutionCode: '3704', resultsPublicityEnd: '2025-10-32' });
    expect(brief(result)).toEqual([
      ['invalid_option', 'certificate.contents', ['institutionCode']],
      ['invalid_option', 'certificate.contents', ['resultsPublicityEnd']],
      ['score_below_pass_mark', 'score.pass', ['score']],
    ]);
    expect(codesOf(checkCertificate(sampleCertificate(), 'x' as never))).toEqual(['invalid_option']);
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      expect(checkCertificate(value as never).ok).toBe(false);
      codesOf(checkCertificate(sampleCertificate(), value as never));
      codesOf(checkCertificate(sampleCertificate(), { institutionCode: value as string, resultsPublicityEnd: value as string }));
      for (const key of Object.keys(sampleCertificate()) as (keyof Certificate)[]) {
        expect(checkCertificate(sampleCertificate({ [key]: value }), OPTIONS).ok).toBe(false);
      }
    }
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(checkCertificate(value as never, OPTIONS))));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('name', 'idNumber', 'item', 'score', 'code', 'institution', 'issuedOn'), fc.anything()), (patch) => {
        codesOf(checkCertificate(sampleCertificate(patch as Patch), OPTIONS));
      }),
    );
  });
});

describe('checkCertificate: the exact issue of each code and reason', () => {
  const badInstitution = {
    code: 'invalid_option',
    severity: 'error',
    clause: 'certificate.contents',
    message: '选项“institutionCode”无效：应为8位的考核机构代码',
    messageEn: 'Option institutionCode is invalid: must be an 8-digit institution code',
    path: ['institutionCode'],
    received: '"3704"',
  };
  const badEnd = {
    code: 'invalid_option',
    severity: 'error',
    clause: 'certificate.contents',
    message: '选项“resultsPublicityEnd”无效：应为真实的日期',
    messageEn: 'Option resultsPublicityEnd is invalid: must be a YYYY-MM-DD date',
    path: ['resultsPublicityEnd'],
    received: '"2025-10-32"',
  };

  it('bad options, each with its reason', () => {
    expect(check({}, { institutionCode: '3704', resultsPublicityEnd: '2025-10-32' })).toStrictEqual({ ok: false, issues: [badInstitution, badEnd] });
    expect(check({}, { institutionCode: 37040001 as never, resultsPublicityEnd: 20251021 as never }).issues).toStrictEqual([
      { ...badInstitution, received: '37040001' },
      { ...badEnd, received: '20251021' },
    ]);
    expect(check({}, { policy: 'x' as never }).issues).toStrictEqual([
      {
        code: 'invalid_option',
        severity: 'error',
        clause: 'policy.definition',
        message: '选项“policy”无效：应为“definePolicy”所建的政策',
        messageEn: 'Option policy is invalid: must be a Policy object',
        path: ['policy'],
        received: '"x"',
      },
    ]);
  });

  it('a certificate that is not an object, after the bad options', () => {
    expect(checkCertificate(null as never, { institutionCode: '3704' })).toStrictEqual({
      ok: false,
      issues: [
        badInstitution,
        {
          code: 'invalid_input',
          severity: 'error',
          clause: 'certificate.contents',
          message: '输入有误：“certificate”应为对象',
          messageEn: 'Invalid input: certificate must be an object',
          path: ['certificate'],
        },
      ],
    });
  });

  it('issued on the publicity\'s last day', () => {
    expect(check({ issuedOn: '2025-10-21' }).issues).toStrictEqual([
      {
        code: 'certificates_issued_too_early',
        severity: 'error',
        clause: 'certificate.issuance',
        message: '发证日期2025年10月21日应在公示结束日2025年10月21日之后',
        messageEn: 'Certificates were issued on 2025-10-21; they must be issued after the publicity ends on 2025-10-21',
        path: ['issuedOn'],
        expected: '2025-10-21',
        received: '2025-10-21',
      },
    ]);
  });

  it('a field left out, and one of the wrong type', () => {
    expect(check({ issuedOn: undefined, code: '243704000100001' }).issues).toStrictEqual([
      { code: 'missing_field', severity: 'error', clause: 'certificate.contents', message: '未填写发证日期', messageEn: 'date of issue is missing', path: ['issuedOn'] },
    ]);
    expect(check({ name: 7 }).issues).toStrictEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'certificate.contents',
        message: '输入有误：姓名应为文字',
        messageEn: 'Invalid input: name must be a string',
        path: ['name'],
        received: '7',
      },
    ]);
  });

  it('the ID number\'s issues cite certificate.contents; the code\'s keep certificate.code', () => {
    expect(check({ idNumber: '370403199003151231' }).issues).toStrictEqual([
      {
        code: 'resident_id_checksum',
        severity: 'error',
        clause: 'certificate.contents',
        message: '身份证号码第18位校验码应为“0”，实为“1”',
        messageEn: 'The check character must be 0; it is 1',
        path: ['idNumber', 'check'],
        expected: '0',
        received: '1',
      },
    ]);
    expect(check({ code: '253704000200001' }).issues).toStrictEqual([
      {
        code: 'certificate_code_institution_mismatch',
        severity: 'error',
        clause: 'certificate.code',
        message: '证书编号中的考核机构代码为37040002，与发证的考核机构代码37040001不符',
        messageEn: 'The institution code 37040002 in the certificate code is not that of the issuing institution, 37040001',
        path: ['code', 'institutionCode'],
        expected: '37040001',
        received: '37040002',
      },
    ]);
  });

  it('reads the pass mark from the policy', () => {
    const policy = definePolicy({ passMark: 70 });
    expect(brief(check({ score: 69.9 }, { ...OPTIONS, policy }))).toEqual([['score_below_pass_mark', 'score.pass', ['score']]]);
    expect(check({ score: 70 }, { ...OPTIONS, policy })).toEqual({ ok: true, issues: [] });
  });
});

describe('certificateResult and certificateContext (the twins auditBatch calls, the options read once)', () => {
  // The rows at the edges of the readings that build no parse result and no decimal: a valid ID
  // number, a code without a fault, a passing score read as a number.
  const rows: { name: string; patch: Patch; codes: string[] }[] = [
    { name: 'the sample', patch: {}, codes: [] },
    { name: 'score 60 (the pass mark)', patch: { score: 60 }, codes: [] },
    { name: "score '60.00'", patch: { score: '60.00' }, codes: [] },
    { name: 'score 100 (the full mark)', patch: { score: 100 }, codes: [] },
    { name: 'score 59.99999999999999', patch: { score: 59.99999999999999 }, codes: ['score_below_pass_mark'] },
    { name: "score '59.9999999999999999' (16 digits: read as a decimal)", patch: { score: '59.9999999999999999' }, codes: ['score_below_pass_mark'] },
    { name: 'score 100.00000000000001', patch: { score: 100.00000000000001 }, codes: ['score_out_of_range'] },
    { name: 'score NaN', patch: { score: Number.NaN }, codes: ['score_not_a_number'] },
    { name: 'an ID number with a lower-case x', patch: { idNumber: '11010519491231002x' }, codes: [] },
    { name: 'an ID number with a wrong check digit', patch: { idNumber: '110105194912310021' }, codes: ['resident_id_checksum'] },
    { name: 'a code of another year than the issue date', patch: { code: '243704000100001' }, codes: ['certificate_code_year_mismatch'] },
    { name: 'a code of another institution', patch: { code: '253704000200001' }, codes: ['certificate_code_institution_mismatch'] },
    { name: 'a code of another city (and so of another institution)', patch: { code: '253705000100001' }, codes: ['certificate_code_institution_mismatch'] },
    { name: 'a code of 2022 issued in 2025', patch: { code: '223704000100001' }, codes: ['certificate_code_year_mismatch', 'year_before_policy_effective'] },
    { name: 'a code with a full-width digit', patch: { code: '２53704000100001' }, codes: ['certificate_code_fullwidth'] },
    { name: 'no issue date: the code read without its year', patch: { issuedOn: undefined }, codes: ['missing_field'] },
  ];
  it.each(rows)('$name', ({ patch, codes }) => {
    const certificate = deepFreeze(sampleCertificate(patch));
    const result = certificateResult(certificate, certificateContext(OPTIONS));
    expect(codesOf(result)).toEqual(codes);
    expect(result).toEqual(checkCertificate(certificate, OPTIONS));
  });

  it('a context is read once and serves any number of certificates', () => {
    const context = certificateContext({ institutionCode: '3704', resultsPublicityEnd: '2025-10-21' });
    expect(context.issues.map((i) => [i.code, i.path])).toEqual([['invalid_option', ['institutionCode']]]);
    for (const score of [60, 59]) expect(certificateResult(sampleCertificate({ score }), context)).toEqual(checkCertificate(sampleCertificate({ score }), { institutionCode: '3704', resultsPublicityEnd: '2025-10-21' }));
    // Without an institution to match, a faultless code of another city is read, and its city refused (三3(2)).
    const other = certificateResult(sampleCertificate({ code: '253705000100001' }), certificateContext({}));
    expect(codesOf(other)).toEqual(['certificate_code_other_city']);
  });
});

describe('checkCertificate: the date of issue before the scheme, named as the form names it', () => {
  it('gives the issue: the field 发证日期, both days as dates and in the message\'s words', () => {
    const found = check({ issuedOn: '2023-04-22', code: '233704000100001' }).issues.find((i) => i.code === 'before_policy_effective');
    expect(found).toMatchObject({
      path: ['issuedOn'],
      expected: '2023-04-23',
      received: '2023-04-22',
    });
    // The field as the form names it, in both languages (the policy's words, not the path).
    expect(found?.message).toContain('发证日期');
    expect(found?.messageEn).toContain('date of issue');
  });
});

describe('checkCertificate: the readings that skip building a result say "valid" only of a valid field', () => {
  const otherCity = {
    code: 'certificate_code_other_city',
    severity: 'error',
    clause: 'certificate.code',
    message: '证书编号253705000100001的第5至6位为05，不是本市的市级代码04',
    messageEn: 'The certificate code 253705000100001 carries the city code 05, not this city\'s 04',
    path: ['code'],
    expected: '04',
    received: '253705000100001',
  };
  const rows: { name: string; patch: Patch; issues: unknown[] }[] = [
    {
      // A String object of a valid number has every character of one, but is not text.
      name: 'a valid ID number given as a String object',
      patch: { idNumber: new String('370403199003151230') },
      issues: [{
        code: 'resident_id_type',
        severity: 'error',
        clause: 'certificate.contents',
        message: '身份证号码应为文字',
        messageEn: 'The resident ID number must be a string; received object',
        expected: 'string',
        received: 'object',
        path: ['idNumber'],
      }],
    },
    {
      // 14 digits: no year is read from it, so none is "before the scheme" (22 would be 2022).
      name: 'a code of 14 digits starting 22',
      patch: { code: '22370400010000' },
      issues: [{
        code: 'certificate_code_length',
        severity: 'error',
        clause: 'certificate.code',
        message: '证书编号应为15位，实为14位',
        messageEn: 'The certificate code must have 15 digits; it has 14',
        expected: 15,
        received: 14,
        path: ['code'],
      }],
    },
    {
      name: 'a code of 15 letters: no year is read from it',
      patch: { code: 'ABCDEFGHIJKLMNO' },
      issues: [{
        code: 'certificate_code_characters',
        severity: 'error',
        clause: 'certificate.code',
        message: '证书编号“ABCDEFGHIJKLMNO”含有数字以外的字符，只能由阿拉伯数字0至9组成',
        messageEn: 'The certificate code "ABCDEFGHIJKLMNO" may contain only the digits 0 to 9',
        received: '"ABCDEFGHIJKLMNO"',
        path: ['code'],
      }],
    },
    { name: 'a faultless code of another city (05)', patch: { code: '253705000100001' }, issues: [otherCity] },
    {
      // Without the issue date the code is parsed without a year, and its city still refused.
      name: 'a code of another city with no issue date',
      patch: { code: '253705000100001', issuedOn: undefined },
      issues: [otherCity, { code: 'missing_field', severity: 'error', clause: 'certificate.contents', message: '未填写发证日期', messageEn: 'date of issue is missing', path: ['issuedOn'] }],
    },
  ];
  it.each(rows)('$name', ({ patch, issues }) => {
    const certificate = sampleCertificate(patch);
    expect(checkCertificate(certificate, {})).toEqual({ ok: false, issues });
    expect(certificateResult(certificate, certificateContext({}))).toEqual({ ok: false, issues });
  });
});
