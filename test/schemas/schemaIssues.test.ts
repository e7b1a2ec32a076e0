import { describe, expect, it } from 'vitest';
import { SvaError } from '../../src/index.js';
import type { RuleIssue } from '../../src/index.js';
import { issuesOfValue, joinIssues, parseWith } from '../../src/schemas/schemaIssues.js';
import type { SafeParser } from '../../src/schemas/schemaIssues.js';
import { validatorOf } from '../../src/schemas/validatorOf.js';

// A parser that fails with the issues given (or passes when there are none), in place of a zod schema.
const failing = (issues: { code?: string; path: PropertyKey[]; message: string }[]): SafeParser => ({
  safeParse: (input: unknown) => (issues.length === 0 ? { success: true, data: input } : { success: false, error: { issues } }),
});

const issue = (code: string, path: (string | number)[] | undefined, severity: 'error' | 'warning' = 'error'): RuleIssue => ({
  code,
  severity,
  clause: 'batch.scope',
  message: '问题',
  messageEn: 'issue',
  ...(path === undefined ? {} : { path }),
});

describe('parseWith: zod issues as RuleIssues', () => {
  it('passes the parsed data on, with no issue, when the schema accepts the input', () => {
    const parser: SafeParser = { safeParse: () => ({ success: true, data: 'parsed' }) };
    expect(parseWith(parser, parser, 'input', () => 'batch.scope', 'batch')).toEqual({ value: 'parsed', issues: [] });
  });

  it('names each field after the input: the root, an object field, a list element, a field in a list', () => {
    const zh = failing([
      { code: 'invalid_type', path: [], message: '根' },
      { code: 'invalid_type', path: ['exam', 'site'], message: '字段' },
      { code: 'invalid_type', path: [1], message: '元素' },
      { code: 'invalid_type', path: [1, 'score'], message: '元素的字段' },
      { code: 'invalid_type', path: ['sets', 0, 'tasks', 2], message: '深处' },
    ]);
    const { value, issues } = parseWith(zh, zh, 'input', () => 'batch.scope', 'batch');
    expect(value).toBe('input');
    expect(issues.map((i) => i.message)).toEqual([
      '考核批次填写有误：根',
      '考核场地填写有误：字段',
      '列表第2项填写有误：元素',
      '列表第2项的“score”填写有误：元素的字段',
      '第1个“sets”的第3个“tasks”填写有误：深处',
    ]);
  });

  it.each([
    { zod: 'invalid_type', code: 'schema_invalid_type', zh: '总结年度填写有误：甲', en: 'Wrong type: year summarised: A' },
    { zod: 'invalid_value', code: 'schema_invalid_value', zh: '总结年度的取值无效：甲', en: 'Invalid value: year summarised: A' },
    { zod: 'invalid_format', code: 'schema_invalid_format', zh: '总结年度的格式不正确：甲', en: 'Wrong format: year summarised: A' },
    { zod: 'too_small', code: 'schema_too_small', zh: '总结年度不符合要求：甲', en: 'Too small: year summarised: A' },
    { zod: 'too_big', code: 'schema_too_big', zh: '总结年度不符合要求：甲', en: 'Too big: year summarised: A' },
    { zod: 'invalid_union', code: 'schema_invalid', zh: '总结年度填写有误：甲', en: 'Invalid input: year summarised: A' },
    { zod: 'custom', code: 'schema_invalid', zh: '总结年度填写有误：甲', en: 'Invalid input: year summarised: A' },
    { zod: undefined, code: 'schema_invalid', zh: '总结年度填写有误：甲', en: 'Invalid input: year summarised: A' },
  ])('zod $zod → $code, with the clause of its path', ({ zod, code, zh, en }) => {
    const paths: unknown[] = [];
    const clauseOf = (path: readonly (string | number)[]) => {
      paths.push(path);
      return 'annual.summary' as const;
    };
    const withCode = (message: string) => ({ ...(zod === undefined ? {} : { code: zod }), path: ['year'], message });
    const { issues } = parseWith(failing([withCode('甲')]), failing([withCode('A')]), {}, clauseOf, 'summary');
    expect(issues).toEqual([{ code, severity: 'error', clause: 'annual.summary', message: zh, messageEn: en, path: ['year'] }]);
    expect(paths).toEqual([['year']]);
  });

  it('leaves symbols out of a path', () => {
    const zh = failing([{ code: 'invalid_type', path: ['a', Symbol('s'), 0], message: '甲' }]);
    expect(parseWith(zh, zh, {}, () => 'batch.scope', 'batch').issues[0]).toMatchObject({ path: ['a', 0], message: '第1个“a”填写有误：甲' });
  });

  it('pairs the English issue with the Chinese one by position, and falls back to Chinese when there is none', () => {
    const zh = failing([
      { code: 'invalid_type', path: ['a'], message: '甲' },
      { code: 'invalid_type', path: ['b'], message: '乙' },
    ]);
    const fewer = parseWith(zh, failing([{ code: 'invalid_type', path: ['a'], message: 'A' }]), {}, () => 'batch.scope', 'batch');
    expect(fewer.issues.map((i) => i.messageEn)).toEqual(['Wrong type: "a": A', 'Wrong type: "b": 乙']);
    const none = parseWith(zh, failing([]), {}, () => 'batch.scope', 'batch');
    expect(none.issues.map((i) => i.messageEn)).toEqual(['Wrong type: "a": 甲', 'Wrong type: "b": 乙']);
  });
});

