import { describe, expect, it } from 'vitest';
import { CLAUSES, definePolicy, isClauseId, isSvaError, ISSUE_CODES, SvaError, ZAOZHUANG_2023 } from '../../src/index.js';
import type { RuleIssue } from '../../src/index.js';
import { MESSAGE_TABLES } from '../../src/issueCodes.js';
import { svaErrorOf } from '../helpers/expect.js';

const CLAUSE_IDS = [
  'catalog.scope', 'catalog.exclusion', 'candidate.age', 'institution.registration', 'allocation.city',
  'allocation.district', 'allocation.items', 'eligibility.legal', 'eligibility.rules', 'eligibility.capacity',
  'eligibility.influence', 'eligibility.experience', 'eligibility.funding', 'eligibility.supervision', 'materials',
  'materials.form', 'materials.work_plan', 'selection.filing', 'selection.publicity', 'selection.code',
  'assessment.method', 'bank.sets', 'bank.rotation', 'bank.approval', 'score.scale', 'score.pass', 'batch.scope',
  'announcement.contents', 'registration.eligible', 'plan.deadline', 'plan.contents', 'plan.review', 'exam.site',
  'exam.notices', 'exam.video', 'results.publicity', 'certificate.issuance', 'certificate.code',
  'certificate.contents', 'archive.contents', 'archive.retention', 'annual.summary', 'supervision.evaluation',
  'supervision.violations', 'calendar.working_days', 'policy.definition',
];

