import { describe } from '../core/dates.js';
import type { AuditViolation } from './types.js';

/**
 * The bureau's findings as violations of 六(四): every finding is one (「……等违规活动」), whatever
 * its wording; a finding that is not text is named as it was given.
 */
export function findingViolations(findings: unknown): AuditViolation[] {
  if (!Array.isArray(findings)) return [];
  return (findings as unknown[]).map((finding, index) => ({
    violation: typeof finding === 'string' ? finding : describe(finding),
    source: 'finding',
    path: ['findings', index],
    clause: 'supervision.violations',
  }));
}
