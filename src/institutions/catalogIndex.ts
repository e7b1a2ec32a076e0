import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { invalidOptionIssue } from '../core/guard.js';
import { CATALOG_MESSAGES } from './messages.js';
import { nameKey } from '../core/districts.js';
import type { Path } from '../core/evidence.js';

/** A catalogue ready for lookups by name key. @internal */
export interface CatalogIndex {
  readonly provincial: ReadonlySet<string>;
  readonly occupations: ReadonlySet<string> | undefined;
}

function keysOf(list: unknown): Set<string> | undefined {
  if (!Array.isArray(list)) return undefined;
  const keys = new Set<string>();
  for (const name of list as unknown[]) {
    if (typeof name !== 'string') return undefined;
    keys.add(nameKey(name));
  }
  return keys;
}

/** The catalogue's index, or an `invalid_option` issue. @internal */
export function indexCatalog(catalog: unknown, path: Path): CatalogIndex | RuleIssue {
  const record = typeof catalog === 'object' && catalog !== null ? (catalog as Record<string, unknown>) : undefined;
  const provincial = keysOf(record?.provincialItems);
  const occupations = record?.occupations2022 === undefined ? undefined : keysOf(record.occupations2022);
  if (provincial !== undefined && (record?.occupations2022 === undefined || occupations !== undefined)) return { provincial, occupations };
  return invalidOptionIssue(
    'catalog.scope',
    path,
    '省级目录（“provincialItems”）与职业分类大典的职业清单（“occupations2022”）应为文字的列表',
    'provincialItems and occupations2022 must be arrays of strings',
    {},
    'catalog',
  );
}

/** 一: the item is in the provincial catalogue and is not a 2022 occupation. @internal */
export function catalogIssues(item: string, index: CatalogIndex, path: Path): RuleIssue[] {
  const key = nameKey(item);
  const issues: RuleIssue[] = [];
  if (!index.provincial.has(key)) issues.push(issueFrom(CATALOG_MESSAGES, 'item_not_in_catalog', 'catalog.scope', { path, params: { item } }));
  if (index.occupations === undefined) {
    issues.push(issueFrom(CATALOG_MESSAGES, 'catalog_exclusion_unchecked', 'catalog.exclusion', { severity: 'warning', path, params: { item } }));
  } else if (index.occupations.has(key)) {
    issues.push(issueFrom(CATALOG_MESSAGES, 'item_is_occupation', 'catalog.exclusion', { path, params: { item } }));
  }
  return issues;
}
