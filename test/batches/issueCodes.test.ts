import { describe, expect, it } from 'vitest';
import * as sva from '../../src/index.js';
import { BATCH_MESSAGES, ISSUANCE_MESSAGES, ISSUE_CODES, REGISTRATION_MESSAGES } from '../../src/index.js';

describe('the issue codes of batches, registrations and certificates', () => {
  it('are all in ISSUE_CODES, unchanged, and clash with no other table', () => {
    const mine = { ...BATCH_MESSAGES, ...REGISTRATION_MESSAGES, ...ISSUANCE_MESSAGES };
    const ownTables = new Set<unknown>([BATCH_MESSAGES, REGISTRATION_MESSAGES, ISSUANCE_MESSAGES]);
    const others = Object.entries(sva)
      .filter(([name, table]) => name.endsWith('_MESSAGES') && !ownTables.has(table))
      .flatMap(([, table]) => Object.keys(table as object));
    expect(others.length).toBeGreaterThan(50);
    for (const [code, pair] of Object.entries(mine)) {
      expect(others, code).not.toContain(code);
      expect(ISSUE_CODES[code]).toEqual(pair);
    }
    expect(Object.keys(mine)).toHaveLength(
      Object.keys(BATCH_MESSAGES).length + Object.keys(REGISTRATION_MESSAGES).length + Object.keys(ISSUANCE_MESSAGES).length,
    );
  });
});
