import { CODES_MESSAGES } from './codes/messages.js';
import { CALENDAR_DATA_MESSAGES, CALENDAR_MESSAGES, CALENDAR_RANGE_MESSAGES } from './calendar/messages.js';
import { CORE_MESSAGES, DATE_MESSAGES, DISTRICT_MESSAGES, EFFECTIVE_MESSAGES } from './core/messages.js';
import { deepFreeze } from './core/freeze.js';
import { ARCHIVE_MESSAGES } from './archive/messages.js';
import { SUPERVISION_MESSAGES, VIOLATION_MESSAGES } from './supervision/messages.js';
import type { MessagePair } from './core/issues.js';
import { SCORE_MESSAGES, SCORE_SHEET_MESSAGES } from './scoring/messages.js';
import { QUESTION_BANK_MESSAGES, ROTATION_MESSAGES } from './question-bank/messages.js';
import { CATALOG_MESSAGES, INSTITUTION_MESSAGES, SELECTION_MESSAGES } from './institutions/messages.js';
import { ALLOCATION_MESSAGES } from './allocation/messages.js';
import { SCHEMAS_MESSAGES } from './schemas/messages.js';
import { CANDIDATE_MESSAGES, CREDIT_CODE_MESSAGES, RESIDENT_ID_MESSAGES } from './identity/messages.js';
import { BATCH_MESSAGES, ISSUANCE_MESSAGES, REGISTRATION_MESSAGES } from './batches/messages.js';
import { CHECK_MESSAGES } from './cli/messages.js';
import { AUDIT_MESSAGES } from './audit/messages.js';

/**
 * Every area's table of issue codes. Internal: the tests check that no two tables share a code;
 * the public table is {@link ISSUE_CODES}. An array literal of names has no side effect, so a
 * bundle that does not use it drops it. @internal
 */
export const MESSAGE_TABLES: readonly Readonly<Record<string, MessagePair>>[] = [
  DATE_MESSAGES,
  CORE_MESSAGES,
  EFFECTIVE_MESSAGES,
  CODES_MESSAGES,
  ARCHIVE_MESSAGES,
  SUPERVISION_MESSAGES,
  VIOLATION_MESSAGES,
  SCORE_MESSAGES,
  SCORE_SHEET_MESSAGES,
  QUESTION_BANK_MESSAGES,
  ROTATION_MESSAGES,
  CALENDAR_RANGE_MESSAGES,
  CALENDAR_MESSAGES,
  CALENDAR_DATA_MESSAGES,
  RESIDENT_ID_MESSAGES,
  CREDIT_CODE_MESSAGES,
  CANDIDATE_MESSAGES,
  DISTRICT_MESSAGES,
  ALLOCATION_MESSAGES,
  INSTITUTION_MESSAGES,
  CATALOG_MESSAGES,
  SELECTION_MESSAGES,
  SCHEMAS_MESSAGES,
  BATCH_MESSAGES,
  REGISTRATION_MESSAGES,
  ISSUANCE_MESSAGES,
  // `sva-rules check`'s own codes (reading a file, and the rules across its records): its output
  // names them as it names the library's.
  CHECK_MESSAGES,
  AUDIT_MESSAGES,
];

/** One deep-frozen table with the codes of every table given. */
function joinTables(tables: readonly Readonly<Record<string, MessagePair>>[]): Readonly<Record<string, MessagePair>> {
  return deepFreeze(Object.assign({}, ...tables) as Record<string, MessagePair>);
}

/**
 * Every issue code the library can raise, and those of `sva-rules check` (a row that cannot be
 * read, a cell Excel turned into a number, a certificate code or holder twice in one file), with
 * its Chinese and English message (`{name}` placeholders are filled in each issue). Each area
 * keeps its part of the table beside its code, so that a bundle carries only the messages it can
 * raise; this joins them. The table is deep-frozen.
 *
 * @example
 * ISSUE_CODES.unknown_city[1] // '{received} is not a Shandong city (give a two-digit code such as 04, or a name such as 枣庄)'
 */
// Built by a call marked pure, not by an object spread at module level: a bundler may drop a pure
// call whose result is unused, but must keep a spread (it could run getters), which would put
// every message of every area into any bundle that imports anything from the root entry.
export const ISSUE_CODES: Readonly<Record<string, MessagePair>> = /* @__PURE__ */ joinTables(MESSAGE_TABLES);
