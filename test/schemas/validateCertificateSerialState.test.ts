import { describe, it } from 'vitest';
import { validateCertificateSerialState } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const state = (issued: string[], year = 2024) => ({ year, institutionCode: '37040001', issued });

const cases: ValidateCase[] = [
  { name: 'nothing issued yet', input: state([]), codes: [] },
  { name: '99998 issued, 1 more', input: state(['243704000199998']), options: { count: 1 }, codes: [] },
  { name: '99998 issued, 2 more', input: state(['243704000199998']), options: { count: 2 }, codes: ['certificate_serials_exhausted'], issues: [{ clause: 'certificate.code', path: ['count'] }] },
  { name: 'codes of another year and institution are ignored', input: state(['233704000199999', '243704000299999']), options: { count: 1 }, codes: [] },
  { name: 'an invalid issued code (a rule)', input: state(['243704000100000']), codes: ['certificate_code_serial'], issues: [{ path: ['issued', 0, 'certificateSerial'] }] },
  { name: 'year 1999: the schema', input: state([], 1999), codes: ['schema_too_small'], issues: [{ path: ['year'] }] },
  { name: 'year 2000: the first', input: state([], 2000), codes: [] },
  { name: 'year 2099: the last', input: state([], 2099), codes: [] },
  {
    name: 'year 2100: the schema',
    input: state([], 2100),
    codes: ['schema_too_big'],
    exact: [
      {
        code: 'schema_too_big',
        severity: 'error',
        clause: 'certificate.code',
        message: '证书核发年份不符合要求：应不大于2099',
        messageEn: 'Too big: year of issue: Too big: expected number to be <=2099',
        path: ['year'],
      },
    ],
  },
  { name: 'an issued code as a number: told once', input: state([243704000100001 as unknown as string]), codes: ['schema_invalid_type'], issues: [{ path: ['issued', 0] }] },
  { name: 'an institution code of another province (a rule)', input: { year: 2024, institutionCode: '36040001', issued: [] }, codes: ['institution_code_province'] },
  { name: 'a negative count', input: state([]), options: { count: -1 }, codes: ['certificate_count_invalid'] },
];

describe('validateCertificateSerialState (附件3)', () => {
  it.each(cases)('$name', (c) => expectCase(validateCertificateSerialState, c));
});
