import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTITUTION_KIND_CREDIT_CATEGORIES, REFUSED_CREDIT_CATEGORIES, checkInstitutionApplication, definePolicy } from '../../src/index.js';
import { generateCreditCode } from '../../src/testing/index.js';
import type { RuleIssue } from '../../src/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';
import { CATALOG, sampleApplication, withItem } from './sample.js';

const omit = (key: string) => sampleApplication({ [key]: undefined });

describe('checkInstitutionApplication (三, 三1, 三2, 三3(1), 附件1, 附件2)', () => {
  it('passes an application that meets every condition, with the catalogue too', () => {
    expect(checkInstitutionApplication(sampleApplication())).toEqual({ ok: true, issues: [] });
    expect(checkInstitutionApplication(sampleApplication(), { catalog: CATALOG })).toEqual({ ok: true, issues: [] });
  });

  // One failing case per clause (a condition that is false, not missing).
  const failing: { clause: string; name: string; input: ReturnType<typeof sampleApplication>; codes: string[] }[] = [
    { clause: 'institution.registration', name: 'registered outside Zaozhuang', input: sampleApplication({ registrationDistrict: '370102' }), codes: ['registration_outside_zaozhuang'] },
    { clause: 'institution.registration', name: 'a credit code with a wrong check character', input: sampleApplication({ creditCode: '52370403MA30000451' }), codes: ['credit_code_checksum'] },
    { clause: 'selection.filing', name: 'filed with another district', input: sampleApplication({ filedWithDistrict: '370402' }), codes: ['filed_with_wrong_district'] },
    { clause: 'eligibility.legal', name: 'not a legal person', input: sampleApplication({ legalPerson: false }), codes: ['not_legal_person'] },
    { clause: 'eligibility.legal', name: 'credit not good', input: sampleApplication({ goodCredit: false }), codes: ['credit_not_good'] },
    { clause: 'eligibility.legal', name: 'one violation record', input: sampleApplication({ violationRecords: 1 }), codes: ['violation_records'] },
    { clause: 'eligibility.rules', name: 'no finance rules', input: sampleApplication({ rules: ['assessment_management', 'archives', 'work_safety_emergency', 'incident_emergency', 'assessment_procedure', 'equipment_safety'] }), codes: ['rule_document_lacking'] },
    { clause: 'eligibility.capacity', name: 'no dedicated unit', input: sampleApplication({ dedicatedUnit: false }), codes: ['no_dedicated_unit'] },
    { clause: 'eligibility.capacity', name: 'no supervisors', input: sampleApplication({ staff: { fullTime: 3, assessors: 5, supervisors: 0 } }), codes: ['staff_lacking'] },
    { clause: 'eligibility.capacity', name: 'no video surveillance', input: sampleApplication({ facilities: { site: true, equipment: true, videoSurveillance: false } }), codes: ['facility_lacking'] },
    { clause: 'eligibility.capacity', name: 'an item without a question bank', input: withItem({ questionBank: false }), codes: ['question_bank_lacking'] },
    { clause: 'eligibility.experience', name: 'one year of training', input: withItem({ trainingSince: '2022-06-01' }), codes: ['experience_too_short'] },
    { clause: 'eligibility.experience', name: 'training cannot be organised', input: withItem({ canTrain: false }), codes: ['item_cannot_train'] },
    { clause: 'eligibility.funding', name: 'no stable funding', input: sampleApplication({ stableFunding: false }), codes: ['funding_not_stable'] },
    { clause: 'eligibility.funding', name: 'for profit', input: sampleApplication({ nonProfit: false }), codes: ['profit_oriented'] },
    { clause: 'eligibility.supervision', name: 'refuses supervision', input: sampleApplication({ acceptsSupervision: false }), codes: ['supervision_not_accepted'] },
    { clause: 'materials', name: 'no legal-person certificate', input: sampleApplication({ materials: ['application_form', 'work_plan', 'question_bank_list', 'training_capacity_proof', 'credit_report_or_pledge'] }), codes: ['material_lacking'] },
    { clause: 'materials.form', name: 'a bad phone number', input: sampleApplication({ contact: { person: '李四', title: '主任', phone: '12345', email: 'a@example.cn' } }), codes: ['contact_phone_invalid'] },
    { clause: 'materials.form', name: 'a bad email', input: sampleApplication({ contact: { person: '李四', title: '主任', phone: '13800138000', email: 'a@b' } }), codes: ['contact_email_invalid'] },
    { clause: 'materials.form', name: 'the pledge unsigned', input: sampleApplication({ integrityPledgeSigned: false }), codes: ['integrity_pledge_unsigned'] },
    { clause: 'materials.form', name: 'registered capital without an amount', input: sampleApplication({ registeredCapital: '若干' }), codes: ['registered_capital_invalid'] },
    { clause: 'materials.form', name: 'a blank address', input: sampleApplication({ address: '  ' }), codes: ['missing_field'] },
    { clause: 'materials.form', name: 'no items', input: sampleApplication({ items: [] }), codes: ['no_items'] },
    { clause: 'materials.form', name: 'an item listed twice', input: sampleApplication({ items: [sampleApplication().items[0], { ...sampleApplication().items[0], name: '面点制作 ' }] }), codes: ['item_duplicate'] },
    { clause: 'materials.work_plan', name: 'no section 六', input: sampleApplication({ workPlanSections: ['overall_plan', 'organisation', 'items_and_resources', 'procedure_and_rules', 'content_and_method'] }), codes: ['work_plan_section_lacking'] },
    { clause: 'allocation.items', name: 'three items', input: sampleApplication({ items: [...sampleApplication().items, { ...sampleApplication().items[0], name: '鲁绣' }] }), codes: ['too_many_items'] },
  ];
  it.each(failing)('$clause: $name', ({ input, codes, clause }) => {
    const result = checkInstitutionApplication(input);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.clause)).toEqual([clause]);
  });

  // 三: the credit code's category (characters 1–2) must fit the declared kind; 11 机关 and 92
  // 个体工商户 cannot apply; a region (characters 3–8) outside Zaozhuang (3704xx) is a warning.
  const code = (category: string, region = '370403') =>
    generateCreditCode({ authorityCode: category.charAt(0), typeCode: category.charAt(1), regionCode: region, seed: 1 });
  const credit: { kind: string; category: string; region?: string; codes: string[]; ok: boolean }[] = [
    { kind: 'enterprise', category: '91', codes: [], ok: true },
    { kind: 'enterprise', category: '93', codes: [], ok: true },
    { kind: 'enterprise', category: '52', codes: ['credit_code_kind_mismatch'], ok: true },
    { kind: 'college', category: '12', codes: [], ok: true },
    { kind: 'college', category: '52', codes: [], ok: true },
    { kind: 'college', category: '91', codes: ['credit_code_kind_mismatch'], ok: true },
    { kind: 'social_organisation', category: '51', codes: [], ok: true },
    { kind: 'social_organisation', category: '52', codes: ['credit_code_kind_mismatch'], ok: true },
    { kind: 'training_institution', category: '52', codes: [], ok: true },
    { kind: 'training_institution', category: '91', codes: [], ok: true },
    { kind: 'training_institution', category: '12', codes: [], ok: true },
    { kind: 'training_institution', category: '51', codes: ['credit_code_kind_mismatch'], ok: true },
    { kind: 'training_institution', category: '53', codes: ['credit_code_kind_mismatch'], ok: true },
    { kind: 'training_institution', category: '11', codes: ['credit_code_government_body'], ok: false },
    { kind: 'training_institution', category: '92', codes: ['credit_code_individual_business'], ok: false },
    { kind: 'enterprise', category: '92', codes: ['credit_code_individual_business'], ok: false },
    // another kind (……等): the bureau decides, so no category is expected of it; 11 and 92 are still refused
    { kind: '民办非企业单位', category: '52', codes: ['institution_kind_other'], ok: true },
    { kind: '民办非企业单位', category: '11', codes: ['institution_kind_other', 'credit_code_government_body'], ok: false },
    // the region: 370400 (the city) and 370481 (滕州市) are Zaozhuang; 370300 and 370500 are not
    { kind: 'training_institution', category: '52', region: '370400', codes: [], ok: true },
    { kind: 'training_institution', category: '52', region: '370481', codes: [], ok: true },
    { kind: 'training_institution', category: '52', region: '370399', codes: ['credit_code_region_outside_zaozhuang'], ok: true },
    { kind: 'training_institution', category: '52', region: '370500', codes: ['credit_code_region_outside_zaozhuang'], ok: true },
    { kind: 'enterprise', category: '52', region: '110105', codes: ['credit_code_kind_mismatch', 'credit_code_region_outside_zaozhuang'], ok: true },
  ];
  it.each(credit)('institution.registration: $kind with category $category in $region', ({ kind, category, region, codes, ok }) => {
    const result = checkInstitutionApplication(sampleApplication({ kind, creditCode: code(category, region) }));
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(ok);
    expect(result.issues.every((i) => i.clause === 'institution.registration')).toBe(true);
  });

  it('says what the credit code shows, in the words of the form', () => {
    const mismatch = checkInstitutionApplication(sampleApplication({ kind: 'social_organisation', creditCode: code('91') })).issues[0];
    expect(mismatch).toMatchObject({
      code: 'credit_code_kind_mismatch',
      severity: 'warning',
      path: ['creditCode'],
      expected: ['51'],
      received: '91',
      message: '统一社会信用代码第1至2位为91（企业），与所填机构性质社会团体不符（社会团体一般为51），请区（市）人力资源社会保障局核实',
    });
    const refused = checkInstitutionApplication(sampleApplication({ creditCode: code('92') })).issues[0];
    expect(refused).toMatchObject({
      code: 'credit_code_individual_business',
      severity: 'error',
      received: '92',
      message: '统一社会信用代码第1至2位为92（个体工商户），个体工商户不具有独立法人资格，不能申请为考核机构',
    });
    const region = checkInstitutionApplication(sampleApplication({ creditCode: code('52', '370102') })).issues[0];
    expect(region).toMatchObject({ code: 'credit_code_region_outside_zaozhuang', severity: 'warning', expected: '3704xx', received: '370102' });
    expect(region?.message).toBe('统一社会信用代码第3至8位为370102，不是枣庄市的行政区划代码（3704开头）；单位迁入后代码不变，请核实是否在枣庄市行政区域内依法登记');
  });

  const warn = (code: string, message: string, messageEn: string, rest: Partial<RuleIssue>) => ({ code, severity: 'warning', clause: 'institution.registration', message, messageEn, path: ['creditCode'], ...rest });
  const refuse = (code: string, message: string, messageEn: string, received: string) => ({ code, severity: 'error', clause: 'institution.registration', message, messageEn, path: ['creditCode'], received });
  it.each([
    {
      name: 'a kind with three categories, the code of another',
      kind: 'training_institution',
      creditCode: code('51'),
      result: {
        ok: true,
        issues: [
          warn(
            'credit_code_kind_mismatch',
            '统一社会信用代码第1至2位为51（社会团体），与所填机构性质职业技能培训机构不符（职业技能培训机构一般为52、91、12），请区（市）人力资源社会保障局核实',
            'Characters 1–2 of the credit code are 51 (social organisation), which does not fit the declared kind, vocational training institution (usually 52, 91, 12): the district bureau should verify it',
            { expected: ['52', '91', '12'], received: '51' },
          ),
        ],
      },
    },
    {
      name: 'a government body registered outside Zaozhuang',
      kind: 'training_institution',
      creditCode: code('11', '370102'),
      result: {
        ok: false,
        issues: [
          refuse('credit_code_government_body', '统一社会信用代码第1至2位为11（机关），机关不在考核机构的征集对象之列', 'Characters 1–2 of the credit code are 11 (government body): a government body is not among the units recruited as assessment institutions', '11'),
          warn(
            'credit_code_region_outside_zaozhuang',
            '统一社会信用代码第3至8位为370102，不是枣庄市的行政区划代码（3704开头）；单位迁入后代码不变，请核实是否在枣庄市行政区域内依法登记',
            'Characters 3–8 of the credit code are 370102, not a Zaozhuang region code (3704…); a unit that moved keeps its code, so check that it is registered in Zaozhuang',
            { expected: '3704xx', received: '370102' },
          ),
        ],
      },
    },
    {
      name: 'an individual business',
      kind: 'enterprise',
      creditCode: code('92'),
      result: {
        ok: false,
        issues: [refuse('credit_code_individual_business', '统一社会信用代码第1至2位为92（个体工商户），个体工商户不具有独立法人资格，不能申请为考核机构', 'Characters 1–2 of the credit code are 92 (individual business): an individual business is not a legal person and cannot apply', '92')],
      },
    },
  ])('gives the whole issues of the credit code: $name', ({ kind, creditCode, result }) => {
    expect(checkInstitutionApplication(sampleApplication({ kind, creditCode }))).toEqual(result);
  });

  it('keeps its category table as frozen data', () => {
    expect(INSTITUTION_KIND_CREDIT_CATEGORIES).toEqual({ enterprise: ['91', '93'], college: ['12', '52'], social_organisation: ['51'], training_institution: ['52', '91', '12'] });
    expect(REFUSED_CREDIT_CATEGORIES).toEqual(['11', '92']);
    expect(Object.isFrozen(INSTITUTION_KIND_CREDIT_CATEGORIES.college)).toBe(true);
  });

  it('catalog.scope and catalog.exclusion, when a catalogue is given', () => {
    const outside = checkInstitutionApplication(withItem({ name: '插花' }), { catalog: CATALOG });
    expect(codesOf(outside)).toEqual(['item_not_in_catalog']);
    const occupation = checkInstitutionApplication(withItem({ name: '中式面点师' }), { catalog: { ...CATALOG, provincialItems: [...CATALOG.provincialItems, '中式面点师'] } });
    expect(codesOf(occupation)).toEqual(['item_is_occupation']);
    expect(occupation.issues[0]).toMatchObject({ clause: 'catalog.exclusion', path: ['items', 0, 'name'] });
    expect(codesOf(checkInstitutionApplication(sampleApplication(), { catalog: { provincialItems: CATALOG.provincialItems } }))).toEqual([
      'catalog_exclusion_unchecked',
      'catalog_exclusion_unchecked',
    ]);
    expect(codesOf(checkInstitutionApplication(sampleApplication(), { catalog: { provincialItems: 'x' } as never }))).toEqual(['invalid_option']);
  });

  it('selection.filing: a district that is not Zaozhuang\'s', () => {
    const result = checkInstitutionApplication(sampleApplication({ filedWithDistrict: '370102' }));
    expect(codesOf(result)).toEqual(['unknown_district']);
    expect(result.issues[0]?.clause).toBe('selection.filing');
    expect(codesOf(checkInstitutionApplication(sampleApplication({ filedWithDistrict: '370403', registrationDistrict: '薛城' })))).toEqual([]);
  });

  it('an item without a specification is a warning, not a failure', () => {
    const result = checkInstitutionApplication(withItem({ hasSpecification: false }));
    expect(codesOf(result)).toEqual(['item_without_specification']);
    expect(result.ok).toBe(true);
  });

  it('reads the numbers from the policy', () => {
    const policy = definePolicy({ minTrainingYears: 3, maxItemsPerInstitution: 1 });
    expect(codesOf(checkInstitutionApplication(sampleApplication(), { policy }))).toEqual(['experience_too_short', 'too_many_items']);
  });
});

