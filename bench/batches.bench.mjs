// checkBatch, checkRegistrations and checkCertificate against calling the library functions they
// are built on, by hand, in the same process: the ratio is the cost of reading the whole input,
// checking every step and building the issues.
import {
  checkBatch,
  checkCandidateEligibility,
  checkCertificate,
  checkPublicityPeriod,
  checkQuestionBank,
  checkRegistrations,
  checkScore,
  parseCertificateCode,
  parseResidentIdNumber,
  planFilingDeadline,
} from '../dist/index.js';
import { sampleBatch, sampleCertificate } from '../dist/testing/index.js';
import { compare, consume } from './lib.mjs';

const batch = sampleBatch();
// One batch in 4 has a late plan, so that issues are built too.
const batches = Array.from({ length: 256 }, (_, i) => (i % 4 === 0 ? sampleBatch({ plan: { ...batch.plan, filedOn: '2025-10-09' } }) : sampleBatch()));
let i = 0;
const next = () => (i = (i + 1) & 255);

const registrations = Array.from({ length: 100 }, (_, k) => ({ birthDate: `19${70 + (k % 30)}-0${1 + (k % 9)}-1${k % 10}`, registeredOn: '2025-10-09' }));
const certificate = sampleCertificate();

export default async () => {
  await compare(
    'a whole batch',
    {
      name: 'planFilingDeadline + checkPublicityPeriod + checkQuestionBank',
      fn: () => {
        const b = batches[next()];
        consume(planFilingDeadline(b.exam.startDate) >= b.plan.filedOn);
        consume(checkPublicityPeriod({ kind: 'results', ...b.resultsPublicity }).ok);
        consume(checkQuestionBank(b.questionBank, { usedOn: b.exam.startDate }).ok);
      },
    },
    [{ name: 'checkBatch', fn: () => consume(checkBatch(batches[next()]).ok) }],
  );
  await compare(
    '100 registrations',
    { name: '100 × checkCandidateEligibility', fn: () => consume(registrations.every((r) => checkCandidateEligibility({ birthDate: r.birthDate, applicationDate: r.registeredOn }).ok)) },
    [{ name: 'checkRegistrations', fn: () => consume(checkRegistrations(registrations, { planCandidateCount: 100 }).ok) }],
  );
  await compare(
    'one certificate',
    {
      name: 'parseCertificateCode + parseResidentIdNumber + checkScore',
      fn: () => {
        consume(parseCertificateCode(certificate.code, { issuedOn: certificate.issuedOn, institutionCode: '37040001' }).ok);
        consume(parseResidentIdNumber(certificate.idNumber).ok);
        consume(checkScore(certificate.score).ok);
      },
    },
    [{ name: 'checkCertificate', fn: () => consume(checkCertificate(certificate, { institutionCode: '37040001', resultsPublicityEnd: '2025-10-21' }).ok) }],
  );
};
