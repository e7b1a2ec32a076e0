/**
 * Institutions (三): who may apply to assess, the catalogue of items (一), the ranking of
 * applicants, and Zaozhuang's six districts.
 * @module institutions
 */
export { ZAOZHUANG_DISTRICTS } from '../core/districts.js';
export type { ZaozhuangDistrict } from '../core/districts.js';
export { findZaozhuangDistrict } from './findZaozhuangDistrict.js';
export { checkInstitutionApplication } from './checkInstitutionApplication.js';
export type { CheckInstitutionApplicationOptions } from './checkInstitutionApplication.js';
export { checkCatalogItem } from './checkCatalogItem.js';
export { checkSelection } from './checkSelection.js';
export type { CheckSelectionOptions, Selection, SelectionObjection } from './checkSelection.js';
export { rankApplicants } from './rankApplicants.js';
export type { RankApplicantsOptions, RankedApplicant } from './rankApplicants.js';
export type { ApplicationItem, Catalog, InstitutionApplication } from './types.js';
export { INSTITUTION_KINDS, MATERIALS, RULE_DOCUMENTS, WORK_PLAN_SECTIONS } from './vocabulary.js';
export { INSTITUTION_KIND_CREDIT_CATEGORIES, REFUSED_CREDIT_CATEGORIES } from './creditCategories.js';
export type { InstitutionKind, Material, RuleDocument, Term, WorkPlanSection } from './vocabulary.js';
