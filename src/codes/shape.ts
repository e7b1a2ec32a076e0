import type { ClauseId } from '../core/clauses.js';
import { describe } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { invalidOptionIssue } from '../core/guard.js';
import type { RefusedExpect } from './analyse.js';
import { CODES_MESSAGES } from './messages.js';

/** Which code a message is about. @internal */
export type CodeKind = 'certificate' | 'institution';

const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_NINE = 0xff19;

function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

/**
 * The issues of a value that is not a string of exactly `length` ASCII digits: its type, white
 * space, full-width digits, other characters and its length, each named, so that a user knows
 * what to fix. Nothing is trimmed or converted: the code is refused, not guessed. @internal
 */
export function shapeIssues(input: unknown, length: number, kind: CodeKind, clause: ClauseId): RuleIssue[] {
  if (typeof input !== 'string') {
    return [issueFrom(CODES_MESSAGES, `${kind}_code_type`, clause, { expected: 'string', received: describe(input) })];
  }
  let space = false;
  let fullwidth = false;
  let other = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (isWhiteSpace(c)) space = true;
    else if (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_NINE) fullwidth = true;
    else other = true;
  }
  const issues: RuleIssue[] = [];
  if (space) issues.push(issueFrom(CODES_MESSAGES, `${kind}_code_whitespace`, clause, { received: describe(input) }));
  if (fullwidth) issues.push(issueFrom(CODES_MESSAGES, `${kind}_code_fullwidth`, clause, { received: describe(input) }));
  if (other) issues.push(issueFrom(CODES_MESSAGES, `${kind}_code_characters`, clause, { received: describe(input) }));
  if (input.length !== length) {
    issues.push(issueFrom(CODES_MESSAGES, `${kind}_code_length`, clause, { expected: length, received: input.length }));
  }
  return issues;
}

const REFUSAL_REASONS = {
  expect: ['应为对象', 'must be an object'],
  city: ['不是山东省的市', 'is not a Shandong city'],
  institutionCode: ['不是有效的考核机构代码', 'is not a valid institution code'],
  issuedOn: ['不是有效日期', 'is not a valid date'],
} as const;

/** The issue of a refused `expect` argument. @internal */
export function refusedExpectIssue(refused: RefusedExpect, clause: ClauseId): RuleIssue {
  const [reasonZh, reasonEn] = REFUSAL_REASONS[refused];
  return invalidOptionIssue(clause, refused === 'expect' ? ['expect'] : ['expect', refused], reasonZh, reasonEn, {}, refused);
}
