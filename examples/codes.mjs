// A small example of the certificate and institution codes of 附件3.
// Run it after `npm run build` (or from the installed package's folder): node examples/codes.mjs
// From a shell, the command line checks a code (`npx sva-rules code check 233704000100001`);
// `npm start` runs its audit of a sample batch.
import { formatCertificateCode, formatInstitutionCode, parseCertificateCode, isValidCertificateCode } from '../dist/index.js';

const institution = formatInstitutionCode({ city: '枣庄', serial: 1 });
console.log(`institution code for 枣庄, serial 1: ${institution}`);

const code = formatCertificateCode({ year: 2023, institutionCode: institution, certificateSerial: 1 });
console.log(`first certificate of 2023: ${code}`);

for (const candidate of [code, '233712000100001', ' 233704000100001', '２３３７０４０００１００００１', '23370400010000']) {
  const result = parseCertificateCode(candidate, { issuedOn: '2023-06-30' });
  if (result.ok) {
    const v = result.value;
    console.log(`✓ ${JSON.stringify(candidate)}: ${v.year} · ${v.cityName} · institution ${v.institutionCode} · certificate ${v.certificateSerial}`);
  } else {
    console.log(`✗ ${JSON.stringify(candidate)}`);
    for (const issue of result.issues) console.log(`    [${issue.clause}] ${issue.code}: ${issue.message} / ${issue.messageEn}`);
  }
}
console.log(`isValidCertificateCode(${code}, issued 2024): ${isValidCertificateCode(code, { issuedOn: '2024-01-02' })}`);
