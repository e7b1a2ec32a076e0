import { describe, it } from 'vitest';
import { validateScoreList } from '../../src/schemas/index.js';
import { expectCase } from './cases.js';
import type { ValidateCase } from './cases.js';

const cases: ValidateCase[] = [
  { name: 'scores below and above 60: valid data', input: [60, '59.9', 88, 0, '100'], codes: [] },
  { name: 'no score', input: [], codes: [] },
  { name: '100.5 at index 1', input: [60, 100.5], codes: ['score_out_of_range'], issues: [{ clause: 'score.scale', path: [1] }] },
  { name: 'a hole of a sparse list', input: [60, , 70], codes: ['schema_invalid'], issues: [{ path: [1] }] }, // eslint-disable-line no-sparse-arrays
  { name: 'a word', input: [60, 'absent'], codes: ['schema_invalid_format'], issues: [{ path: [1], message: '成绩汇总表第2项的格式不正确：应为数字，如59.5' }] },
  { name: 'not a list', input: { a: 60 }, codes: ['schema_invalid_type'], issues: [{ path: [] }] },
];

describe('validateScoreList (四1)', () => {
  it.each(cases)('$name', (c) => expectCase(validateScoreList, c));
});
