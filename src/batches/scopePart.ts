import { describe } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { isInstitutionCode } from '../codes/analyse.js';
import type { ZaozhuangDistrict } from '../core/districts.js';
import { invalidIssue, missingIssue, readSection, readText } from '../core/evidence.js';
import type { Path } from '../core/evidence.js';
import { checkComplete } from './evidence.js';
import { districtOf, nameKey } from '../core/districts.js';
import { DISTRICT_MESSAGES } from '../core/messages.js';
import { BATCH_MESSAGES } from './messages.js';
import { ANNOUNCEMENT_FIELDS } from './vocabulary.js';

const SCOPE = 'batch.scope';

function readDistrict(value: unknown, path: Path, issues: RuleIssue[]): ZaozhuangDistrict | undefined {
  const district = districtOf(value);
  if (district === undefined) {
    issues.push(
      value === undefined || value === ''
        ? missingIssue(SCOPE, path)
        : issueFrom(DISTRICT_MESSAGES, 'unknown_district', SCOPE, { path, received: describe(value) }),
    );
  }
  return district;
}

function readItems(value: unknown, path: Path, issues: RuleIssue[]): { keys: Set<string>; list: string[] } | undefined {
  if (value === undefined) {
    issues.push(missingIssue(SCOPE, path));
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.push(invalidIssue(SCOPE, path, value, '字符串数组', 'an array of strings'));
    return undefined;
  }
  const keys = new Set<string>();
  const list: string[] = [];
  let bad = false;
  Array.from(value as readonly unknown[], (item, index) => {
    if (typeof item === 'string' && item.trim() !== '') {
      keys.add(nameKey(item));
      list.push(item);
    } else {
      bad = true;
      issues.push(invalidIssue(SCOPE, [...path, index], item, '非空字符串', 'a non-empty string'));
    }
  });
  return bad ? undefined : { keys, list };
}

/**
 * 四2: the institution code, and the item and district within the approved scope (`batch.scope`);
 * 四2(1): the announcement's contents. @internal
 */
export function checkScope(batch: Record<string, unknown>, issues: RuleIssue[]): void {
  const code = readText(batch.institutionCode, ['institutionCode'], SCOPE, issues);
  // parseInstitutionCode tells why; its messages would double this check's bundle.
  if (code !== undefined && !isInstitutionCode(code)) {
    issues.push(issueFrom(BATCH_MESSAGES, 'institution_code_invalid', 'selection.code', { path: ['institutionCode'], received: describe(code) }));
  }
  const item = readText(batch.item, ['item'], SCOPE, issues);
  const district = readDistrict(batch.district, ['district'], issues);
  const scope = readSection(batch.approvedScope, ['approvedScope'], SCOPE, issues);
  if (scope !== undefined) {
    const items = readItems(scope.items, ['approvedScope', 'items'], issues);
    const approved = readDistrict(scope.district, ['approvedScope', 'district'], issues);
    if (item !== undefined && items !== undefined && !items.keys.has(nameKey(item))) {
      issues.push(issueFrom(BATCH_MESSAGES, 'item_out_of_scope', SCOPE, { path: ['item'], expected: items.list, received: item }));
    }
    if (district !== undefined && approved !== undefined && district !== approved) {
      issues.push(
        issueFrom(BATCH_MESSAGES, 'district_out_of_scope', SCOPE, { path: ['district'], expected: approved.name, received: district.name }),
      );
    }
  }
  const announcement = readSection(batch.announcement, ['announcement'], 'announcement.contents', issues);
  if (announcement !== undefined) {
    checkComplete(announcement.contents, ['announcement', 'contents'], 'announcement.contents', ANNOUNCEMENT_FIELDS, 'announcement_field_lacking', issues);
  }
}
