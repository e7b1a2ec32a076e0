import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueCodeAreas, issueCodesMarkdown } from '../../scripts/issueCodesDoc.js';
import { ISSUE_CODES } from '../../src/index.js';

describe('docs/issue-codes.md', () => {
  it('is up to date with ISSUE_CODES and the areas\' message tables (npm run docs:issue-codes)', async () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../docs/issue-codes.md'), 'utf8');
    expect(committed).toBe(await issueCodesMarkdown());
  });

  it('lists every code of ISSUE_CODES once, under the area that defines it, with the messages ISSUE_CODES gives', async () => {
    const areas = await issueCodeAreas();
    const listed = areas.flatMap(({ codes }) => codes);
    expect(listed.map(([code]) => code).sort()).toEqual(Object.keys(ISSUE_CODES).sort());
    for (const [code, pair] of listed) expect(pair, code).toEqual(ISSUE_CODES[code]);
    expect(areas.map(({ area }) => area)).not.toContain('(elsewhere)');
    expect(areas[0]?.area).toBe('core');
    expect(areas.find(({ area }) => area === 'codes')?.codes.map(([code]) => code)).toContain('certificate_code_year_mismatch');
  });
});
