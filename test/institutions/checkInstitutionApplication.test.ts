import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInstitutionApplication, definePolicy } from '../../src/index.js';
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
    { clause: 'institution.registration', name: 'a kind not among the four', input: sampleApplication({ kind: 'hospital' }), codes: ['institution_kind_unknown'] },
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

  it('eligibility.legal: an individual business is not a legal person', () => {
    const first17 = '92370403MA3000045';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = [...first17].reduce((s, c, i) => s + alphabet.indexOf(c) * weights[i]!, 0);
    const code = first17 + alphabet[(31 - (sum % 31)) % 31];
    const result = checkInstitutionApplication(sampleApplication({ creditCode: code }));
    expect(codesOf(result)).toEqual(['credit_code_individual_business']);
    expect(result.issues[0]?.clause).toBe('eligibility.legal');
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

describe('三1(5): 2 years of training, from trainingSince to applicationDate', () => {
  const cases = [
    { name: 'the day before the second anniversary', since: '2021-06-02', on: '2023-06-01', codes: ['experience_too_short'] },
    { name: 'the second anniversary (2 年以上 includes 2)', since: '2021-06-01', on: '2023-06-01', codes: [] },
    { name: 'the day after the second anniversary', since: '2021-05-31', on: '2023-06-01', codes: [] },
    { name: 'started 29 Feb, applied 27 Feb two years on', since: '2020-02-29', on: '2022-02-27', codes: ['experience_too_short'] },
    { name: 'started 29 Feb, applied 28 Feb two years on (the anniversary)', since: '2020-02-29', on: '2022-02-28', codes: [] },
    { name: 'started 29 Feb, applied 1 Mar two years on', since: '2020-02-29', on: '2022-03-01', codes: [] },
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
      'institution_kind_unknown', 'filed_with_wrong_district', 'not_legal_person', 'missing_field', 'violation_records',
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
