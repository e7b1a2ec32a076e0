import { describe, expect, it } from 'vitest';
import { formatCertificateCode, parseCertificateCode } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';

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
  ];
  it.each(invalid)('throws SvaError: $name', ({ input, codes }) => {
    const error = svaErrorOf(() => formatCertificateCode(input as never));
    expect(error.issues.map((i) => i.code)).toEqual(codes);
    expect(error.code).toBe(codes[0]);
    expect(error.issues.every((i) => i.clause === 'certificate.code' || i.clause === 'selection.code')).toBe(true);
  });

  it('throws only SvaError on hostile input', () => {
    for (const value of hostileValues()) svaErrorOf(() => formatCertificateCode(value as never));
  });

  it('names the path of a bad institution code below institutionCode', () => {
    const error = svaErrorOf(() => formatCertificateCode({ year: 2023, institutionCode: '38040001', certificateSerial: 1 }));
    expect(error.issues[0]?.path).toEqual(['institutionCode', 'provinceCode']);
  });
});
