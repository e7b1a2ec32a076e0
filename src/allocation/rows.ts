import { describe } from '../core/dates.js';
import { readText } from '../core/evidence.js';
import { invalidInputIssue, isRecord } from '../core/guard.js';
import type { RuleIssue } from '../core/issues.js';
import { nameKey, readDistrictRow, ZAOZHUANG_DISTRICTS } from '../core/districts.js';
import type { ZaozhuangDistrict } from '../core/districts.js';

/** One institution assigned one item in one district. */
export interface Assignment {
  /** The institution, by name or code; compared after NFKC with white space removed. */
  readonly institution: string;
  /** The assessment item; compared after NFKC with white space removed. */
  readonly item: string;
  /** One of Zaozhuang's six districts, by GB/T 2260 code (`'370402'`) or name (`'市中区'`). */
  readonly district: string;
}

/** A readable assignment with its comparison keys. @internal */
export interface Row {
  readonly index: number;
  readonly institution: string;
  readonly item: string;
  readonly district: ZaozhuangDistrict;
  /** The district's place in ZAOZHUANG_DISTRICTS, 0–5. */
  readonly districtIndex: number;
  readonly institutionKey: string;
  readonly itemKey: string;
}

/**
 * Reads one assignment; pushes an issue for each bad field and returns `undefined` when any is
 * bad. @internal
 */
export function readRow(value: unknown, index: number, path: readonly (string | number)[], issues: RuleIssue[]): Row | undefined {
  if (!isRecord(value)) {
    issues.push(
      invalidInputIssue('allocation.district', '每条对应关系应为对象', 'an assignment must be an object', { path, received: describe(value) }),
    );
    return undefined;
  }
  const institution = readText(value.institution, [...path, 'institution'], 'allocation.items', issues);
  const item = readText(value.item, [...path, 'item'], 'allocation.city', issues);
  const districtIndex = readDistrictRow(value.district, [...path, 'district'], 'allocation.district', issues);
  if (institution === undefined || item === undefined || districtIndex === undefined) return undefined;
  return { index, institution, item, district: ZAOZHUANG_DISTRICTS[districtIndex] as ZaozhuangDistrict, districtIndex, institutionKey: nameKey(institution), itemKey: nameKey(item) };
}
