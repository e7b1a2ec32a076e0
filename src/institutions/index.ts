/**
 * Institutions (三): who may apply to assess, the catalogue of items (一), the ranking of
 * applicants, and Zaozhuang's six districts.
 * @module institutions
 */
export { ZAOZHUANG_DISTRICTS } from './districts.js';
export type { ZaozhuangDistrict } from './districts.js';
export { findZaozhuangDistrict } from './findZaozhuangDistrict.js';
export { DISTRICT_MESSAGES } from './messages.js';
