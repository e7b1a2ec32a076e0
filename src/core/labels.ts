import { deepFreeze } from './freeze.js';
import type { Term } from './terms.js';

/** A label in the words of the policy and its forms (`zh`), and in plain English (`en`). */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** The names of the vocabularies of {@link LABELS}`.vocabulary`. */
export type VocabularyName =
  | 'institutionKinds'
  | 'ruleDocuments'
  | 'materials'
  | 'workPlanSections'
  | 'announcementItems'
  | 'planItems'
  | 'notices'
  | 'examMethods'
  | 'examSites'
  | 'archiveDocuments'
  | 'archiveMedia'
  | 'violations'
  | 'publicityKinds';

/**
 * The label of one input field. A field whose values are the ids of a vocabulary (`kind`,
 * `materials`, `exam.method`, …) names it in `vocabulary`, so that a form can offer its entries.
 */
export interface FieldLabel extends Label {
  readonly vocabulary?: VocabularyName;
}

/** A row of a field table: `[zh, en]`, or `[zh, en, vocabulary]`. @internal */
export type FieldRow = readonly [string, string] | readonly [string, string, VocabularyName];

/** A frozen field table from `{ path: [zh, en, vocabulary?] }`. @internal */
export function fieldLabels<K extends string>(table: Record<K, FieldRow>): Readonly<Record<K, FieldLabel>> {
  const out = {} as Record<K, FieldLabel>;
  for (const key of Object.keys(table) as K[]) {
    const [zh, en, vocabulary] = table[key];
    out[key] = vocabulary === undefined ? { zh, en } : { zh, en, vocabulary };
  }
  return deepFreeze(out);
}

/** The labels of a vocabulary table of {@link Term}s (one source: the area's own table). @internal */
export function labelsOfTerms<K extends string>(table: Readonly<Record<K, Term>>): Readonly<Record<K, Label>> {
  const out = {} as Record<K, Label>;
  for (const key of Object.keys(table) as K[]) out[key] = { zh: table[key].name, en: table[key].nameEn };
  return deepFreeze(out);
}

/**
 * The label of the field an issue's `path` points to, in a field table of {@link LABELS}
 * (`LABELS.fields.assessmentBatch`, …): the path's numbers are read as `[]` (an array's items) and
 * a key the table does not know as `*` (a record's keys). A path inside a list or a value that has
 * no label of its own gets the label of the nearest field around it: `['items', 2]` that of
 * `items`, `['exam', 'notices', 0]` that of `exam.notices`.
 *
 * Policy: the labels are the words of 附件1, 附件4 and of the steps of 四2.
 *
 * @param fields - one field table of `LABELS.fields`.
 * @param path - an issue's `path`, such as `['items', 0, 'trainingSince']`.
 * @returns the label, with the table's key, or `undefined` when no field of the table encloses
 *   the path (an empty path: the input as a whole, whose label is in `LABELS.inputs`), or when
 *   the arguments are not a table and a path.
 * @throws nothing.
 * @example
 * findFieldLabel(LABELS.fields.institutionApplication, ['items', 0, 'trainingSince'])
 * // { key: 'items[].trainingSince', label: { zh: '开展培训考核起始日期', en: 'training and assessment since' } }
 * findFieldLabel(LABELS.fields.institutionApplication, ['contact', 'person'])?.label.zh // '联系人'
 */
export function findFieldLabel(
  fields: Readonly<Record<string, FieldLabel>>,
  path: readonly (string | number)[],
): { readonly key: string; readonly label: FieldLabel } | undefined {
  try {
    return findIn(fields, path);
  } catch {
    // A hostile table or path (a throwing getter, a revoked proxy) labels nothing.
    return undefined;
  }
}

function findIn(fields: Readonly<Record<string, FieldLabel>>, path: readonly (string | number)[]): { key: string; label: FieldLabel } | undefined {
  if (fields === null || typeof fields !== 'object' || !Array.isArray(path)) return undefined;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(fields, key);
  const keys = Object.keys(fields);
  let key = '';
  let found: { key: string; label: FieldLabel } | undefined;
  for (const segment of path as readonly unknown[]) {
    if (typeof segment === 'number') {
      key = `${key}[]`;
      continue;
    }
    if (typeof segment !== 'string') break;
    const named = key === '' ? segment : `${key}.${segment}`;
    key = has(named) ? named : key === '' ? '*' : `${key}.*`;
    const label = has(key) ? fields[key] : undefined;
    if (label !== undefined) found = { key, label };
    else if (!keys.some((k) => k.startsWith(`${key}.`) || k.startsWith(`${key}[]`))) break;
  }
  return found;
}

/** A field table under a prefix: `prefixFields('questionBank.', { sets: … })` → `{ 'questionBank.sets': … }`. @internal */
export function prefixFields<P extends string, K extends string>(
  prefix: P,
  table: Readonly<Record<K, FieldLabel>>,
): Readonly<Record<`${P}${K}`, FieldLabel>> {
  const out = {} as Record<`${P}${K}`, FieldLabel>;
  for (const key of Object.keys(table) as K[]) out[`${prefix}${key}`] = table[key];
  return deepFreeze(out);
}

/** Field tables joined into one, in order. @internal */
export function joinFields<T extends readonly Readonly<Record<string, FieldLabel>>[]>(...tables: T): Readonly<UnionToIntersection<T[number]>> {
  return deepFreeze(Object.assign({}, ...tables) as UnionToIntersection<T[number]>);
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * A path in words, by the labels of `fields`: `['items', 0, 'trainingSince']` →
 * 「第1个拟开展的考核项目的开展培训考核起始日期」. An item of a list is 「第N条」 of a list of records
 * (信息, 记录), 「第N个」 of another; a key the table does not know is quoted as given. `list`
 * names a list at the root (`[4, 'idNumber']` of the registrations). @internal
 */
export function pathWords(fields: Readonly<Record<string, FieldLabel>>, path: readonly (string | number)[], list?: Label): Label {
  let key = '';
  let zh = '';
  let en = '';
  let last: Label | undefined = list;
  let leaf: Label | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    if (typeof segment === 'number') {
      const of = last ?? { zh: '列表', en: 'the list' };
      // A table's rows: 成绩汇总表第2项; a list of records: 第5条报名信息; another list: 第1个考核项目.
      zh += /表$/.test(of.zh) ? `${of.zh}第${segment + 1}项的` : `第${segment + 1}${/信息|记录|报名|关系/.test(of.zh) ? '条' : '个'}${of.zh}的`;
      en = `${en}${of.en} no. ${segment + 1}, `;
      key += '[]';
      leaf = undefined;
      continue;
    }
    const named = key === '' ? segment : `${key}.${segment}`;
    const star = key === '' ? '*' : `${key}.*`;
    key = Object.prototype.hasOwnProperty.call(fields, named) ? named : star;
    // A key the table does not know (a record's key, a field it does not have): quoted, in its
    // place; inside the field before it, unless it stands first or after an item.
    const unknown = last === undefined || i === 0 || typeof path[i - 1] === 'number' ? { zh: `“${segment}”`, en: `"${segment}"` } : { zh: `${last.zh}中的“${segment}”`, en: `"${segment}" of ${last.en}` };
    leaf = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : unknown;
    last = leaf;
  }
  if (leaf !== undefined) return { zh: zh + leaf.zh, en: en + leaf.en };
  return { zh: zh.replace(/的$/, ''), en: en.replace(/, $/, '') };
}
