import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, MAX_ROW_LENGTH } from '../../../src/cli/check/csv.js';
import type { CsvRow } from '../../../src/cli/check/csv.js';

function readAll(text: string, chunk = text.length || 1): CsvRow[] {
  const csv = new CsvReader();
  const rows: CsvRow[] = [];
  for (let i = 0; i < text.length; i += chunk) rows.push(...csv.push(text.slice(i, i + chunk)));
  return [...rows, ...csv.end()];
}

const cases: { name: string; text: string; rows: CsvRow[] }[] = [
  { name: 'plain rows, LF', text: 'a,b\nc,d\n', rows: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }] },
  { name: 'CRLF line ends', text: 'a,b\r\nc,d\r\n', rows: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }] },
  { name: 'a last line without its line end', text: 'a,b\nc,d', rows: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }] },
  { name: 'a quoted comma', text: '"a,b",c\n', rows: [{ line: 1, cells: ['a,b', 'c'] }] },
  { name: 'a doubled quote', text: '"say ""hi""",x\n', rows: [{ line: 1, cells: ['say "hi"', 'x'] }] },
  { name: 'a quoted line break counts its lines', text: '"a\nb",c\nd,e\n', rows: [{ line: 1, cells: ['a\nb', 'c'] }, { line: 3, cells: ['d', 'e'] }] },
  { name: 'a quoted CRLF kept as written', text: '"a\r\nb",c\r\n', rows: [{ line: 1, cells: ['a\r\nb', 'c'] }] },
  { name: 'an empty quoted cell', text: '"",a\n', rows: [{ line: 1, cells: ['', 'a'] }] },
  { name: 'a quoted last cell at the end of input', text: 'a,"b"', rows: [{ line: 1, cells: ['a', 'b'] }] },
  { name: 'a quoted last cell with CR at the end of input', text: 'a,"b"\r', rows: [{ line: 1, cells: ['a', 'b'] }] },
  { name: 'empty lines skipped, still counted', text: 'a\n\n\r\nb\n', rows: [{ line: 1, cells: ['a'] }, { line: 4, cells: ['b'] }] },
  { name: "Excel's empty rows of commas skipped", text: 'a,b\n,,\nc,d\n', rows: [{ line: 1, cells: ['a', 'b'] }, { line: 3, cells: ['c', 'd'] }] },
  { name: 'empty cells kept', text: 'a,,c,\n', rows: [{ line: 1, cells: ['a', '', 'c', ''] }] },
  { name: 'a quote inside an unquoted cell is text', text: 'a"b,c\n', rows: [{ line: 1, cells: ['a"b', 'c'] }] },
  { name: 'text after a closing quote: a fault, then the next line', text: '"a"b,c\nd\n', rows: [{ line: 1, fault: 'text_after_quote' }, { line: 2, cells: ['d'] }] },
  { name: 'an unclosed quote: the truncated last row', text: 'a\n"b,c\nd', rows: [{ line: 1, cells: ['a'] }, { line: 2, fault: 'unclosed_quote' }] },
  { name: 'Chinese text', text: '姓名,身份证号\n张伟,370403199003151230\n', rows: [{ line: 1, cells: ['姓名', '身份证号'] }, { line: 2, cells: ['张伟', '370403199003151230'] }] },
];

describe('CsvReader (RFC 4180)', () => {
  it.each(cases)('$name', ({ text, rows }) => {
    expect(readAll(text)).toEqual(rows);
  });

  it.each(cases)('gives the same rows whatever the chunks: $name', ({ text, rows }) => {
    for (const size of [1, 2, 3, 7]) expect(readAll(text, size)).toEqual(rows);
  });

  it('refuses a row longer than 1 MiB and goes on at the next line', () => {
    const long = `"${'x'.repeat(MAX_ROW_LENGTH + 10)}\nnext,row\n`;
    const rows = readAll(long, 65536);
    expect(rows[0]).toEqual({ line: 1, fault: 'row_too_long' });
    expect(rows).toContainEqual({ line: 2, cells: ['next', 'row'] });
  });

  it('refuses a row of more than 1 MiB without a line end, in many chunks, and reads on after it', () => {
    const csv = new CsvReader();
    const rows: CsvRow[] = [];
    for (let i = 0; i < 20; i++) rows.push(...csv.push('"'.concat('y'.repeat(65536))));
    rows.push(...csv.push('still the long row\nnext,row\n'), ...csv.end());
    expect(rows).toEqual([
      { line: 1, fault: 'row_too_long' },
      { line: 2, cells: ['next', 'row'] },
    ]);
  });

  it('reads back any table it is given as RFC 4180, in any chunks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '张', ',', '"', '\n', '\r', ' ', '1'), maxLength: 6 });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 9 }), fc.boolean(), (rows, chunk, crlf) => {
        const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n');
        const expected = rows.filter((r) => r.some((c) => c !== ''));
        expect(readAll(text, chunk).map((r) => ('cells' in r ? r.cells : r))).toEqual(expected);
      }),
    );
  });
});
