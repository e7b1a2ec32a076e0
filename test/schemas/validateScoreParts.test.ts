import { describe, expect, it } from 'vitest';
import { computeScore } from '../../src/index.js';
import { validateScoreParts } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const cases: ValidateCase[] = [
  { name: 'maximums adding up to 100', input: [{ score: 0.3, max: 1 }, { score: '32.3', max: 40 }, { score: 27.4, max: 59 }], codes: [] },
  { name: 'a failing total is still a valid sheet', input: [{ score: 59.9, max: 100 }], codes: [] },
  { name: 'weights on every part', input: [{ score: 2, max: 3, weight: 90 }, { score: 0, max: 10, weight: '10' }], codes: [] },
  { name: 'maximums adding up to 99.9', input: [{ score: 50, max: 59.9 }, { score: 10, max: 40 }], codes: ['max_sum_not_full_mark'], issues: [{ clause: 'score.scale', expected: 100 }] },
  { name: 'maximums adding up to 100.1', input: [{ score: 50, max: 60.1 }, { score: 10, max: 40 }], codes: ['max_sum_not_full_mark'] },
  { name: 'a weight on one part only', input: [{ score: 2, max: 3, weight: 90 }, { score: 0, max: 10 }], codes: ['part_weight_missing'], issues: [{ path: [1, 'weight'] }] },
  { name: 'a score above its maximum', input: [{ score: 40.5, max: 40 }, { score: 0, max: 60 }], codes: ['part_score_out_of_range'], issues: [{ path: [0, 'score'] }] },
  {
    name: 'a score in words: told once, by the schema',
    input: [{ score: 30, max: 40 }, { score: 'thirty', max: 60 }],
    codes: ['schema_invalid_format'],
    issues: [{ clause: 'score.scale', path: [1, 'score'], message: expect.stringContaining('评分表第2项的得分') as unknown as string }],
  },
  { name: 'an exponent string', input: [{ score: '1e2', max: 100 }], codes: ['schema_invalid_format'] },
  { name: 'a part that is not an object', input: [{ score: 60, max: 100 }, 7], codes: ['schema_invalid_type'], issues: [{ path: [1] }] },
  { name: 'no part at all', input: [], codes: ['max_sum_not_full_mark'] },
  { name: 'bad decimals option', input: [{ score: 60, max: 100 }], options: { decimals: 21 }, codes: ['invalid_option'] },
];

describe('validateScoreParts (四1)', () => {
  it.each(cases)('$name', (c) => expectCase(validateScoreParts, c));

  it('is ok exactly when computeScore gives a total', () => {
    for (const c of cases) {
      let computes = true;
      try {
        computeScore(c.input as never, c.options as never);
      } catch {
        computes = false;
      }
      expect(validateScoreParts(c.input, c.options as never).ok, c.name).toBe(computes);
    }
  });
});
