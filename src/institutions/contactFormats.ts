// The formats of the 附件1 contact fields. Full-width characters are read as their ASCII forms
// (NFKC), and spaces, hyphens and brackets between digit groups are ignored.

const MOBILE = /^(?:\+?86|0086)?1[3-9]\d{9}$/;
// A landline: the area code (0 and then 10 or 2x for the large cities, 3 digits starting 3–9
// elsewhere, e.g. 0632), or the country code 86 and the area code without its 0; then a 7- or
// 8-digit local number starting 2–9; then an optional extension (转 123, ext 123, #123). The area
// codes' shape makes the split unambiguous once separators are removed.
const LANDLINE = /^(?:0|(?:\+?86|0086)0?)(?:10|2\d|[3-9]\d\d)[2-9]\d{6,7}(?:(?:转|ext\.?|#)\d{1,6})?$/i;

/**
 * Whether a value is a mainland mobile number (1[3-9] + 9 digits) or a landline number with its
 * area code, optionally after +86. @internal
 */
export function isMainlandPhone(value: string): boolean {
  const compact = value.normalize('NFKC').replace(/[\s\-()]/g, '');
  return MOBILE.test(compact) || LANDLINE.test(compact);
}

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/**
 * Whether a value is an email address in the common form: an ASCII local part (dots not first,
 * last or doubled) of at most 64 characters, `@`, and a domain of at least two labels whose last
 * is alphabetic (or an IDN `xn--` label); at most 254 characters in all. @internal
 */
export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (value.length > 254 || at < 1 || at > 64) return false;
  const labels = value.slice(at + 1).split('.');
  return (
    LOCAL.test(value.slice(0, at)) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TOP_LEVEL.test(labels[labels.length - 1] ?? '')
  );
}