// The whole issue for one case of each code and each reason text: code, severity, clause, both
// messages, path, expected and received.
describe('exact issues', () => {
  const base = sampleApplication();
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const contact = (phone: string, email: string) => ({ person: '李四', title: '主任', phone, email });
  const err = (code: string, clause: string, message: string, messageEn: string, rest: Partial<RuleIssue> = {}) =>
    ({ code, severity: 'error', clause, message, messageEn, ...rest });
  const cases: { name: string; input: unknown; options?: unknown; ok?: boolean; issues: unknown[] }[] = [
    // The application and the options
    { name: 'not an object', input: null, issues: [err('invalid_input', 'materials', '输入有误：“application”应为对象', 'Invalid input: application must be an object', { path: ['application'] })] },
    { name: 'an array is not an application', input: [], issues: [err('invalid_input', 'materials', '输入有误：“application”应为对象', 'Invalid input: application must be an object', { path: ['application'] })] },
    { name: 'an application that cannot be read', input: revoked.proxy, issues: [err('invalid_input', 'materials', '输入有误：读取输入时出错', 'Invalid input: the input could not be read')] },
    {
      name: 'a catalogue whose provincialItems is not an array', input: base, options: { catalog: { provincialItems: 'x' } },
      issues: [err('invalid_option', 'catalog.scope', '选项“catalog”无效：省级目录（“provincialItems”）与职业分类大典的职业清单（“occupations2022”）应为文字的列表', 'Option catalog is invalid: provincialItems and occupations2022 must be arrays of strings', { path: ['options', 'catalog'] })],
    },
    {
      name: 'a catalogue with a non-string occupation', input: base, options: { catalog: { provincialItems: CATALOG.provincialItems, occupations2022: [1] } },
      issues: [err('invalid_option', 'catalog.scope', '选项“catalog”无效：省级目录（“provincialItems”）与职业分类大典的职业清单（“occupations2022”）应为文字的列表', 'Option catalog is invalid: provincialItems and occupations2022 must be arrays of strings', { path: ['options', 'catalog'] })],
    },
    { name: 'no application date', input: omit('applicationDate'), issues: [err('missing_field', 'eligibility.experience', '未填写申请日期', 'application date is missing', { path: ['applicationDate'] })] },
    {
      name: 'an impossible application date', input: sampleApplication({ applicationDate: '2023-02-29' }),
      issues: [err('invalid_date', 'eligibility.experience', '申请日期不是真实的日期', 'application date is not a real date (YYYY-MM-DD)', { path: ['applicationDate'], expected: 'YYYY-MM-DD', received: '"2023-02-29"' })],
    },
    // institution.registration, selection.filing
    { name: 'no kind', input: omit('kind'), issues: [err('missing_field', 'institution.registration', '未填写机构性质', 'kind of institution is missing', { path: ['kind'] })] },
    {
      name: 'a kind not among the four (……等): a warning, the bureau decides', input: sampleApplication({ kind: '民办非企业单位' }), ok: true,
      issues: [{ ...err('institution_kind_other', 'institution.registration', '机构性质「民办非企业单位」不在企业、院校、社会团体、职业技能培训机构之列，可否申请由区（市）人力资源社会保障局认定', 'The kind "民办非企业单位" is none of enterprise, college, social organisation and vocational training institution: the district bureau decides whether it may apply', { path: ['kind'], received: '民办非企业单位' }), severity: 'warning' }],
    },
    {
      name: 'a kind that is a String object', input: sampleApplication({ kind: new String('college') }),
      issues: [err('invalid_input', 'institution.registration', '输入有误：机构性质应为文字', 'Invalid input: kind of institution must be a string', { path: ['kind'], received: 'object' })],
    },
    { name: 'an empty credit code', input: sampleApplication({ creditCode: '' }), issues: [err('missing_field', 'materials.form', '未填写统一社会信用代码', 'unified social credit code is missing', { path: ['creditCode'] })] },
    {
      name: 'a credit code of 4 characters', input: sampleApplication({ creditCode: '5237' }),
      issues: [err('credit_code_length', 'institution.registration', '统一社会信用代码应为18位，实为4位', 'The unified social credit code must have 18 characters; it has 4', { path: ['creditCode'], expected: 18, received: 4 })],
    },
    {
      name: 'a credit code with a wrong check character', input: sampleApplication({ creditCode: '52370403MA30000451' }),
      issues: [err('credit_code_checksum', 'institution.registration', '统一社会信用代码第18位校验码应为“Y”，实为“1”', 'The check character must be Y; it is 1', { path: ['creditCode', 'check'], expected: 'Y', received: '1' })],
    },
    {
      name: 'registered outside Zaozhuang', input: sampleApplication({ registrationDistrict: '370102' }),
      issues: [err('registration_outside_zaozhuang', 'institution.registration', '注册登记地“370102”不是枣庄市的区（市），征集对象应为在枣庄市行政区域内依法登记的单位', 'The registration place "370102" is not a district of Zaozhuang: applicants must be registered in Zaozhuang', { path: ['registrationDistrict'], received: '"370102"' })],
    },
    {
      name: 'registered in an empty district', input: sampleApplication({ registrationDistrict: '' }),
      issues: [err('missing_field', 'institution.registration', '未填写登记机关所在区（市）', 'district of the registration authority is missing', { path: ['registrationDistrict'] })],
    },
    {
      name: 'registered in a number, not a code', input: sampleApplication({ registrationDistrict: 370403 }),
      issues: [err('invalid_input', 'institution.registration', '输入有误：登记机关所在区（市）应为区（市）代码或名称', 'Invalid input: district of the registration authority must be a district code or name', { path: ['registrationDistrict'], received: '370403' })],
    },
    {
      name: 'filed with an empty district', input: sampleApplication({ filedWithDistrict: '' }),
      issues: [err('missing_field', 'selection.filing', '未填写受理申请的区（市）人力资源社会保障局', 'district bureau the application was filed with is missing', { path: ['filedWithDistrict'] })],
    },
    {
      name: 'filed with a district that is not Zaozhuang\u2019s', input: sampleApplication({ filedWithDistrict: '370102' }),
      issues: [
        err('unknown_district', 'selection.filing', '“370102”不是枣庄市的区（市），应为市中区（370402）、薛城区（370403）、峄城区（370404）、台儿庄区（370405）、山亭区（370406）、滕州市（370481）之一', '"370102" is not a district of Zaozhuang: expected one of 370402 市中区, 370403 薛城区, 370404 峄城区, 370405 台儿庄区, 370406 山亭区, 370481 滕州市', { path: ['filedWithDistrict'], received: '"370102"' }),
      ],
    },
    {
      name: 'filed with a number, not a code', input: sampleApplication({ filedWithDistrict: 370403 }),
      issues: [err('invalid_input', 'selection.filing', '输入有误：受理申请的区（市）人力资源社会保障局应为区（市）代码或名称', 'Invalid input: district bureau the application was filed with must be a district code or name', { path: ['filedWithDistrict'], received: '370403' })],
    },
    {
      name: 'filed with another district', input: sampleApplication({ filedWithDistrict: '370402' }),
      issues: [
        err('filed_with_wrong_district', 'selection.filing', '申请提交给了市中区人力资源社会保障局，应向登记机关所在的薛城区人力资源社会保障局提交', 'The application was filed with the bureau of Shizhong District (370402); it must be filed with that of Xuecheng District (370403), where the unit is registered', { path: ['filedWithDistrict'], expected: '370403', received: '370402' }),
      ],
    },
    // 三1(1)
    { name: 'legalPerson not a boolean', input: sampleApplication({ legalPerson: 'yes' }), issues: [err('invalid_input', 'eligibility.legal', '输入有误：具有独立法人资格应为“true”或“false”', 'Invalid input: independent legal person must be a boolean', { path: ['legalPerson'], received: '"yes"' })] },
    { name: 'not a legal person', input: sampleApplication({ legalPerson: false }), issues: [err('not_legal_person', 'eligibility.legal', '申请单位不具有独立法人资格', 'The unit is not an independent legal person', { path: ['legalPerson'] })] },
    { name: 'credit not good', input: sampleApplication({ goodCredit: false }), issues: [err('credit_not_good', 'eligibility.legal', '申请单位社会信用状况不良', 'The unit\u2019s social credit is not good', { path: ['goodCredit'] })] },
    { name: 'one violation record', input: sampleApplication({ violationRecords: 1 }), issues: [err('violation_records', 'eligibility.legal', '申请单位有1条违法违规记录，应无违法违规记录', 'The unit has 1 records of violations; none are allowed', { path: ['violationRecords'], expected: 0, received: 1 })] },
    { name: 'violationRecords −1', input: sampleApplication({ violationRecords: -1 }), issues: [err('invalid_input', 'eligibility.legal', '输入有误：违法违规记录应为不小于0的整数', 'Invalid input: records of violations must be a whole number, 0 or more', { path: ['violationRecords'], received: '-1' })] },
    { name: 'violationRecords 1.5', input: sampleApplication({ violationRecords: 1.5 }), issues: [err('invalid_input', 'eligibility.legal', '输入有误：违法违规记录应为不小于0的整数', 'Invalid input: records of violations must be a whole number, 0 or more', { path: ['violationRecords'], received: '1.5' })] },
    { name: 'violationRecords as text', input: sampleApplication({ violationRecords: '0' }), issues: [err('invalid_input', 'eligibility.legal', '输入有误：违法违规记录应为不小于0的整数', 'Invalid input: records of violations must be a whole number, 0 or more', { path: ['violationRecords'], received: '"0"' })] },
    // 三1(2)
    { name: 'rules not an array', input: sampleApplication({ rules: 'x' }), issues: [err('invalid_input', 'eligibility.rules', '输入有误：规章制度和管理办法应为列表', 'Invalid input: rules and management measures must be an array', { path: ['rules'], received: '"x"' })] },
    {
      name: 'a rule given as a String object is not read as the word', input: sampleApplication({ rules: [...(base.rules ?? []).filter((r) => r !== 'finance'), new String('finance')] }),
      issues: [
        err('invalid_input', 'eligibility.rules', '输入有误：第7个规章制度和管理办法应为非空的文字', 'Invalid input: rules and management measures no. 7 must be a non-empty string', { path: ['rules', 6], received: 'object' }),
        err('rule_document_lacking', 'eligibility.rules', '缺少规章制度：财务管理制度', 'Written rules lacking: financial management rules', { path: ['rules'], expected: 'finance' }),
      ],
    },
    // 三1(3)
    { name: 'no dedicated unit', input: sampleApplication({ dedicatedUnit: false }), issues: [err('no_dedicated_unit', 'eligibility.capacity', '未设立专门负责专项职业能力考核工作的内部机构', 'No internal unit dedicated to special vocational ability assessment', { path: ['dedicatedUnit'] })] },
    { name: 'staff as text', input: sampleApplication({ staff: 'x' }), issues: [err('invalid_input', 'eligibility.capacity', '输入有误：专职人员和考评人员等情况应为对象', 'Invalid input: full-time staff and assessors must be an object', { path: ['staff'], received: '"x"' })] },
    { name: 'staff null', input: sampleApplication({ staff: null }), issues: [err('invalid_input', 'eligibility.capacity', '输入有误：专职人员和考评人员等情况应为对象', 'Invalid input: full-time staff and assessors must be an object', { path: ['staff'], received: 'null' })] },
    { name: 'staff as an array', input: sampleApplication({ staff: [] }), issues: [err('invalid_input', 'eligibility.capacity', '输入有误：专职人员和考评人员等情况应为对象', 'Invalid input: full-time staff and assessors must be an object', { path: ['staff'], received: 'array' })] },
    { name: 'no full-time staff', input: sampleApplication({ staff: { fullTime: 0, assessors: 1, supervisors: 1 } }), issues: [err('staff_lacking', 'eligibility.capacity', '未配备专职工作人员', 'No full-time staff', { path: ['staff', 'fullTime'], expected: '≥ 1', received: 0 })] },
    { name: 'no assessors', input: sampleApplication({ staff: { fullTime: 1, assessors: 0, supervisors: 1 } }), issues: [err('staff_lacking', 'eligibility.capacity', '未配备考评人员', 'No assessors (考评人员)', { path: ['staff', 'assessors'], expected: '≥ 1', received: 0 })] },
    { name: 'no supervisors', input: sampleApplication({ staff: { fullTime: 1, assessors: 1, supervisors: 0 } }), issues: [err('staff_lacking', 'eligibility.capacity', '未配备内部质量督导人员', 'No internal quality supervisors (督导人员)', { path: ['staff', 'supervisors'], expected: '≥ 1', received: 0 })] },
    { name: 'no site', input: sampleApplication({ facilities: { site: false, equipment: true, videoSurveillance: true } }), issues: [err('facility_lacking', 'eligibility.capacity', '不具备相应的场地', 'Lacking a suitable site', { path: ['facilities', 'site'] })] },
    { name: 'no equipment', input: sampleApplication({ facilities: { site: true, equipment: false, videoSurveillance: true } }), issues: [err('facility_lacking', 'eligibility.capacity', '不具备相应的设施、设备', 'Lacking suitable facilities and equipment', { path: ['facilities', 'equipment'] })] },
    { name: 'no video surveillance', input: sampleApplication({ facilities: { site: true, equipment: true, videoSurveillance: false } }), issues: [err('facility_lacking', 'eligibility.capacity', '不具备视频监控设备', 'Lacking video surveillance equipment', { path: ['facilities', 'videoSurveillance'] })] },
    // 三1(6), 三1(7), 三2
    { name: 'no stable funding', input: sampleApplication({ stableFunding: false }), issues: [err('funding_not_stable', 'eligibility.funding', '不能为考核工作提供稳定的经费保障', 'No stable funding for the assessment work', { path: ['stableFunding'] })] },
    { name: 'for profit', input: sampleApplication({ nonProfit: false }), issues: [err('profit_oriented', 'eligibility.funding', '申请单位以营利为目的', 'The unit is run for profit', { path: ['nonProfit'] })] },
    { name: 'refuses supervision', input: sampleApplication({ acceptsSupervision: false }), issues: [err('supervision_not_accepted', 'eligibility.supervision', '申请单位不接受人力资源社会保障部门监督', 'The unit does not accept supervision by the HR departments', { path: ['acceptsSupervision'] })] },
    {
      name: 'no work plan among the materials', input: sampleApplication({ materials: (base.materials ?? []).filter((m) => m !== 'work_plan') }),
      issues: [err('material_lacking', 'materials', '缺少申请材料：《专项职业能力考核工作方案》（附件2）', 'Application document lacking: work plan (Annex 2)', { path: ['materials'], expected: 'work_plan' })],
    },
    // 附件1, 附件2
    { name: 'no name', input: omit('name'), issues: [err('missing_field', 'materials.form', '未填写单位名称', 'name of the unit is missing', { path: ['name'] })] },
    { name: 'an address that is a number', input: sampleApplication({ address: 5 }), issues: [err('invalid_input', 'materials.form', '输入有误：地址应为文字', 'Invalid input: address must be a string', { path: ['address'], received: '5' })] },
    { name: 'registered capital without an amount', input: sampleApplication({ registeredCapital: '若干' }), issues: [err('registered_capital_invalid', 'materials.form', '注册资金“若干”中没有写明金额', 'The registered capital "若干" states no amount', { path: ['registeredCapital'], received: '"若干"' })] },
    { name: 'contact as text', input: sampleApplication({ contact: 'x' }), issues: [err('invalid_input', 'materials.form', '输入有误：联系人信息应为对象', 'Invalid input: contact details must be an object', { path: ['contact'], received: '"x"' })] },
    { name: 'no contact person', input: sampleApplication({ contact: { title: '主任', phone: '13800138000', email: 'a@example.cn' } }), issues: [err('missing_field', 'materials.form', '未填写联系人', 'contact person is missing', { path: ['contact', 'person'] })] },
    { name: 'no contact title', input: sampleApplication({ contact: { person: '李四', phone: '13800138000', email: 'a@example.cn' } }), issues: [err('missing_field', 'materials.form', '未填写职务', 'position is missing', { path: ['contact', 'title'] })] },
    { name: 'no contact phone', input: sampleApplication({ contact: { person: '李四', title: '主任', email: 'a@example.cn' } }), issues: [err('missing_field', 'materials.form', '未填写联系电话', 'telephone is missing', { path: ['contact', 'phone'] })] },
    { name: 'no contact email', input: sampleApplication({ contact: { person: '李四', title: '主任', phone: '13800138000' } }), issues: [err('missing_field', 'materials.form', '未填写电子邮箱', 'email is missing', { path: ['contact', 'email'] })] },
    {
      name: 'a bad phone number', input: sampleApplication({ contact: contact('12345', 'a@example.cn') }),
      issues: [err('contact_phone_invalid', 'materials.form', '联系电话“12345”不是有效的手机号码或带区号的固定电话号码', 'The phone number "12345" is neither a mainland mobile number nor a landline number with its area code', { path: ['contact', 'phone'], received: '"12345"' })],
    },
    { name: 'a bad email', input: sampleApplication({ contact: contact('13800138000', 'a@b') }), issues: [err('contact_email_invalid', 'materials.form', '电子邮箱“a@b”格式不正确', 'The email address "a@b" is not well formed', { path: ['contact', 'email'], received: '"a@b"' })] },
    { name: 'the pledge unsigned', input: sampleApplication({ integrityPledgeSigned: false }), issues: [err('integrity_pledge_unsigned', 'materials.form', '诚信承诺书未签署', 'The integrity pledge is not signed', { path: ['integrityPledgeSigned'] })] },
    {
      name: 'no section 六', input: sampleApplication({ workPlanSections: ['overall_plan', 'organisation', 'items_and_resources', 'procedure_and_rules', 'content_and_method'] }),
      issues: [err('work_plan_section_lacking', 'materials.work_plan', '工作方案缺少“六、开展考核工作的各项保障”部分', 'The work plan lacks the section 6 safeguards', { path: ['workPlanSections'], expected: 'safeguards' })],
    },
    // The items
    { name: 'items not an array', input: sampleApplication({ items: 'x' }), issues: [err('invalid_input', 'materials.form', '输入有误：拟开展专项职业能力考核项目应为列表', 'Invalid input: items applied for must be an array', { path: ['items'], received: '"x"' })] },
    { name: 'no items', input: sampleApplication({ items: [] }), issues: [err('no_items', 'materials.form', '未填写拟开展的考核项目', 'No assessment item is applied for', { path: ['items'] })] },
    { name: 'an item that is a number', input: sampleApplication({ items: [5] }), issues: [err('invalid_input', 'materials.form', '输入有误：第1个拟开展专项职业能力考核项目应为对象', 'Invalid input: items applied for no. 1 must be an object', { path: ['items', 0], received: '5' })] },
    { name: 'an item without questionBank', input: withItem({ questionBank: undefined }), issues: [err('missing_field', 'eligibility.capacity', '未填写第1个拟开展专项职业能力考核项目的拟开展专项职业能力考核项目题库', 'items applied for no. 1, question bank of the item is missing', { path: ['items', 0, 'questionBank'] })] },
    { name: 'an item without a question bank', input: withItem({ questionBank: false }), issues: [err('question_bank_lacking', 'eligibility.capacity', '考核项目“面点制作”没有题库', 'Item "面点制作" has no question bank', { path: ['items', 0, 'questionBank'] })] },
    {
      name: 'an item without a name is called by its number', input: withItem({ name: undefined, questionBank: false }),
      issues: [
        err('missing_field', 'materials.form', '未填写第1个拟开展专项职业能力考核项目的项目名称', 'items applied for no. 1, item name is missing', { path: ['items', 0, 'name'] }),
        err('question_bank_lacking', 'eligibility.capacity', '考核项目“#1”没有题库', 'Item "#1" has no question bank', { path: ['items', 0, 'questionBank'] }),
      ],
    },
    {
      name: 'an item listed twice', input: sampleApplication({ items: [base.items[0], { ...base.items[0], name: '面点制作 ' }] }),
      issues: [err('item_duplicate', 'materials.form', '考核项目“面点制作 ”重复填写', 'Item "面点制作 " is listed twice', { path: ['items', 1, 'name'] })],
    },
    { name: 'an item without trainingSince', input: withItem({ trainingSince: undefined }), issues: [err('missing_field', 'eligibility.experience', '未填写第1个拟开展专项职业能力考核项目的开展培训考核起始日期', 'items applied for no. 1, training and assessment since is missing', { path: ['items', 0, 'trainingSince'] })] },
    {
      name: 'an impossible trainingSince', input: withItem({ trainingSince: '2021-02-29' }),
      issues: [err('invalid_date', 'eligibility.experience', '第1个拟开展专项职业能力考核项目的开展培训考核起始日期不是真实的日期', 'items applied for no. 1, training and assessment since is not a real date (YYYY-MM-DD)', { path: ['items', 0, 'trainingSince'], expected: 'YYYY-MM-DD', received: '"2021-02-29"' })],
    },
    {
      name: 'training began the day after the application', input: withItem({ trainingSince: '2023-06-02' }),
      issues: [err('training_since_after_application', 'eligibility.experience', '考核项目“面点制作”开展培训考核的起始日期2023年6月2日晚于申请日2023年6月1日', 'Item "面点制作": training began on 2023-06-02, after the application date 2023-06-01', { path: ['items', 0, 'trainingSince'], expected: '2023-06-01', received: '2023-06-02' })],
    },
    {
      name: 'one year of training', input: withItem({ trainingSince: '2022-06-01' }),
      issues: [err('experience_too_short', 'eligibility.experience', '考核项目“面点制作”开展培训考核至申请日满1年，应在2年以上', 'Item "面点制作": 1 completed years of training and assessment by the application date; at least 2 are required', { path: ['items', 0, 'trainingSince'], expected: 2, received: 1 })],
    },
    { name: 'training cannot be organised', input: withItem({ canTrain: false }), issues: [err('item_cannot_train', 'eligibility.experience', '考核项目“面点制作”不能组织开展培训', 'Item "面点制作": training cannot be organised', { path: ['items', 0, 'canTrain'] })] },
    { name: 'an item without hasSpecification', input: withItem({ hasSpecification: undefined }), issues: [err('missing_field', 'materials.form', '未填写第1个拟开展专项职业能力考核项目的有无考核规范', 'items applied for no. 1, has an assessment specification is missing', { path: ['items', 0, 'hasSpecification'] })] },
    {
      name: 'an item without a specification (a warning)', input: withItem({ hasSpecification: false }), ok: true,
      issues: [err('item_without_specification', 'materials.form', '考核项目“面点制作”尚无考核规范，考核须按照考核规范进行', 'Item "面点制作" has no assessment specification yet; assessment follows the specification', { severity: 'warning', path: ['items', 0, 'hasSpecification'] })],
    },
    {
      name: 'an unknown priority answer (a warning)', input: withItem({ helpedWriteSpecification: undefined }), ok: true,
      issues: [err('missing_field', 'eligibility.influence', '未填写第1个拟开展专项职业能力考核项目的曾参与制定专项职业能力考核规范', 'items applied for no. 1, helped write the assessment specification is missing', { severity: 'warning', path: ['items', 0, 'helpedWriteSpecification'] })],
    },
    {
      name: 'a priority answer that is not a boolean', input: withItem({ helpedWriteSpecification: 'yes' }),
      issues: [err('invalid_input', 'eligibility.influence', '输入有误：第1个拟开展专项职业能力考核项目的曾参与制定专项职业能力考核规范应为“true”或“false”', 'Invalid input: items applied for no. 1, helped write the assessment specification must be a boolean', { path: ['items', 0, 'helpedWriteSpecification'], received: '"yes"' })],
    },
    {
      name: 'three items', input: sampleApplication({ items: [...base.items, { ...base.items[0], name: '鲁绣' }] }),
      issues: [err('too_many_items', 'allocation.items', '申请了3个考核项目，每家考核机构不得超过2个', 'Applied for 3 items; no more than 2 per institution', { path: ['items'], expected: 2, received: 3 })],
    },
    // 一, with a catalogue
    { name: 'an item without a name is not looked up in the catalogue', input: withItem({ name: undefined }), options: { catalog: CATALOG }, issues: [err('missing_field', 'materials.form', '未填写第1个拟开展专项职业能力考核项目的项目名称', 'items applied for no. 1, item name is missing', { path: ['items', 0, 'name'] })] },
    {
      name: 'an item outside the catalogue', input: withItem({ name: '插花' }), options: { catalog: CATALOG },
      issues: [err('item_not_in_catalog', 'catalog.scope', '考核项目“插花”不在《山东省专项职业能力考核项目目录》范围内', 'Item "插花" is not in the Shandong catalogue of special vocational ability items', { path: ['items', 0, 'name'] })],
    },
    {
      name: 'an item that is an occupation of 2022', input: withItem({ name: '中式面点师' }), options: { catalog: { ...CATALOG, provincialItems: [...CATALOG.provincialItems, '中式面点师'] } },
      issues: [
        err('item_is_occupation', 'catalog.exclusion', '考核项目“中式面点师”是《中华人民共和国职业分类大典（2022年版）》中已有的职业（工种），不再列入专项职业能力考核项目', 'Item "中式面点师" is an occupation of the 2022 Occupational Classification, so it is not a special vocational ability item', { path: ['items', 0, 'name'] }),
      ],
    },
    {
      name: 'a catalogue without the occupations (a warning)', input: withItem({}), options: { catalog: { provincialItems: CATALOG.provincialItems } }, ok: true,
      issues: [err('catalog_exclusion_unchecked', 'catalog.exclusion', '未提供《中华人民共和国职业分类大典（2022年版）》的职业（工种）清单，未能核对考核项目“面点制作”是否已是职业（工种）', 'No list of the 2022 occupations was given, so "面点制作" was not checked against it', { severity: 'warning', path: ['items', 0, 'name'] })],
    },
  ];
  it.each(cases)('$name', ({ input, options, ok, issues }) => {
    expect(checkInstitutionApplication(input as never, options as never)).toEqual({ ok: ok ?? false, issues });
  });
});

