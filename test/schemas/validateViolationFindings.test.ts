import { describe, expect, it } from 'vitest';
import { VIOLATIONS } from '../../src/index.js';
import { validateViolationFindings } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const cases: ValidateCase[] = [
  { name: 'nothing found', input: [], codes: [] },
  { name: 'false advertising', input: ['false_advertising'], codes: ['violation_false_advertising'], issues: [{ clause: 'supervision.violations', path: [0] }] },
  { name: 'every violation', input: [...VIOLATIONS], codes: VIOLATIONS.map((v) => `violation_${v}`) },
  { name: 'another finding (……等违规活动): a violation, and a warning that it is not named', input: ['late_payment'], codes: ['violation_other', 'violation_not_listed'], issues: [{ path: [0] }, { path: [0], severity: 'warning' }] },
  { name: 'a number: told once, by the schema', input: [3], codes: ['schema_invalid'], issues: [{ path: [0] }] },
  { name: 'not a list', input: 'false_advertising', codes: ['schema_invalid_type'] },
];

describe('validateViolationFindings (六(四))', () => {
  it.each(cases)('$name', (c) => expectCase(validateViolationFindings, c));

  it('recognises the results only when nothing was found and the list was read', () => {
    expect(validateViolationFindings([]).resultsRecognised).toBe(true);
    expect(validateViolationFindings(['lowered_standard']).resultsRecognised).toBe(false);
    expect(validateViolationFindings(['late_payment']).resultsRecognised).toBe(false);
    expect(validateViolationFindings(null).resultsRecognised).toBe(false);
  });
});
