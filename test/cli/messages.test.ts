import { describe, expect, it } from 'vitest';
import { CHECK_MESSAGES } from '../../src/cli/messages.js';
import { ISSUE_CODES } from '../../src/index.js';
import { MESSAGE_TABLES } from '../../src/issueCodes.js';

describe('the issue codes of sva-rules check', () => {
  it('are in ISSUE_CODES, unchanged, and clash with no table of the library', () => {
    expect(MESSAGE_TABLES).toContain(CHECK_MESSAGES);
    const others = MESSAGE_TABLES.filter((t) => t !== CHECK_MESSAGES).flatMap((t) => Object.keys(t));
    expect(others.length).toBeGreaterThan(50);
    const codes = Object.entries(CHECK_MESSAGES);
    expect(codes.map(([code]) => code)).toEqual(expect.arrayContaining(['cell_excel_number', 'certificate_code_repeated', 'certificate_holder_repeated', 'csv_extra_cells']));
    for (const [code, pair] of codes) {
      expect(others, code).not.toContain(code);
      expect(ISSUE_CODES[code], code).toEqual(pair);
    }
  });
});
