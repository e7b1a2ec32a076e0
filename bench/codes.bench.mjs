// Certificate-code validation against a bare format check (issue: ≥ 0.5× the bare regex).
import { isValidCertificateCode, parseCertificateCode } from '../dist/index.js';
import { compare, consume } from './lib.mjs';

const codes = [];
for (let i = 0; i < 1024; i++) {
  const serial = String((i * 7919) % 99999 + 1).padStart(5, '0');
  const institution = String((i * 31) % 9999 + 1).padStart(4, '0');
  // Mostly valid codes, with an invalid one in every 8 (city 12).
  codes.push(`${String(i % 100).padStart(2, '0')}37${i % 8 === 0 ? '12' : '04'}${institution}${serial}`);
}
const FORMAT = /^\d{15}$/;
let i = 0;
const next = () => codes[(i = (i + 1) & 1023)];

export default () =>
  compare('certificate codes', { name: '/^\\d{15}$/.test', fn: () => consume(FORMAT.test(next())) }, [
    { name: 'isValidCertificateCode', fn: () => consume(isValidCertificateCode(next())), target: 0.5 },
    { name: 'isValidCertificateCode with expect', fn: () => consume(isValidCertificateCode(next(), { city: '枣庄', issuedOn: '2023-06-01' })) },
    { name: 'parseCertificateCode', fn: () => consume(parseCertificateCode(next()).ok) },
  ]);
