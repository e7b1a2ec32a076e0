import { CLAUSES } from '../../core/clauses.js';
import type { RuleIssue } from '../../core/issues.js';
import type { RecordType } from './fields.js';

/** The language of the command's output: each issue's `message` (zh) or `messageEn` (en). */
export type Language = 'zh' | 'en';

/** The counts of a run. */
export interface Tally {
  records: number;
  passed: number;
  failed: number;
  errors: number;
  warnings: number;
  /** How many issues of each code, in the order first met. */
  readonly byCode: Map<string, number>;
}

/** A new, empty tally. */
export function newTally(): Tally {
  return { records: 0, passed: 0, failed: 0, errors: 0, warnings: 0, byCode: new Map() };
}

/** Counts one record and its issues; returns whether it passed (no error). */
export function count(tally: Tally, issues: readonly RuleIssue[]): boolean {
  tally.records++;
  let errors = 0;
  for (const issue of issues) {
    if (issue.severity === 'error') errors++;
    tally.byCode.set(issue.code, (tally.byCode.get(issue.code) ?? 0) + 1);
  }
  tally.errors += errors;
  tally.warnings += issues.length - errors;
  if (errors === 0) tally.passed++;
  else tally.failed++;
  return errors === 0;
}

const TYPE_NAMES: Readonly<Record<RecordType, readonly [zh: string, en: string]>> = {
  certificate: ['证书', 'certificates'],
  registration: ['报名', 'registrations'],
  candidate: ['考生', 'candidates'],
  'institution-application': ['考核机构申请', 'institution applications'],
  'assessment-batch': ['考核批次', 'assessment batches'],
  assignment: ['考核机构分配', 'assignments'],
  'archive-record': ['档案', 'archive records'],
};

function issueText(issue: RuleIssue, lang: Language): string {
  const mark = issue.severity === 'error' ? '✗' : '!';
  if (lang === 'en') return `${mark} ${issue.messageEn} [${issue.clause}, ${issue.code}]`;
  return `${mark} ${issue.message}〔${CLAUSES[issue.clause]?.section ?? issue.clause}，${issue.code}〕`;
}

/**
 * One line for a record with issues: its line number, what names it, and each issue with its
 * clause (zh: the policy's section) and code.
 *
 * @example
 * recordLine(3, '253704000100001', issues, 'zh')
 * // '第3行 253704000100001：✗ 成绩 59.9 分低于合格线 60 分〔四1，score_below_pass_mark〕\n'
 */
export function recordLine(line: number, key: string, issues: readonly RuleIssue[], lang: Language): string {
  const where = lang === 'en' ? `line ${line}${key === '' ? '' : ` ${key}`}: ` : `第${line}行${key === '' ? '' : ` ${key}`}：`;
  return `${where}${issues.map((i) => issueText(i, lang)).join(lang === 'en' ? '; ' : '；')}\n`;
}

/** One JSON object for a record with issues. */
export function recordJson(line: number, key: string, issues: readonly RuleIssue[]): string {
  return `${JSON.stringify({ line, key, ok: !issues.some((i) => i.severity === 'error'), issues })}\n`;
}

function thousands(n: number): string {
  // Groups of three digits, as 'en-US' prints them, without a locale (the lint keeps toLocale* out).
  let out = String(n);
  for (let i = out.length - 3; i > 0; i -= 3) out = `${out.slice(0, i)},${out.slice(i)}`;
  return out;
}

/** The summary of a run, for stderr: counts, then the issues by code. */
export function summaryText(type: RecordType, tally: Tally, lang: Language): string {
  const [zh, en] = TYPE_NAMES[type];
  const codes = [...tally.byCode];
  if (lang === 'en') {
    const head = `${en}: ${thousands(tally.records)} records checked, ${thousands(tally.passed)} passed, ${thousands(tally.failed)} failed; ${thousands(tally.errors)} errors, ${thousands(tally.warnings)} warnings\n`;
    return codes.length === 0 ? head : `${head}by issue: ${codes.map(([c, n]) => `${c} ${thousands(n)}`).join(', ')}\n`;
  }
  const head = `${zh}：共检查${thousands(tally.records)}条，通过${thousands(tally.passed)}条，未通过${thousands(tally.failed)}条；错误${thousands(tally.errors)}个，警告${thousands(tally.warnings)}个\n`;
  return codes.length === 0 ? head : `${head}问题分类：${codes.map(([c, n]) => `${c} ${thousands(n)}`).join('，')}\n`;
}

/** The summary as one JSON object. */
export function summaryJson(type: RecordType, tally: Tally): string {
  const { records, passed, failed, errors, warnings } = tally;
  return `${JSON.stringify({ summary: { type, records, passed, failed, errors, warnings, byCode: Object.fromEntries(tally.byCode) } })}\n`;
}

/** The notice of header cells that name no field, given once, before the records. */
export function unknownColumnsText(unknown: readonly { column: number; cell: string }[], lang: Language, json: boolean): string {
  if (json) return `${JSON.stringify({ notice: 'unknown_columns', columns: unknown })}\n`;
  if (lang === 'en') return `unknown columns, ignored: ${unknown.map((u) => `${u.column} ${JSON.stringify(u.cell)}`).join(', ')}\n`;
  return `未识别的列（已忽略）：${unknown.map((u) => `第${u.column}列“${u.cell}”`).join('，')}\n`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The progress line: records done, records a second, bytes read (of the total when known). */
export function progressText(p: { records: number; seconds: number; bytes: number; total?: number | undefined }, lang: Language): string {
  const rate = p.seconds > 0 ? Math.round(p.records / p.seconds) : 0;
  const read = p.total === undefined ? megabytes(p.bytes) : `${megabytes(p.bytes)} / ${megabytes(p.total)}`;
  if (lang === 'en') return `${thousands(p.records)} records checked (${thousands(rate)}/s), ${read} read`;
  return `已检查${thousands(p.records)}条（每秒${thousands(rate)}条），已读取${read}`;
}