describe('missing evidence is not false', () => {
  const flags: { key: string; clause: string; falseCode: string }[] = [
    { key: 'legalPerson', clause: 'eligibility.legal', falseCode: 'not_legal_person' },
    { key: 'goodCredit', clause: 'eligibility.legal', falseCode: 'credit_not_good' },
    { key: 'dedicatedUnit', clause: 'eligibility.capacity', falseCode: 'no_dedicated_unit' },
    { key: 'stableFunding', clause: 'eligibility.funding', falseCode: 'funding_not_stable' },
    { key: 'nonProfit', clause: 'eligibility.funding', falseCode: 'profit_oriented' },
    { key: 'acceptsSupervision', clause: 'eligibility.supervision', falseCode: 'supervision_not_accepted' },
    { key: 'integrityPledgeSigned', clause: 'materials.form', falseCode: 'integrity_pledge_unsigned' },
  ];
  it.each(flags)('$key: absent → missing_field, false → $falseCode', ({ key, clause, falseCode }) => {
    const absent = checkInstitutionApplication(omit(key));
    expect(codesOf(absent)).toEqual(['missing_field']);
    expect(absent.issues[0]).toMatchObject({ clause, path: [key], severity: 'error' });
    const no = checkInstitutionApplication(sampleApplication({ [key]: false }));
    expect(codesOf(no)).toEqual([falseCode]);
    expect(no.issues[0]).toMatchObject({ clause, path: [key] });
    expect(codesOf(checkInstitutionApplication(sampleApplication({ [key]: 'yes' })))).toEqual(['invalid_input']);
  });

  const fields: { key: string; clause: string }[] = [
    { key: 'violationRecords', clause: 'eligibility.legal' },
    { key: 'rules', clause: 'eligibility.rules' },
    { key: 'staff', clause: 'eligibility.capacity' },
    { key: 'facilities', clause: 'eligibility.capacity' },
    { key: 'materials', clause: 'materials' },
    { key: 'workPlanSections', clause: 'materials.work_plan' },
    { key: 'address', clause: 'materials.form' },
    { key: 'registrationAuthority', clause: 'materials.form' },
    { key: 'legalRepresentative', clause: 'materials.form' },
    { key: 'registeredCapital', clause: 'materials.form' },
    { key: 'contact', clause: 'materials.form' },
    { key: 'filedWithDistrict', clause: 'selection.filing' },
    { key: 'applicationDate', clause: 'eligibility.experience' },
    { key: 'registrationDistrict', clause: 'institution.registration' },
    { key: 'kind', clause: 'institution.registration' },
    { key: 'creditCode', clause: 'materials.form' },
    { key: 'name', clause: 'materials.form' },
    { key: 'items', clause: 'materials.form' },
  ];
  it.each(fields)('$key absent → one missing_field citing $clause', ({ key, clause }) => {
    const result = checkInstitutionApplication(omit(key));
    expect(codesOf(result)).toEqual(['missing_field']);
    expect(result.issues[0]).toMatchObject({ clause, path: [key] });
  });

  it('violationRecords 0 passes; absent is missing, not 0', () => {
    expect(checkInstitutionApplication(sampleApplication({ violationRecords: 0 })).ok).toBe(true);
    expect(checkInstitutionApplication(omit('violationRecords')).issues[0]?.code).toBe('missing_field');
  });

  it('nested fields: contact, staff, facilities and items name their path', () => {
    const contact = checkInstitutionApplication(sampleApplication({ contact: { person: '李四', title: '主任', phone: '13800138000' } }));
    expect(contact.issues.map((i) => i.path)).toEqual([['contact', 'email']]);
    const staff = checkInstitutionApplication(sampleApplication({ staff: { fullTime: 1, assessors: 1 } }));
    expect(staff.issues.map((i) => [i.code, i.path])).toEqual([['missing_field', ['staff', 'supervisors']]]);
    const facilities = checkInstitutionApplication(sampleApplication({ facilities: { site: true, equipment: true } }));
    expect(facilities.issues.map((i) => [i.code, i.path])).toEqual([['missing_field', ['facilities', 'videoSurveillance']]]);
    for (const key of ['questionBank', 'trainingSince', 'canTrain', 'hasSpecification']) {
      const item = checkInstitutionApplication(withItem({ [key]: undefined }));
      expect(item.issues.map((i) => [i.code, i.path, i.severity])).toEqual([['missing_field', ['items', 0, key], 'error']]);
    }
    const priority = checkInstitutionApplication(withItem({ helpedWriteSpecification: undefined }));
    expect(priority.ok).toBe(true);
    expect(priority.issues.map((i) => [i.code, i.clause, i.severity])).toEqual([['missing_field', 'eligibility.influence', 'warning']]);
  });
});

