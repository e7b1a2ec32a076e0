import { describe } from '../core/dates.js';
import { guardCheck, invalidInputIssue } from '../core/guard.js';
import { resultOf } from '../core/issues.js';
import type { RuleResult } from '../core/issues.js';
import { catalogIssues, indexCatalog } from './catalogIndex.js';
import type { Catalog } from './types.js';

/**
 * Checks that an item may be assessed: it is in the provincial catalogue and is not an
 * occupation of the 2022 classification.
 *
 * Policy, 一: 「在《山东省专项职业能力考核项目目录》范围内选取……对外发布本市专项职业能力考核项目
 * 目录（《中华人民共和国职业分类大典（2022年版）》中已有职业（工种）分类的，不再列入专项职业能力
 * 考核项目）」.
 *
 * Names are compared after NFKC with white space removed (full-width brackets match ASCII ones).
 * Without `catalog.occupations2022` the exclusion cannot be checked: a warning
 * (`catalog_exclusion_unchecked`) says so, since the list is the caller's reference data, not the
 * applicant's evidence. Never throws.
 *
 * @param itemName - the item.
 * @param catalog - the provincial items, and the 2022 occupations.
 * @returns errors `item_not_in_catalog` (`catalog.scope`), `item_is_occupation` (`catalog.exclusion`).
 * @example
 * checkCatalogItem('面点制作', { provincialItems: ['面点制作'], occupations2022: ['中式面点师'] }) // { ok: true, issues: [] }
 * checkCatalogItem('中式面点师', { provincialItems: ['面点制作'], occupations2022: ['中式面点师'] }).issues.map((i) => i.code)
 * // ['item_not_in_catalog', 'item_is_occupation']
 */
export function checkCatalogItem(itemName: string, catalog: Catalog): RuleResult {
  return guardCheck('catalog.scope', () => {
    const index = indexCatalog(catalog, ['catalog']);
    const issues = 'code' in index ? [index] : [];
    if (typeof itemName !== 'string' || itemName.trim() === '') {
      issues.push(
        invalidInputIssue('catalog.scope', '考核项目名称不能为空', 'the item name must be a non-empty string', {
          path: ['itemName'],
          received: describe(itemName),
        }),
      );
    }
    if (issues.length > 0 || 'code' in index) return resultOf(issues);
    return resultOf(catalogIssues(itemName, index, ['itemName']));
  });
}
