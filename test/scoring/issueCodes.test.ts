import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/index.js';
import { MESSAGE_TABLES } from '../../src/issueCodes.js';
import { QUESTION_BANK_MESSAGES, ROTATION_MESSAGES } from '../../src/question-bank/messages.js';
import { SCORE_MESSAGES, SCORE_SHEET_MESSAGES } from '../../src/scoring/messages.js';

describe('the issue codes of scores and question banks', () => {
  it('are all in ISSUE_CODES, unchanged, and clash with no other table', () => {
    const mine = [SCORE_MESSAGES, SCORE_SHEET_MESSAGES, QUESTION_BANK_MESSAGES, ROTATION_MESSAGES];
    for (const table of mine) expect(MESSAGE_TABLES).toContain(table);
    const others = new Set(MESSAGE_TABLES.filter((t) => !mine.includes(t as never)).flatMap((t) => Object.keys(t)));
    expect(others.size).toBeGreaterThan(50);
    for (const [code, pair] of mine.flatMap((t) => Object.entries(t))) {
      expect(others.has(code), code).toBe(false);
      expect(ISSUE_CODES[code]).toEqual(pair);
    }
  });
});
