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

/**
 * A word of an open list: one of the named words `K`, or any other non-empty text. The policy
 * closes these lists with 等, 增加 or 附加, so the named words are a minimum, not a closed set.
 * Typed as `K | (string & Record<never, never>)` so that editors still offer the named words.
 */
export type OpenWord<K extends string> = K | (string & Record<never, never>);
