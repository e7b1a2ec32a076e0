import { ARCHIVE_DOCUMENTS } from '../archive/documents.js';
import type { AuditInput } from '../audit/types.js';
import { formatCertificateCode } from '../codes/formatCertificateCode.js';
import { dayNumberOf, isoOfDayNumber } from '../core/dates.js';
import { ZAOZHUANG_DISTRICTS } from '../core/districts.js';
import { guardValue } from '../core/guard.js';
import { generateResidentIdNumber } from './generateResidentIdNumber.js';
import { invalidOption, optionsOf } from './options.js';
import { sampleBatch } from './sampleBatch.js';

/** Options of {@link sampleAudit}. */
export interface SampleAuditOptions {
  /** How many candidates register and sit the exam: 1 to 10,000 (default 4). */
  readonly candidates?: number;
}

const CLAUSE = 'supervision.violations';
const MAX_CANDIDATES = 10_000;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
const FIRST_BIRTH_DAY = /* @__PURE__ */ dayNumberOf(1960, 1, 1);
const FIRST_REGISTRATION_DAY = /* @__PURE__ */ dayNumberOf(2025, 9, 11);

function countOf(options: Record<string, unknown>): number {
  const count = options.candidates ?? 4;
  if (!Number.isSafeInteger(count) || (count as number) < 1 || (count as number) > MAX_CANDIDATES) {
    throw invalidOption(CLAUSE, 'candidates', `应为1至${MAX_CANDIDATES}的整数`, `must be a whole number from 1 to ${MAX_CANDIDATES}`, count);
  }
  return count as number;
}

/** Candidate i's score: one in five fails (45–59.5), the others pass (60–100), as numbers or decimal strings. */
function scoreOf(i: number): number | string {
  if (i % 5 === 2) return 45 + (i % 30) / 2;
  const score = 60 + ((i * 7) % 81) / 2;
  return i % 3 === 0 ? score.toFixed(2) : score;
}

/**
 * A whole batch run by the book, every record linked by ID number, for tests: it passes
 * `auditBatch` with the default policy and calendar (every clause held, no violation, the results
 * recognised), and always gives the same data for the same options.
 *
 * Policy, 四2(2)–(6): 报名, 考核, 公示, 颁发证书; 六(四): the results stand when none of the named
 * violations is found.
 *
 * The batch is {@link sampleBatch}. Candidate i (from 0) is born on 1960-01-01 plus i days in one of
 * Zaozhuang's districts, registers between 2025-09-11 and 2025-10-05 (after the announcement of
 * 2025-09-10, before the exam of 2025-10-13), and gets a result: one in five fails (below 60) and
 * gets no certificate; every other one gets a certificate with the same score, coded
 * 2537040001xxxxx in order, issued on 2025-10-27. Scores are numbers or 2-decimal strings
 * (`'86.50'`). The archive holds every document; the findings are empty.
 *
 * @param options - `candidates` (1–10,000, default 4).
 * @returns a fresh input on every call.
 * @throws {@link sva-rules!SvaError} `invalid_option` for a count outside 1–10,000 or options
 *   that are not an object.
 * @example
 * sampleAudit({ candidates: 10 }).certificates?.length // 8
 * auditBatch(sampleAudit({ candidates: 10 })).resultsRecognised // true
 */
export function sampleAudit(options?: SampleAuditOptions): AuditInput {
  return guardValue(CLAUSE, () => {
    const count = countOf(optionsOf(options, CLAUSE));
    const registrations = [];
    const results = [];
    const certificates = [];
    for (let i = 0; i < count; i++) {
      const regionCode = ZAOZHUANG_DISTRICTS[i % ZAOZHUANG_DISTRICTS.length]?.code as string;
      const idNumber = generateResidentIdNumber({ birthDate: isoOfDayNumber(FIRST_BIRTH_DAY + i), sex: i % 2 === 0 ? 'male' : 'female', regionCode });
      const name = `${SURNAMES.charAt(i % SURNAMES.length)}${GIVEN.charAt(Math.floor(i / SURNAMES.length) % GIVEN.length)}`;
      const score = scoreOf(i);
      registrations.push({ idNumber, name, registeredOn: isoOfDayNumber(FIRST_REGISTRATION_DAY + (i % 25)) });
      results.push({ idNumber, score });
      if (i % 5 === 2) continue;
      const code = formatCertificateCode({ year: 2025, institutionCode: '37040001', certificateSerial: certificates.length + 1 });
      certificates.push({ name, idNumber, item: '面点制作', score, code, institution: '枣庄市某职业培训学校', issuedOn: '2025-10-27' });
    }
    return {
      batch: sampleBatch(),
      planCandidateCount: count,
      registrations,
      results,
      certificates,
      archive: { documents: ARCHIVE_DOCUMENTS.map((d) => d.id) },
      findings: [],
    };
  });
}
