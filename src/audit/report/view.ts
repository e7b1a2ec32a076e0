// The report read into what is printed, in one language: every text still as the input gives it
// (the HTML and Markdown writers escape each one). A report built by hand is read as carefully
// as one from auditBatch: a value of the wrong type shows as text, never throws. @internal
import type { CalendarInternals, WorkdayCalendar } from '../../calendar/internals.js';
import { planFilingDeadlineDay } from '../../calendar/planFilingDeadline.js';
import { CLAUSES } from '../../core/clauses.js';
import { isoDayNumber, isoOfDayNumber } from '../../core/dates.js';
import { isSvaError } from '../../core/errors.js';
import { isRecord } from '../../core/guard.js';
import type { Policy } from '../../core/policy.js';
import { LABELS } from '../../labels.js';
import type { AuditReport } from '../types.js';
import { markedDays, workingDaysIn } from './calendarDays.js';
import type { MarkedDay } from './calendarDays.js';
import { textOf } from './escape.js';
import { dateWords, districtWords, fieldWords, headingWords, sectionWords, STEPS, violationWords, WORDS } from './words.js';
import type { Lang } from './words.js';

export interface ViewIssue {
  readonly error: boolean;
  readonly message: string;
  /** The field, in words ('' when the issue is about the input as a whole). */
  readonly field: string;
}

export interface ViewClause {
  readonly section: string;
  readonly title: string;
  readonly ok: boolean;
  /** The mark and word of its result: ✓ 符合, ✗ 不符合, or — 未检查 (a list it needs was left out). */
  readonly result: string;
  readonly issues: readonly ViewIssue[];
}

export interface ViewStep {
  readonly step: string;
  readonly name: string;
  readonly section: string;
  readonly ok: boolean;
  /** Day numbers of the first and last day, when the step has a real date. */
  readonly fromDay?: number;
  readonly toDay?: number;
  readonly from?: string;
  readonly to?: string;
  /** The dates in words: 2025年10月13日至2025年10月14日, or 未载明日期. */
  readonly dates: string;
  /** The section of the clause it broke, when it failed. */
  readonly clauseSection?: string;
  /** For the plan: the last day it may be filed on (四2(3)), from the exam's first day. */
  readonly deadlineDay?: number;
}

export interface ReportView {
  readonly lang: Lang;
  readonly identity: readonly { readonly label: string; readonly value: string; readonly given: boolean }[];
  readonly recognised: boolean;
  readonly violations: readonly { readonly name: string; readonly source: string; readonly field: string }[];
  readonly steps: readonly ViewStep[];
  /** The first and last day of the steps with a real date, and the rest and make-up days between. */
  readonly range?: { readonly first: number; readonly last: number; readonly days: readonly MarkedDay[]; readonly uncovered: boolean };
  readonly clauses: readonly ViewClause[];
  readonly counts: string;
  /** The pass rate, as given (`rate` is text of the report, to escape). */
  readonly passRate?: { readonly candidates: number; readonly passed: number; readonly rate: string };
}

const CLAUSE_ORDER: readonly string[] = Object.keys(CLAUSES);

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function identity(report: AuditReport, lang: Lang): ReportView['identity'] {
  const batch = isRecord(report.batch) ? report.batch : {};
  const row = (label: { zh: string; en: string }, value: unknown, words: (v: unknown) => string = textOf) => {
    const given = typeof value === 'string' && value !== '';
    return { label: headingWords(label[lang], lang), value: given ? words(value) : WORDS[lang].notGiven, given };
  };
  return [
    row(LABELS.fields.certificate.institution, batch.institution),
    row(LABELS.fields.assessmentBatch.institutionCode, batch.institutionCode),
    row(LABELS.fields.assessmentBatch.item, batch.item),
    row(LABELS.fields.assessmentBatch.district, batch.district, (v) => districtWords(v, lang)),
  ];
}

function sectionOf(clause: unknown): string | undefined {
  const id = textOf(clause);
  return Object.prototype.hasOwnProperty.call(CLAUSES, id) ? CLAUSES[id as keyof typeof CLAUSES].section : undefined;
}

function step(value: unknown, lang: Lang, calendar: CalendarInternals): ViewStep {
  const s = isRecord(value) ? value : {};
  const key = textOf(s.step);
  const known = Object.prototype.hasOwnProperty.call(STEPS, key) ? STEPS[key as keyof typeof STEPS] : undefined;
  const fromDay = typeof s.from === 'string' ? isoDayNumber(s.from) : undefined;
  const toDay = typeof s.to === 'string' ? isoDayNumber(s.to) : undefined;
  const given = [s.from, ...(s.to === s.from ? [] : [s.to])].filter((d) => d !== undefined).map((d) => dateWords(d, lang));
  // The working days of the results publicity (四2(5): not fewer than 5), when the calendar covers them.
  const working = key === 'results_publicity' && fromDay !== undefined && toDay !== undefined && toDay >= fromDay ? workingDaysIn(calendar, fromDay, toDay) : undefined;
  const count = working === undefined ? '' : lang === 'zh' ? `（${WORDS.zh.workingDays(working)}）` : ` (${WORDS.en.workingDays(working)})`;
  const ok = s.ok !== false;
  const section = sectionWords(sectionOf(s.clause) ?? textOf(s.clause ?? ''), lang);
  return {
    step: key,
    name: known === undefined ? key : known[lang],
    section: sectionWords(known?.section ?? '', lang),
    ok,
    ...(fromDay === undefined ? {} : { fromDay, from: s.from as string }),
    ...(fromDay === undefined || toDay === undefined || toDay < fromDay ? {} : { toDay, to: s.to as string }),
    dates: given.length === 0 ? WORDS[lang].noDate : `${given.join(lang === 'zh' ? '至' : ' to ')}${count}`,
    ...(ok ? {} : { clauseSection: section }),
  };
}

