// The readers of the printed audit report: any value as text (never throwing), characters no page
// may hold shown as U+FFFD, an issue's path in words only when it is a path, and the rest days and
// working days of the timeline on the calendar, with the calendar's first and last days as bounds.
import { describe, expect, it } from 'vitest';
import { markedDays, workingDaysIn } from '../../src/audit/report/calendarDays.js';
import { escapeHtml, escapeMarkdown, textOf } from '../../src/audit/report/escape.js';
import { dateWords, fieldWords, headingWords, sectionWords } from '../../src/audit/report/words.js';
import { resolveCalendar } from '../../src/calendar/resolve.js';
import { isoDayNumber } from '../../src/core/dates.js';

const day = (iso: string) => isoDayNumber(iso) as number;

describe('textOf, escapeHtml, escapeMarkdown', () => {
  it.each<[string, unknown, string]>([
    ['a string', 'a<b', 'a<b'],
    ['a number', 5, '5'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object whose toString throws', { toString: () => { throw new Error('x'); } }, ''],
    ['an object without a prototype', Object.create(null), ''],
  ])('reads %s as text', (_, value, text) => {
    expect(textOf(value)).toBe(text);
  });

  it('shows the characters no page may hold as U+FFFD, in HTML and in Markdown', () => {
    expect(escapeHtml('a\u0000b\u0008c\uFFFEd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeMarkdown('a\u0001b\u007Fc')).toBe('a\uFFFDb\uFFFDc');
    expect(escapeHtml(5)).toBe('5');
    expect(escapeMarkdown(null)).toBe('null');
  });
});

describe('dateWords', () => {
  it.each<[string, unknown, string, string]>([
    ['a real date', '2024-03-01', '2024年3月1日', '1 March 2024'],
    ['the last day of a year', '2025-12-31', '2025年12月31日', '31 December 2025'],
    ['a date that is no day', '2024-02-30', '2024-02-30', '2024-02-30'],
    ['null', null, 'null', 'null'],
    ['a number', 20240301, '20240301', '20240301'],
    ['an object', { from: '2024-03-01' }, '[object Object]', '[object Object]'],
  ])('writes %s as officials write it, or as it is', (_, value, zh, en) => {
    expect([dateWords(value, 'zh'), dateWords(value, 'en')]).toStrictEqual([zh, en]);
  });
});

describe('fieldWords', () => {
  it.each<[string, unknown]>([
    ['not a list', 'certificates'],
    ['a negative place', ['certificates', -1, 'idNumber']],
    ['a place that is not whole', ['certificates', 1.5, 'idNumber']],
    ['a segment that is neither text nor a place', ['certificates', { n: 1 }, 'idNumber']],
  ])('gives no words for a path that is %s', (_, path) => {
    expect(fieldWords(path, 'zh')).toBe('');
    expect(fieldWords(path, 'en')).toBe('');
  });

  it('names a field inside a list by the list, its place counted from 1, and the field', () => {
    const words = fieldWords(['certificates', 0, 'idNumber'], 'zh');
    expect(words).toContain('第1项');
    expect(fieldWords(['certificates', 2, 'idNumber'], 'en')).toContain('no. 3');
  });
});

describe('sectionWords and headingWords', () => {
  it.each([
    ['附件3', 'Annex 3'],
    ['附件 3', 'Annex 3'],
    ['附件12', 'Annex 12'],
    ['四2(3)', '4.2(3)'],
    ['六(四)', '6(4)'],
    // The scheme's date (policy.effective) stands under its signature, not in a numbered section.
    ['落款日期', 'Date of signature'],
  ])('writes the section %s in English as %s, and in Chinese as written', (section, en) => {
    expect(sectionWords(section, 'en')).toBe(en);
    expect(sectionWords(section, 'zh')).toBe(section);
  });

  it('capitalises a label as a heading in English only', () => {
    expect(headingWords('institution code', 'en')).toBe('Institution code');
    expect(headingWords('institution code', 'zh')).toBe('institution code');
  });
});

describe('markedDays and workingDaysIn', () => {
  const c = resolveCalendar(undefined, 'calendar.working_days');

  it('marks the rest days and the make-up working days from the first day to the last, both included', () => {
    // 2025-09-27 is a Saturday (rest), 2025-09-28 a Sunday made a working day (调休上班).
    expect(markedDays(c, day('2025-09-26'), day('2025-09-28'))).toStrictEqual({
      days: [{ day: day('2025-09-27'), kind: 'rest' }, { day: day('2025-09-28'), kind: 'makeup' }],
      uncovered: false,
    });
    expect(markedDays(c, day('2025-09-28'), day('2025-09-28')).days).toStrictEqual([{ day: day('2025-09-28'), kind: 'makeup' }]);
  });

  it('says when some days lie outside the calendar, and marks none of them', () => {
    const last = c.first + c.size - 1;
    expect(markedDays(c, last + 1, last + 3)).toStrictEqual({ days: [], uncovered: true });
    expect(markedDays(c, c.first, c.first).uncovered).toBe(false);
    expect(markedDays(c, c.first - 1, c.first - 1).uncovered).toBe(true);
  });

  it('counts the working days from the first day to the last, both included', () => {
    expect(workingDaysIn(c, day('2025-10-15'), day('2025-10-21'))).toBe(5);
    expect(workingDaysIn(c, day('2025-09-28'), day('2025-09-28'))).toBe(1);
    expect(workingDaysIn(c, day('2025-10-01'), day('2025-10-08'))).toBe(0);
  });

  it.each([
    ['the calendar\'s first day', 0, 0, 'counted'],
    ['the day before the calendar', -1, 0, 'undefined'],
    ['the calendar\'s last day', 0, 1, 'counted'],
    ['the day after the calendar', 0, 2, 'undefined'],
  ])('counts a span reaching %s only when the calendar covers it', (_, fromShift, toEnd, expected) => {
    const from = c.first + fromShift;
    const to = toEnd === 0 ? c.first + 3 : toEnd === 1 ? c.first + c.size - 1 : c.first + c.size;
    const n = workingDaysIn(c, from, to);
    expect(n === undefined ? 'undefined' : 'counted').toBe(expected);
  });
});
