/**
 * Question banks: their sets, approval and rotating paper assembly (四1: `bank.sets`,
 * `bank.rotation`, `bank.approval`).
 * @module question-bank
 */
export { checkQuestionBank } from './checkQuestionBank.js';
export type { CheckQuestionBankOptions, QuestionBank, QuestionSet } from './checkQuestionBank.js';
export { nextPaperSet } from './nextPaperSet.js';
export { rotationPlan } from './rotationPlan.js';
