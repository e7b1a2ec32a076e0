import { describe, expect, it } from 'vitest';
import { CODES_MESSAGES, CORE_MESSAGES, ISSUE_CODES, QUESTION_BANK_MESSAGES, SCORING_MESSAGES } from '../../src/index.js';
import { SCORE_MESSAGES, SCORE_SHEET_MESSAGES } from '../../src/scoring/messages.js';

describe('the issue codes of scores and question banks', () => {
  it('are all in ISSUE_CODES, unchanged, and clash with no other table', () => {
    expect(SCORING_MESSAGES).toEqual({ ...SCORE_MESSAGES, ...SCORE_SHEET_MESSAGES });
    const others = new Set([...Object.keys(CORE_MESSAGES), ...Object.keys(CODES_MESSAGES)]);
    const mine = [...Object.keys(SCORING_MESSAGES), ...Object.keys(QUESTION_BANK_MESSAGES)];
    expect(new Set(mine).size).toBe(mine.length);
    for (const [code, pair] of [...Object.entries(SCORING_MESSAGES), ...Object.entries(QUESTION_BANK_MESSAGES)]) {
      expect(others.has(code), code).toBe(false);
      expect(ISSUE_CODES[code]).toEqual(pair);
    }
  });
});
