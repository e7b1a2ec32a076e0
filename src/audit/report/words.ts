// The words of the printed audit report, in Chinese and in English, and the readers that turn the
// report's values (dates, districts, violations, issue paths) into them. @internal
import { districtOf } from '../../core/districts.js';
import { isoDayNumber, partsOfDayNumber } from '../../core/dates.js';
import { findFieldLabel } from '../../core/labels.js';
import { LABELS } from '../../labels.js';
import type { AuditStep } from '../types.js';
import { textOf } from './escape.js';

/** The language of a report. */
export type Lang = 'zh' | 'en';

/** The fixed texts of the report. */
export const WORDS = {
  zh: {
    title: '专项职业能力考核批次核查报告',
    policy: '依据：《枣庄市专项职业能力考核社会化改革试点方案》（2023年）',
    identity: '考核批次',
    notGiven: '未填写',
    recognised: '考核结果予以认可',
    notRecognised: '考核结果不予认可',
    violations: '六(四) 违规行为',
    noViolation: '未发现六(四)所列违规行为。',
    derived: '据考核记录查出',
    finding: '监管部门认定',
    timeline: '考核流程（四2）',
    noDate: '未载明日期',
    restDays: '休息日（周末、节假日）',
    makeupDay: '调休上班日',
    makeupMark: '班',
    dueBy: (date: string) => `应不晚于${date}`,
    deadline: '计划报备期限（四2(3)）',
    uncovered: '日历未收录的日期未作标注',
    workingDays: (n: number) => `${n}个工作日`,
    clauses: '逐条核查结果',
    section: '条款',
    clauseTitle: '内容',
    result: '结果',
    issues: '发现的问题',
    held: '符合',
    notChecked: '未检查',
    failed: '不符合',
    error: '错误',
    warning: '警告',
    errors: '错误',
    warnings: '警告',
    at: '涉及',
    none: '无',
    summary: '核查小结',
    counts: (clauses: number, failed: number, errors: number, warnings: number) =>
      `共核查${clauses}条条款，${failed}条不符合；错误${errors}个，警告${warnings}个。`,
    passRate: (candidates: number, passed: number, rate: string) => `考核人数${candidates}人，合格${passed}人，合格率${rate}%。`,
    noPassRate: '未提供考核成绩，未计算合格率。',
    item: (n: number) => `第${n}项`,
  },
  en: {
    title: 'Audit of a special vocational ability assessment batch',
    policy: 'Under the Zaozhuang pilot scheme for socialised special vocational ability assessment (2023)',
    identity: 'The batch',
    notGiven: 'not given',
    recognised: 'The results are recognised',
    notRecognised: 'The results are not recognised',
    violations: '6(4) Violations',
    noViolation: 'None of the violations of 6(4) was found.',
    derived: 'found in the records',
    finding: 'found by the bureau',
    timeline: 'The steps of the assessment (4.2)',
    noDate: 'no date given',
    restDays: 'rest days (weekends, holidays)',
    makeupDay: 'make-up working day',
    makeupMark: 'W',
    dueBy: (date: string) => `due by ${date}`,
    deadline: 'plan filing deadline (4.2(3))',
    uncovered: 'days the calendar does not cover are not marked',
    workingDays: (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`,
    clauses: 'Clause by clause',
    section: 'Section',
    clauseTitle: 'Clause',
    result: 'Result',
    issues: 'Issues',
    held: 'held',
    notChecked: 'not checked',
    failed: 'failed',
    error: 'error',
    warning: 'warning',
    errors: 'Errors',
    warnings: 'Warnings',
    at: 'at',
    none: 'none',
    summary: 'Summary',
    counts: (clauses: number, failed: number, errors: number, warnings: number) =>
      `${clauses} ${clauses === 1 ? 'clause' : 'clauses'} checked, ${failed} failed; ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
    passRate: (candidates: number, passed: number, rate: string) => `${passed} of ${candidates} candidates passed: a pass rate of ${rate}%.`,
    noPassRate: 'No scores were given: no pass rate.',
    item: (n: number) => `no. ${n}`,
  },
} as const;

/** The steps of 四2 in the policy's words, with their section. */
export const STEPS: Readonly<Record<AuditStep, { readonly section: string; readonly zh: string; readonly en: string }>> = {
  announcement: { section: '四2(1)', zh: '发布公告', en: 'Announcement' },
  registration: { section: '四2(2)', zh: '组织报名', en: 'Registration' },
  plan: { section: '四2(3)', zh: '制定计划', en: 'Batch plan filed' },
  exam: { section: '四2(4)', zh: '考务组织', en: 'Exam' },
  results_publicity: { section: '四2(5)', zh: '结果公示', en: 'Results publicity' },
  certificates: { section: '四2(6)', zh: '颁发证书', en: 'Certificates issued' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as officials write it (2024年3月1日, 1 March 2024); a value that is no date, as it is. */
export function dateWords(value: unknown, lang: Lang): string {
  const day = typeof value === 'string' ? isoDayNumber(value) : undefined;
  if (day === undefined) return textOf(value);
  const { year, month, day: d } = partsOfDayNumber(day);
  return lang === 'zh' ? `${year}年${month}月${d}日` : `${d} ${MONTHS[month - 1] as string} ${year}`;
}

/** A district code as its name, with the code (薛城区（370403）); one that names none, as given. */
export function districtWords(value: unknown, lang: Lang): string {
  const district = districtOf(value);
  if (district === undefined) return textOf(value);
  return lang === 'zh' ? `${district.name}（${district.code}）` : `${district.nameEn} (${district.code})`;
}

/** A violation of 六(四) by its label; another kind (等) as the bureau wrote it. */
export function violationWords(value: unknown, lang: Lang): string {
  const labels = LABELS.vocabulary.violations as Readonly<Record<string, { zh: string; en: string }>>;
  const key = textOf(value);
  return Object.prototype.hasOwnProperty.call(labels, key) ? (labels[key] as { zh: string; en: string })[lang] : key;
}

/**
 * The field an issue's path points to, in words: the labels of the audit file (`LABELS.fields.audit`),
 * with the place in a list (专项职业能力证书第3项 · 身份证号). Empty when no label encloses the path.
 */
export function fieldWords(path: unknown, lang: Lang): string {
  if (!Array.isArray(path)) return '';
  const segments = path as readonly unknown[];
  if (!segments.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0))) return '';
  const parts: string[] = [];
  let last: string | undefined;
  segments.forEach((segment, i) => {
    if (typeof segment !== 'number') return;
    const outer = findFieldLabel(LABELS.fields.audit, segments.slice(0, i) as (string | number)[]);
    if (outer === undefined) return;
    parts.push(`${outer.label[lang]}${lang === 'zh' ? '' : ' '}${WORDS[lang].item(segment + 1)}`);
    last = outer.key;
  });
  const inner = findFieldLabel(LABELS.fields.audit, segments as (string | number)[]);
  if (inner !== undefined && inner.key !== last) parts.push(inner.label[lang]);
  return parts.join(' · ');
}

const NUMERALS: Readonly<Record<string, string>> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * A section of the policy as written (四2(1), 六(四), 附件3, 落款日期) or, in English, as 4.2(1), 6(4),
 * Annex 3, Date of signature.
 */
export function sectionWords(value: unknown, lang: Lang): string {
  const section = textOf(value);
  if (lang === 'zh') return section;
  return section
    .replace(/附件\s*(\d+)/g, 'Annex $1')
    .replace('落款日期', 'Date of signature')
    .replace(/([一二三四五六七八九])(\d)?/g, (_, numeral: string, digit: string | undefined) => `${NUMERALS[numeral] as string}${digit === undefined ? '' : `.${digit}`}`);
}

/** A label as a heading: in English, with its first letter in capitals. */
export function headingWords(label: string, lang: Lang): string {
  return lang === 'zh' ? label : `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}
