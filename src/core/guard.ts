import type { ClauseId } from './clauses.js';
import { isSvaError, SvaError } from './errors.js';
import { issueFrom, resultOf } from './issues.js';
import type { RuleIssue, RuleResult } from './issues.js';
import { CORE_MESSAGES, OPTION_MESSAGES } from './messages.js';

/** The issue for an input that could not be read (a throwing getter, a revoked proxy). @internal */
export function unreadableIssue(clause: ClauseId): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'invalid_input', clause, {
    params: { reasonZh: '读取输入时出错', reasonEn: 'the input could not be read' },
  });
}

/**
 * Runs a value function so that only {@link SvaError} escapes: anything else thrown while reading
 * the input becomes an `invalid_input` SvaError citing `clause`. @internal
 */
export function guardValue<T>(clause: ClauseId, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asSvaError(error, clause);
  }
}

/**
 * The error a value function throws for anything caught: an SvaError as it is, anything else as
 * an `invalid_input` SvaError citing `clause`. For hot paths that catch without a closure. @internal
 */
export function asSvaError(error: unknown, clause: ClauseId): SvaError {
  return isSvaError(error) ? error : new SvaError(unreadableIssue(clause));
}

/** Runs a check so that it never throws: a failure to read the input becomes an issue. @internal */
export function guardCheck(clause: ClauseId, run: () => RuleResult): RuleResult {
  try {
    return run();
  } catch (error) {
    return resultOf(isSvaError(error) ? error.issues : [unreadableIssue(clause)]);
  }
}

/**
 * The `invalid_input` issue with a reason of its own (「输入无效：{reasonZh}」), for what
 * `invalidIssue` (core/evidence.ts: 「{path} 应为…」) does not say: a name that must not be blank,
 * two arguments that exclude each other. `details` adds `path`, `expected` and `received`
 * (already described). @internal
 */
export function invalidInputIssue(
  clause: ClauseId,
  reasonZh: string,
  reasonEn: string,
  details?: { readonly path?: readonly (string | number)[]; readonly expected?: unknown; readonly received?: string },
): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'invalid_input', clause, { ...details, params: { reasonZh, reasonEn } });
}

/** The `invalid_input` issue for an argument that is not an object. @internal */
export function notAnObjectIssue(clause: ClauseId, name: string): RuleIssue {
  return issueFrom(CORE_MESSAGES, 'invalid_input', clause, {
    path: [name],
    params: { reasonZh: `“${name}”应为对象`, reasonEn: `${name} must be an object` },
  });
}

/**
 * The `invalid_option` issue, the one builder of it: the option at `path` is refused, for the
 * reason `reasonZh` / `reasonEn` (read after 「选项 {name} 无效：」). `details` adds `received`
 * (already described, as `describe` does) and `expected`; `name` defaults to the path joined with
 * dots (`policy.passMark`). @internal
 */
export function invalidOptionIssue(
  clause: ClauseId,
  path: readonly (string | number)[],
  reasonZh: string,
  reasonEn: string,
  details?: { readonly received?: string; readonly expected?: unknown },
  name = path.join('.'),
): RuleIssue {
  return issueFrom(OPTION_MESSAGES, 'invalid_option', clause, { ...details, path, params: { name, reasonZh, reasonEn } });
}

/** Whether a value is a non-null, non-array object. @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * For a check that calls a value function: its value, or `undefined` with the issues of the
 * {@link SvaError} it throws pushed on `issues`. Anything else thrown is thrown on. @internal
 */
export function valueOrIssues<T>(issues: RuleIssue[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!isSvaError(error)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}
