// How a Chinese message writes the values it quotes (issue 16 §2): an ISO date as 2024年3月1日, a
// text received (quoted by `describe` in "") in “”, a kind of value in words. Apart from issueFrom,
// so that only the bundles whose messages quote such values carry it: a table opts in with
// zhValues (isWorkingDay's and the code parsers' tables write their values themselves).

// A kind of value, as `describe` names it.
const ZH_WORDS: Readonly<Record<string, string>> = { null: '空值', undefined: '空值', array: '列表', object: '对象', function: '函数', symbol: '符号', number: '数字', bigint: '数字', boolean: '布尔值', true: '“是”', false: '“否”', NaN: '非数字', Infinity: '无穷大', '-Infinity': '负无穷大' };

// An ISO date, bare or quoted by `describe`, as 2024年3月1日; any other value as it is.
function zhIsoDate(value: string): string {
  return value.replace(/^"?(\d{4})-0?(\d\d?)-0?(\d\d?)"?$/, '$1年$2月$3日');
}

/** A value as a Chinese message writes it: '2024-03-01' → 2024年3月1日, '"abc"' → “abc”, 'number' → 数字. @internal */
export function zhValue(value: string): string {
  return ZH_WORDS[value] ?? zhIsoDate(value).replace(/^"(.*)"(…?)$|^(Invalid )?Date\(?.*$/s, (all, text?: string, more = '') => (text === undefined ? '日期对象' : `“${text}${more}”`));
}

/**
 * A message table whose Chinese messages write their values by {@link zhValue} (a property
 * `$zh` that issueFrom reads, not enumerable: no issue code, and not copied by a join). @internal
 */
export function zhValues<T extends object>(table: T): T {
  return Object.defineProperty(table, '$zh', { value: zhValue });
}

/** A received text as a Chinese message quotes it: '"abc"' → “abc”. The smallest fill, for the smallest bundles. @internal */
export function zhQuoted(value: string): string {
  return value.replace(/^"(.*)"(…?)$/s, '“$1$2”');
}

/** A message table whose Chinese messages quote a received text in “” ({@link zhQuoted}), and nothing more. @internal */
export function zhQuotes<T extends object>(table: T): T {
  return Object.defineProperty(table, '$zh', { value: zhQuoted });
}

/** A value as a Chinese message writes it when it is an ISO date or a received text: '2024-03-01' → 2024年3月1日, '"abc"' → “abc”. @internal */
export function zhDateOrQuoted(value: string): string {
  return zhQuoted(zhIsoDate(value));
}

/**
 * A message table whose values are dates and received texts only ({@link zhDateOrQuoted}): the
 * batch's, the districts', the scheme's date; lighter than {@link zhValues} (no words for kinds of
 * value: each check reads a text before it quotes it). @internal
 */
export function zhDates<T extends object>(table: T): T {
  return Object.defineProperty(table, '$zh', { value: zhDateOrQuoted });
}
