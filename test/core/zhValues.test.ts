// How a Chinese message writes the values it quotes (issue 16 §2): the fills of core/zhValues.ts.
import { describe, expect, it } from 'vitest';
import { zhDate } from '../../src/core/zhDate.js';
import { zhDateOrQuoted, zhQuoted, zhValue } from '../../src/core/zhValues.js';

describe('the fills of a Chinese message\'s values', () => {
  it.each([
    ['an ISO date', '2024-03-01', '2024年3月1日', '2024年3月1日', '2024-03-01'],
    ['an ISO date received (quoted)', '"2025-10-21"', '2025年10月21日', '2025年10月21日', '“2025-10-21”'],
    ['a received text', '"abc"', '“abc”', '“abc”', '“abc”'],
    ['a received text cut short', '"abc"…', '“abc…”', '“abc…”', '“abc…”'],
    ['a number', '3704', '3704', '3704', '3704'],
    ['a kind of value', 'number', '数字', 'number', 'number'],
    ['a date range', '2024-03-01/2024-03-05', '2024-03-01/2024-03-05', '2024-03-01/2024-03-05', '2024-03-01/2024-03-05'],
    // A Date as `describe` names it, valid or not: 日期对象, in the full fill only.
    ['a Date', 'Date(1709251200000)', '日期对象', 'Date(1709251200000)', 'Date(1709251200000)'],
    ['an invalid Date', 'Invalid Date', '日期对象', 'Invalid Date', 'Invalid Date'],
    // Only a whole quoted text, or a whole Date description, is rewritten.
    ['quotes inside a text', 'x"abc"', 'x"abc"', 'x"abc"', 'x"abc"'],
    ['a text after the quotes', '"abc"x', '"abc"x', '"abc"x', '"abc"x'],
    ['a Date inside a text', 'xDate(1)', 'xDate(1)', 'xDate(1)', 'xDate(1)'],
  ])('%s', (_name, value, full, dates, quoted) => {
    expect(zhValue(value)).toBe(full);
    expect(zhDateOrQuoted(value)).toBe(dates);
    expect(zhQuoted(value)).toBe(quoted);
  });
});

describe('zhDate: a day as officials write it', () => {
  it.each<[string, unknown, string]>([
    ['an ISO date', '2024-03-01', '2024年3月1日'],
    ['a text that is no date, as given', '2024-02-30', '2024-02-30'],
    ['a number, as given', 20240301, '20240301'],
  ])('%s', (_name, value, zh) => {
    expect(zhDate(value)).toBe(zh);
  });
});