function clause(value: unknown, lang: Lang): ViewClause {
  const c = isRecord(value) ? value : {};
  const issues = list(c.issues).map((i): ViewIssue => {
    const issue = isRecord(i) ? i : {};
    return { error: issue.severity === 'error', message: textOf(lang === 'zh' ? issue.message : issue.messageEn), field: fieldWords(issue.path, lang) };
  });
  const ok = c.ok !== false;
  // `checked: false` (issue 13): a list the clause needs was left out of the input, so it was not checked.
  const result = c.checked === false ? `— ${WORDS[lang].notChecked}` : ok ? `✓ ${WORDS[lang].held}` : `✗ ${WORDS[lang].failed}`;
  return { section: sectionWords(c.section, lang), title: textOf(lang === 'zh' ? c.title : c.titleEn), ok, result, issues };
}

function byPolicyOrder(clauses: readonly unknown[]): readonly unknown[] {
  const rank = (c: unknown) => {
    const at = CLAUSE_ORDER.indexOf(textOf(isRecord(c) ? c.clause : undefined));
    return at === -1 ? CLAUSE_ORDER.length : at;
  };
  return clauses.map((c, i) => ({ c, r: rank(c), i })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.c);
}

function stepRank(value: unknown): number {
  const at = Object.keys(STEPS).indexOf(textOf(isRecord(value) ? value.step : undefined));
  return at === -1 ? Object.keys(STEPS).length : at;
}

/** The pass rate in words, its rate escaped by `escape`. */
export function passRateWords(view: ReportView, escape: (text: string) => string): string {
  const words = WORDS[view.lang];
  const r = view.passRate;
  return r === undefined ? words.noPassRate : words.passRate(r.candidates, r.passed, escape(r.rate));
}

// A timeline longer than this (about 13 months) is drawn without its rest days.
const MOST_DAYS_MARKED = 400;

function rangeOf(steps: readonly ViewStep[], calendar: CalendarInternals): ReportView['range'] {
  // A deadline counts whether its step has a date or not (a plan filed with no date still shows its due day).
  const days = steps.flatMap((s) => [...(s.fromDay === undefined ? [] : [s.fromDay, s.toDay ?? s.fromDay]), ...(s.deadlineDay === undefined ? [] : [s.deadlineDay])]);
  if (days.length === 0) return undefined;
  const [first, last] = [Math.min(...days), Math.max(...days)];
  return { first, last, ...(last - first < MOST_DAYS_MARKED ? markedDays(calendar, first, last) : { days: [], uncovered: false }) };
}

/** What the report is drawn on: the calendar (as given and read) and the policy. */
export interface DrawnOn {
  readonly calendar: WorkdayCalendar | undefined;
  readonly internals: CalendarInternals;
  readonly policy: Policy | undefined;
}

/** The plan's step with its deadline (四2(3): 在考试开始前5个工作日内), when the exam has a date the calendar covers. */
function withDeadline(steps: readonly ViewStep[], lang: Lang, on: DrawnOn): readonly ViewStep[] {
  const exam = steps.find((s) => s.step === 'exam')?.fromDay;
  if (exam === undefined) return steps;
  let deadline: number;
  try {
    deadline = planFilingDeadlineDay(exam, { ...(on.calendar === undefined ? {} : { calendar: on.calendar }), ...(on.policy === undefined ? {} : { policy: on.policy }) });
  } catch (error) {
    // An exam outside the calendar has no deadline the library can tell (never guessed); a bad
    // policy is refused.
    if (isSvaError(error) && error.code === 'calendar_out_of_range') return steps;
    throw error;
  }
  const due = WORDS[lang].dueBy(dateWords(isoOfDayNumber(deadline), lang));
  return steps.map((s) => (s.step === 'plan' ? { ...s, deadlineDay: deadline, dates: lang === 'zh' ? `${s.dates}（${due}）` : `${s.dates} (${due})` } : s));
}

/** The report as printed, in one language, its days on a calendar. */
export function viewOf(report: AuditReport, lang: Lang, on: DrawnOn): ReportView {
  const calendar = on.internals;
  const words = WORDS[lang];
  const clauses = byPolicyOrder(list(report.clauses)).map((c) => clause(c, lang));
  const steps = list(report.timeline).map((s, i) => ({ s, r: stepRank(s), i })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => step(x.s, lang, calendar));
  const drawn = withDeadline(steps, lang, on);
  const range = rangeOf(drawn, calendar);
  const violations = list(report.violations).map((v) => {
    const r = isRecord(v) ? v : {};
    return { name: violationWords(r.violation, lang), source: r.source === 'derived' ? words.derived : words.finding, field: fieldWords(r.path, lang) };
  });
  const rate = isRecord(report.passRate) ? report.passRate : undefined;
  return {
    lang,
    identity: identity(report, lang),
    recognised: report.resultsRecognised === true,
    violations,
    steps: drawn,
    ...(range === undefined ? {} : { range }),
    clauses,
    counts: words.counts(clauses.length, clauses.filter((c) => !c.ok).length, count(report.errors), count(report.warnings)),
    ...(rate === undefined ? {} : { passRate: { candidates: count(rate.candidates), passed: count(rate.passed), rate: textOf(rate.passRate) } }),
  };
}
