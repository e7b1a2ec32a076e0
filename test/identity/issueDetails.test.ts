// The exact issues of the identity area: code, clause, both messages, path, expected and received,
// one case per issue and per path, so that a wrong field, path or message is caught.
import { describe, expect, it } from 'vitest';
import { ageOn, checkCandidateEligibility, parseResidentIdNumber, parseUnifiedSocialCreditCode } from '../../src/index.js';
import { invalidDateIssue, svaErrorOf } from '../helpers/expect.js';
import { naiveCreditCodeCheck, naiveOrganisationCheck, naiveResidentIdCheck } from './naive.js';

const AGE = { severity: 'error', clause: 'candidate.age' } as const;
const REGISTRATION = { severity: 'error', clause: 'institution.registration' } as const;

const invalidDate = (name: string, received: string) => invalidDateIssue('candidate.age', name, received, name === 'on' ? '计算年龄的日期' : '出生日期');

const underAge = (path: string, date: string, age: number) => ({
  ...AGE,
  code: 'candidate_under_age',
  message: `申报日${date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}未满16周岁（实为${age}周岁），未达到法定劳动年龄`,
  messageEn: `Under 16 completed years on ${date} (${age}): below the legal working age`,
  path: [path],
  expected: 16,
  received: age,
});

describe('ageOn: the exact errors', () => {
  it('names only the bad date, with its own path', () => {
    expect(svaErrorOf(() => ageOn('2023-02-29', '2024-06-01')).issues).toEqual([invalidDate('birthDate', '"2023-02-29"')]);
    expect(svaErrorOf(() => ageOn('2008-06-15', '2024-13-01')).issues).toEqual([invalidDate('on', '"2024-13-01"')]);
  });

  it('says a day before birth exactly', () => {
    expect(svaErrorOf(() => ageOn('2008-06-15', '2008-06-14')).issues).toEqual([
      {
        ...AGE,
        code: 'age_before_birth',
        message: '日期2008年6月14日早于出生日期2008年6月15日',
        messageEn: 'The date 2008-06-14 is before the birth date 2008-06-15',
        path: ['on'],
        expected: '2008-06-15',
        received: '2008-06-14',
      },
    ]);
  });
});

