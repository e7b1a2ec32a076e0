import * as z from 'zod/mini';
import { array, kitOf, object, text } from './schemaKit.js';
import type { SchemaOptions } from './schemaKit.js';

/**
 * Builds the zod schema of {@link sva-rules!Catalog}, the reference data of {@link sva-rules!checkCatalogItem} and of
 * `checkInstitutionApplication`'s `catalog` option, with messages in one language.
 *
 * Policy, 一: 「在《山东省专项职业能力考核项目目录》范围内选取……（《中华人民共和国职业分类大典（2022年版）》
 * 中已有职业（工种）分类的，不再列入专项职业能力考核项目）」.
 *
 * The shape only: `provincialItems` and the optional `occupations2022`, lists of strings.
 * {@link validateCatalog} also checks that no item of the catalogue is a 2022 occupation.
 *
 * @param options - `language`: `'zh'` (default) or `'en'`.
 * @returns a zod schema (`zod/mini`).
 * @throws nothing.
 * @example
 * createCatalogSchema().safeParse({ provincialItems: ['面点制作'] }).success // true
 */
export function createCatalogSchema(options?: SchemaOptions) {
  const k = kitOf(options);
  return object(k, { provincialItems: array(k, text(k)), occupations2022: z.optional(array(k, text(k))) });
}

/**
 * The catalogue of assessment items (一): the items of the Shandong catalogue (or the city's
 * catalogue drawn from it), and the occupations of the 2022 Occupational Classification, which are
 * not assessment items.
 *
 * The zod schema, with Chinese messages; `createCatalogSchema({ language: 'en' })` gives English ones.
 *
 * Policy, 一: 「对外发布本市专项职业能力考核项目目录」.
 *
 * @example
 * CatalogSchema.safeParse({ provincialItems: '面点制作' }).success // false: not a list
 */
export const CatalogSchema = /* @__PURE__ */ createCatalogSchema();

/** The input type {@link CatalogSchema} accepts. */
export type CatalogInput = z.input<typeof CatalogSchema>;
