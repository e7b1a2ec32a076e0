
/** A name as compared between two records: NFKC, trimmed. @internal */
export function personKey(name: string): string {
  return name.normalize('NFKC').trim();
}

/** An ID number as records are linked by it: trimmed, a final x upper-cased. @internal */
export function idKey(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toUpperCase();
  return key === '' ? undefined : key;
}
