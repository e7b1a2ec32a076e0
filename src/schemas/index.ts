/**
 * zod schemas of the library's inputs (`sva-rules/schemas`). The only entry that imports zod; it
 * is not re-exported from `sva-rules`.
 * @module schemas
 */
export { createInstitutionApplicationSchema, InstitutionApplicationSchema } from './institutionApplicationSchema.js';
export type { InstitutionApplicationInput, SchemaLanguage, SchemaOptions } from './institutionApplicationSchema.js';
export { validateInstitutionApplication } from './validateInstitutionApplication.js';
export type { ValidateInstitutionApplicationOptions } from './validateInstitutionApplication.js';
export { SCHEMAS_MESSAGES } from './messages.js';