describe('policy.effective: an application dated before the scheme (2023-04-23) is outside it', () => {
  const rows = [
    { name: 'the day before the scheme', on: '2023-04-22', codes: ['before_policy_effective'] },
    { name: 'the day of the scheme', on: '2023-04-23', codes: [] },
    { name: 'the day after', on: '2023-04-24', codes: [] },
    { name: 'a Date at 00:00 on 23 April 2023 in China', on: new Date('2023-04-22T16:00:00Z'), codes: [] },
    { name: 'a Date at 23:59 on 22 April 2023 in China', on: new Date('2023-04-22T15:59:00Z'), codes: ['before_policy_effective'] },
  ];
  it.each(rows)('$name', ({ on, codes }) => {
    const base = sampleApplication();
    // Training since 2020, so that 2 years are complete on every day of the table.
    const items = base.items.map((item) => ({ ...item, trainingSince: '2020-01-01' }));
    const result = checkInstitutionApplication(sampleApplication({ applicationDate: on, items }));
    expect(codesOf(result)).toEqual(codes);
    for (const issue of result.issues) expect(issue).toMatchObject({ clause: 'policy.effective', path: ['applicationDate'], expected: '2023-04-23' });
  });

  it('says it as an official would', () => {
    const base = sampleApplication();
    const items = base.items.map((item) => ({ ...item, trainingSince: '2020-01-01' }));
    expect(checkInstitutionApplication(sampleApplication({ applicationDate: '2023-01-05', items })).issues).toEqual([
      {
        code: 'before_policy_effective',
        severity: 'error',
        clause: 'policy.effective',
        message: '申请日期为2023年1月5日，早于本方案施行之日（2023年4月23日），不适用本方案',
        messageEn: 'The application date (2023-01-05) is before the scheme took effect on 2023-04-23: the scheme does not apply to it',
        path: ['applicationDate'],
        expected: '2023-04-23',
        received: '2023-01-05',
      },
    ]);
  });

  it('reads the date from the policy', () => {
    const policy = definePolicy({ effectiveFrom: '2024-01-01' });
    const base = sampleApplication();
    const items = base.items.map((item) => ({ ...item, trainingSince: '2020-01-01' }));
    expect(codesOf(checkInstitutionApplication(sampleApplication({ applicationDate: '2023-12-31', items }), { policy }))).toEqual(['before_policy_effective']);
    expect(checkInstitutionApplication(sampleApplication({ applicationDate: '2024-01-01', items }), { policy }).ok).toBe(true);
  });
});

