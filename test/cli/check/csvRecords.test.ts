import { describe, expect, it } from 'vitest';
import { CsvRecordReader, HeaderError } from '../../../src/cli/check/csvRecords.js';
import type { InputRecord } from '../../../src/cli/check/records.js';

function read(type: ConstructorParameters<typeof CsvRecordReader>[0], text: string): InputRecord[] {
  const r = new CsvRecordReader(type);
  return [...r.push(text), ...r.end()];
}

describe('CsvRecordReader', () => {
  it('builds records by the header, leaving empty cells out (missing, never false or 0)', () => {
    expect(read('certificate', '姓名,成绩,发证日期\n张伟,,2025/10/27\n')).toEqual([{ line: 2, value: { name: '张伟', issuedOn: '2025-10-27' }, problems: [] }]);
  });

  it('builds nested records: contact fields, a list of items and their flags', () => {
    const [record] = read('institution-application', '单位名称,联系人,申报项目,items[1].questionBank,诚信承诺,专职工作人员\n某校,李四,面点制作、剪纸,是,否,3\n');
    expect(record?.value).toEqual({
      name: '某校',
      contact: { person: '李四' },
      items: [{ name: '面点制作' }, { name: '剪纸', questionBank: true }],
      integrityPledgeSigned: false,
      staff: { fullTime: 3 },
    });
  });

  it('fails a row with more cells than the header, and a row cut off by a quote', () => {
    const records = read('certificate', '姓名,成绩\n张伟,80,多余\n李娜,90,\n"王芳,70\n');
    expect(records.map((r) => [r.line, r.problems.map((p) => p.code)])).toEqual([
      [2, ['csv_extra_cells']],
      [3, []],
      [4, ['csv_unclosed_quote']],
    ]);
    expect(records[0]?.problems[0]).toMatchObject({ received: 3, expected: 2 });
    expect(records[2]?.value).toBeUndefined();
  });

  it('flags an ID number and a code Excel wrote in scientific notation, with the field labels', () => {
    const [record] = read('certificate', '身份证号,证书编号\n3.70403E+17,2.53704E+14\n');
    expect(record?.problems).toEqual([
      { code: 'cell_excel_number', path: ['idNumber'], received: '3.70403E+17', params: { label: '身份证号', labelEn: 'Resident ID number' } },
      { code: 'cell_excel_number', path: ['code'], received: '2.53704E+14', params: { label: '证书编号', labelEn: 'Certificate code' } },
    ]);
  });

  it('refuses a header of no known column', () => {
    expect(() => read('certificate', 'a,b\n1,2\n')).toThrow(HeaderError);
  });
});
