import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBatch, CLAUSES, definePolicy } from '../../src/index.js';
import type { AuditInput } from '../../src/index.js';
import { sampleBatch } from '../../src/testing/index.js';
import { AUDIT_MESSAGES } from '../../src/audit/messages.js';
import { missingIssue } from '../../src/core/evidence.js';
import { invalidOptionIssue, unreadableIssue } from '../../src/core/guard.js';
import { issueFrom } from '../../src/core/issues.js';
import { expectWellFormed } from '../helpers/expect.js';

const read = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples', name), 'utf8')) as AuditInput;

describe('auditBatch', () => {
  it('places each check\'s issues where they are in the audit input, without repeating the check\'s own name', () => {
    const where = (input: unknown) =>
      auditBatch(input as AuditInput)
        .clauses.flatMap((c) => c.issues)
        .filter((i) => i.code !== 'audit_list_missing')
        .map((i) => ({ code: i.code, path: i.path, message: i.message }));
    expect(where({ batch: 5, certificates: [null], archive: null, findings: 'x' })).toEqual([
      { code: 'invalid_input', path: ['batch'], message: '输入有误：“batch”应为对象' },
      { code: 'invalid_input', path: ['certificates', 0], message: '输入有误：“certificate”应为对象' },
      { code: 'invalid_input', path: ['archive', 'documents'], message: '输入有误：档案资料应为列表' },
      { code: 'violation_findings_invalid', path: ['findings'], message: '违规情形应以列表给出，收到的是“x”' },
    ]);
    // checkRegistrations names its input `registrations`, which is the audit's own key: once, not twice.
    expect(where({ batch: sampleBatch(), registrations: 'x' })).toEqual([
      { code: 'invalid_input', path: ['registrations'], message: '输入有误：报名信息应为列表' },
    ]);
    // A missing field is named by its whole path in the input.
    const batch = sampleBatch() as unknown as { exam: Record<string, unknown> };
    delete batch.exam.method;
    expect(where({ batch })).toEqual([{ code: 'missing_field', path: ['batch', 'exam', 'method'], message: '未填写考核方式' }]);
  });

  it('holds every clause of the sample batch run by the book (examples/sample-batch.json)', () => {
    const report = auditBatch(read('sample-batch.json'));
    expect(report.ok).toBe(true);
    expect(report.errors).toBe(0);
    // Every clause the audit checks, held ones too, in the policy's order (CLAUSES).
    expect(report.clauses.map((c) => c.clause)).toEqual([
      'candidate.age', 'selection.code', 'assessment.method', 'bank.sets', 'bank.approval', 'score.scale', 'score.pass', 'batch.scope',
      'announcement.contents', 'registration.eligible', 'plan.deadline', 'plan.contents', 'plan.review', 'exam.site', 'exam.notices',
      'exam.dates', 'exam.video', 'policy.effective', 'results.publicity', 'certificate.issuance', 'certificate.code', 'certificate.contents',
      'archive.contents', 'supervision.violations',
    ]);
    const order = Object.keys(CLAUSES);
    expect(report.clauses.map((c) => order.indexOf(c.clause))).toEqual(report.clauses.map((c) => order.indexOf(c.clause)).sort((a, b) => a - b));
    expect(report.clauses.every((c) => c.ok && c.issues.length === 0)).toBe(true);
    expect(report.passRate).toEqual({ candidates: 4, passed: 3, passRate: '75.00' });
    expect([report.violations, report.resultsRecognised, report.warnings]).toEqual([[], true, 0]);
  });

  it('finds every planted fault of examples/batch-with-problems.json, grouped by clause, with paths', () => {
    const report = auditBatch(read('batch-with-problems.json'));
    expect(report.ok).toBe(false);
    const failed = Object.fromEntries(
      report.clauses.filter((c) => !c.ok).map((c) => [c.clause, c.issues.map((i) => `${i.code}@${(i.path ?? []).join('.')}`)]),
    );
    expect(failed).toEqual({
      'candidate.age': ['candidate_under_age@registrations.4.idNumber'],
      'score.pass': ['score_below_pass_mark@certificates.1.score', 'certificate_result_below_pass@certificates.1.score'],
      'registration.eligible': ['registration_duplicate_id@registrations.5.idNumber', 'registration_over_capacity@registrations'],
      'plan.deadline': ['plan_filed_late@batch.plan.filedOn'],
      'results.publicity': ['publicity_too_short@batch.resultsPublicity.end'],
      'certificate.code': ['certificate_code_year_mismatch@certificates.2.code.year'],
      'archive.contents': ['archive_document_missing@archive.documents.video_recordings'],
      'supervision.violations': ['derived_lowered_standard@certificates.1.score'],
    });
    expect(report.errors).toBe(10);
    expect(report.violations).toEqual([{ violation: 'lowered_standard', source: 'derived', path: ['certificates', 1], clause: 'supervision.violations' }]);
    expect(report.resultsRecognised).toBe(false);
    for (const c of report.clauses) expectWellFormed(c.issues);
  });

  it('reports the clauses a left-out list is needed for as not checked, never as held; an empty list means none', () => {
    const report = auditBatch({ batch: sampleBatch() });
    expect(report.errors).toBe(0);
    expect(report.ok).toBe(false);
    expect(report.resultsRecognised).toBe(false);
    const unchecked = report.clauses.filter((c) => c.checked === false);
    expect(unchecked.map((c) => c.clause)).toEqual(['candidate.age', 'score.scale', 'score.pass', 'registration.eligible', 'certificate.code', 'certificate.contents', 'archive.contents', 'supervision.violations']);
    expect(unchecked.every((c) => !c.ok && c.issues.every((i) => i.code === 'audit_list_missing' && i.severity === 'warning'))).toBe(true);
    expect(unchecked.find((c) => c.clause === 'supervision.violations')?.issues.map((i) => [i.path, i.message])).toEqual([
      [['registrations'], '未提供报名信息，无法核查本条'],
      [['results'], '未提供考核成绩，无法核查本条'],
      [['certificates'], '未提供证书信息，无法核查本条'],
      [['findings'], '未提供督导检查发现的违规情况，无法核查本条'],
    ]);
    expect(report.clauses.filter((c) => c.checked !== false).every((c) => c.ok)).toBe(true);
    expect(report.passRate).toBeUndefined();
    const none = auditBatch({ batch: sampleBatch(), planCandidateCount: 1, registrations: [], results: [], certificates: [], archive: { documents: read('sample-batch.json').archive?.documents ?? [] }, findings: [] });
    expect([none.ok, none.resultsRecognised, none.warnings]).toEqual([true, true, 0]);
    const empty = auditBatch({} as AuditInput);
    expect(empty.ok).toBe(false);
    expect(auditBatch(null as unknown as AuditInput).ok).toBe(false);
  });

  it('leaves out the pass rate when a score is invalid, and never throws', () => {
    const report = auditBatch({ batch: sampleBatch(), results: [{ idNumber: '370402199005120132', score: 60 }, { idNumber: '370402200111030283', score: 'x' }] });
    expect(report.passRate).toBeUndefined();
  });

  const sample = read('sample-batch.json');
  const faults = (report: ReturnType<typeof auditBatch>) =>
    Object.fromEntries(report.clauses.filter((c) => c.issues.length > 0).map((c) => [c.clause, c.issues.map((i) => `${i.code}@${(i.path ?? []).join('.')}`)]));

  it('passes the policy to the registrations and the certificates', () => {
    const report = auditBatch(sample, { policy: definePolicy({ minCandidateAge: 30, passMark: 80 }) });
    expect(faults(report)).toEqual({
      'candidate.age': ['candidate_under_age@registrations.1.idNumber'],
      'score.pass': ['score_below_pass_mark@certificates.1.score', 'certificate_result_below_pass@certificates.1.score'],
      'supervision.violations': ['derived_lowered_standard@certificates.1.score'],
    });
    expect(report.errors).toBe(4);
  });

  it('reports records dated before the scheme under policy.effective, through the checks it runs', () => {
    const policy = definePolicy({ effectiveFrom: '2025-10-27' });
    expect(faults(auditBatch(sample, { policy }))).toEqual({
      'policy.effective': ['before_policy_effective@batch.exam.startDate', 'before_policy_effective@registrations.0.registeredOn', 'before_policy_effective@registrations.1.registeredOn', 'before_policy_effective@registrations.2.registeredOn', 'before_policy_effective@registrations.3.registeredOn'],
    });
    // Held, it is listed as held: every clause the audit checks appears (exam.dates too).
    const held = auditBatch(sample).clauses.filter((c) => c.clause === 'policy.effective' || c.clause === 'exam.dates');
    expect(held.map((c) => [c.clause, c.ok, c.issues])).toEqual([['exam.dates', true, []], ['policy.effective', true, []]]);
  });

  it('checks each certificate against the batch\'s institution code and publicity end', () => {
    expect(faults(auditBatch({ ...sample, batch: { ...sample.batch, institutionCode: '37040002' } }))).toEqual({
      'certificate.code': [0, 1, 2].map((i) => `certificate_code_institution_mismatch@certificates.${i}.code.institutionCode`),
    });
    expect(faults(auditBatch({ ...sample, batch: { ...sample.batch, resultsPublicity: { start: '2025-10-15', end: '2025-10-27' } } }))).toEqual({
      'certificate.issuance': [
        'certificates_uploaded_too_early@batch.certificates.uploadedOn',
        'certificates_issued_too_early@batch.certificates.issuedOn',
        ...[0, 1, 2].map((i) => `certificates_issued_too_early@certificates.${i}.issuedOn`),
      ],
    });
  });

  it('passes the batch\'s institution code and publicity end on only when they are text, reported once at the batch', () => {
    expect(faults(auditBatch({ ...sample, batch: { ...sample.batch, institutionCode: 37040001 as never } }))).toEqual({
      'batch.scope': ['invalid_input@batch.institutionCode'],
    });
    expect(faults(auditBatch({ ...sample, batch: { ...sample.batch, resultsPublicity: { start: '2025-10-15', end: 20251021 as never } } }))).toEqual({
      'results.publicity': ['invalid_date@batch.resultsPublicity.end'],
    });
  });

  it('checks the certificates without a batch or without its publicity', () => {
    const noBatch = auditBatch({ ...sample, batch: undefined } as unknown as AuditInput);
    // (the path of a batch that is not an object reads batch.batch: reported, not pinned here)
    expect(noBatch.clauses.filter((c) => !c.ok).map((c) => [c.clause, c.issues.map((i) => i.code)])).toEqual([['batch.scope', ['invalid_input']]]);
    expect(noBatch.clauses.map((c) => c.clause)).toContain('certificate.issuance');
    expect(noBatch.clauses.map((c) => c.clause)).toContain('certificate.code');
    expect(faults(auditBatch({ ...sample, batch: { ...sample.batch, resultsPublicity: undefined as never } }))).toEqual({
      'results.publicity': ['missing_field@batch.resultsPublicity.start', 'missing_field@batch.resultsPublicity.end'],
    });
  });

  it('reports an archive or findings that are not what they should be', () => {
    const failing = (report: ReturnType<typeof auditBatch>) => report.clauses.filter((c) => !c.ok).map((c) => [c.clause, c.issues.map((i) => i.code)]);
    expect(failing(auditBatch({ ...sample, archive: null as never }))).toEqual([['archive.contents', ['invalid_input']]]);
    expect(failing(auditBatch({ ...sample, findings: 'x' as never }))).toEqual([['supervision.violations', ['violation_findings_invalid']]]);
  });

  it('places the findings\' issues under findings', () => {
    const clause = auditBatch({ ...sample, findings: ['lowered_standard'] }).clauses.find((c) => c.clause === 'supervision.violations');
    expect(clause?.issues).toStrictEqual([
      {
        code: 'violation_lowered_standard',
        severity: 'error',
        clause: 'supervision.violations',
        message: '降低考核标准发证，考核结果不予认可',
        messageEn: 'Lowered the assessment standard to issue certificates: the results are not recognised',
        path: ['findings', 0],
        received: 'lowered_standard',
      },
    ]);
  });

  it('counts a warning apart from the errors: its clause holds, the batch passes', () => {
    const report = auditBatch({ ...sample, batch: { ...sample.batch, exam: { ...sample.batch.exam, method: 'theory' } } });
    expect(report.ok).toBe(true);
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(1);
    expect(report.clauses.find((c) => c.clause === 'assessment.method')).toStrictEqual({
      clause: 'assessment.method',
      section: '四1',
      title: '考核方式',
      titleEn: 'Assessment method',
      ok: true,
      issues: [
        {
          code: 'theory_only',
          severity: 'warning',
          clause: 'assessment.method',
          message: '本批次仅考核理论知识，政策规定一般不单独考核理论知识',
          messageEn: 'Theory is generally not assessed on its own',
          path: ['batch', 'exam', 'method'],
          received: 'theory',
        },
      ],
    });
    expect(Object.keys(report)).toEqual(['ok', 'clauses', 'errors', 'warnings', 'passRate', 'batch', 'timeline', 'violations', 'resultsRecognised']);
    const mixed = auditBatch({ ...sample, batch: { ...sample.batch, exam: { ...sample.batch.exam, method: 'theory', videoRecorded: false } } });
    expect([mixed.ok, mixed.errors, mixed.warnings]).toEqual([false, 1, 1]);
  });

  it('names the batch, lays out the steps of 四2 with their dates, and lists the findings as violations', () => {
    const report = auditBatch(read('sample-batch.json'));
    expect(report.batch).toEqual({ institution: '枣庄市某职业培训学校', institutionCode: '37040001', item: '面点制作', district: '370403' });
    expect(report.timeline).toEqual([
      { step: 'announcement', from: '2025-09-10', clause: 'announcement.contents', ok: true },
      { step: 'registration', from: '2025-09-20', to: '2025-09-24', clause: 'registration.eligible', ok: true },
      { step: 'plan', from: '2025-09-28', clause: 'plan.deadline', ok: true },
      { step: 'exam', from: '2025-10-13', to: '2025-10-14', clause: 'plan.review', ok: true },
      { step: 'results_publicity', from: '2025-10-15', to: '2025-10-21', clause: 'results.publicity', ok: true },
      { step: 'certificates', from: '2025-10-27', to: '2025-10-27', clause: 'certificate.issuance', ok: true },
    ]);
    expect([report.violations, report.resultsRecognised]).toEqual([[], true]);
    const found = auditBatch({ ...read('sample-batch.json'), findings: ['false_advertising', '乱收费'] } as unknown as AuditInput);
    expect(found.violations).toEqual([
      { violation: 'false_advertising', source: 'finding', path: ['findings', 0], clause: 'supervision.violations' },
      { violation: '乱收费', source: 'finding', path: ['findings', 1], clause: 'supervision.violations' },
    ]);
    expect(found.resultsRecognised).toBe(false);
    // An institution named differently on two certificates is not named; the other fields stay absent when not given.
    expect(auditBatch({ batch: {}, certificates: [{ institution: 'A' }, { institution: 'B' }] } as unknown as AuditInput).batch).toEqual({});
    const late = auditBatch({ ...read('sample-batch.json'), batch: { ...read('sample-batch.json').batch, resultsPublicity: { start: '2025-10-15', end: '2025-10-20' } } });
    expect(late.timeline.find((s) => s.step === 'results_publicity')?.ok).toBe(false);
  });

  it('reports an unusable policy alone, and then does not recognise the results', () => {
    const report = auditBatch(read('sample-batch.json'), { policy: { ...definePolicy({}), passMark: 'sixty' } as never });
    expect(report.clauses.flatMap((c) => c.issues).map((i) => [i.code, i.path])).toEqual([['invalid_option', ['policy', 'passMark']]]);
    expect([report.ok, report.resultsRecognised, report.violations]).toEqual([false, false, []]);
  });

  it('reads the results on the policy\'s scale, for the pass rate too', () => {
    const sample = read('sample-batch.json');
    const policy = definePolicy({ fullMark: 150, passMark: 90 });
    const results = [{ idNumber: '370402199005120132', score: 120 }, { idNumber: '370402200111030283', score: '89.5' }];
    const report = auditBatch({ ...sample, results, certificates: [] }, { policy });
    expect(report.passRate).toEqual({ candidates: 2, passed: 1, passRate: '50.00' });
    expect(report.clauses.flatMap((c) => c.issues).map((i) => i.code)).toEqual([]);
  });

  it('never throws: an input that cannot be read is one invalid_input, and the results are not recognised', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const sample = read('sample-batch.json');
    const hostile = [
      proxy,
      { get batch() { throw new Error('x'); } },
      { ...sample, results: proxy },
      { ...sample, certificates: [proxy] },
      { ...sample, results: [{ get idNumber() { throw new Error('y'); } }] },
    ];
    for (const input of hostile) {
      const report = auditBatch(input as never);
      expect([report.ok, report.resultsRecognised, report.violations]).toEqual([false, false, []]);
      expect(report.clauses.flatMap((c) => c.issues).some((i) => i.code === 'invalid_input')).toBe(true);
    }
  });
});

