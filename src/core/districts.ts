import type { ClauseId } from './clauses.js';
import { describe } from './dates.js';
import { invalidIssue, missingIssue } from './evidence.js';
import type { Path } from './evidence.js';
import { deepFreeze } from './freeze.js';
import { issueFrom } from './issues.js';
import type { RuleIssue } from './issues.js';
import { DISTRICT_MESSAGES } from './messages.js';

/** One of Zaozhuang's six county-level divisions (区/市), with its GB/T 2260 code. */
export interface ZaozhuangDistrict {
  /** The six-digit GB/T 2260 code, e.g. `'370402'`. */
  readonly code: string;
  /** The Chinese name, e.g. `'市中区'`. */
  readonly name: string;
  /** The name without 区/市, e.g. `'市中'`. */
  readonly shortName: string;
  readonly nameEn: string;
}

// Each district's code, name and short name; the English names apart, so that a check that
// names districts only in Chinese (checkBatch) carries no English.
const ROWS = [
  ['370402', '市中区', '市中'],
  ['370403', '薛城区', '薛城'],
  ['370404', '峄城区', '峄城'],
  ['370405', '台儿庄区', '台儿庄'],
  ['370406', '山亭区', '山亭'],
  ['370481', '滕州市', '滕州'],
] as const;

const NAMES_EN = ['Shizhong District', 'Xuecheng District', 'Yicheng District', 'Taierzhuang District', 'Shanting District', 'Tengzhou City'] as const;

function districtsOf(rows: typeof ROWS, namesEn: typeof NAMES_EN): readonly ZaozhuangDistrict[] {
  return deepFreeze(rows.map(([code, name, shortName], row) => ({ code, name, shortName, nameEn: namesEn[row] as string })));
}

/**
 * Zaozhuang's six county-level divisions, the 区（市） of the policy, with their GB/T 2260 codes:
 * 370402 市中区, 370403 薛城区, 370404 峄城区, 370405 台儿庄区, 370406 山亭区, 370481 滕州市. Frozen.
 */
export const ZAOZHUANG_DISTRICTS: readonly ZaozhuangDistrict[] = /* @__PURE__ */ districtsOf(ROWS, NAMES_EN);

function indexOf(rows: typeof ROWS): Readonly<Record<string, number>> {
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  rows.forEach(([code, name, shortName], row) => {
    for (const key of [code, name, shortName, `枣庄市${name}`, `枣庄${name}`]) index[key] = row;
  });
  return Object.freeze(index);
}

const INDEX = /* @__PURE__ */ indexOf(ROWS);

/** The row (in {@link ZAOZHUANG_DISTRICTS}) of the district named by a code or a name, or `undefined`. Exact match. @internal */
export function districtRowOf(value: unknown): number | undefined {
  return typeof value === 'string' ? INDEX[value] : undefined;
}

/**
 * The district named by a code or a name, or `undefined`. Exact match: nothing is trimmed.
 * @internal
 */
export function districtOf(value: unknown): ZaozhuangDistrict | undefined {
  const row = districtRowOf(value);
  return row === undefined ? undefined : ZAOZHUANG_DISTRICTS[row];
}

/** The Chinese name of the district of a row (`市中区`). @internal */
export function districtNameOf(row: number): string {
  return (ROWS[row] as (typeof ROWS)[number])[1];
}

/**
 * A district field, read as the other input readers (core/evidence.ts) read: absent or empty →
 * `missing_field`; not a string (370403 as a number) → `invalid_input` (应为区（市）代码或名称); a
 * string that names none of the six → `unknown_district`, or the issue `outside` builds from the
 * value received (described) where an area has a code of its own for it (an applicant registered
 * outside Zaozhuang). Answers the district's row in {@link ZAOZHUANG_DISTRICTS} (its name:
 * {@link districtNameOf}). @internal
 */
export function readDistrictRow(
  value: unknown,
  path: Path,
  clause: ClauseId,
  issues: RuleIssue[],
  outside?: (received: string) => RuleIssue,
): number | undefined {
  const row = districtRowOf(value);
  if (row === undefined) {
    const received = describe(value);
    issues.push(
      value === undefined || value === ''
        ? missingIssue(clause, path)
        : typeof value !== 'string'
          ? invalidIssue(clause, path, value, '区（市）代码或名称', 'a district code or name')
          : (outside?.(received) ??
            issueFrom(DISTRICT_MESSAGES, 'unknown_district', clause, {
              path,
              received,
              // The six, from the table: 市中区（370402）、…; 370402 市中区, ….
              params: { listZh: ROWS.map(([code, name]) => `${name}（${code}）`).join('、'), list: ROWS.map(([code, name]) => `${code} ${name}`).join(', ') },
            })),
    );
  }
  return row;
}

/**
 * The key two names of an item or an institution are compared by: Unicode NFKC (full-width
 * letters, digits and brackets become their ASCII forms) with all white space removed, so that
 * `'中式面点制作'`, `'中式面点制作 '` and `'中式 面点制作'` are one item. @internal
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}
