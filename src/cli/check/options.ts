import { isValidInstitutionCode } from '../../codes/parseInstitutionCode.js';
import { oneOf } from '../args.js';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../io.js';
import { encodingOf } from './decode.js';
import type { Encoding } from './decode.js';
import { INPUT_FORMATS } from './detect.js';
import type { InputFormat } from './detect.js';
import { RECORD_TYPES } from './fields.js';
import type { RecordType } from './fields.js';
import type { Language } from './report.js';

/** The command line of `sva-rules check`, read. */
export interface CheckCommand {
  readonly type: RecordType;
  /** The file, or `undefined` for standard input (`-` or nothing). */
  readonly file: string | undefined;
  readonly format: InputFormat | undefined;
  readonly encoding: Encoding;
  readonly institutionCode: string | undefined;
  readonly planCandidateCount: number | undefined;
  readonly lang: Language;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly progress: boolean;
}

/** The options of `check` and the record types each applies to. */
const ONLY_FOR: Readonly<Record<string, RecordType>> = {
  institution: 'certificate',
  'plan-count': 'registration',
  calendar: 'assessment-batch',
};

/**
 * Reads the command line of `check` (after the word `check`); a {@link UsageError} names what is
 * wrong: an unknown type, format, encoding or language, an option of another type, a bad
 * institution code or plan count.
 */
export function readCheckCommand(args: ParsedArgs): CheckCommand {
  const [type, file, ...more] = args.positionals;
  if (type === undefined) throw new UsageError(`check needs a record type: ${RECORD_TYPES.join(', ')}`);
  if (!(RECORD_TYPES as readonly string[]).includes(type)) throw new UsageError(`unknown record type ${type}: expected ${RECORD_TYPES.join(', ')}`);
  if (more.length > 0) throw new UsageError(`check takes one file, got ${1 + more.length}`);
  for (const [flag, only] of Object.entries(ONLY_FOR)) {
    if (args.flags[flag] !== undefined && only !== type) throw new UsageError(`--${flag} applies to ${only} only`);
  }
  const encodingName = args.flags.encoding;
  const encoding = typeof encodingName === 'string' ? encodingOf(encodingName) : 'utf-8';
  if (encoding === undefined) throw new UsageError(`--encoding ${String(encodingName)}: expected utf-8, gbk or gb18030`);
  const institution = args.flags.institution;
  if (typeof institution === 'string' && !isValidInstitutionCode(institution)) {
    throw new UsageError(`--institution ${institution}: not an 8-digit institution code (such as 37040001)`);
  }
  const count = args.flags['plan-count'];
  if (typeof count === 'string' && !/^\d{1,9}$/.test(count)) throw new UsageError(`--plan-count ${count}: expected a whole number, 0 or more`);
  return {
    type: type as RecordType,
    file: file === undefined || file === '-' ? undefined : file,
    format: oneOf('format', args.flags.format, INPUT_FORMATS),
    encoding,
    institutionCode: typeof institution === 'string' ? institution : undefined,
    planCandidateCount: typeof count === 'string' ? Number(count) : undefined,
    lang: oneOf('lang', args.flags.lang, ['zh', 'en'] as const) ?? 'zh',
    json: args.flags.json === true,
    quiet: args.flags.quiet === true,
    progress: args.flags.progress === true,
  };
}
