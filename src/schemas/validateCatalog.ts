import { missingIssue } from '../core/evidence.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { catalogIssues, indexCatalog } from '../institutions/catalogIndex.js';
import { CatalogSchema, createCatalogSchema } from './catalogSchema.js';
import type { Path } from './schemaIssues.js';
import { validatorOf } from './validatorOf.js';

const clauseOf = (path: Path) => (path[0] === 'occupations2022' ? 'catalog.exclusion' : 'catalog.scope');

function ruleIssues(catalog: unknown): RuleIssue[] {
  const index = indexCatalog(catalog, []);
  // A catalogue that cannot be indexed has a shape the schema has refused already.
  if ('code' in index) return [];
  if (index.occupations === undefined) {
    // Reference data left out is said, not taken as an empty list.
    return [
      missingIssue('catalog.exclusion', ['occupations2022'], 'warning'),
    ];
  }
  const items = (catalog as { provincialItems: readonly string[] }).provincialItems;
  return items.flatMap((item, i) => catalogIssues(item, index, ['provincialItems', i]).filter((issue) => issue.code === 'item_is_occupation'));
}

const validate = /* @__PURE__ */ validatorOf(
  { zh: CatalogSchema, create: createCatalogSchema, clause: 'catalog.scope', clauseOf, root: 'catalog' },
  ruleIssues,
);

/**
 * Validates a catalogue of unknown shape: {@link CatalogSchema}, then the exclusion of 一: no item
 * of the catalogue is an occupation of the 2022 classification. One {@link sva-rules!RuleResult}.
 *
 * Policy, 一: 「在《山东省专项职业能力考核项目目录》范围内选取……对外发布本市专项职业能力考核项目目录
 * （《中华人民共和国职业分类大典（2022年版）》中已有职业（工种）分类的，不再列入专项职业能力考核项目）」.
 *
 * Items are compared as {@link sva-rules!checkCatalogItem} compares them (NFKC, white space removed). Each
 * item that is an occupation is an error `item_is_occupation` (`catalog.exclusion`, path
 * `['provincialItems', i]`). Without `occupations2022` the exclusion cannot be checked: a
 * `missing_field` **warning**. Never throws.
 *
 * @param input - anything, e.g. parsed JSON.
 * @returns one result: `ok` when the shape is right and no item is an occupation.
 * @throws nothing: bad input (even a throwing getter or a revoked proxy) becomes an issue.
 * @example
 * validateCatalog({ provincialItems: ['面点制作', '中式面点师'], occupations2022: ['中式面点师'] }).issues[0]
 * // { code: 'item_is_occupation', clause: 'catalog.exclusion', path: ['provincialItems', 1], … }
 */
export function validateCatalog(input: unknown): RuleResult {
  return validate(input);
}