describe('joinIssues: one mistake told once', () => {
  it.each([
    { name: 'a rule issue at the field of a schema issue', schema: ['exam', 'site'], rule: ['exam', 'site'], kept: false },
    { name: 'a rule issue inside it', schema: ['exam'], rule: ['exam', 'site'], kept: false },
    { name: 'a rule issue at a sibling field', schema: ['exam', 'site'], rule: ['exam', 'method'], kept: true },
    { name: 'a rule issue at the parent of the field', schema: ['exam', 'site'], rule: ['exam'], kept: true },
    { name: 'a rule issue at another field of the same length', schema: ['plan', 'site'], rule: ['exam', 'site'], kept: true },
    { name: 'a rule issue without a path, beside a field', schema: ['exam'], rule: undefined, kept: true },
    { name: 'a rule issue without a path, under a schema issue at the root', schema: [], rule: undefined, kept: false },
    { name: 'a rule issue at a field, under a schema issue without a path (the whole input)', schema: undefined, rule: ['exam'], kept: false },
  ])('$name: kept $kept', ({ schema, rule, kept }) => {
    const s = issue('schema_invalid_type', schema);
    const r = issue('rule', rule);
    expect(joinIssues([s], [r])).toEqual({ ok: false, issues: kept ? [s, r] : [s] });
  });

  it('keeps the schema issues first, and is ok when only warnings remain', () => {
    const warning = issue('too_few_sets', ['sets'], 'warning');
    expect(joinIssues([], [warning])).toEqual({ ok: true, issues: [warning] });
    const s = issue('schema_too_small', ['sets', 0, 'id']);
    expect(joinIssues([s], [warning])).toEqual({ ok: false, issues: [s, warning] });
  });
});

describe('issuesOfValue: a value function as issues', () => {
  it('gives none when it returns, the SvaError\'s issues when it throws one, and lets anything else through', () => {
    expect(issuesOfValue(() => 1)).toEqual([]);
    const thrown = issue('invalid_option', ['count']);
    expect(issuesOfValue(() => {
      throw new SvaError(thrown);
    })).toEqual([thrown]);
    const other = new TypeError('not mine');
    expect(() => issuesOfValue(() => {
      throw other;
    })).toThrow(other);
  });
});

