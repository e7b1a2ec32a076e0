
/** A name as compared between two records: NFKC, trimmed. @internal */
export function personKey(name: string): string {
  return name.normalize('NFKC').trim();
}

/** An ID number as records are linked by it: trimmed, a final x upper-cased. @internal */
export function idKey(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The common case, as typed: no white space at either end, no lower-case x.
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 32 && last > 32 && last !== 120 && first !== 160 && last !== 160 && first < 0x1680 && last < 0x1680) return value;
  // As the common case reads it: only a final x is upper-cased, whatever white space surrounds it.
  const key = value.trim();
  if (key === '') return undefined;
  return key.endsWith('x') ? `${key.slice(0, -1)}X` : key;
}
