import { describe, expect, it } from 'vitest';
import { formatCertificateCode, parseCertificateCode } from '../../src/index.js';
import type { RuleIssue } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';

const E = { severity: 'error', clause: 'certificate.code' } as const;

describe('formatCertificateCode (附件3, certificate.code)', () => {
  it('formats the example of the issue: 2023, 枣庄, institution 1, certificate 1', () => {
    const code = formatCertificateCode({ year: 2023, city: '枣庄', institutionSerial: 1, certificateSerial: 1 });
    expect(code).toBe('233704000100001');
    const parsed = parseCertificateCode(code);
    expect(parsed).toEqual({
      ok: true,
      issues: [],
      value: {
        code: '233704000100001',
        year: 2023,
        provinceCode: '37',
        cityCode: '04',
        cityName: '枣庄',
        institutionCode: '37040001',
        institutionSerial: 1,
        certificateSerial: 1,
      },
    });
  });

  const valid = [
    { name: 'year 2000 gives 00', input: { year: 2000, city: '01', institutionSerial: 1, certificateSerial: 1 }, expected: '003701000100001' },
    { name: 'year 2099 gives 99', input: { year: 2099, city: '17', institutionSerial: 9999, certificateSerial: 99999 }, expected: '993717999999999' },
    { name: 'city 11 (日照)', input: { year: 2024, city: '11', institutionSerial: 12, certificateSerial: 345 }, expected: '243711001200345' },
    { name: 'city 13 (临沂)', input: { year: 2024, city: '临沂', institutionSerial: 1, certificateSerial: 1 }, expected: '243713000100001' },
    { name: 'city name with 市', input: { year: 2024, city: '菏泽市', institutionSerial: 1, certificateSerial: 1 }, expected: '243717000100001' },
    { name: 'by institution code', input: { year: 2024, institutionCode: '37040012', certificateSerial: 345 }, expected: '243704001200345' },
  ] as const;
  it.each(valid)('$name', ({ input, expected }) => {
    expect(formatCertificateCode(input)).toBe(expected);
  });

  const invalid: { name: string; input: unknown; codes: string[] }[] = [
    { name: 'year 1999', input: { year: 1999, city: '04', institutionSerial: 1, certificateSerial: 1 }, codes: ['certificate_year_out_of_range'] },
    { name: 'year 2100', input: { year: 2100, city: '04', institutionSerial: 1, certificateSerial: 1 }, codes: ['certificate_year_out_of_range'] },
    { name: 'year 23', input: { year: 23, city: '04', institutionSerial: 1, certificateSerial: 1 }, codes: ['certificate_year_out_of_range'] },
    { name: 'year 2023.5', input: { year: 2023.5, city: '04', institutionSerial: 1, certificateSerial: 1 }, codes: ['certificate_year_out_of_range'] },
    { name: 'year as string', input: { year: '2023', city: '04', institutionSerial: 1, certificateSerial: 1 }, codes: ['certificate_year_out_of_range'] },
    { name: 'city 12', input: { year: 2023, city: '12', institutionSerial: 1, certificateSerial: 1 }, codes: ['unknown_city'] },
    { name: 'city 18', input: { year: 2023, city: '18', institutionSerial: 1, certificateSerial: 1 }, codes: ['unknown_city'] },
    { name: 'city 4 (one digit)', input: { year: 2023, city: '4', institutionSerial: 1, certificateSerial: 1 }, codes: ['unknown_city'] },
    { name: 'institution serial 0', input: { year: 2023, city: '04', institutionSerial: 0, certificateSerial: 1 }, codes: ['institution_serial_out_of_range'] },
    { name: 'institution serial 10000', input: { year: 2023, city: '04', institutionSerial: 10000, certificateSerial: 1 }, codes: ['institution_serial_out_of_range'] },
    { name: 'certificate serial 0', input: { year: 2023, city: '04', institutionSerial: 1, certificateSerial: 0 }, codes: ['certificate_serial_out_of_range'] },
    { name: 'certificate serial 100000', input: { year: 2023, city: '04', institutionSerial: 1, certificateSerial: 100000 }, codes: ['certificate_serial_out_of_range'] },
    { name: 'certificate serial NaN', input: { year: 2023, city: '04', institutionSerial: 1, certificateSerial: NaN }, codes: ['certificate_serial_out_of_range'] },
    {
      name: 'every fault at once',
      input: { year: 1999, city: '18', institutionSerial: 0, certificateSerial: 100000 },
      codes: ['certificate_year_out_of_range', 'unknown_city', 'institution_serial_out_of_range', 'certificate_serial_out_of_range'],
    },
    { name: 'bad institution code', input: { year: 2023, institutionCode: '37040000', certificateSerial: 1 }, codes: ['institution_code_serial'] },
    { name: 'institution code and city both', input: { year: 2023, institutionCode: '37040001', city: '04', certificateSerial: 1 }, codes: ['invalid_input'] },
    { name: 'institution code and institution serial both', input: { year: 2023, institutionCode: '37040001', institutionSerial: 1, certificateSerial: 1 }, codes: ['invalid_input'] },
    { name: 'input a number', input: 5, codes: ['invalid_input'] },
  ];
  it.each(invalid)('throws SvaError: $name', ({ input, codes }) => {
    const error = svaErrorOf(() => formatCertificateCode(input as never));
    expect(error.issues.map((i) => i.code)).toEqual(codes);
    expect(error.code).toBe(codes[0]);
    expect(error.issues.every((i) => i.clause === 'certificate.code' || i.clause === 'selection.code')).toBe(true);
  });

  const exact: { name: string; input: unknown; issues: RuleIssue[] }[] = [
    {
      name: 'year 2100',
      input: { year: 2100, city: '04', institutionSerial: 1, certificateSerial: 1 },
      issues: [
        { ...E, code: 'certificate_year_out_of_range', message: '发证年份应为2000年至2099年之间的整数年份', messageEn: 'The year of issue must be a whole number from 2000 to 2099; received 2100', path: ['year'], expected: '2000–2099', received: '2100' },
      ],
    },
    {
      name: 'city 18 and institution serial 0',
      input: { year: 2023, city: '18', institutionSerial: 0, certificateSerial: 1 },
      issues: [
        { ...E, code: 'unknown_city', message: '“18”不是山东省的市（请填写两位市级代码，如04，或市名，如枣庄）', messageEn: '"18" is not a Shandong city (give a two-digit code such as 04, or a name such as 枣庄)', path: ['city'], received: '"18"' },
        { ...E, code: 'institution_serial_out_of_range', message: '考核机构序列码应为1至9999之间的整数', messageEn: 'The institution serial must be a whole number from 1 to 9999; received 0', path: ['institutionSerial'], expected: 9999, received: '0' },
      ],
    },
    {
      name: 'certificate serial 100000',
      input: { year: 2023, city: '04', institutionSerial: 1, certificateSerial: 100000 },
      issues: [
        { ...E, code: 'certificate_serial_out_of_range', message: '证书序列码应为1至99999之间的整数', messageEn: 'The certificate serial must be a whole number from 1 to 99999; received 100000', path: ['certificateSerial'], expected: 99999, received: '100000' },
      ],
    },
    {
      name: 'institution code and institution serial both',
      input: { year: 2023, institutionCode: '37040001', institutionSerial: 1, certificateSerial: 1 },
      issues: [
        { ...E, code: 'invalid_input', message: '输入有误：请只给出考核机构代码，或只给出市与考核机构序列码', messageEn: 'Invalid input: give either institutionCode, or city and institutionSerial, not both', path: ['institutionCode'] },
      ],
    },
    {
      name: 'an institution code that is a number: its issue, below institutionCode',
      input: { year: 2023, institutionCode: 37040001, certificateSerial: 1 },
      issues: [
        { ...E, clause: 'selection.code', code: 'institution_code_type', message: '考核机构代码应为文字', messageEn: 'The institution code must be a string; received 37040001', path: ['institutionCode'], expected: 'string', received: '37040001' },
      ],
    },
    {
      name: 'input null',
      input: null,
      issues: [{ ...E, code: 'invalid_input', message: '输入有误：“input”应为对象', messageEn: 'Invalid input: input must be an object', path: ['input'] }],
    },
  ];
  it.each(exact)('throws the exact issues: $name', ({ input, issues }) => {
    const error = svaErrorOf(() => formatCertificateCode(input as never));
    expect(error.issues).toEqual(issues);
    expect(error.code).toBe(issues[0]?.code);
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) svaErrorOf(() => formatCertificateCode(value as never));
  });

  it('names the path of a bad institution code below institutionCode', () => {
    const error = svaErrorOf(() => formatCertificateCode({ year: 2023, institutionCode: '38040001', certificateSerial: 1 }));
    expect(error.issues[0]?.path).toEqual(['institutionCode', 'provinceCode']);
  });
});
