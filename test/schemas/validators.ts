// Every validator of sva-rules/schemas with its schema, its English schema, and an input that
// passes, for the tests that hold for all of them (schemas.test.ts, jsonSchema.test.ts).
import { ARCHIVE_DOCUMENTS } from '../../src/index.js';
import type { RuleResult } from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { sampleInstitutionApplication } from '../../src/testing/index.js';

export interface SafeParser {
  safeParse(input: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface ValidatorCase {
  /** The export name of the schema. */
  readonly schemaName: string;
  readonly schema: SafeParser;
  readonly english: SafeParser;
  readonly validate: (input: unknown, options?: never) => RuleResult;
  /** An input that passes schema and rules. */
  readonly valid: unknown;
  /** Options the validator needs for `valid` to pass. */
  readonly options?: unknown;
  /** Whether the schema wants an array (else an object or a scalar). */
  readonly kind: 'object' | 'array' | 'scalar';
}

const sets = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, tasks: [`${id}1`, `${id}2`] }));

export const VALIDATORS: readonly ValidatorCase[] = [
  {
    schemaName: 'InstitutionApplicationSchema',
    schema: schemas.InstitutionApplicationSchema,
    english: schemas.createInstitutionApplicationSchema({ language: 'en' }),
    validate: schemas.validateInstitutionApplication as ValidatorCase['validate'],
    valid: sampleInstitutionApplication(),
    kind: 'object',
  },
  {
    schemaName: 'QuestionBankSchema',
    schema: schemas.QuestionBankSchema,
    english: schemas.createQuestionBankSchema({ language: 'en' }),
    validate: schemas.validateQuestionBank as ValidatorCase['validate'],
    valid: { sets, approvedOn: '2024-03-01' },
    options: { usedOn: '2024-03-18' },
    kind: 'object',
  },
  {
    schemaName: 'ScorePartsSchema',
    schema: schemas.ScorePartsSchema,
    english: schemas.createScorePartsSchema({ language: 'en' }),
    validate: schemas.validateScoreParts as ValidatorCase['validate'],
    valid: [{ score: 0.3, max: 1 }, { score: '32.3', max: 40 }, { score: 27.4, max: '59' }],
    kind: 'array',
  },
  {
    schemaName: 'ScoreSchema',
    schema: schemas.ScoreSchema,
    english: schemas.createScoreSchema({ language: 'en' }),
    validate: schemas.validateScore as ValidatorCase['validate'],
    valid: '60',
    kind: 'scalar',
  },
  {
    schemaName: 'ScoreListSchema',
    schema: schemas.ScoreListSchema,
    english: schemas.createScoreListSchema({ language: 'en' }),
    validate: schemas.validateScoreList as ValidatorCase['validate'],
    valid: [60, '59.9', 88],
    kind: 'array',
  },
  {
    schemaName: 'WorkdayCalendarDataSchema',
    schema: schemas.WorkdayCalendarDataSchema,
    english: schemas.createWorkdayCalendarDataSchema({ language: 'en' }),
    validate: schemas.validateWorkdayCalendarData as ValidatorCase['validate'],
    valid: { notice: '国办发明电〔2026〕1号', years: { '2027': { offDays: ['2027-01-01', '2027-01-02', '2027-01-03'], workDays: ['2027-01-09'] } } },
    kind: 'object',
  },
  {
    schemaName: 'HolidayCnYearSchema',
    schema: schemas.HolidayCnYearSchema,
    english: schemas.createHolidayCnYearSchema({ language: 'en' }),
    validate: schemas.validateHolidayCnYear as ValidatorCase['validate'],
    valid: {
      $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
      year: 2027,
      papers: [],
      days: [
        { name: '元旦', date: '2027-01-01', isOffDay: true },
        { name: '春节', date: '2027-02-20', isOffDay: false },
      ],
    },
    kind: 'object',
  },
  {
    schemaName: 'PublicityPeriodSchema',
    schema: schemas.PublicityPeriodSchema,
    english: schemas.createPublicityPeriodSchema({ language: 'en' }),
    validate: schemas.validatePublicityPeriod as ValidatorCase['validate'],
    valid: { kind: 'results', start: '2024-03-11', end: new Date('2024-03-15T09:00:00+08:00') },
    kind: 'object',
  },
  {
    schemaName: 'CandidateSchema',
    schema: schemas.CandidateSchema,
    english: schemas.createCandidateSchema({ language: 'en' }),
    validate: schemas.validateCandidate as ValidatorCase['validate'],
    valid: { birthDate: '2008-06-15', idNumber: '370402200806156202', applicationDate: '2024-06-15' },
    kind: 'object',
  },
  {
    schemaName: 'CatalogSchema',
    schema: schemas.CatalogSchema,
    english: schemas.createCatalogSchema({ language: 'en' }),
    validate: schemas.validateCatalog as ValidatorCase['validate'],
    valid: { provincialItems: ['面点制作', '鲁绣'], occupations2022: ['中式面点师'] },
    kind: 'object',
  },
  {
    schemaName: 'AssignmentListSchema',
    schema: schemas.AssignmentListSchema,
    english: schemas.createAssignmentListSchema({ language: 'en' }),
    validate: schemas.validateAssignmentList as ValidatorCase['validate'],
    valid: [
      { institution: 'A', item: '面点制作', district: '370402' },
      { institution: 'B', item: '面点制作', district: '薛城区' },
    ],
    kind: 'array',
  },
  {
    schemaName: 'ArchiveRecordSchema',
    schema: schemas.ArchiveRecordSchema,
    english: schemas.createArchiveRecordSchema({ language: 'en' }),
    validate: schemas.validateArchiveRecord as ValidatorCase['validate'],
    valid: { medium: 'paper', closedOn: '2024-02-29' },
    kind: 'object',
  },
  {
    schemaName: 'ArchiveDocumentsSchema',
    schema: schemas.ArchiveDocumentsSchema,
    english: schemas.createArchiveDocumentsSchema({ language: 'en' }),
    validate: schemas.validateArchiveDocuments as ValidatorCase['validate'],
    valid: ARCHIVE_DOCUMENTS.map((d) => d.id),
    kind: 'array',
  },
  {
    schemaName: 'AnnualSummarySchema',
    schema: schemas.AnnualSummarySchema,
    english: schemas.createAnnualSummarySchema({ language: 'en' }),
    validate: schemas.validateAnnualSummary as unknown as ValidatorCase['validate'],
    valid: { year: 2024, submittedOn: '2024-12-20' },
    options: { asOf: '2025-03-01' },
    kind: 'object',
  },
  {
    schemaName: 'ViolationFindingsSchema',
    schema: schemas.ViolationFindingsSchema,
    english: schemas.createViolationFindingsSchema({ language: 'en' }),
    validate: schemas.validateViolationFindings as ValidatorCase['validate'],
    valid: [],
    kind: 'array',
  },
  {
    schemaName: 'CertificateSerialStateSchema',
    schema: schemas.CertificateSerialStateSchema,
    english: schemas.createCertificateSerialStateSchema({ language: 'en' }),
    validate: schemas.validateCertificateSerialState as ValidatorCase['validate'],
    valid: { year: 2024, institutionCode: '37040001', issued: ['243704000100007', '233704000100009', '243704000200001'] },
    options: { count: 3 },
    kind: 'object',
  },
];
