import { deepFreeze } from './freeze.js';

/** A term of the policy with its Chinese wording and an English name. */
export interface Term {
  readonly name: string;
  readonly nameEn: string;
}

/** A frozen vocabulary table from `{ key: [name, nameEn] }`. @internal */
export function terms<K extends string>(table: Record<K, readonly [string, string]>): Readonly<Record<K, Term>> {
  const out = {} as Record<K, Term>;
  for (const key of Object.keys(table) as K[]) {
    const [name, nameEn] = table[key];
    out[key] = { name, nameEn };
  }
  return deepFreeze(out);
}
