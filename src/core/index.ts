/**
 * The core every rule uses: dates, issues, errors, the clause registry and the policy.
 * @module core
 */
export { CLAUSES, isClauseId } from './clauses.js';
export type { Clause, ClauseId } from './clauses.js';
export { ZAOZHUANG_2023 } from './policy.js';
export { definePolicy } from './definePolicy.js';
export type { Policy, PolicyClauseKey, PolicyNumberKey } from './policy.js';
export { SvaError, isSvaError } from './errors.js';
export type { RuleIssue, RuleResult, ParseResult, Severity } from './issues.js';
export type { IsoDate, DateInput } from './dates.js';
export { isIsoDate } from './dates.js';
export { findFieldLabel } from './labels.js';
export type { OpenWord } from './terms.js';
export type { FieldLabel, Label, VocabularyName } from './labels.js';
