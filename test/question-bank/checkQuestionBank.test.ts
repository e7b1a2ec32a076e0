import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuestionBank, definePolicy } from '../../src/index.js';
import type { QuestionBank, RuleIssue } from '../../src/index.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { codesOf, hostileValues, invalidDateIssue } from '../helpers/expect.js';

const setsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}`, tasks: [`t${i + 1}a`, `t${i + 1}b`] }));
const strict = definePolicy({ generalLimits: 'error' });

describe('checkQuestionBank (四1, bank.sets)', () => {
  const cases: { name: string; bank: unknown; strictOk?: boolean; codes: string[]; ok: boolean; paths?: unknown[] }[] = [
    { name: '4 sets: a warning (一般)', bank: { sets: setsOf(4) }, codes: ['too_few_sets'], ok: true, strictOk: false },
    { name: '5 sets', bank: { sets: setsOf(5) }, codes: [], ok: true, strictOk: true },
    { name: '6 sets', bank: { sets: setsOf(6) }, codes: [], ok: true, strictOk: true },
    { name: '1 set', bank: { sets: setsOf(1) }, codes: ['too_few_sets'], ok: true, strictOk: false },
    {
      name: '5 sets, 2 with the same tasks in another order: 4 distinct',
      bank: { sets: [...setsOf(4), { id: 'S5', tasks: ['t1b', 't1a'] }] },
      codes: ['set_same_tasks', 'too_few_sets'],
      ok: true,
      strictOk: false,
      paths: [['sets', 4], ['sets']],
    },
    {
      name: '6 sets, 2 with the same tasks: still 5 distinct',
      bank: { sets: [...setsOf(5), { id: 'S6', tasks: ['t5b', 't5a', 't5b'] }] },
      codes: ['set_same_tasks'],
      ok: true,
      strictOk: true,
    },
    {
      name: 'sets sharing some tasks are distinct',
      bank: { sets: [...setsOf(4), { id: 'S5', tasks: ['t1a', 't2a'] }] },
      codes: [],
      ok: true,
      strictOk: true,
    },
    { name: 'no sets', bank: { sets: [] }, codes: ['bank_empty'], ok: false },
    { name: 'sets missing', bank: {}, codes: ['bank_sets_not_array'], ok: false, paths: [['sets']] },
    { name: 'bank not an object', bank: 'S1', codes: ['invalid_input'], ok: false },
    {
      name: 'a duplicate id',
      bank: { sets: [...setsOf(5), { id: 'S2', tasks: ['x'] }] },
      codes: ['set_id_duplicate'],
      ok: false,
      paths: [['sets', 5, 'id']],
    },
    {
      name: 'an empty set',
      bank: { sets: [...setsOf(5), { id: 'S6', tasks: [] }] },
      codes: ['set_empty'],
      ok: false,
      paths: [['sets', 5, 'tasks']],
    },
    {
      name: 'an empty set among 5: 4 distinct',
      bank: { sets: [...setsOf(4), { id: 'S5', tasks: [] }] },
      codes: ['set_empty', 'too_few_sets'],
      ok: false,
    },
    { name: 'an id that is empty', bank: { sets: [...setsOf(5), { id: '', tasks: ['x'] }] }, codes: ['set_id_invalid'], ok: false },
    { name: 'an id that is a number', bank: { sets: [...setsOf(5), { id: 6, tasks: ['x'] }] }, codes: ['set_id_invalid'], ok: false },
    { name: 'tasks not an array', bank: { sets: [...setsOf(5), { id: 'S6', tasks: 'x' }] }, codes: ['set_tasks_invalid'], ok: false },
    {
      name: 'a task that is not a string',
      bank: { sets: [...setsOf(5), { id: 'S6', tasks: ['x', 7, ''] }] },
      codes: ['set_task_invalid', 'set_task_invalid'],
      ok: false,
      paths: [['sets', 5, 'tasks', 1], ['sets', 5, 'tasks', 2]],
    },
    { name: 'a set that is not an object', bank: { sets: [...setsOf(5), null] }, codes: ['set_not_an_object'], ok: false },
    // eslint-disable-next-line no-sparse-arrays
    { name: 'a hole in a sparse array of sets', bank: { sets: [...setsOf(5), , ] }, codes: ['set_not_an_object'], ok: false, paths: [['sets', 5]] },
    // eslint-disable-next-line no-sparse-arrays
    { name: 'a hole in a sparse array of tasks', bank: { sets: [...setsOf(4), { id: 'S5', tasks: ['x', , 'y'] }] }, codes: ['set_task_invalid', 'too_few_sets'], ok: false },
    {
      name: 'every fault at once',
      bank: { sets: [{ id: 'A', tasks: [] }, { id: 'A', tasks: ['x'] }, { id: 3, tasks: ['x'] }] },
      codes: ['set_empty', 'set_id_duplicate', 'set_id_invalid', 'set_same_tasks', 'too_few_sets'],
      ok: false,
    },
  ];
  it.each(cases)('$name', ({ bank, codes, ok, strictOk, paths }) => {
    const result = checkQuestionBank(bank as QuestionBank);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(ok);
    for (const issue of result.issues) expect(issue.clause).toBe('bank.sets');
    if (paths !== undefined) expect(result.issues.map((i) => i.path)).toEqual(paths);
    if (strictOk !== undefined) expect(checkQuestionBank(bank as QuestionBank, { policy: strict }).ok).toBe(strictOk);
  });

  // One representative case of each code, compared whole: numbers are 1-based, paths 0-based.
  const exact: { name: string; bank: unknown; options?: unknown; issues: RuleIssue[] }[] = [
    {
      name: 'bank not an object',
      bank: 'S1',
      issues: [{ code: 'invalid_input', severity: 'error', clause: 'bank.sets', message: '输入有误：“bank”应为对象', messageEn: 'Invalid input: bank must be an object', path: ['bank'] }],
    },
    {
      name: 'sets not an array',
      bank: { sets: 'S1' },
      issues: [
        {
          code: 'bank_sets_not_array',
          severity: 'error',
          clause: 'bank.sets',
          message: '试题库的试题套应以列表给出',
          messageEn: 'The bank\'s sets must be an array of question sets',
          path: ['sets'],
          received: '"S1"',
        },
      ],
    },
    {
      name: 'no sets',
      bank: { sets: [] },
      issues: [{ code: 'bank_empty', severity: 'error', clause: 'bank.sets', message: '试题库中没有任何一套试题', messageEn: 'The question bank has no sets', path: ['sets'] }],
    },
    {
      name: 'the 6th set not an object',
      bank: { sets: [...setsOf(5), null] },
      issues: [
        {
          code: 'set_not_an_object',
          severity: 'error',
          clause: 'bank.sets',
          message: '第6套试题应写明编号和试题（对象）',
          messageEn: 'Set 6 must be an object { id, tasks }',
          path: ['sets', 5],
        },
      ],
    },
    {
      name: 'the id of the 6th set used by the 2nd',
      bank: { sets: [...setsOf(5), { id: 'S2', tasks: ['x'] }] },
      issues: [
        {
          code: 'set_id_duplicate',
          severity: 'error',
          clause: 'bank.sets',
          message: '试题套编号“S2”重复，第6套与第2套编号相同',
          messageEn: 'The set id S2 is used twice: sets 2 and 6',
          path: ['sets', 5, 'id'],
          received: 'S2',
        },
      ],
    },
    {
      name: 'the 6th set empty',
      bank: { sets: [...setsOf(5), { id: 'S6', tasks: [] }] },
      issues: [
        { code: 'set_empty', severity: 'error', clause: 'bank.sets', message: '第6套试题（编号“S6”）没有任何试题', messageEn: 'Set 6 (S6) has no tasks', path: ['sets', 5, 'tasks'] },
      ],
    },
    {
      name: 'the 6th set empty, with an id that is a number: named ?',
      bank: { sets: [...setsOf(5), { id: 6, tasks: [] }] },
      issues: [
        {
          code: 'set_id_invalid',
          severity: 'error',
          clause: 'bank.sets',
          message: '第6套试题的编号不能为空',
          messageEn: 'Set 6 must have a non-empty string id; received 6',
          path: ['sets', 5, 'id'],
          received: '6',
        },
        { code: 'set_empty', severity: 'error', clause: 'bank.sets', message: '第6套试题（编号“?”）没有任何试题', messageEn: 'Set 6 (?) has no tasks', path: ['sets', 5, 'tasks'] },
      ],
    },
    {
      name: 'the tasks of the 6th set not an array',
      bank: { sets: [...setsOf(5), { id: 'S6', tasks: 'x' }] },
      issues: [
        {
          code: 'set_tasks_invalid',
          severity: 'error',
          clause: 'bank.sets',
          message: '第6套试题的试题应为试题编号的列表',
          messageEn: 'The tasks of set 6 must be an array of task ids (strings); received "x"',
          path: ['sets', 5, 'tasks'],
          received: '"x"',
        },
      ],
    },
    {
      name: 'the 2nd task of the 6th set a number',
      bank: { sets: [...setsOf(5), { id: 'S6', tasks: ['x', 7] }] },
      issues: [
        {
          code: 'set_task_invalid',
          severity: 'error',
          clause: 'bank.sets',
          message: '第6套试题的第2题的编号不能为空',
          messageEn: 'Task 2 of set 6 must be a non-empty string; received 7',
          path: ['sets', 5, 'tasks', 1],
          received: '7',
        },
      ],
    },
    {
      name: 'same tasks: a set without a valid id is named by its number, as the repeat and as the first',
      bank: { sets: [{ id: 7, tasks: ['x'] }, ...setsOf(5), { id: 'S6', tasks: ['x'] }, { id: 8, tasks: ['t1b', 't1a'] }] },
      issues: [
        {
          code: 'set_id_invalid',
          severity: 'error',
          clause: 'bank.sets',
          message: '第1套试题的编号不能为空',
          messageEn: 'Set 1 must have a non-empty string id; received 7',
          path: ['sets', 0, 'id'],
          received: '7',
        },
        {
          code: 'set_id_invalid',
          severity: 'error',
          clause: 'bank.sets',
          message: '第8套试题的编号不能为空',
          messageEn: 'Set 8 must have a non-empty string id; received 8',
          path: ['sets', 7, 'id'],
          received: '8',
        },
        {
          code: 'set_same_tasks',
          severity: 'warning',
          clause: 'bank.sets',
          message: '试题套“S6”与“#1”的试题相同（不计顺序），只算一套',
          messageEn: 'Set S6 has the same tasks as set #1 (order ignored) and counts once',
          path: ['sets', 6],
        },
        {
          code: 'set_same_tasks',
          severity: 'warning',
          clause: 'bank.sets',
          message: '试题套“#8”与“S1”的试题相同（不计顺序），只算一套',
          messageEn: 'Set #8 has the same tasks as set S1 (order ignored) and counts once',
          path: ['sets', 7],
        },
      ],
    },
    {
      name: '4 distinct sets',
      bank: { sets: setsOf(4) },
      issues: [
        {
          code: 'too_few_sets',
          severity: 'warning',
          clause: 'bank.sets',
          message: '试题库只有4套不同的试题，一般应不少于5套',
          messageEn: 'The bank has 4 distinct sets; generally it has at least 5',
          path: ['sets'],
          expected: 5,
          received: 4,
        },
      ],
    },
    {
      name: 'options not an object',
      bank: { sets: setsOf(5) },
      options: 'x',
      issues: [
        {
          code: 'invalid_option',
          severity: 'error',
          clause: 'bank.sets',
          message: '选项“options”无效：应为对象',
          messageEn: 'Option options is invalid: must be an object',
          path: ['options'],
        },
      ],
    },
  ];
  it.each(exact)('names the fault exactly: $name', ({ bank, options, issues }) => {
    const result = checkQuestionBank(bank as QuestionBank, options as never);
    expect(result).toEqual({ ok: !issues.some((i) => i.severity === 'error'), issues });
  });

  it('reads options that are not an object as no options, after reporting them', () => {
    for (const options of [null, 'x', 5, ['usedOn']]) {
      expect(codesOf(checkQuestionBank({ sets: setsOf(4) }, options as never))).toEqual(['invalid_option', 'too_few_sets']);
    }
    expect(checkQuestionBank({ sets: setsOf(5) }, {}).issues).toEqual([]);
  });

  it('grades too_few_sets by generalLimits, and reads the minimum from the policy', () => {
    const bank = { sets: setsOf(4) };
    expect(checkQuestionBank(bank).issues[0]).toMatchObject({ code: 'too_few_sets', severity: 'warning', expected: 5, received: 4 });
    expect(checkQuestionBank(bank, { policy: strict }).issues[0]).toMatchObject({ severity: 'error' });
    expect(checkQuestionBank(bank, { policy: definePolicy({ minQuestionSets: 4 }) }).issues).toEqual([]);
    expect(checkQuestionBank({ sets: setsOf(4) }).issues[0]?.messageEn).toBe('The bank has 4 distinct sets; generally it has at least 5');
  });

  it('counts distinct sets as the number of distinct task sets (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1 }), { maxLength: 12 }), (taskLists) => {
        const sets = taskLists.map((tasks, i) => ({ id: `S${i}`, tasks }));
        const distinct = new Set(taskLists.map((t) => [...t].sort().join())).size;
        const result = checkQuestionBank({ sets });
        const few = result.issues.find((i) => i.code === 'too_few_sets');
        if (sets.length === 0) expect(codesOf(result)).toEqual(['bank_empty']);
        else if (distinct < 5) expect(few?.received).toBe(distinct);
        else expect(few).toBeUndefined();
        expect(result.issues.filter((i) => i.code === 'set_same_tasks')).toHaveLength(sets.length - distinct);
      }),
    );
  });
});

describe('checkQuestionBank (四1, bank.approval)', () => {
  const sets = setsOf(5);
  const cases: { name: string; approvedOn?: unknown; usedOn?: unknown; codes: string[]; paths?: unknown[] }[] = [
    { name: 'approved the day before use', approvedOn: '2024-03-17', usedOn: '2024-03-18', codes: [] },
    { name: 'approved on the day of use', approvedOn: '2024-03-18', usedOn: '2024-03-18', codes: [] },
    { name: 'approved the day after use', approvedOn: '2024-03-19', usedOn: '2024-03-18', codes: ['bank_approved_after_use'], paths: [['approvedOn']] },
    { name: 'approval missing when used', usedOn: '2024-03-18', codes: ['missing_field'], paths: [['approvedOn']] },
    { name: 'approval missing, no use given', codes: [] },
    { name: 'approved, no use given', approvedOn: '2024-03-18', codes: [] },
    { name: 'a bad approval date, no use given', approvedOn: '2024-02-30', codes: ['invalid_date'], paths: [['approvedOn']] },
    { name: 'a bad approval date', approvedOn: '2024/03/01', usedOn: '2024-03-18', codes: ['invalid_date'] },
    { name: 'a bad day of use', approvedOn: '2024-03-01', usedOn: '2024-13-01', codes: ['invalid_date'], paths: [['usedOn']] },
    { name: 'an Invalid Date as day of use, approval missing', usedOn: new Date(NaN), codes: ['invalid_date', 'missing_field'] },
    // 2024-03-17T16:30Z is 2024-03-18 00:30 in China: the same day as the approval.
    { name: 'a Date read in UTC+8', approvedOn: '2024-03-18', usedOn: new Date('2024-03-17T16:30:00Z'), codes: [] },
    { name: 'a Date read in UTC+8, the day before', approvedOn: '2024-03-18', usedOn: new Date('2024-03-17T15:59:59Z'), codes: ['bank_approved_after_use'] },
  ];
  it.each(cases)('$name', ({ approvedOn, usedOn, codes, paths }) => {
    const bank = approvedOn === undefined ? { sets } : { sets, approvedOn };
    const result = checkQuestionBank(bank as QuestionBank, usedOn === undefined ? undefined : { usedOn: usedOn as string });
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
    for (const issue of result.issues) expect(issue.clause).toBe('bank.approval');
    if (paths !== undefined) expect(result.issues.map((i) => i.path)).toEqual(paths);
  });

  it('names the dates and the missing field', () => {
    const late = checkQuestionBank({ sets, approvedOn: '2024-03-19' }, { usedOn: '2024-03-18' });
    expect(late.issues[0]).toMatchObject({ expected: '2024-03-18', received: '2024-03-19' });
    const missing = checkQuestionBank({ sets }, { usedOn: '2024-03-18' });
    expect(missing.issues[0]).toMatchObject({ code: 'missing_field', message: '未填写试题库评估通过日期', messageEn: 'approvedOn is missing' });
  });

  it('names both bad dates exactly, with or without a missing approval', () => {
    const invalid = (name: string, received: string) => invalidDateIssue('bank.approval', name, received, name === 'usedOn' ? '试题库使用日期' : '试题库评估通过日期');
    expect(checkQuestionBank({ sets, approvedOn: '2024-02-30' as never }, { usedOn: '2024-13-01' })).toEqual({
      ok: false,
      issues: [invalid('approvedOn', '"2024-02-30"'), invalid('usedOn', '"2024-13-01"')],
    });
    expect(checkQuestionBank({ sets, approvedOn: new Date(NaN) })).toEqual({ ok: false, issues: [invalid('approvedOn', 'Invalid Date')] });
    expect(checkQuestionBank({ sets }, { usedOn: 20240318 as never }).issues).toEqual([
      invalid('usedOn', '20240318'),
      {
        code: 'missing_field',
        severity: 'error',
        clause: 'bank.approval',
        message: '未填写试题库评估通过日期',
        messageEn: 'approvedOn is missing',
        path: ['approvedOn'],
      },
    ]);
  });

  it('names the approval that comes after the use exactly', () => {
    expect(checkQuestionBank({ sets, approvedOn: '2024-03-19' }, { usedOn: '2024-03-18' }).issues).toEqual([
      {
        code: 'bank_approved_after_use',
        severity: 'error',
        clause: 'bank.approval',
        message: '试题库于2024年3月19日评估通过，晚于使用日期2024年3月18日，应先评估后使用',
        messageEn: 'The bank was approved on 2024-03-19, after its use on 2024-03-18: it must be evaluated before use',
        path: ['approvedOn'],
        expected: '2024-03-18',
        received: '2024-03-19',
      },
    ]);
  });

  it('lists set and approval failures together', () => {
    const result = checkQuestionBank({ sets: [{ id: 'A', tasks: [] }] }, { usedOn: '2024-03-18' });
    expect(codesOf(result)).toEqual(['set_empty', 'too_few_sets', 'missing_field']);
  });
});

describe('checkQuestionBank never throws and never touches its input', () => {
  it('on hostile banks, sets, tasks and options', () => {
    for (const value of hostileValues()) {
      expect(checkQuestionBank(value as never).ok).toBe(false);
      expect(checkQuestionBank({ sets: [value] } as never).ok).toBe(false);
      expect(() => checkQuestionBank({ sets: [{ id: 'A', tasks: [value] }] } as never)).not.toThrow();
      expect(() => checkQuestionBank({ sets: setsOf(5), approvedOn: value } as never, { usedOn: value } as never)).not.toThrow();
      expect(() => checkQuestionBank({ sets: setsOf(5) }, value as never)).not.toThrow();
    }
    fc.assert(fc.property(fc.anything(), fc.anything(), (bank, options) => void codesOf(checkQuestionBank(bank as never, options as never))));
  });

  it('on a deep-frozen bank', () => {
    const bank = deepFreeze({ sets: [...setsOf(5), { id: 'S6', tasks: ['t1b', 't1a'] }], approvedOn: '2024-03-01' });
    const copy = structuredClone(bank);
    const options = deepFreeze({ usedOn: '2024-03-18', policy: strict });
    expect(codesOf(checkQuestionBank(bank, options))).toEqual(['set_same_tasks']);
    expect(bank).toEqual(copy);
  });
});

describe('checkQuestionBank with a policy that lacks its numbers (issue 12)', () => {
  it('{ policy: {} } with one set is refused, not passed without a warning', () => {
    const result = checkQuestionBank({ sets: setsOf(1) }, { policy: {} } as never);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path, i.clause])).toEqual([
      ['invalid_option', ['policy', 'minQuestionSets'], 'policy.definition'],
      ['invalid_option', ['policy', 'generalLimits'], 'policy.definition'],
    ]);
  });

  it('a policy spread from ZAOZHUANG_2023 with an override applies the override', () => {
    expect(codesOf(checkQuestionBank({ sets: setsOf(3) }, { policy: { ...strict, minQuestionSets: 3 } }))).toEqual([]);
    expect(codesOf(checkQuestionBank({ sets: setsOf(2) }, { policy: { ...strict, minQuestionSets: 3 } }))).toEqual(['too_few_sets']);
  });
});