describe('三1(5): 2 years of training, from trainingSince to applicationDate', () => {
  const cases = [
    { name: 'the day before the second anniversary', since: '2021-06-02', on: '2023-06-01', codes: ['experience_too_short'] },
    { name: 'the second anniversary (2 年以上 includes 2)', since: '2021-06-01', on: '2023-06-01', codes: [] },
    { name: 'the day after the second anniversary', since: '2021-05-31', on: '2023-06-01', codes: [] },
    { name: 'started 29 Feb, applied 27 Feb two years on', since: '2024-02-29', on: '2026-02-27', codes: ['experience_too_short'] },
    { name: 'started 29 Feb, applied 28 Feb two years on (the anniversary)', since: '2024-02-29', on: '2026-02-28', codes: [] },
    { name: 'started 29 Feb, applied 1 Mar two years on', since: '2024-02-29', on: '2026-03-01', codes: [] },
    { name: 'started on the application date', since: '2023-06-01', on: '2023-06-01', codes: ['experience_too_short'] },
    { name: 'started after the application date', since: '2023-06-02', on: '2023-06-01', codes: ['training_since_after_application'] },
    { name: 'an impossible start date', since: '2021-02-29', on: '2023-06-01', codes: ['invalid_date'] },
  ];
  it.each(cases)('$name', ({ since, on, codes }) => {
    const base = sampleApplication();
    const app = sampleApplication({ applicationDate: on, items: [{ ...base.items[1], trainingSince: since }] });
    const result = checkInstitutionApplication(app);
    expect(codesOf(result)).toEqual(codes);
    for (const issue of result.issues) expect(issue).toMatchObject({ clause: 'eligibility.experience', path: ['items', 0, 'trainingSince'] });
  });

  it('accepts a Date as applicationDate, read in UTC+8', () => {
    const app = sampleApplication({ applicationDate: new Date('2023-05-31T16:30:00Z') });
    expect(checkInstitutionApplication(app).ok).toBe(true);
    const early = sampleApplication({ applicationDate: new Date('2023-05-31T15:30:00Z') });
    expect(codesOf(checkInstitutionApplication(early))).toEqual(['experience_too_short']);
  });

  it('an impossible applicationDate is reported once; experience is then not judged', () => {
    expect(codesOf(checkInstitutionApplication(sampleApplication({ applicationDate: '2023-02-29' })))).toEqual(['invalid_date']);
  });
});

