/**
 * Allocation limits (三): institutions per item city-wide and per district, items per institution.
 * @module allocation
 */
export { checkAllocation } from './checkAllocation.js';
export type { CheckAllocationOptions } from './checkAllocation.js';
export { checkNewAssignment } from './checkNewAssignment.js';
export type { CheckNewAssignmentOptions } from './checkNewAssignment.js';
export type { Assignment } from './rows.js';
