import { nameKey } from '../core/districts.js';
import { isRecord } from '../core/guard.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { decimalOf, Exact } from '../scoring/exact.js';
import type { ExactDecimal, ScoreScale } from '../scoring/exact.js';
import type { LinkedRecords } from './linkRecords.js';
import { AUDIT_MESSAGES } from './messages.js';
import type { AuditViolation } from './types.js';
import { idKey, personKey } from './wording.js';

/** What the certificates are checked against: the batch's item and approved items, read once. @internal */
export interface BatchItems {
  /** The batch's item (its name key), when it is text. */
  readonly item?: string;
  readonly itemName?: string;
  /** The approved items (name keys), when `approvedScope.items` is a list. */
  readonly approved?: ReadonlySet<string>;
}

/** The findings of the cross-checks: issues and the violations of 六(四) they reveal. @internal */
export interface CrossFindings {
  readonly issues: RuleIssue[];
  readonly violations: AuditViolation[];
}

function derive(found: CrossFindings, violation: string, index: number): void {
  found.violations.push({ violation, source: 'derived', path: ['certificates', index], clause: 'supervision.violations' });
}

/** 不考核就发证: no registration, or no result, for the certificate's ID number. */
function checkAssessed(records: LinkedRecords, key: string, idNumber: unknown, index: number, found: CrossFindings): boolean {
  const person = records.people.get(key);
  const at = { path: ['certificates', index, 'idNumber'], received: idNumber, params: { n: index + 1 } };
  let code: 'certificate_not_registered' | 'certificate_not_assessed' | undefined;
  if (records.hasRegistrations && person?.registration === undefined) code = 'certificate_not_registered';
  else if (records.hasResults && person?.result === undefined) code = 'certificate_not_assessed';
  if (code === undefined) return true;
  found.issues.push(issueFrom(AUDIT_MESSAGES, code, 'supervision.violations', at));
  derive(found, 'certificate_without_assessment', index);
  return false;
}

type Score = number | ExactDecimal;

// Two finite numbers are compared as numbers: each stands for its shortest decimal (as decimalOf
// reads it), and two doubles are equal exactly when those decimals are; anything else as decimals.
function sameScore(a: Score, b: Score): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return new Exact(a).eq(new Exact(b));
}

function below(score: Score, mark: number): boolean {
  return typeof score === 'number' ? score < mark : score.lt(mark);
}

/** 降低考核标准发证 and the score on the certificate against the result on record. */
function checkScoreLink(records: LinkedRecords, key: string, score: unknown, index: number, scale: ScoreScale, found: CrossFindings): void {
  const result = records.people.get(key)?.score;
  const given: Score | undefined = typeof score === 'number' && Number.isFinite(score) ? score : decimalOf(score);
  const path = ['certificates', index, 'score'];
  if (result !== undefined && given !== undefined && !sameScore(given, result)) {
    found.issues.push(
      issueFrom(AUDIT_MESSAGES, 'certificate_score_mismatch', 'certificate.contents', { path, expected: String(result), received: String(given), params: { n: index + 1 } }),
    );
  }
  // The result on record decides; without one, the certificate's own score (checkCertificate
  // reports it under score.pass) shows the standard was lowered just as well.
  const decisive = result ?? given;
  if (decisive === undefined || !below(decisive, scale.passMark)) return;
  if (result !== undefined) {
    found.issues.push(
      issueFrom(AUDIT_MESSAGES, 'certificate_result_below_pass', 'score.pass', { path, expected: scale.passMark, received: String(result), params: { n: index + 1 } }),
    );
  }
  found.issues.push(issueFrom(AUDIT_MESSAGES, 'derived_lowered_standard', 'supervision.violations', { path, params: { n: index + 1 } }));
  derive(found, 'lowered_standard', index);
}

/** 在项目清单外考核: the certificate's item is the batch's item, and an approved one. */
function checkItem(item: string, key: string, index: number, batch: BatchItems, found: CrossFindings): void {
  const path = ['certificates', index, 'item'];
  let issue: RuleIssue | undefined;
  if (batch.item !== undefined && key !== batch.item) {
    issue = issueFrom(AUDIT_MESSAGES, 'certificate_item_not_batch', 'batch.scope', { path, expected: batch.itemName, received: item, params: { n: index + 1 } });
  } else if (batch.item === undefined && batch.approved !== undefined && !batch.approved.has(key)) {
    issue = issueFrom(AUDIT_MESSAGES, 'certificate_item_out_of_scope', 'batch.scope', { path, received: item, params: { n: index + 1 } });
  }
  if (issue === undefined) return;
  found.issues.push(issue);
  found.issues.push(
    issueFrom(AUDIT_MESSAGES, 'derived_outside_item_list', 'supervision.violations', {
      path,
      received: item,
      params: { where: `第${index + 1}张证书`, whereEn: `Certificate ${index + 1}` },
    }),
  );
  derive(found, 'outside_item_list', index);
}

/**
 * The certificates against the other records of the batch (issue 13 §2): each certificate's ID
 * number registered and assessed, its holder passing, its score the result on record, its item the
 * batch's, its code and its (ID number, item) used once, its name the registered one. One pass
 * over the certificates with hash lookups: linear time. @internal
 */
export function crossCheckCertificates(certificates: readonly unknown[], records: LinkedRecords, batch: BatchItems, scale: ScoreScale): CrossFindings {
  const found: CrossFindings = { issues: [], violations: [] };
  const firstWithCode = new Map<string, number>();
  const firstCertified = new Map<string, number>();
  certificates.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const { idNumber, code, item, name, score } = entry;
    if (typeof code === 'string' && code !== '') {
      const first = firstWithCode.get(code);
      if (first === undefined) firstWithCode.set(code, index);
      else {
        found.issues.push(
          issueFrom(AUDIT_MESSAGES, 'certificate_code_duplicate', 'certificate.code', { path: ['certificates', index, 'code'], received: code, params: { n: index + 1, first: first + 1 } }),
        );
      }
    }
    // The batch's own item, as given, needs no normalising.
    const itemKey = typeof item !== 'string' || item.trim() === '' ? undefined : item === batch.itemName ? batch.item : nameKey(item);
    if (itemKey !== undefined) checkItem(item as string, itemKey, index, batch, found);
    const key = idKey(idNumber);
    if (key === undefined) return;
    if (itemKey !== undefined) {
      const pair = `${key}\u0000${itemKey}`;
      const first = firstCertified.get(pair);
      if (first === undefined) firstCertified.set(pair, index);
      else {
        found.issues.push(
          issueFrom(AUDIT_MESSAGES, 'certificate_id_duplicate', 'certificate.contents', {
            path: ['certificates', index, 'idNumber'],
            received: idNumber,
            params: { n: index + 1, first: first + 1 },
          }),
        );
      }
    }
    if (!checkAssessed(records, key, idNumber, index, found)) return;
    checkScoreLink(records, key, score, index, scale, found);
    const person = records.people.get(key);
    if (person?.name !== undefined && typeof name === 'string' && name !== person.rawName && name.trim() !== '' && personKey(name) !== person.name) {
      found.issues.push(
        issueFrom(AUDIT_MESSAGES, 'certificate_name_mismatch', 'certificate.contents', { path: ['certificates', index, 'name'], expected: person.name, received: name, params: { n: index + 1 } }),
      );
    }
  });
  return found;
}
