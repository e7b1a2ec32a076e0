import { labelsOfRoot } from '../../src/schemas/schemaIssues.js';
// Every validator at the root of its input: a wrong shape is one schema issue naming the input
// (batch, scores, …) with the clause of the whole input, and an input that cannot be read is one
// invalid_input issue with that clause.
import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';

type Validate = (input: unknown, options?: never) => RuleResult;

const ROOTS: { name: string; validate: Validate; options?: unknown; root: string; clause: string; object: boolean }[] = [
  { name: 'validateAnnualSummary', validate: schemas.validateAnnualSummary as unknown as Validate, options: { asOf: '2025-03-01' }, root: 'summary', clause: 'annual.summary', object: true },
  { name: 'validateArchiveDocuments', validate: schemas.validateArchiveDocuments as Validate, root: 'documents', clause: 'archive.contents', object: false },
  { name: 'validateArchiveRecord', validate: schemas.validateArchiveRecord as Validate, root: 'record', clause: 'archive.retention', object: true },
  { name: 'validateAssessmentBatch', validate: schemas.validateAssessmentBatch as Validate, root: 'batch', clause: 'batch.scope', object: true },
  { name: 'validateAssignmentList', validate: schemas.validateAssignmentList as Validate, root: 'assignments', clause: 'allocation.district', object: false },
  { name: 'validateCandidate', validate: schemas.validateCandidate as Validate, root: 'candidate', clause: 'candidate.age', object: true },
  { name: 'validateCatalog', validate: schemas.validateCatalog as Validate, root: 'catalog', clause: 'catalog.scope', object: true },
  { name: 'validateCertificate', validate: schemas.validateCertificate as Validate, root: 'certificate', clause: 'certificate.contents', object: true },
  { name: 'validateCertificateSerialState', validate: schemas.validateCertificateSerialState as Validate, root: 'state', clause: 'certificate.code', object: true },
  { name: 'validateHolidayCnYear', validate: schemas.validateHolidayCnYear as Validate, root: 'file', clause: 'calendar.working_days', object: true },
  { name: 'validateInstitutionApplication', validate: schemas.validateInstitutionApplication as Validate, root: 'application', clause: 'materials', object: true },
  { name: 'validatePublicityPeriod', validate: schemas.validatePublicityPeriod as Validate, root: 'period', clause: 'selection.publicity', object: true },
  { name: 'validateQuestionBank', validate: schemas.validateQuestionBank as Validate, root: 'bank', clause: 'bank.sets', object: true },
  { name: 'validateRegistrations', validate: schemas.validateRegistrations as Validate, root: 'registrations', clause: 'registration.eligible', object: false },
  { name: 'validateScoreList', validate: schemas.validateScoreList as Validate, root: 'scores', clause: 'score.scale', object: false },
  { name: 'validateScoreParts', validate: schemas.validateScoreParts as Validate, root: 'parts', clause: 'score.scale', object: false },
  { name: 'validateViolationFindings', validate: schemas.validateViolationFindings as Validate, root: 'findings', clause: 'supervision.violations', object: false },
  { name: 'validateWorkdayCalendarData', validate: schemas.validateWorkdayCalendarData as Validate, root: 'data', clause: 'calendar.working_days', object: true },
];

// validateInstitutionApplication cites the form (materials.form) for its root; its guard cites materials.
const rootClause = (name: string, clause: string) => (name === 'validateInstitutionApplication' ? 'materials.form' : clause);

describe('every validator at the root of its input', () => {
  it.each(ROOTS)('$name: null is one schema issue naming the $root', ({ name, validate, options, root, clause, object }) => {
    const [zhType, enType] = object ? ['对象', 'object'] : ['列表', 'array'];
    // The root is named by the input's own label (LABELS.inputs).
    const label = labelsOfRoot(root).input;
    const result = validate(null, options as never);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'schema_invalid_type',
        severity: 'error',
        clause: rootClause(name, clause),
        message: `${label.zh}填写有误：应为${zhType}，收到的是空值`,
        messageEn: `Wrong type: ${label.en}: Invalid input: expected ${enType}, received null`,
        path: [],
      },
    ]);
  });

  it.each(ROOTS)('$name: an input that cannot be read is one invalid_input issue citing $clause', ({ validate, options, clause }) => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const result = validate(revoked.proxy, options as never);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      { code: 'invalid_input', severity: 'error', clause, message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' },
    ]);
  });

  it('validateScore names the score, and cites score.scale for an input that cannot be read', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(schemas.validateScore(revoked.proxy).issues).toEqual([
      { code: 'invalid_input', severity: 'error', clause: 'score.scale', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' },
    ]);
    expect(schemas.validateScore({ score: 60 }).issues).toEqual([
      {
        code: 'schema_invalid',
        severity: 'error',
        clause: 'score.scale',
        message: '考核成绩填写有误：应为数字，如59.5',
        messageEn: 'Invalid input: score: Expected a finite number or a decimal string (such as "59.5")',
        path: [],
      },
    ]);
  });
});
