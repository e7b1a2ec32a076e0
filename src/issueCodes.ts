import { CODES_MESSAGES } from './codes/messages.js';
import { CALENDAR_DATA_MESSAGES, CALENDAR_MESSAGES, CALENDAR_RANGE_MESSAGES } from './calendar/messages.js';
import { CORE_MESSAGES, DISTRICT_MESSAGES } from './core/messages.js';
import { ARCHIVE_MESSAGES } from './archive/messages.js';
import { SUPERVISION_MESSAGES } from './supervision/messages.js';
import type { MessagePair } from './core/issues.js';
import { SCORING_MESSAGES } from './scoring/messages.js';
import { QUESTION_BANK_MESSAGES } from './question-bank/messages.js';
import { CATALOG_MESSAGES, INSTITUTION_MESSAGES } from './institutions/messages.js';
import { ALLOCATION_MESSAGES } from './allocation/messages.js';
import { SCHEMAS_MESSAGES } from './schemas/messages.js';
import { CANDIDATE_MESSAGES, CREDIT_CODE_MESSAGES, RESIDENT_ID_MESSAGES } from './identity/messages.js';
import { BATCH_MESSAGES, ISSUANCE_MESSAGES, REGISTRATION_MESSAGES } from './batches/messages.js';

/**
 * Every issue code the library can raise, with its Chinese and English message (`{name}`
 * placeholders are filled in each issue). Each area keeps its part of the table beside its code,
 * so that a bundle carries only the messages it can raise; this joins them.
 */
export const ISSUE_CODES: Readonly<Record<string, MessagePair>> = {
  ...CORE_MESSAGES,
  ...CODES_MESSAGES,
  ...ARCHIVE_MESSAGES,
  ...SUPERVISION_MESSAGES,
  ...SCORING_MESSAGES,
  ...QUESTION_BANK_MESSAGES,
  ...CALENDAR_RANGE_MESSAGES,
  ...CALENDAR_MESSAGES,
  ...CALENDAR_DATA_MESSAGES,
  ...RESIDENT_ID_MESSAGES,
  ...CREDIT_CODE_MESSAGES,
  ...CANDIDATE_MESSAGES,
  ...DISTRICT_MESSAGES,
  ...ALLOCATION_MESSAGES,
  ...INSTITUTION_MESSAGES,
  ...CATALOG_MESSAGES,
  ...SCHEMAS_MESSAGES,
  ...BATCH_MESSAGES,
  ...REGISTRATION_MESSAGES,
  ...ISSUANCE_MESSAGES,
};
