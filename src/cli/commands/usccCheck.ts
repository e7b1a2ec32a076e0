import { isValidUnifiedSocialCreditCode } from '../../identity/isValidUnifiedSocialCreditCode.js';
import { parseUnifiedSocialCreditCode } from '../../identity/parseUnifiedSocialCreditCode.js';
import { parseArgs } from '../args.js';
import { creditCodeWords } from '../creditCodeWords.js';
import { checkValues } from '../checkValues.js';
import type { CliIo } from '../io.js';
import { valuesOf } from '../values.js';

export const usage = 'sva-rules uscc check [CODE...|-] [--strict] [--header] [--json]';

/**
 * `uscc check`: unified social credit codes (GB 32100-2015); `--strict` adds the GB 11714 check.
 * A valid code is printed with its category (characters 1–2) and region (characters 3–8) in words.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json', 'header', 'strict'] });
  const options = { strict: args.flags.strict === true };
  return checkValues(
    valuesOf(args, io),
    {
      what: 'unified social credit codes',
      whatZh: '统一社会信用代码',
      isValid: (value) => isValidUnifiedSocialCreditCode(value, options),
      issues: (value) => parseUnifiedSocialCreditCode(value, options).issues,
      about: (value) => {
        const parsed = parseUnifiedSocialCreditCode(value, options);
        return parsed.ok ? creditCodeWords(parsed.value) : undefined;
      },
    },
    io,
    args.flags.json === true,
  );
}
