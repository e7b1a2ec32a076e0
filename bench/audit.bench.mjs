// auditBatch on a linked batch of 10,000 candidates (registrations, results, 8,000 certificates)
// against the baseline issue 13 names: 10,000 bare parseResidentIdNumber calls on the same ID
// numbers. The audit checks every record alone, then links them by ID number, once (linear time);
// the issue asks for at most 5× the baseline (a ratio of 0.20 or more here).
import { auditBatch, parseResidentIdNumber } from '../dist/index.js';
import { sampleAudit } from '../dist/testing/index.js';
import { compare, consume } from './lib.mjs';

const SIZE = 10_000;
const input = sampleAudit({ candidates: SIZE });
const ids = input.registrations.map((r) => r.idNumber);

export default async () => {
  // The sample passes: the audit does the whole work and builds no issue.
  if (!auditBatch(input).ok) throw new Error('sampleAudit() should pass auditBatch');
  const ratios = await compare(
    `the linked audit of ${SIZE.toLocaleString('en-US')} candidates`,
    {
      name: `${SIZE.toLocaleString('en-US')} × parseResidentIdNumber`,
      fn: () => {
        for (const id of ids) consume(parseResidentIdNumber(id).ok);
      },
    },
    [{ name: 'auditBatch', fn: () => consume(auditBatch(input).ok), target: 0.2 }],
    { time: 6000, rounds: 15 },
  );
  console.log(`auditBatch takes ${(1 / ratios.auditBatch).toFixed(1)}× the baseline (issue 13: at most 5×)`);
};
