import { zhValues } from '../core/zhValues.js';
import type { MessagePair } from '../core/issues.js';

/**
 * Issue codes of `sva-rules check`: what goes wrong while reading a file (a line that is not a
 * record, a cell Excel spoiled) and the rules that only a whole file can break (a certificate code
 * or a holder twice). The rules of each record are the library's, with its codes.
 *
 * The command prints them as it prints the library's (`--json` gives each issue's `code`), so they
 * are part of `ISSUE_CODES` (`src/issueCodes.ts`), where a reader of that output looks a code up.
 * Data only: the root entry imports nothing else of the command line.
 */
export const CHECK_MESSAGES = /* @__PURE__ */ zhValues({
  record_invalid_json: ['该行不是格式正确的记录，无法读取', 'The line is not a valid JSON record: {reason}'],
  record_truncated: ['记录在文件末尾被截断，无法读取', 'The record is cut off at the end of the input and cannot be read'],
  csv_unclosed_quote: [
    '该行的引号没有闭合，直到文件末尾都无法读取（文件可能被截断）',
    'The row has an unclosed quote up to the end of the input (the file may be cut off)',
  ],
  csv_text_after_quote: [
    '该行有单元格在结束引号之后还有其他字符，无法读取',
    'A quoted cell of the row is followed by other characters; the row cannot be read',
  ],
  csv_row_too_long: ['该行超过1兆字节，无法读取（可能缺少结束引号）', 'The row is longer than 1 MiB and cannot be read (a closing quote may be missing)'],
  csv_extra_cells: ['该行有{received}个单元格，多于表头的{expected}列', 'The row has {received} cells, more than the {expected} columns of the header'],
  cell_excel_number: [
    '{label}“{received}”已被电子表格软件转成科学计数法，原来的号码已经丢失；请把该列设为文本格式，重新录入后再导出',
    '{labelEn} "{received}" was turned into a number in scientific notation by the spreadsheet, and its digits are lost: format the column as text, enter the numbers again and export',
  ],
  certificate_code_repeated: ['证书编号{received}与第{first}行的证书重复', 'Certificate code {received} repeats the certificate on line {first}'],
  certificate_holder_repeated: [
    '身份证号码{received}已在第{first}行取得“{item}”的证书，同一项目不应重复发证',
    'ID number {received} already holds a certificate for "{item}" on line {first}; an item is certified once',
  ],
} as const satisfies Record<string, MessagePair>);
