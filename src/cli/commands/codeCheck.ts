import { cityCodeOf } from '../../codes/cities.js';
import { isValidCertificateCode } from '../../codes/isValidCertificateCode.js';
import { parseCertificateCode } from '../../codes/parseCertificateCode.js';
import { parseArgs } from '../args.js';
import { checkValues } from '../checkValues.js';
import { UsageError } from '../io.js';
import type { CliIo } from '../io.js';
import { valuesOf } from '../values.js';

export const usage = 'sva-rules code check [CODE...|-] [--city C] [--header] [--json]';

/** `code check`: certificate codes (附件3), optionally of one city. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json', 'header'], value: ['city'] });
  const city = args.flags.city;
  let expect: { city: string } | undefined;
  if (typeof city === 'string') {
    if (cityCodeOf(city) === undefined) throw new UsageError(`--city ${city}: not a Shandong city (give a code such as 04 or a name such as 枣庄)`);
    expect = { city };
  }
  return checkValues(
    valuesOf(args, io),
    {
      what: 'certificate codes',
      whatZh: '证书编码',
      isValid: (value) => isValidCertificateCode(value, expect),
      issues: (value) => parseCertificateCode(value, expect).issues,
    },
    io,
    args.flags.json === true,
  );
}