describe('every failure is listed together', () => {
  it('lists each broken condition of an application that breaks many', () => {
    const base = sampleApplication();
    const app = sampleApplication({
      kind: 'hospital',
      filedWithDistrict: '370481',
      legalPerson: false,
      goodCredit: undefined,
      violationRecords: 2,
      rules: ['finance'],
      dedicatedUnit: false,
      staff: { fullTime: 0, assessors: 0, supervisors: 0 },
      facilities: { site: false, equipment: true },
      stableFunding: false,
      nonProfit: false,
      acceptsSupervision: false,
      materials: [],
      contact: { person: '李四', title: '主任', phone: 'n/a', email: 'nobody' },
      integrityPledgeSigned: false,
      workPlanSections: ['other'],
      items: [
        { ...base.items[0], questionBank: false, trainingSince: '2023-01-01', canTrain: false },
        { ...base.items[1], trainingSince: undefined },
        { ...base.items[1], name: '鲁绣' },
      ],
    });
    const result = checkInstitutionApplication(app, { catalog: { provincialItems: ['面点制作'], occupations2022: [] } });
    const codes = codesOf(result);
    for (const code of [
      'institution_kind_other', 'filed_with_wrong_district', 'not_legal_person', 'missing_field', 'violation_records',
      'rule_document_lacking', 'no_dedicated_unit', 'staff_lacking', 'facility_lacking', 'funding_not_stable', 'profit_oriented',
      'supervision_not_accepted', 'material_lacking', 'question_bank_lacking', 'experience_too_short', 'item_cannot_train',
      'item_not_in_catalog', 'too_many_items', 'contact_phone_invalid', 'contact_email_invalid', 'integrity_pledge_unsigned',
      'work_plan_section_lacking',
    ]) {
      expect(codes, code).toContain(code);
    }
    expect(codes.filter((c) => c === 'rule_document_lacking')).toHaveLength(6);
    expect(codes.filter((c) => c === 'staff_lacking')).toHaveLength(3);
    expect(codes.filter((c) => c === 'material_lacking')).toHaveLength(6);
    expect(codes.filter((c) => c === 'work_plan_section_lacking')).toHaveLength(6);
    expect(result.ok).toBe(false);
  });
});