describe('CLAUSES', () => {
  it('holds every id of clauses.md, each with its section, titles and text', () => {
    for (const id of CLAUSE_IDS) {
      const clause = CLAUSES[id as keyof typeof CLAUSES];
      expect(clause, id).toBeDefined();
      expect(clause.id).toBe(id);
      expect(clause.section.length).toBeGreaterThan(0);
      expect(clause.title).toMatch(/[\u4e00-\u9fff]/);
      expect(clause.titleEn).toMatch(/[A-Za-z]/);
      expect(clause.text).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(isClauseId('score.pass')).toBe(true);
    expect(isClauseId('toString')).toBe(false);
    expect(isClauseId(1)).toBe(false);
  });
});

describe('ZAOZHUANG_2023', () => {
  it('holds the numbers of the policy, each beside a known clause', () => {
    // The whole object: every number, and the clause each one is cited by.
    expect(ZAOZHUANG_2023).toEqual({
      id: 'zaozhuang-2023', effectiveFrom: '2023-04-23',
      generalLimits: 'warning', minCandidateAge: 16, maxInstitutionsPerItemInCity: 5, maxInstitutionsPerItemInDistrict: 1,
      maxItemsPerInstitution: 2, minTrainingYears: 2, selectionPublicityWorkingDays: 5, minQuestionSets: 5, fullMark: 100,
      passMark: 60, planFilingWorkingDays: 5, planFilingReading: 'deadline', resultsPublicityWorkingDays: 5, paperRetentionYears: 3,
      electronicRetentionYears: 5, annualSummaryDue: { month: 12, day: 31 }, evaluationIntervalYears: 3,
      maxCertificateSerial: 99999, cityCode: '04',
      clauses: {
        minCandidateAge: 'candidate.age', maxInstitutionsPerItemInCity: 'allocation.city',
        maxInstitutionsPerItemInDistrict: 'allocation.district', maxItemsPerInstitution: 'allocation.items',
        minTrainingYears: 'eligibility.experience', selectionPublicityWorkingDays: 'selection.publicity', minQuestionSets: 'bank.sets',
        fullMark: 'score.scale', passMark: 'score.pass', planFilingWorkingDays: 'plan.deadline', resultsPublicityWorkingDays: 'results.publicity',
        paperRetentionYears: 'archive.retention', electronicRetentionYears: 'archive.retention', annualSummaryDue: 'annual.summary',
        evaluationIntervalYears: 'supervision.evaluation', maxCertificateSerial: 'certificate.code',
        planFilingReading: 'plan.deadline', effectiveFrom: 'policy.effective', cityCode: 'selection.code',
      },
    });
    // Every entry but the id, the severity switch and the clauses themselves comes from a clause.
    const numbers = Object.keys(ZAOZHUANG_2023).filter((k) => !['id', 'generalLimits', 'clauses'].includes(k));
    expect(Object.keys(ZAOZHUANG_2023.clauses).sort()).toEqual(numbers.sort());
    for (const clause of Object.values(ZAOZHUANG_2023.clauses)) expect(isClauseId(clause)).toBe(true);
  });

  it('is deeply frozen, and definePolicy makes a new frozen policy without touching its input', () => {
    expect(Object.isFrozen(ZAOZHUANG_2023)).toBe(true);
    expect(Object.isFrozen(ZAOZHUANG_2023.annualSummaryDue)).toBe(true);
    const due = { month: 11, day: 30 };
    const strict = definePolicy({ generalLimits: 'error', annualSummaryDue: due });
    expect(strict.generalLimits).toBe('error');
    expect(strict.minQuestionSets).toBe(5);
    expect(strict.annualSummaryDue).toEqual(due);
    expect(Object.isFrozen(strict)).toBe(true);
    expect(Object.isFrozen(due)).toBe(false);
    expect(ZAOZHUANG_2023.generalLimits).toBe('warning');
  });
});

describe('SvaError', () => {
  const issue: RuleIssue = { code: 'unknown_city', severity: 'error', clause: 'certificate.code', message: '不是城市', messageEn: 'not a city' };
  it('carries the first code and every issue', () => {
    const error = new SvaError([issue, { ...issue, code: 'other' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SvaError');
    expect(error.code).toBe('unknown_city');
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain('not a city');
    expect(error.message).toContain('不是城市');
    expect(isSvaError(error)).toBe(true);
    expect(isSvaError(new Error('x'))).toBe(false);
    expect(new SvaError(issue).issues).toEqual([issue]);
  });

  it('says the first issue in English, then Chinese, then its code and clause', () => {
    const error = new SvaError([issue, { ...issue, code: 'other', messageEn: 'second' }]);
    expect(error.message).toBe('not a city (不是城市) [unknown_city, certificate.code]');
  });

  it('has a message and a code even with no issue', () => {
    const error = new SvaError([]);
    expect([error.name, error.code, error.message, error.issues]).toEqual(['SvaError', 'unknown', 'sva-rules error', []]);
  });

  const BRAND = Symbol.for('sva-rules.error');
  const lookAlike = (name: string, fields: object) => Object.assign(new Error('x'), { name }, fields);
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const guards: { name: string; value: unknown; expected: boolean }[] = [
    { name: 'an SvaError', value: new SvaError([]), expected: true },
    { name: 'an object with the brand and issues (an SvaError of another build)', value: { [BRAND]: true, issues: [] }, expected: true },
    { name: 'the brand without issues', value: { [BRAND]: true }, expected: false },
    { name: 'the brand set to something else than true', value: { [BRAND]: 1, issues: [] }, expected: false },
    { name: 'an Error named SvaError with issues but no brand', value: lookAlike('SvaError', { issues: [] }), expected: false },
    { name: 'an Error with issues but another name', value: lookAlike('Error', { issues: [] }), expected: false },
    { name: 'a plain object shaped like an SvaError', value: { name: 'SvaError', issues: [], message: 'x' }, expected: false },
    { name: 'a revoked proxy', value: revoked.proxy, expected: false },
    { name: 'null', value: null, expected: false },
    { name: 'a string', value: 'SvaError', expected: false },
  ];
  it.each(guards)('isSvaError and instanceof: $name → $expected', ({ value, expected }) => {
    expect(isSvaError(value)).toBe(expected);
    expect(value instanceof SvaError).toBe(expected);
  });

  it('recognises an SvaError of another copy of the module, both ways, with instanceof and isSvaError', async () => {
    // A query string makes Vite load the module a second time: another SvaError class, as the
    // CommonJS build is beside the ES module build (test:package checks the two real builds).
    const path = '../../src/core/errors.js?another-copy';
    const other = (await import(/* @vite-ignore */ path)) as { SvaError: typeof SvaError; isSvaError: typeof isSvaError };
    expect(other.SvaError).not.toBe(SvaError);
    const theirs = new other.SvaError([]);
    const ours = new SvaError([]);
    expect([theirs instanceof SvaError, isSvaError(theirs)]).toEqual([true, true]);
    expect([ours instanceof other.SvaError, other.isSvaError(ours)]).toEqual([true, true]);
    expect(Object.getPrototypeOf(theirs)).not.toBe(SvaError.prototype);
  });
});

describe('ISSUE_CODES', () => {
  it('gives every code a Chinese and an English message', () => {
    for (const [code, [zh, en]] of Object.entries(ISSUE_CODES)) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[A-Z{]/);
    }
  });

  it('holds exactly the codes of every area table, none of them in two tables, deep-frozen', () => {
    const codes = MESSAGE_TABLES.flatMap((table) => Object.keys(table));
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(ISSUE_CODES).sort()).toEqual([...codes].sort());
    expect(Object.isFrozen(ISSUE_CODES)).toBe(true);
    expect(Object.isFrozen(ISSUE_CODES['invalid_date'])).toBe(true);
  });
});

describe('definePolicy refuses what is not a policy', () => {
  const cases: { name: string; overrides: unknown; code: string; clause: string }[] = [
    { name: 'not an object', overrides: null, code: 'invalid_input', clause: 'policy.definition' },
    { name: 'unknown key', overrides: { maxItems: 3 }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'negative number', overrides: { minQuestionSets: -1 }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'fraction', overrides: { passMark: 59.5 }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'bad generalLimits', overrides: { generalLimits: 'strict' }, code: 'invalid_option', clause: 'policy.definition' },
    { name: 'impossible due day', overrides: { annualSummaryDue: { month: 13, day: 1 } }, code: 'invalid_option', clause: 'policy.definition' },
  ];
  it.each(cases)('$name', ({ overrides, code, clause }) => {
    const error = svaErrorOf(() => definePolicy(overrides as never));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.clause).toBe(clause);
  });

  const limits: { value: unknown; ok: boolean }[] = [
    { value: 'warning', ok: true },
    { value: 'error', ok: true },
    { value: 'Warning', ok: false },
    { value: '', ok: false },
    { value: undefined, ok: false },
  ];
  it.each(limits)('generalLimits $value: ok $ok', ({ value, ok }) => {
    const run = () => definePolicy({ generalLimits: value } as never);
    if (ok) expect(run().generalLimits).toBe(value);
    else expect(svaErrorOf(run).issues[0]?.path).toEqual(['overrides', 'generalLimits']);
  });

  it('accepts no experience asked, the strict reading and another due day', () => {
    expect(definePolicy({ minTrainingYears: 0 }).minTrainingYears).toBe(0);
    expect(definePolicy({ generalLimits: 'error' }).generalLimits).toBe('error');
    expect(definePolicy({ annualSummaryDue: { month: 11, day: 30 } }).annualSummaryDue).toEqual({ month: 11, day: 30 });
  });
});

describe('definePolicy: every check of an override, exactly', () => {
  it('names the key, its path and the reason, citing the clause of that number', () => {
    const error = svaErrorOf(() => definePolicy({ minQuestionSets: 4.5 }));
    expect(error.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_option',
        clause: 'policy.definition',
        path: ['overrides', 'minQuestionSets'],
        received: '4.5',
        message: '选项“minQuestionSets”无效：应为不小于1的整数',
        messageEn: 'Option minQuestionSets is invalid: must be a whole number ≥ 1',
      }),
    ]);
    expect(svaErrorOf(() => definePolicy({ generalLimits: 'strict' } as never)).issues[0]?.messageEn).toBe(
      "Option generalLimits is invalid: must be 'warning' or 'error'",
    );
    expect(svaErrorOf(() => definePolicy({ foo: 1 } as never)).issues[0]?.messageEn).toBe('Option foo is invalid: is not a number of the policy');
    expect(svaErrorOf(() => definePolicy(null as never)).issues[0]).toMatchObject({ clause: 'policy.definition', path: ['overrides'] });
    expect(svaErrorOf(() => definePolicy({}, null as never)).issues[0]).toMatchObject({ path: ['base'] });
    expect(svaErrorOf(() => definePolicy({}, { ...ZAOZHUANG_2023, clauses: null } as never)).issues[0]).toMatchObject({ path: ['base'] });
  });

  const strings: { key: string; value: unknown; ok: boolean }[] = [
    { key: 'id', value: 'zaozhuang-2024', ok: true },
    { key: 'id', value: 2024, ok: false },
    { key: 'effectiveFrom', value: '2024-01-01', ok: true },
    { key: 'effectiveFrom', value: null, ok: false },
    { key: 'effectiveFrom', value: '2023-02-29', ok: false },
    { key: 'effectiveFrom', value: '2023-4-23', ok: false },
    { key: 'planFilingReading', value: 'deadline', ok: true },
    { key: 'planFilingReading', value: 'window', ok: true },
    { key: 'planFilingReading', value: 'Window', ok: false },
    { key: 'planFilingReading', value: undefined, ok: false },
  ];
  const kinds: Record<string, string> = {
    id: 'must be a string',
    effectiveFrom: 'must be a real YYYY-MM-DD date',
    planFilingReading: "must be 'deadline' or 'window'",
  };
  it.each(strings)('$key = $value: ok $ok', ({ key, value, ok }) => {
    const run = () => definePolicy({ [key]: value } as never);
    if (ok) expect((run() as unknown as Record<string, unknown>)[key]).toBe(value);
    else expect(svaErrorOf(run).issues[0]?.messageEn).toBe(`Option ${key} is invalid: ${kinds[key]}`);
  });

  const dues: { due: unknown; ok: boolean }[] = [
    { due: { month: 1, day: 1 }, ok: true },
    { due: { month: 12, day: 31 }, ok: true },
    { due: { month: 2, day: 31 }, ok: true },
    { due: { month: 0, day: 10 }, ok: false },
    { due: { month: 13, day: 10 }, ok: false },
    { due: { month: 12, day: 0 }, ok: false },
    { due: { month: 12, day: 32 }, ok: false },
    { due: { month: 12 }, ok: false },
    { due: { day: 31 }, ok: false },
    { due: { month: 1.5, day: 1 }, ok: false },
    { due: '12-31', ok: false },
  ];
  it.each(dues)('annualSummaryDue $due: ok $ok', ({ due, ok }) => {
    const run = () => definePolicy({ annualSummaryDue: due } as never);
    if (ok) expect(run().annualSummaryDue).toEqual(due);
    else expect(svaErrorOf(run).issues[0]).toMatchObject({ clause: 'policy.definition', messageEn: 'Option annualSummaryDue is invalid: must be a month 1–12 and a day 1–31' });
  });

  it('keeps the base and its clauses, and ZAOZHUANG_2023 names itself', () => {
    expect(ZAOZHUANG_2023.id).toBe('zaozhuang-2023');
    expect(ZAOZHUANG_2023.effectiveFrom).toBe('2023-04-23');
    const strict = definePolicy({ generalLimits: 'error' });
    expect(strict.clauses).toEqual(ZAOZHUANG_2023.clauses);
    expect(strict.clauses).not.toBe(ZAOZHUANG_2023.clauses);
    expect({ ...strict, generalLimits: 'warning' }).toEqual(ZAOZHUANG_2023);
    expect(ZAOZHUANG_2023.clauses).toEqual({
      minCandidateAge: 'candidate.age', maxInstitutionsPerItemInCity: 'allocation.city',
      maxInstitutionsPerItemInDistrict: 'allocation.district', maxItemsPerInstitution: 'allocation.items',
      minTrainingYears: 'eligibility.experience', selectionPublicityWorkingDays: 'selection.publicity',
      minQuestionSets: 'bank.sets', fullMark: 'score.scale', passMark: 'score.pass', planFilingWorkingDays: 'plan.deadline',
      resultsPublicityWorkingDays: 'results.publicity', paperRetentionYears: 'archive.retention',
      electronicRetentionYears: 'archive.retention', annualSummaryDue: 'annual.summary',
      evaluationIntervalYears: 'supervision.evaluation', maxCertificateSerial: 'certificate.code',
      planFilingReading: 'plan.deadline', effectiveFrom: 'policy.effective', cityCode: 'selection.code',
    });
    // Two digits, the whole value: not one, not three, not a number.
    for (const cityCode of ['4', '104', '041', 12]) expect(() => definePolicy({ cityCode } as never), String(cityCode)).toThrow(/cityCode/);
    expect(definePolicy({ cityCode: '05' }).cityCode).toBe('05');
  });
});

