import { describe, expect, it } from 'vitest';
import { FIELDS, RECORD_TYPES } from '../../../src/cli/check/fields.js';
import { HEADER_VARIANTS } from '../../../src/cli/check/headerVariants.js';
import { normaliseHeader, readHeader } from '../../../src/cli/check/headers.js';
import { fieldLabel } from '../../../src/cli/check/labels.js';
import { LABELS } from '../../../src/labels.js';

const fieldsOf = (type: Parameters<typeof readHeader>[0], cells: string[]) => readHeader(type, cells).columns.map((c) => c?.path.join('.'));

describe('readHeader', () => {
  const certificate: { name: string; cells: string[]; fields: (string | undefined)[] }[] = [
    {
      name: 'the labels of 附件4',
      cells: ['姓名', '身份证号', '考核项目', '考核成绩', '证书编号', '考核机构', '发证日期'],
      fields: ['name', 'idNumber', 'item', 'score', 'code', 'institution', 'issuedOn'],
    },
    {
      name: 'common variants',
      cells: ['考生姓名', '公民身份号码', '项目名称', '成绩', '证书编码', '发证机构', '发证时间'],
      fields: ['name', 'idNumber', 'item', 'score', 'code', 'institution', 'issuedOn'],
    },
    { name: 'field names, any case, snake_case', cells: ['Name', 'id_number', 'ITEM', 'score', 'code', 'institution', 'issued-on'], fields: ['name', 'idNumber', 'item', 'score', 'code', 'institution', 'issuedOn'] },
    { name: 'English labels', cells: ['ID number', 'Certificate code', 'Issue date'], fields: ['idNumber', 'code', 'issuedOn'] },
    { name: 'mixed, with spaces, full-width brackets and marks', cells: [' 姓 名 ', '身份证号码（必填）', 'score', '证书编号*', '发证日期(YYYY-MM-DD)'], fields: ['name', 'idNumber', 'score', 'code', 'issuedOn'] },
    { name: 'unknown columns', cells: ['序号', '姓名', '备注'], fields: [undefined, 'name', undefined] },
  ];
  it.each(certificate)('certificate: $name', ({ cells, fields }) => {
    expect(fieldsOf('certificate', cells)).toEqual(fields);
  });

  // LABELS' words and the check's own earlier labels (now variants), where the two differ.
  it.each([
    { type: 'certificate', cells: ['身份证号', 'resident ID number', 'ID number', 'date of issue', 'Issue date'], fields: ['idNumber', 'idNumber', 'idNumber', 'issuedOn', 'issuedOn'] },
    { type: 'assessment-batch', cells: ['考核所在区（市）', '考核区（市）', '考核计划编制日期', '考核计划报备日期', '考试开始日期', '考核开始日期'], fields: ['district', 'district', 'plan.filedOn', 'plan.filedOn', 'exam.startDate', 'exam.startDate'] },
    { type: 'archive-record', cells: ['材料类别', '档案载体', '归档日期'], fields: ['medium', 'medium', 'closedOn'] },
    { type: 'institution-application', cells: ['注册登记机构', '登记机关', '注册资金', '注册资本', '登记机关所在区（市）', '注册地'], fields: ['registrationAuthority', 'registrationAuthority', 'registeredCapital', 'registeredCapital', 'registrationDistrict', 'registrationDistrict'] },
    { type: 'assignment', cells: ['考核机构', '考核项目', '区（市）', 'assessment institution', 'Institution'], fields: ['institution', 'item', 'district', 'institution', 'institution'] },
  ] as const)('$type: the labels of LABELS and the earlier ones', ({ type, cells, fields }) => {
    expect(fieldsOf(type, [...cells])).toEqual(fields);
  });

  it('takes its labels from LABELS: a field is named by what LABELS calls it', () => {
    expect(fieldLabel('certificate', 'idNumber')).toBe(LABELS.fields.certificate.idNumber);
    expect(fieldLabel('registration', 'registeredOn')).toBe(LABELS.fields.registrations['[].registeredOn']);
    expect(fieldLabel('assignment', 'district')).toBe(LABELS.fields.assignmentList['[].district']);
    expect(fieldLabel('institution-application', 'items.*.trainingSince')).toBe(LABELS.fields.institutionApplication['items[].trainingSince']);
    expect(fieldLabel('assessment-batch', 'questionBank.sets.*.id')).toBe(LABELS.fields.assessmentBatch['questionBank.sets[].id']);
    expect(fieldLabel('registration', 'name')).toBe(LABELS.fields.registrations['[].name']);
    expect(fieldLabel('certificate', 'toString')).toBeUndefined();
  });

  it('names unknown columns once each, with their column numbers; empty cells are not unknown', () => {
    expect(readHeader('certificate', ['序号', '姓名', '', '备注']).unknown).toEqual([
      { column: 1, cell: '序号' },
      { column: 4, cell: '备注' },
    ]);
  });

  it('reports two columns for one field', () => {
    expect(readHeader('certificate', ['身份证号', '姓名', '身份证号码']).repeated).toEqual([{ field: 'idNumber', columns: [1, 3] }]);
  });

  it('reads nested and indexed paths', () => {
    expect(fieldsOf('institution-application', ['联系人', 'contact.phone', '申报项目', 'items[0].questionBank', 'items.1.canTrain', 'items.x.canTrain'])).toEqual([
      'contact.person',
      'contact.phone',
      'items',
      'items.0.questionBank',
      'items.1.canTrain',
      undefined,
    ]);
    expect(readHeader('institution-application', ['items[2].name']).columns[0]?.path).toEqual(['items', 2, 'name']);
    expect(fieldsOf('assessment-batch', ['考核开始日期', 'exam.method', '公示结束日期'])).toEqual(['exam.startDate', 'exam.method', 'resultsPublicity.end']);
  });

  it.each(RECORD_TYPES)('%s: every field has a label in LABELS (but the names LABELS does not carry), and no two fields share a name', (type) => {
    const fields = Object.keys(FIELDS[type]);
    const unlabelled = fields.filter((f) => fieldLabel(type, f) === undefined);
    expect(unlabelled).toEqual(type === 'candidate' ? ['name'] : []);
    for (const field of unlabelled) expect(HEADER_VARIANTS[type][field]).toContain('姓名');
    for (const field of Object.keys(HEADER_VARIANTS[type])) expect(fields).toContain(field);
    const owner = new Map<string, string>();
    const names: [string, string][] = [
      ...fields.map((f): [string, string] => [f, f]),
      ...fields
        .filter((f) => !f.includes('*'))
        .flatMap((f): [string, string][] => {
          const label = fieldLabel(type, f);
          return label === undefined ? [] : [[label.zh, f], [label.en, f]];
        }),
      ...Object.entries(HEADER_VARIANTS[type]).flatMap(([f, vs]) => vs.map((v): [string, string] => [v, f])),
    ];
    for (const [name, field] of names) {
      const key = normaliseHeader(name);
      expect(owner.get(key) ?? field, `${name} names ${owner.get(key)} and ${field}`).toBe(field);
      owner.set(key, field);
    }
  });
});
