/**
 * The key two names of an item or an institution are compared by: Unicode NFKC (full-width
 * letters, digits and brackets become their ASCII forms) with all white space removed, so that
 * `'中式面点制作'`, `'中式面点制作 '` and `'中式 面点制作'` are one item. @internal
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}