describe('definePolicy: the exact issue of each reason', () => {
  const option = (name: string, reasonZh: string, reasonEn: string, received: string) => ({
    code: 'invalid_option',
    severity: 'error',
    clause: 'policy.definition',
    message: `选项“${name}”无效：${reasonZh}`,
    messageEn: `Option ${name} is invalid: ${reasonEn}`,
    path: ['overrides', name],
    received,
  });
  const cases: { name: string; overrides: unknown; issue: object }[] = [
    {
      name: 'generalLimits not warning or error',
      overrides: { generalLimits: 'strict' },
      issue: option('generalLimits', '应为“warning”或“error”', "must be 'warning' or 'error'", '"strict"'),
    },
    { name: 'id not a string', overrides: { id: 2024 }, issue: option('id', '应为文字', 'must be a string', '2024') },
    // The code layout of 附件3 is fixed by the text, not a number of the policy.
    { name: 'provinceCode', overrides: { provinceCode: '37' }, issue: option('provinceCode', '不是政策参数', 'is not a number of the policy', '"37"') },
    { name: 'maxInstitutionSerial', overrides: { maxInstitutionSerial: 9999 }, issue: option('maxInstitutionSerial', '不是政策参数', 'is not a number of the policy', '9999') },
    {
      name: 'an impossible due day',
      overrides: { annualSummaryDue: { month: 13, day: 1 } },
      issue: option('annualSummaryDue', '应为1至12月中的某月某日（1至31日）', 'must be a month 1–12 and a day 1–31', 'object'),
    },
    { name: 'an unknown key', overrides: { maxItems: 3 }, issue: option('maxItems', '不是政策参数', 'is not a number of the policy', '3') },
    // Names inherited from Object.prototype are not numbers of the policy either.
    { name: 'toString', overrides: { toString: 5 }, issue: option('toString', '不是政策参数', 'is not a number of the policy', '5') },
    { name: 'constructor', overrides: { constructor: 1 }, issue: option('constructor', '不是政策参数', 'is not a number of the policy', '1') },
    {
      name: '__proto__ from parsed JSON',
      overrides: JSON.parse('{"__proto__": "x"}') as unknown,
      issue: option('__proto__', '不是政策参数', 'is not a number of the policy', '"x"'),
    },
    {
      name: 'a fraction',
      overrides: { passMark: 59.5 },
      issue: option('passMark', '应为1至100的整数', 'must be a whole number 1–100 (fullMark)', '59.5'),
    },
    {
      name: 'a number written as a string',
      overrides: { minCandidateAge: '16' },
      issue: option('minCandidateAge', '应为不小于1的整数', 'must be a whole number ≥ 1', '"16"'),
    },
    {
      name: 'overrides that is not an object',
      overrides: [],
      issue: {
        code: 'invalid_input', severity: 'error', clause: 'policy.definition', path: ['overrides'],
        message: '输入有误：“overrides”应为对象', messageEn: 'Invalid input: overrides must be an object',
      },
    },
    {
      name: 'overrides that cannot be read',
      overrides: Object.defineProperty({}, 'passMark', { get: () => { throw new Error('getter'); }, enumerable: true }),
      issue: {
        code: 'invalid_input', severity: 'error', clause: 'policy.definition',
        message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read',
      },
    },
  ];
  it.each(cases)('$name', ({ overrides, issue }) => {
    expect(svaErrorOf(() => definePolicy(overrides as never)).issues).toStrictEqual([issue]);
  });

  it('lists every bad override, in the order of its keys', () => {
    const error = svaErrorOf(() => definePolicy({ passMark: -1, id: 1, generalLimits: 'warning', foo: 'x' } as never));
    expect(error.issues.map((i) => [i.path, i.clause])).toEqual([
      [['overrides', 'passMark'], 'policy.definition'],
      [['overrides', 'id'], 'policy.definition'],
      [['overrides', 'foo'], 'policy.definition'],
    ]);
  });

  it('refuses a base that is not an object, or whose clauses are not', () => {
    const base = {
      code: 'invalid_input', severity: 'error', clause: 'policy.definition', path: ['base'],
      message: '输入有误：“base”应为对象', messageEn: 'Invalid input: base must be an object',
    };
    expect(svaErrorOf(() => definePolicy({}, [] as never)).issues).toStrictEqual([base]);
    expect(svaErrorOf(() => definePolicy({}, { ...ZAOZHUANG_2023, clauses: [] } as never)).issues).toStrictEqual([base]);
  });
});

