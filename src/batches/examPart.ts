import { isRecord } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { generalSeverity } from '../core/severity.js';
import { checkQuestionBank } from '../question-bank/checkQuestionBank.js';
import type { QuestionBank } from '../question-bank/checkQuestionBank.js';
import { invalidIssue, missingIssue, underPath } from '../core/evidence.js';
import { checkComplete, checkFlag } from './evidence.js';
import type { BatchContext } from './context.js';
import { BATCH_MESSAGES } from './messages.js';
import { EXAM_METHODS, NOTICES } from './vocabulary.js';

/** 四2(4): the site (`exam.site`), the notices (`exam.notices`), the video (`exam.video`). @internal */
function checkVenue(exam: Record<string, unknown>, issues: RuleIssue[]): void {
  const site = exam.site;
  if (site === undefined) issues.push(missingIssue('exam.site', ['exam', 'site']));
  else if (site === 'production_post') {
    checkFlag(exam.productionSafetyAssured, ['exam', 'productionSafetyAssured'], 'exam.site', 'exam_site_unsafe', issues);
  } else if (site !== 'fixed_site') {
    issues.push(invalidIssue('exam.site', ['exam', 'site'], site, '“fixed_site”（固定考核场所）或“production_post”（结合生产岗位）', 'fixed_site or production_post'));
  }
  checkComplete(exam.notices, ['exam', 'notices'], 'exam.notices', NOTICES, 'exam_notice_lacking', issues);
  checkFlag(exam.videoRecorded, ['exam', 'videoRecorded'], 'exam.video', 'exam_not_recorded', issues);
}

/** 四1: the method (`assessment.method`; theory alone is a 一般 limit). @internal */
function checkMethod(exam: Record<string, unknown>, ctx: BatchContext, issues: RuleIssue[]): void {
  const method = exam.method;
  const methods = Object.keys(EXAM_METHODS);
  if (method === undefined) issues.push(missingIssue('assessment.method', ['exam', 'method']));
  else if (typeof method !== 'string' || !methods.includes(method)) {
    issues.push(invalidIssue('assessment.method', ['exam', 'method'], method, `${methods.map((m) => `“${m}”（${EXAM_METHODS[m as keyof typeof EXAM_METHODS].name}）`).join('、')}之一`, `one of ${methods.join(', ')}`));
  } else if (method === 'theory') {
    issues.push(issueFrom(BATCH_MESSAGES, 'theory_only', 'assessment.method', { severity: generalSeverity(ctx.policy), path: ['exam', 'method'], received: method }));
  }
}

/** 四1: the question bank's sets (`bank.sets`) and its approval by the exam's first day (`bank.approval`). @internal */
function checkBank(batch: Record<string, unknown>, ctx: BatchContext, issues: RuleIssue[]): void {
  const bank = batch.questionBank;
  if (bank !== undefined && !isRecord(bank)) {
    issues.push(invalidIssue('bank.sets', ['questionBank'], bank, '对象', 'an object'));
    return;
  }
  if (bank === undefined) {
    issues.push(missingIssue('bank.sets', ['questionBank', 'sets']), missingIssue('bank.approval', ['questionBank', 'approvedOn']));
    return;
  }
  const options = ctx.startIso === undefined ? { policy: ctx.policy } : { policy: ctx.policy, usedOn: ctx.startIso };
  issues.push(...underPath(checkQuestionBank(bank as unknown as QuestionBank, options).issues, ['questionBank']));
  // Without a first day the approval cannot be dated, but its absence is still missing evidence.
  if (ctx.startIso === undefined && bank.approvedOn === undefined) issues.push(missingIssue('bank.approval', ['questionBank', 'approvedOn']));
}

/** The exam's steps of {@link checkBatch}, in order. @internal */
export function checkExam(batch: Record<string, unknown>, ctx: BatchContext, issues: RuleIssue[]): void {
  if (ctx.exam !== undefined) {
    checkVenue(ctx.exam, issues);
    checkMethod(ctx.exam, ctx, issues);
  }
  checkBank(batch, ctx, issues);
}