describe('validatorOf', () => {
  const throwing: SafeParser = {
    safeParse: () => {
      throw new Error('unreadable');
    },
  };
  const passing: SafeParser = { safeParse: () => ({ success: true, data: 'parsed' }) };
  const UNREADABLE = { code: 'invalid_input', severity: 'error', clause: 'batch.scope', message: '输入有误：读取输入时出错', messageEn: 'Invalid input: the input could not be read' };

  it('gives the unreadable-input issue, citing the validator\'s clause, when reading the input throws', () => {
    const validate = validatorOf({ zh: throwing, create: () => throwing, clause: 'batch.scope', root: 'batch' }, () => []);
    expect(validate({})).toEqual({ ok: false, issues: [UNREADABLE] });
  });

  it('gives the issues of an SvaError the rules throw, as a check would', () => {
    const thrown = issue('thrown', ['x']);
    const validate = validatorOf({ zh: passing, create: () => passing, clause: 'batch.scope', root: 'batch' }, () => {
      throw new SvaError(thrown);
    });
    expect(validate('input')).toEqual({ ok: false, issues: [thrown] });
  });

  it('runs the rules on the parsed value with the call\'s arguments and joins their issues after the schema\'s', () => {
    const seen: unknown[] = [];
    const rule = issue('rule', ['x']);
    const validate = validatorOf({ zh: passing, create: () => passing, clause: 'batch.scope', root: 'batch' }, (value, options?: { n: number }) => {
      seen.push(value, options);
      return [rule];
    });
    expect(validate('input', { n: 1 })).toEqual({ ok: false, issues: [rule] });
    expect(seen).toEqual(['parsed', { n: 1 }]);
  });

  it('makes the English schema once, when an input first fails, and takes messageEn from it', () => {
    const zh = failing([{ code: 'invalid_type', path: ['a'], message: '中文' }]);
    const en = failing([{ code: 'invalid_type', path: ['a'], message: 'English' }]);
    const made: unknown[] = [];
    const create = (options: { readonly language: 'en' }) => {
      made.push(options);
      return en;
    };
    const validate = validatorOf({ zh: passing, create, clause: 'bank.sets', root: 'bank' }, () => []);
    expect(validate('fine')).toEqual({ ok: true, issues: [] });
    expect(made).toEqual([]);
    const twice = validatorOf({ zh, create, clause: 'bank.sets', root: 'bank' }, () => []);
    const first = twice({});
    twice({});
    expect(made).toEqual([{ language: 'en' }]);
    expect(first.issues[0]?.messageEn).toContain('English');
    expect(first.issues[0]?.message).toContain('中文');
  });

  it('cites `clause` for every field without clauseOf, and clauseOf(path, input) with it', () => {
    const zh = failing([{ code: 'invalid_type', path: ['a'], message: '字段' }]);
    const plain = validatorOf({ zh, create: () => zh, clause: 'bank.sets', root: 'bank' }, () => []);
    expect(plain({}).issues.map((i) => i.clause)).toEqual(['bank.sets']);
    const calls: unknown[] = [];
    const input = { kind: 'results' };
    const clauseOf = (path: readonly (string | number)[], whole: unknown) => {
      calls.push([path, whole]);
      return 'bank.approval' as const;
    };
    const byField = validatorOf({ zh, create: () => zh, clause: 'bank.sets', clauseOf, root: 'bank' }, () => []);
    expect(byField(input).issues.map((i) => i.clause)).toEqual(['bank.approval']);
    expect(calls).toEqual([[['a'], input]]);
  });

  it('lists the option issues after the schema\'s, never hidden by a schema issue at the root, and then runs no rule', () => {
    const zh = failing([{ code: 'invalid_type', path: [], message: '根' }]);
    const option = issue('missing_field', ['asOf']);
    let ran = false;
    const optionIssues = (asOf?: string) => (asOf === undefined ? [option] : []);
    const validate = validatorOf({ zh, create: () => zh, clause: 'batch.scope', root: 'batch', optionIssues }, (value: unknown, asOf?: string) => {
      ran = value === 5 && asOf === '2025-01-01';
      return [issue('rule', ['x'])];
    });
    const result = validate(5);
    expect(result.issues.map((i) => i.code)).toEqual(['schema_invalid_type', 'missing_field']);
    expect(ran).toBe(false);
    // With the option given, the rules run, and their issue inside the refused root is left out.
    expect(validate(5, '2025-01-01').issues.map((i) => i.code)).toEqual(['schema_invalid_type']);
    expect(ran).toBe(true);
  });
});