describe('definePolicy refuses impossible numbers (issue 14 §8)', () => {
  const refusal = (key: string, received: string, reasonZh: string, reasonEn: string, from = 'overrides') => ({
    code: 'invalid_option',
    severity: 'error',
    clause: 'policy.definition',
    message: `选项“${key}”无效：${reasonZh}`,
    messageEn: `Option ${key} is invalid: ${reasonEn}`,
    path: [from, key],
    received,
  });
  const cases: { name: string; overrides: Record<string, unknown>; issues?: object[] }[] = [
    // The pass mark: 1 to the full mark.
    { name: 'a pass mark above the full mark', overrides: { passMark: 101 }, issues: [refusal('passMark', '101', '应为1至100的整数', 'must be a whole number 1–100 (fullMark)')] },
    { name: 'a pass mark at the full mark', overrides: { passMark: 100 } },
    { name: 'a pass mark of 1', overrides: { passMark: 1 } },
    { name: 'a pass mark of 0', overrides: { passMark: 0 }, issues: [refusal('passMark', '0', '应为1至100的整数', 'must be a whole number 1–100 (fullMark)')] },
    { name: 'a pass mark below 0', overrides: { passMark: -60 }, issues: [refusal('passMark', '-60', '应为1至100的整数', 'must be a whole number 1–100 (fullMark)')] },
    { name: 'a pass mark on a larger scale', overrides: { fullMark: 150, passMark: 120 } },
    {
      name: 'a full mark below the pass mark it keeps: the pass mark is refused, at its place in the base',
      overrides: { fullMark: 50 },
      issues: [refusal('passMark', '60', '应为1至50的整数', 'must be a whole number 1–50 (fullMark)', 'base')],
    },
    { name: 'a full mark of 0', overrides: { fullMark: 0, passMark: 1 }, issues: [refusal('fullMark', '0', '应为不小于1的整数', 'must be a whole number ≥ 1')] },
    // Every limit and count: at least 1 (a district limit of 0 would flag nothing).
    ...['maxInstitutionsPerItemInCity', 'maxInstitutionsPerItemInDistrict', 'maxItemsPerInstitution', 'minQuestionSets', 'minCandidateAge'].flatMap((key) => [
      { name: `${key} 0`, overrides: { [key]: 0 }, issues: [refusal(key, '0', '应为不小于1的整数', 'must be a whole number ≥ 1')] },
      { name: `${key} 1`, overrides: { [key]: 1 } },
    ]),
    // Retention and evaluation: at least 1 year, at most 9999.
    ...['paperRetentionYears', 'electronicRetentionYears', 'evaluationIntervalYears'].flatMap((key) => [
      { name: `${key} 0`, overrides: { [key]: 0 }, issues: [refusal(key, '0', '应为1至9999的整数', 'must be a whole number 1–9999')] },
      { name: `${key} 1`, overrides: { [key]: 1 } },
      { name: `${key} 9999`, overrides: { [key]: 9999 } },
      { name: `${key} 10000`, overrides: { [key]: 10_000 }, issues: [refusal(key, '10000', '应为1至9999的整数', 'must be a whole number 1–9999')] },
    ]),
    // Working-day windows: at least 1 day.
    ...['selectionPublicityWorkingDays', 'resultsPublicityWorkingDays', 'planFilingWorkingDays'].flatMap((key) => [
      { name: `${key} 0`, overrides: { [key]: 0 }, issues: [refusal(key, '0', '应为不小于1的整数', 'must be a whole number ≥ 1')] },
      { name: `${key} 1`, overrides: { [key]: 1 } },
    ]),
    // No experience asked is a policy; less than none is not.
    { name: 'minTrainingYears 0', overrides: { minTrainingYears: 0 } },
    { name: 'minTrainingYears -1', overrides: { minTrainingYears: -1 }, issues: [refusal('minTrainingYears', '-1', '应为不小于0的整数', 'must be a whole number ≥ 0')] },
    { name: 'maxCertificateSerial 99999', overrides: { maxCertificateSerial: 99_999 } },
    {
      name: 'maxCertificateSerial 100000',
      overrides: { maxCertificateSerial: 100_000 },
      issues: [refusal('maxCertificateSerial', '100000', '应为1至99999的整数', 'must be a whole number 1–99999')],
    },
  ];
  it.each(cases)('$name', ({ overrides, issues }) => {
    if (issues === undefined) expect(definePolicy(overrides)).toMatchObject(overrides);
    else expect(svaErrorOf(() => definePolicy(overrides)).issues).toStrictEqual(issues);
  });

  it('checks a base made by spreading ZAOZHUANG_2023 by its numbers, and refuses one that lacks a number', () => {
    const spread = { ...ZAOZHUANG_2023, minQuestionSets: 3 };
    expect(definePolicy({ generalLimits: 'error' }, spread).minQuestionSets).toBe(3);
    const lacking: Record<string, unknown> = { ...ZAOZHUANG_2023 };
    delete lacking.passMark;
    expect(svaErrorOf(() => definePolicy({}, lacking as never)).issues).toStrictEqual([
      refusal('passMark', 'undefined', '应为1至100的整数', 'must be a whole number 1–100 (fullMark)', 'base'),
    ]);
  });
});