describe('checkCandidateEligibility: the exact issues', () => {
  // 370402200806150070 is born 2008-06-15; the same region and sequence born 2008-06-16:
  const bornJune16 = '37040220080616007' + naiveResidentIdCheck('37040220080616007');

  it('refuses a candidate that is not an object', () => {
    expect(checkCandidateEligibility(null as never).issues).toEqual([
      { ...AGE, code: 'invalid_input', message: '输入有误：“candidate”应为对象', messageEn: 'Invalid input: candidate must be an object', path: ['candidate'] },
    ]);
  });

  it('asks for a birth date or an ID number when neither is given', () => {
    expect(checkCandidateEligibility({ applicationDate: '2024-06-15' } as never).issues).toEqual([
      { ...AGE, code: 'missing_field', message: '未填写出生日期或身份证号码', messageEn: 'The birth date or the ID number is missing', path: ['birthDate'] },
    ]);
  });

  it('says where the two birth dates disagree, and judges the age only when both agree on it', () => {
    const mismatch = {
      ...AGE,
      code: 'birth_date_mismatch',
      message: '出生日期2008年6月16日与身份证号码中的出生日期2008年6月15日不符',
      messageEn: 'The birth date 2008-06-16 differs from the one in the ID number (2008-06-15)',
      path: ['birthDate'],
      expected: '2008-06-15',
      received: '2008-06-16',
    };
    // On 2024-06-15 the ID number says 16, the birth date 15: no age issue either way round.
    expect(checkCandidateEligibility({ birthDate: '2008-06-16', idNumber: '370402200806150070', applicationDate: '2024-06-15' }).issues).toEqual([mismatch]);
    expect(checkCandidateEligibility({ birthDate: '2008-06-15', idNumber: bornJune16, applicationDate: '2024-06-15' }).issues).toEqual([
      { ...mismatch, message: '出生日期2008年6月15日与身份证号码中的出生日期2008年6月16日不符', messageEn: 'The birth date 2008-06-15 differs from the one in the ID number (2008-06-16)', expected: '2008-06-16', received: '2008-06-15' },
    ]);
  });

  it('puts the ID number\'s own issues under idNumber, with or without a path of their own', () => {
    expect(checkCandidateEligibility({ idNumber: '370402200806150071', applicationDate: '2024-06-15' }).issues).toEqual([
      { ...AGE, code: 'resident_id_checksum', message: '身份证号码第18位校验码应为“0”，实为“1”', messageEn: 'The check character must be 0; it is 1', path: ['idNumber', 'check'], expected: '0', received: '1' },
    ]);
    const [length] = checkCandidateEligibility({ idNumber: '3704022008', applicationDate: '2024-06-15' }).issues;
    expect(length).toMatchObject({ code: 'resident_id_length', path: ['idNumber'], expected: 18, received: 10 });
  });

  it('tells under age from the birth date or from the ID number, with that path', () => {
    expect(checkCandidateEligibility({ birthDate: '2008-06-16', applicationDate: '2024-06-15' }).issues).toEqual([underAge('birthDate', '2024-06-15', 15)]);
    expect(checkCandidateEligibility({ idNumber: bornJune16, applicationDate: '2024-06-15' }).issues).toEqual([underAge('idNumber', '2024-06-15', 15)]);
  });

  it('born on the application day is under age (0), one day later is born after it', () => {
    expect(checkCandidateEligibility({ birthDate: '2024-06-15', applicationDate: '2024-06-15' }).issues).toEqual([underAge('birthDate', '2024-06-15', 0)]);
    expect(checkCandidateEligibility({ birthDate: '2024-06-16', applicationDate: '2024-06-15' }).issues).toEqual([
      {
        ...AGE,
        code: 'candidate_born_after_application',
        message: '出生日期2024年6月16日晚于申报日2024年6月15日',
        messageEn: 'The birth date 2024-06-16 is after the application date 2024-06-15',
        path: ['birthDate'],
        expected: '2024-06-15',
        received: '2024-06-16',
      },
    ]);
  });
});

describe('parseResidentIdNumber: the exact issues', () => {
  const typeIssue = (received: string) => ({
    ...AGE,
    code: 'resident_id_type',
    message: '身份证号码应为文字',
    messageEn: `The resident ID number must be a string; received ${received}`,
    expected: 'string',
    received,
  });

  it.each([
    { input: null, received: 'null' },
    { input: 5, received: 'number' },
    { input: undefined, received: 'undefined' },
  ])('a $received is not a string', ({ input, received }) => {
    expect(parseResidentIdNumber(input)).toEqual({ ok: false, issues: [typeIssue(received)] });
  });

  it('names the old format, with the length received', () => {
    expect(parseResidentIdNumber('110105491231002').issues).toEqual([
      { ...AGE, code: 'resident_id_old_format', message: '这是15位的旧身份证号码，请填写18位的身份证号码', messageEn: 'This is an old 15-digit ID number; give the 18-character number', received: 15 },
    ]);
  });

  it('quotes at most 40 characters of a string with bad characters', () => {
    const long = 'A'.repeat(45);
    expect(parseResidentIdNumber(long).issues[1]).toEqual({
      ...AGE,
      code: 'resident_id_characters',
      message: '身份证号码前17位应为数字0至9，第18位应为数字或X',
      messageEn: 'The first 17 characters must be the digits 0 to 9, the 18th a digit or X',
      received: 'A'.repeat(40),
    });
  });

  it('counts a character below 0 as a bad character, not only one above 9', () => {
    expect(parseResidentIdNumber('11010519491231002-').issues.map((i) => i.code)).toEqual(['resident_id_characters']);
    expect(parseResidentIdNumber('1101051949 231002X').issues.map((i) => i.code)).toEqual(['resident_id_characters']);
  });

  it('says which birth date is wrong', () => {
    const id = '37040220080015001' + naiveResidentIdCheck('37040220080015001');
    expect(parseResidentIdNumber(id).issues).toEqual([
      {
        ...AGE,
        code: 'resident_id_birth_date',
        message: '身份证号码第7至14位20080015不是真实的出生日期',
        messageEn: 'Characters 7 to 14 (20080015) are not a real birth date from 1850-01-01 on',
        path: ['birthDate'],
        expected: '1850-01-01',
        received: '20080015',
      },
    ]);
  });
});

