import { CODES_MESSAGES } from './codes/messages.js';
import { CORE_MESSAGES } from './core/messages.js';
import type { MessagePair } from './core/issues.js';
import { CATALOG_MESSAGES, DISTRICT_MESSAGES, INSTITUTION_MESSAGES } from './institutions/messages.js';
import { ALLOCATION_MESSAGES } from './allocation/messages.js';
import { SCHEMAS_MESSAGES } from './schemas/messages.js';
import { CANDIDATE_MESSAGES, CREDIT_CODE_MESSAGES, RESIDENT_ID_MESSAGES } from './identity/messages.js';

/**
 * Every issue code the library can raise, with its Chinese and English message (`{name}`
 * placeholders are filled in each issue). Each area keeps its part of the table beside its code,
 * so that a bundle carries only the messages it can raise; this joins them.
 */
export const ISSUE_CODES: Readonly<Record<string, MessagePair>> = {
  ...CORE_MESSAGES,
  ...CODES_MESSAGES,
  ...RESIDENT_ID_MESSAGES,
  ...CREDIT_CODE_MESSAGES,
  ...CANDIDATE_MESSAGES,
  ...DISTRICT_MESSAGES,
  ...ALLOCATION_MESSAGES,
  ...INSTITUTION_MESSAGES,
  ...CATALOG_MESSAGES,
  ...SCHEMAS_MESSAGES,
};