describe('contact formats (附件1 联系电话, 电子邮箱)', () => {
  const phones: [string, boolean][] = [
    ['13800138000', true], ['138 0013 8000', true], ['138-0013-8000', true], ['+86 138 0013 8000', true], ['8613800138000', true],
    ['19912345678', true], ['12345678901', false], ['1380013800', false], ['138001380001', false],
    ['0632-4412345', true], ['(0632) 4412345', true], ['（0632）4412345', true], ['063244123456', true], ['010-65123456', true],
    ['+86 632 4412345', true], ['+86 0632 4412345', true], ['0632-4412345 转 801', true], ['0632-4412345#801', true],
    ['4412345', false], ['0632-0412345', false], ['0632-441234', false], ['0632-441234567', false], ['400-800-8888', false],
    ['１３８００１３８０００', true], ['tel: 13800138000', false], ['', false],
  ];
  it.each(phones)('phone %s → %s', (phone, valid) => {
    const result = checkInstitutionApplication(sampleApplication({ contact: { person: '李四', title: '主任', phone, email: 'a@example.cn' } }));
    expect(codesOf(result)).toEqual(valid ? [] : [phone === '' ? 'missing_field' : 'contact_phone_invalid']);
  });

  const emails: [string, boolean][] = [
    ['office@example.cn', true], ['zhang.san+sva@mail.example.com.cn', true], ['12345@qq.com', true], ['a@xn--fiqs8s', false],
    ['a@example.xn--fiqs8s', true], ['a@b', false], ['a@b.c', false], ['.a@example.cn', false], ['a..b@example.cn', false],
    ['a.@example.cn', false], ['a@-example.cn', false], ['a@example-.cn', false], ['a@@example.cn', false], ['a b@example.cn', false],
    ['张三@example.cn', false], ['a@example.cn ', false], [`${'a'.repeat(65)}@example.cn`, false], [`${'a'.repeat(64)}@example.cn`, true],
    ['@example.cn', false], ['a@localhost', false], ['office.example.cn', false],
    // 254 characters in all is the most: 64 + 1 + 189, then one more.
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.cn`, true],
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.cn`, false],
  ];
  it.each(emails)('email %s → %s', (email, valid) => {
    const result = checkInstitutionApplication(sampleApplication({ contact: { person: '李四', title: '主任', phone: '13800138000', email } }));
    expect(codesOf(result)).toEqual(valid ? [] : ['contact_email_invalid']);
  });
});