describe('parseUnifiedSocialCreditCode: the exact issues', () => {
  const checksum = (expected: string, received: string) => ({
    ...REGISTRATION,
    code: 'credit_code_checksum',
    message: `统一社会信用代码第18位校验码应为“${expected}”，实为“${received}”`,
    messageEn: `The check character must be ${expected}; it is ${received}`,
    path: ['check'],
    expected,
    received,
  });

  it('a number is not a string', () => {
    expect(parseUnifiedSocialCreditCode(5).issues).toEqual([
      { ...REGISTRATION, code: 'credit_code_type', message: '统一社会信用代码应为文字', messageEn: 'The unified social credit code must be a string; received 5', expected: 'string', received: '5' },
    ]);
  });

  it('quotes at most 20 foreign characters, each once', () => {
    const foreign = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
    const [issue] = parseUnifiedSocialCreditCode(foreign + foreign).issues;
    expect(issue?.received).toBe(JSON.stringify(foreign.slice(0, 20)));
  });

  it('an unknown authority: the authority issue and the checksum, nothing decoded', () => {
    expect(parseUnifiedSocialCreditCode('W1350100M000100Y43')).toEqual({
      ok: false,
      issues: [
        { ...REGISTRATION, code: 'credit_code_authority', message: '统一社会信用代码第1位“W”不是登记管理部门代码', messageEn: 'Character 1 (W) is not a registration-authority code', path: ['authorityCode'], received: 'W' },
        checksum('F', '3'),
      ],
    });
  });

  it('an unknown type under a known authority', () => {
    expect(parseUnifiedSocialCreditCode('9W350100M000100Y43').issues[0]).toEqual({
      ...REGISTRATION,
      code: 'credit_code_org_type',
      message: '统一社会信用代码第2位“W”不是登记管理部门工商（9）的机构类别代码',
      messageEn: 'Character 2 (W) is not an organisation-type code of registration authority 9 (industry and commerce)',
      path: ['typeCode'],
      received: 'W',
    });
  });

  it('a region code with a letter', () => {
    expect(parseUnifiedSocialCreditCode('9135A100M000100Y43').issues).toEqual([
      {
        ...REGISTRATION,
        code: 'credit_code_region',
        message: '统一社会信用代码第3至8位是登记管理机关行政区划码，应为6位数字，实为“35A100”',
        messageEn: 'Characters 3 to 8 (the region code of the registration office) must be 6 digits; they are 35A100',
        path: ['regionCode'],
        expected: '6 digits',
        received: '35A100',
      },
      checksum('Y', '3'),
    ]);
  });

  it('strict: names the organisation code\'s check character', () => {
    const code = '91370402MA3000302' + naiveCreditCodeCheck('91370402MA3000302');
    expect(naiveOrganisationCheck('MA300030')).toBe('1');
    expect(parseUnifiedSocialCreditCode(code, { strict: true }).issues).toEqual([
      {
        ...REGISTRATION,
        code: 'credit_code_organisation_checksum',
        message: '统一社会信用代码第9至17位是组织机构代码，其校验码（第17位）应为“1”，实为“2”',
        messageEn: 'Characters 9 to 17 (the GB 11714 organisation code) must end in the check character 1; it is 2',
        path: ['organisationCode'],
        expected: '1',
        received: '2',
      },
    ]);
  });
});
