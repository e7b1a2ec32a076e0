// 六(四): every finding of the bureau is a violation (「……等违规活动」), whatever its wording.
import { describe, expect, it } from 'vitest';
import { findingViolations } from '../../src/audit/findingViolations.js';
import type { AuditViolation } from '../../src/audit/types.js';

const found = (violation: string, index: number): AuditViolation => ({ violation, source: 'finding', path: ['findings', index], clause: 'supervision.violations' });

describe('findingViolations', () => {
  it.each<[string, unknown, AuditViolation[]]>([
    ['no findings', [], []],
    ['findings not given', undefined, []],
    ['findings that are not a list', 'false_advertising', []],
    ['a finding of the five named', ['false_advertising'], [found('false_advertising', 0)]],
    ['a finding in the bureau\'s words, after another', ['disrupting_order', '乱收费'], [found('disrupting_order', 0), found('乱收费', 1)]],
    ['findings that are not text, named as given', [5, null, { a: 1 }], [found('5', 0), found('null', 1), found('object', 2)]],
    ['an empty finding', [''], [found('', 0)]],
  ])('%s', (_, findings, violations) => {
    expect(findingViolations(findings)).toStrictEqual(violations);
  });
});