describe('never throws, never mutates', () => {
  it('on hostile applications, fields and options', () => {
    for (const value of hostileValues()) {
      expect(checkInstitutionApplication(value as never).ok).toBe(false);
      for (const key of ['items', 'contact', 'staff', 'rules', 'applicationDate', 'creditCode', 'registrationDistrict']) {
        codesOf(checkInstitutionApplication(sampleApplication({ [key]: value })));
      }
      codesOf(checkInstitutionApplication(sampleApplication({ items: [value] })));
      codesOf(checkInstitutionApplication(sampleApplication(), value as never));
      codesOf(checkInstitutionApplication(sampleApplication(), { catalog: value } as never));
    }
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('name', 'items', 'kind', 'contact', 'staff', 'rules', 'materials', 'applicationDate'), fc.anything()), (patch) => {
        codesOf(checkInstitutionApplication(sampleApplication(patch)));
      }),
    );
  });

  it('leaves a frozen application as it was', () => {
    const app = sampleApplication();
    const frozen = JSON.parse(JSON.stringify(app));
    const deepFreeze = (v: unknown): unknown => {
      if (typeof v === 'object' && v !== null) {
        Object.freeze(v);
        Object.values(v).forEach(deepFreeze);
      }
      return v;
    };
    deepFreeze(app);
    expect(checkInstitutionApplication(app).ok).toBe(true);
    expect(app).toEqual(frozen);
  });
});
