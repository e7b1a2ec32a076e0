import type { FieldSpec, Vocabulary } from './fields.js';

// What Excel writes for a long number in a General cell: 3.70402E+17, 2.53704E+14.
const SCIENTIFIC = /^\s*[+-]?\d+(?:\.\d+)?[eE][+-]?\d+\s*$/;

// 2024/3/1, 2024-3-1, 2024.3.1, 2024年3月1日, and Excel's date-time with a midnight time.
const DATE = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+0?0:00(?::00)?)?\s*$/;

const FLAGS: Readonly<Record<string, boolean>> = {
  是: true,
  有: true,
  具备: true,
  已签署: true,
  true: true,
  yes: true,
  y: true,
  '1': true,
  '√': true,
  '✓': true,
  否: false,
  无: false,
  不具备: false,
  未签署: false,
  false: false,
  no: false,
  n: false,
  '0': false,
  '×': false,
  '✗': false,
};

const ITEM_SEPARATORS = /[,，;；|\n、]/;
const WORD_SEPARATORS = /[,，;；|\n]/;

/** A date as Excel writes it, read as `YYYY-MM-DD`; any other text is kept for the rules to refuse. */
export function readDate(cell: string): string {
  if (cell.length === 10 && cell.charCodeAt(4) === 45 && cell.charCodeAt(7) === 45) return cell;
  const slashed = excelDate(cell);
  if (slashed !== undefined) return slashed;
  const m = DATE.exec(cell);
  if (m === null) return cell;
  return `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

// Excel's own 2024/3/1 read without a regular expression (the common case of a register);
// `undefined` for anything else.
function excelDate(cell: string): string | undefined {
  const n = cell.length;
  if (n < 8 || n > 10 || cell.charCodeAt(4) !== 47) return undefined;
  const slash = cell.indexOf('/', 6);
  if (slash < 0) return undefined;
  const month = digitsOf(cell, 5, slash);
  const day = digitsOf(cell, slash + 1, n);
  if (digitsOf(cell, 0, 4) < 0 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${cell.slice(0, 4)}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
}

// The number written by 1 or 2 (4 for a year) ASCII digits from `from` to `to`, or -1.
function digitsOf(s: string, from: number, to: number): number {
  if (to <= from || to - from > 4) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The items of a list cell: split at commas, semicolons, 、 or line breaks, trimmed. */
export function readList(cell: string, separators: RegExp = ITEM_SEPARATORS): string[] {
  return cell
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** The id of a vocabulary entry named by its id, its Chinese or English name or a variant. */
export function wordOf(token: string, vocabulary: Vocabulary): string | undefined {
  const k = key(token);
  for (const [id, entry] of Object.entries(vocabulary)) {
    if (k === id.toLowerCase() || k === key(entry.name) || k === key(entry.nameEn)) return id;
    if (entry.also?.some((a) => key(a) === k)) return id;
  }
  return undefined;
}

// Entries split at commas and semicolons; a token that names none is split again at 、, since
// some names (附件2's headings) contain 、 themselves.
function readWords(cell: string, vocabulary: Vocabulary): string[] {
  const words: string[] = [];
  for (const token of readList(cell, WORD_SEPARATORS)) {
    const id = wordOf(token, vocabulary);
    if (id !== undefined) words.push(id);
    else for (const part of readList(token)) words.push(wordOf(part, vocabulary) ?? part);
  }
  return words;
}

/**
 * Whether Excel wrote the number of an identifier cell in scientific notation (`3.70402E+17`):
 * its digits are lost.
 */
export function isExcelNumber(spec: FieldSpec, cell: string): boolean {
  return spec.kind === 'id' && (cell.includes('E') || cell.includes('e')) && SCIENTIFIC.test(cell);
}

/**
 * Reads one CSV cell as the field it stands for: an empty cell is an absent field, `undefined`
 * (reported by the rules as missing, never read as false or 0); a date as Excel writes it becomes
 * `YYYY-MM-DD`; a decimal stays the exact string (`'86.50'`); 是/否 become booleans; vocabulary
 * names become their ids. A cell that cannot be read so is kept as written, for the rules to
 * refuse with their own message (see {@link isExcelNumber} for identifiers Excel spoiled). Pure.
 *
 * @example
 * readCell({ kind: 'date' }, '2024/3/1') // '2024-03-01'
 * readCell({ kind: 'flag' }, '否') // false
 */
export function readCell(spec: FieldSpec, cell: string): unknown {
  if (cell === '') return undefined;
  switch (spec.kind) {
    case 'date':
      return readDate(cell);
    case 'count':
      return /^\s*\d{1,15}\s*$/.test(cell) ? Number(cell) : cell;
    case 'flag':
      return FLAGS[key(cell)] ?? cell;
    case 'list':
      return readList(cell);
    case 'names':
      return readList(cell).map((name) => ({ name }));
    case 'word':
      return spec.vocabulary === undefined ? cell : (wordOf(cell, spec.vocabulary) ?? cell);
    case 'words':
      return spec.vocabulary === undefined ? readList(cell) : readWords(cell, spec.vocabulary);
    default:
      return cell;
  }
}