describe('auditBatch: what it passes to each check, and where it places the answers', () => {
  const sample = (): AuditInput => read('sample-batch.json');
  const issuesOf = (input: unknown) => auditBatch(input as AuditInput).clauses.flatMap((c) => c.issues).filter((i) => i.code !== 'audit_list_missing');
  const at = (input: unknown) => issuesOf(input).map((i) => `${i.code}@${(i.path ?? []).join('.')}`);

  it.each<[string, unknown, string[]]>([
    ['4, the number registered', 4, []],
    ['3, one fewer than registered', 3, ['registration_over_capacity@registrations']],
    ['not given: reported at the input\'s own field, beside the registrations', undefined, ['missing_field@planCandidateCount']],
  ])('reads planCandidateCount %s', (_, planCandidateCount, expected) => {
    const input = { ...sample(), planCandidateCount } as Record<string, unknown>;
    expect(at(input)).toEqual(expected);
    if (planCandidateCount === undefined) {
      expect(issuesOf(input)).toStrictEqual([missingIssue('registration.eligible', ['planCandidateCount'], 'error', '考核计划的考核人数')]);
    }
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a certificate for an approved item, when the batch names no item', { item: ' ' }, ['missing_field@batch.item']],
    ['a certificate for an item never approved, when the batch names no item', { item: ' ', cert: '木雕' }, ['missing_field@batch.item', 'certificate_item_out_of_scope@certificates.0.item', 'derived_outside_item_list@certificates.0.item']],
    ['a certificate for another approved item than the batch\'s', { cert: '剪纸' }, ['certificate_item_not_batch@certificates.0.item', 'derived_outside_item_list@certificates.0.item']],
    ['a certificate for the batch\'s item, typed with spaces', { cert: ' 面点 制作 ' }, []],
    ['any item, when the batch names none and its approved items are not all text', { item: ' ', items: ['面点制作', 5], cert: '木雕' }, ['missing_field@batch.item', 'invalid_input@batch.approvedScope.items.1']],
  ])('compares the certificates with the batch\'s item and approved items: %s', (_, change, expected) => {
    const input = sample() as unknown as { batch: Record<string, unknown>; certificates: Record<string, unknown>[] };
    if ('item' in change) input.batch.item = change.item;
    if ('items' in change) input.batch.approvedScope = { ...(input.batch.approvedScope as object), items: change.items };
    if ('cert' in change) (input.certificates[0] as Record<string, unknown>).item = change.cert;
    expect(at(input).filter((c) => !c.startsWith('item_'))).toEqual(expected);
  });

  it('reports a batch whose own item lies outside the approved scope once, as 在项目清单外考核 of the batch', () => {
    const input = sample() as unknown as { batch: Record<string, unknown>; certificates: Record<string, unknown>[] };
    input.batch.item = '木雕';
    for (const c of input.certificates) c.item = '木雕';
    const report = auditBatch(input as unknown as AuditInput);
    const clause = report.clauses.find((c) => c.clause === 'supervision.violations');
    expect(clause?.issues).toStrictEqual([
      issueFrom(AUDIT_MESSAGES, 'derived_outside_item_list', 'supervision.violations', { path: ['batch', 'item'], received: '木雕', params: { where: '本批次', whereEn: 'This batch' } }),
    ]);
    expect(report.violations).toStrictEqual([{ violation: 'outside_item_list', source: 'derived', path: ['batch', 'item'], clause: 'supervision.violations' }]);
    expect([report.ok, report.resultsRecognised]).toEqual([false, false]);
  });

  it('counts a score as the results were linked: one that would change under another reading counts as first read', () => {
    const input = sample() as unknown as { results: Record<string, unknown>[] };
    let reads = 0;
    input.results[0] = { idNumber: input.results[0]?.idNumber, get score() { reads += 1; return reads === 1 ? 86.5 : 'x'; } };
    const report = auditBatch(input as unknown as AuditInput);
    const asRead = auditBatch({ ...(input as unknown as AuditInput), results: [{ ...(input.results[0] as object), score: 86.5 }, ...input.results.slice(1)] } as unknown as AuditInput);
    expect(reads).toBeGreaterThan(0);
    expect(report.passRate).toStrictEqual(asRead.passRate);
    expect([report.ok, report.errors, report.resultsRecognised]).toEqual([true, 0, true]);
  });

  it('counts the pass rate over every result read, at the pass mark', () => {
    const input = sample() as unknown as { results: Record<string, unknown>[] };
    input.results[2] = { ...input.results[2], score: 60 };
    expect(auditBatch(input as unknown as AuditInput).passRate).toStrictEqual({ candidates: 4, passed: 4, passRate: '100.00' });
  });

  it('refuses options that are not an object, and a policy that cannot be read, under score.pass alone', () => {
    const refused = (options: unknown) => auditBatch(sample(), options as never).clauses.flatMap((c) => c.issues);
    expect(refused('x')).toStrictEqual([invalidOptionIssue('score.pass', ['options'], '应为对象', 'must be an object', { received: '"x"' })]);
    const hostile = { policy: { ...definePolicy({}), get passMark(): number { throw new Error('x'); } } };
    expect(refused(hostile)).toStrictEqual([unreadableIssue('score.pass')]);
  });

  it.each([
    { name: 'no item', batch: {} },
    { name: 'a blank item', batch: { item: ' ' } },
    { name: 'an item that is not text', batch: { item: 5 } },
  ])('checks each certificate on its own and against the records with a batch of $name', ({ batch }) => {
    const report = auditBatch({ batch, certificates: [{ idNumber: '370402199005120132', item: '剪纸', code: 'x' }] } as unknown as AuditInput);
    const issues = report.clauses.flatMap((c) => c.issues);
    expect(issues.filter((i) => i.path?.[0] === 'certificates').map((i) => [i.code, i.clause, i.path])).toStrictEqual([
      ['certificate_code_characters', 'certificate.code', ['certificates', 0, 'code']],
      ['certificate_code_length', 'certificate.code', ['certificates', 0, 'code']],
      ['missing_field', 'certificate.contents', ['certificates', 0, 'name']],
      ['missing_field', 'certificate.contents', ['certificates', 0, 'score']],
      ['missing_field', 'certificate.contents', ['certificates', 0, 'institution']],
      ['missing_field', 'certificate.contents', ['certificates', 0, 'issuedOn']],
    ]);
    expect(issues.some((i) => i.code === 'invalid_input' && i.clause !== 'batch.scope')).toBe(false);
  });

  it('reports registrations the check cannot read (a field whose reading throws) as one invalid_input of registration.eligible, and goes on', () => {
    const readable = new Set<string | symbol>(['idNumber', 'name', 'registeredOn']);
    const entry = new Proxy({ idNumber: '370402199005120132', name: '张伟', registeredOn: '2024-03-01' } as Record<string | symbol, unknown>, {
      get(target, key) {
        if (readable.has(key)) return target[key];
        throw new Error('unreadable');
      },
    });
    const report = auditBatch({ registrations: [entry] } as unknown as AuditInput);
    expect(report.clauses.find((c) => c.clause === 'registration.eligible')?.issues).toStrictEqual([
      { code: 'invalid_input', severity: 'error', clause: 'registration.eligible', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read', path: ['registrations'] },
    ]);
  });

  it('reports a certificate its own check cannot read (a getter that throws once) as one invalid_input of certificate.contents under it, and goes on', () => {
    let reads = 0;
    const certificate = {
      idNumber: '370402199005120132',
      name: '张伟',
      get institution(): string {
        reads += 1;
        if (reads === 1) throw new Error('unreadable once');
        return '某学校';
      },
    };
    const report = auditBatch({ certificates: [certificate] } as unknown as AuditInput);
    expect(report.clauses.flatMap((c) => c.issues).filter((i) => i.path?.[0] === 'certificates')).toStrictEqual([
      { code: 'invalid_input', severity: 'error', clause: 'certificate.contents', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read', path: ['certificates', 0] },
    ]);
    expect(report.batch).toStrictEqual({ institution: '某学校' });
  });

  it('does not recognise the results when the findings are unreadable, though they name no violation', () => {
    const report = auditBatch({ ...sample(), findings: 'x' } as unknown as AuditInput);
    expect([report.violations, report.resultsRecognised]).toStrictEqual([[], false]);
    expect(report.clauses.find((c) => c.clause === 'supervision.violations')?.issues.map((i) => i.code)).toStrictEqual(['violation_findings_invalid']);
    expect(auditBatch({ ...sample(), findings: [] } as unknown as AuditInput).resultsRecognised).toBe(true);
  });

  it('leaves the pass rate out of a report without results, not undefined', () => {
    expect('passRate' in auditBatch({ ...sample(), results: undefined } as unknown as AuditInput)).toBe(false);
    expect('passRate' in auditBatch(sample())).toBe(true);
  });
});
