import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScore } from '../../src/index.js';
import { validateScore } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const cases: ValidateCase[] = [
  { name: '59.9', input: 59.9, codes: ['score_below_pass_mark'], issues: [{ clause: 'score.pass' }] },
  { name: '60', input: 60, codes: [] },
  { name: '"60.1"', input: '60.1', codes: [] },
  { name: '100', input: 100, codes: [] },
  { name: '100.1', input: 100.1, codes: ['score_out_of_range'], issues: [{ clause: 'score.scale' }] },
  { name: '-0.1', input: '-0.1', codes: ['score_out_of_range'] },
  { name: 'null: the schema', input: null, codes: ['schema_invalid'], issues: [{ clause: 'score.scale', path: [] }] },
  { name: '"60 分": the schema', input: '60 分', codes: ['schema_invalid_format'] },
  { name: 'NaN: the schema', input: NaN, codes: ['schema_invalid'] },
];

describe('validateScore (四1)', () => {
  it.each(cases)('$name', (c) => expectCase(validateScore, c));

  it('agrees with checkScore on ok for any value', () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer({ min: -10, max: 110 }).map(String), fc.anything()), (value) => {
      expect(validateScore(value).ok).toBe(checkScore(value).ok);
    }));
  });
});
