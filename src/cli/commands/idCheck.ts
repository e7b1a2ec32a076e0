import { isValidResidentIdNumber } from '../../identity/isValidResidentIdNumber.js';
import { parseResidentIdNumber } from '../../identity/parseResidentIdNumber.js';
import { parseArgs } from '../args.js';
import { checkValues } from '../checkValues.js';
import type { CliIo } from '../io.js';
import { valuesOf } from '../values.js';

export const usage = 'sva-rules id check [ID...|-] [--header] [--json]';

/** `id check`: resident ID numbers (GB 11643-1999). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json', 'header'] });
  return checkValues(
    valuesOf(args, io),
    {
      what: 'resident ID numbers',
      whatZh: '身份证号码',
      isValid: isValidResidentIdNumber,
      issues: (value) => parseResidentIdNumber(value).issues,
    },
    io,
    args.flags.json === true,
  );
}
