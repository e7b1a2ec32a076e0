// Certificate-code validation against a bare format check (issue 15: ≥ 0.5× the bare regex), on
// 1,000 valid codes across the years 2023–2026 and four cities, the same codes for every task.
import { isValidCertificateCode, parseCertificateCode } from '../dist/index.js';
import { compare, consume } from './lib.mjs';

const CITIES = ['04', '01', '02', '13']; // 枣庄, 济南, 青岛, 临沂
const codes = [];
for (let i = 0; i < 1000; i++) {
  const year = String(23 + (i % 4));
  const city = CITIES[Math.floor(i / 4) % 4];
  const institution = String(((i * 31) % 9999) + 1).padStart(4, '0');
  const serial = String(((i * 7919) % 99999) + 1).padStart(5, '0');
  codes.push(`${year}37${city}${institution}${serial}`);
}
if (!codes.every((code) => isValidCertificateCode(code))) throw new Error('the benchmark codes must all be valid');
const FORMAT = /^\d{15}$/;
let i = 0;
const next = () => codes[(i = i === 999 ? 0 : i + 1)];

export default () =>
  compare('certificate codes (1,000 valid codes, 2023–2026, four cities)', { name: '/^\\d{15}$/.test', fn: () => consume(FORMAT.test(next())) }, [
    { name: 'isValidCertificateCode', fn: () => consume(isValidCertificateCode(next())), target: 0.5 },
    { name: 'isValidCertificateCode with expect', fn: () => consume(isValidCertificateCode(next(), { city: '枣庄', issuedOn: '2023-06-01' })) },
    { name: 'parseCertificateCode', fn: () => consume(parseCertificateCode(next()).ok) },
  ]);
