import type { ClauseId } from '../core/clauses.js';
import { guardCheck } from '../core/guard.js';
import type { RuleIssue, RuleResult } from '../core/issues.js';
import { joinIssues, labelsOfRoot, parseWith } from './schemaIssues.js';
import { labelIssues } from '../core/evidence.js';
import type { Path, SafeParser } from './schemaIssues.js';

/** What a `validate…` function is made of. @internal */
export interface ValidatorSpec<Args extends readonly unknown[]> {
  /** The schema with Chinese messages. */
  readonly zh: SafeParser;
  /** Its factory: the schema with English messages is made with it when an input first fails. */
  readonly create: (options: { readonly language: 'en' }) => SafeParser;
  /** The clause cited when the input cannot be read at all, and by every field without a clause of its own. */
  readonly clause: ClauseId;
  /** The clause of a field of the input, for the schema's issues; `clause` when left out. */
  readonly clauseOf?: (path: Path, input: unknown) => ClauseId;
  /** The name of the whole input in messages (`batch`, `scores`). */
  readonly root: string;
  /**
   * Issues of the call's options that stop the rules from running (an `asOf` left out). Listed
   * after the schema's issues, never hidden by them.
   */
  readonly optionIssues?: (...args: Args) => readonly RuleIssue[];
}

/**
 * Makes a `validate…` function: the schema first, then `rules` (run on the parsed value, or on
 * the input itself when its shape is wrong, with the call's other arguments), in one
 * {@link RuleResult}.
 *
 * A rule's issue at a field the schema already reported (or inside it) is left out, so that one
 * mistake is told once (see `joinIssues`). The function never throws: an input that cannot be read (a throwing getter, a revoked proxy)
 * becomes one `invalid_input` issue citing `clause`. @internal
 */
export function validatorOf<Args extends readonly unknown[]>(
  spec: ValidatorSpec<Args>,
  rules: (value: unknown, ...args: Args) => readonly RuleIssue[],
): (input: unknown, ...args: Args) => RuleResult {
  const { zh, create, clause, clauseOf, root, optionIssues } = spec;
  let english: SafeParser | undefined;
  const en: SafeParser = { safeParse: (input) => (english ??= create({ language: 'en' })).safeParse(input) };
  return (input, ...args) =>
    guardCheck(clause, () => {
      const parsed = parseWith(zh, en, input, clauseOf === undefined ? () => clause : (path) => clauseOf(path, input), root);
      const { fields, list } = labelsOfRoot(root);
      const refused = labelIssues(optionIssues?.(...args) ?? [], fields, list);
      if (refused.length > 0) return joinIssues([...parsed.issues, ...refused], []);
      return joinIssues(parsed.issues, labelIssues(rules(parsed.value, ...args), fields, list));
    });
}
