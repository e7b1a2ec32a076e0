import { describe, expect, it } from 'vitest';
import { BATCH_MESSAGES, ISSUANCE_MESSAGES, REGISTRATION_MESSAGES } from '../../src/batches/messages.js';
import { ISSUE_CODES } from '../../src/index.js';
import { MESSAGE_TABLES } from '../../src/issueCodes.js';

describe('the issue codes of batches, registrations and certificates', () => {
  it('are all in ISSUE_CODES, unchanged, and clash with no other table', () => {
    const mine: readonly object[] = [BATCH_MESSAGES, REGISTRATION_MESSAGES, ISSUANCE_MESSAGES];
    for (const table of mine) expect(MESSAGE_TABLES).toContain(table);
    const others = MESSAGE_TABLES.filter((t) => !mine.includes(t)).flatMap((t) => Object.keys(t));
    expect(others.length).toBeGreaterThan(50);
    const codes = [...Object.entries(BATCH_MESSAGES), ...Object.entries(REGISTRATION_MESSAGES), ...Object.entries(ISSUANCE_MESSAGES)];
    expect(new Set(codes.map(([code]) => code)).size).toBe(codes.length);
    for (const [code, pair] of codes) {
      expect(others, code).not.toContain(code);
      expect(ISSUE_CODES[code]).toEqual(pair);
    }
  });
});
