// Builds docs/issue-codes.md from ISSUE_CODES: every issue code with its Chinese and English
// message templates, grouped by the area whose src/<area>/messages.ts defines it. Imported by
// test/docs/issueCodes.test.ts, run by `npm run docs:issue-codes`.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ISSUE_CODES } from '../src/issueCodes.js';

type Pair = readonly [string, string];
const root = resolve(import.meta.dirname, '..');

function isTable(value: unknown): value is Record<string, Pair> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v) && v.length === 2 && v.every((s) => typeof s === 'string'))
  );
}

/**
 * The message tables of every area: the exports of each `src/<area>/messages.ts` that map codes to
 * `[zh, en]`, in the order of ISSUE_CODES (an area comes where its first code does). Codes of
 * ISSUE_CODES that no area's messages.ts defines come last, under `(elsewhere)`.
 */
export async function issueCodeAreas(): Promise<{ area: string; codes: [string, Pair][] }[]> {
  const order = Object.keys(ISSUE_CODES);
  const areas: { area: string; codes: [string, Pair][] }[] = [];
  const seen = new Set<string>();
  for (const entry of readdirSync(join(root, 'src'), { withFileTypes: true })) {
    const file = join(root, 'src', entry.name, 'messages.ts');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    // A table may join others (SCORING_MESSAGES = SCORE_MESSAGES + SCORE_SHEET_MESSAGES): each code once.
    // A `*_BOUND_MESSAGES` table words codes of the area's other tables differently; see boundWordings.
    const tables = Object.entries(module).filter(([name, value]) => !name.endsWith('_BOUND_MESSAGES') && isTable(value)).map(([, table]) => table as Record<string, Pair>);
    const codes = [...new Map(tables.flatMap((table) => Object.entries(table))).entries()];
    codes.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    for (const [code] of codes) seen.add(code);
    if (codes.length > 0) areas.push({ area: entry.name, codes });
  }
  areas.sort((a, b) => order.indexOf(a.codes[0]?.[0] as string) - order.indexOf(b.codes[0]?.[0] as string));
  const rest = Object.entries(ISSUE_CODES).filter(([code]) => !seen.has(code));
  if (rest.length > 0) areas.push({ area: '(elsewhere)', codes: rest });
  return areas;
}

/**
 * The other wordings of codes listed above: each area's `*_BOUND_MESSAGES` table, the wording of a
 * code when a working-day window runs past the calendar and its covered days decide the answer
 * only as a bound ("at most N working days").
 */
export async function boundWordings(): Promise<[string, Pair][]> {
  const wordings: [string, Pair][] = [];
  for (const entry of readdirSync(join(root, 'src'), { withFileTypes: true })) {
    const file = join(root, 'src', entry.name, 'messages.ts');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, table] of Object.entries(module)) if (name.endsWith('_BOUND_MESSAGES') && isTable(table)) wordings.push(...Object.entries(table));
  }
  return wordings;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The text of docs/issue-codes.md. */
export async function issueCodesMarkdown(): Promise<string> {
  const areas = await issueCodeAreas();
  const lines = [
    '# Issue codes',
    '',
    '<!-- Generated from ISSUE_CODES by `npm run docs:issue-codes`; do not edit by hand. -->',
    '',
    `Every issue code the library can raise (${Object.keys(ISSUE_CODES).length} in all), with its Chinese and English`,
    'message. A code is stable: match on `code`, not on the message. `{name}` placeholders are filled',
    "from the issue's `params`, `expected` and `received`. Each area keeps its codes in its",
    '`src/<area>/messages.ts`, listed here by area; `ISSUE_CODES` (exported by `sva-rules`) joins them.',
    "The codes under `cli` are those of `sva-rules check`'s own findings (a row it cannot read, a cell",
    'Excel spoiled, a certificate code or holder twice in one file); its output names them beside the',
    "library's.",
    'Which clause an issue cites is in the issue itself (`clause`); see [clauses.md](clauses.md).',
    '',
  ];
  for (const { area, codes } of areas) {
    lines.push(`## ${area === '(elsewhere)' ? 'Elsewhere' : `\`${area}\``}`, '');
    lines.push('| code | 中文 | English |', '|---|---|---|');
    for (const [code, [zh, en]] of codes) lines.push(`| \`${code}\` | ${cell(zh)} | ${cell(en)} |`);
    lines.push('');
  }
  const bound = await boundWordings();
  if (bound.length > 0) {
    lines.push('## Wordings past the calendar', '');
    lines.push(
      'When a working-day window runs past the calendar and the days it covers decide the answer only',
      'as a bound (too short or too late even if every uncovered day were a working day, too early',
      'even if none were), the issue keeps its code above and is worded so:',
      '',
    );
    lines.push('| code | 中文 | English |', '|---|---|---|');
    for (const [code, [zh, en]] of bound) lines.push(`| \`${code}\` | ${cell(zh)} | ${cell(en)} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
