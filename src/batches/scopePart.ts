import { describe } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { isInstitutionCode } from '../codes/analyse.js';
import { invalidIssue, readDate, readList, readSection, readText } from '../core/evidence.js';
import type { Path } from '../core/evidence.js';
import { checkComplete } from './evidence.js';
import { districtNameOf, nameKey, readDistrictRow } from '../core/districts.js';
import { BATCH_MESSAGES } from './messages.js';
import { ANNOUNCEMENT_FIELDS } from './vocabulary.js';

const SCOPE = 'batch.scope';

function readItems(value: unknown, path: Path, issues: RuleIssue[]): { keys: Set<string>; list: string[] } | undefined {
  const read = readList(value, path, SCOPE, issues, '字符串数组', 'an array of strings');
  if (read === undefined) return undefined;
  const keys = new Set<string>();
  const list: string[] = [];
  let bad = false;
  Array.from(read, (item, index) => {
    if (typeof item === 'string' && item.trim() !== '') {
      keys.add(nameKey(item));
      list.push(item);
    } else {
      bad = true;
      issues.push(invalidIssue(SCOPE, [...path, index], item, '非空的文字', 'a non-empty string'));
    }
  });
  return bad ? undefined : { keys, list };
}

/**
 * 四2: the institution code (of the scheme's city, 三3(2)), and the item and district within the
 * approved scope (`batch.scope`);
 * 四2(1): the announcement's day of publication and contents. Returns the day the announcement
 * was published (day number), when it can be read. @internal
 */
export function checkScope(batch: Record<string, unknown>, cityCode: string, issues: RuleIssue[]): number | undefined {
  const code = readText(batch.institutionCode, ['institutionCode'], SCOPE, issues);
  // parseInstitutionCode tells why; its messages would double this check's bundle.
  if (code !== undefined && !isInstitutionCode(code)) {
    issues.push(issueFrom(BATCH_MESSAGES, 'institution_code_invalid', 'selection.code', { path: ['institutionCode'], received: describe(code) }));
  } else if (code !== undefined && code.slice(2, 4) !== cityCode) {
    // 三3(2): the city bureau assigns the code, so it carries the scheme's city.
    issues.push(issueFrom(BATCH_MESSAGES, 'institution_code_other_city', 'selection.code', { path: ['institutionCode'], expected: cityCode, received: code, params: { city: code.slice(2, 4) } }));
  }
  const item = readText(batch.item, ['item'], SCOPE, issues);
  const district = readDistrictRow(batch.district, ['district'], SCOPE, issues);
  const scope = readSection(batch.approvedScope, ['approvedScope'], SCOPE, issues);
  if (scope !== undefined) {
    const items = readItems(scope.items, ['approvedScope', 'items'], issues);
    const approved = readDistrictRow(scope.district, ['approvedScope', 'district'], SCOPE, issues);
    if (item !== undefined && items !== undefined && !items.keys.has(nameKey(item))) {
      issues.push(issueFrom(BATCH_MESSAGES, 'item_out_of_scope', SCOPE, { path: ['item'], expected: items.list, received: item }));
    }
    if (district !== undefined && approved !== undefined && district !== approved) {
      issues.push(
        issueFrom(BATCH_MESSAGES, 'district_out_of_scope', SCOPE, { path: ['district'], expected: districtNameOf(approved), received: districtNameOf(district) }),
      );
    }
  }
  const announcement = readSection(batch.announcement, ['announcement'], 'announcement.contents', issues);
  if (announcement === undefined) return undefined;
  const published = readDate(announcement.publishedOn, ['announcement', 'publishedOn'], 'announcement.contents', issues);
  checkComplete(announcement.contents, ['announcement', 'contents'], 'announcement.contents', ANNOUNCEMENT_FIELDS, 'announcement_field_lacking', issues);
  return published;
}
