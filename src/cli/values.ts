import type { ParsedArgs } from './args.js';
import { UsageError } from './io.js';
import type { CliIo } from './io.js';
import { readValues } from './lines.js';
import type { InputValue } from './lines.js';

/**
 * The values a check command reads: its arguments, where `-` (or no argument at all) stands for
 * standard input, one value per line. Values come in batches.
 */
export async function* valuesOf(args: ParsedArgs, io: CliIo): AsyncGenerator<readonly InputValue[]> {
  const skipHeader = args.flags.header === true;
  if (args.positionals.length === 0) {
    if ((io.stdin as { isTTY?: boolean }).isTTY === true) {
      throw new UsageError('no values given: pass them as arguments, or pipe them in (one per line)');
    }
    yield* readValues(io.stdin, { skipHeader });
    return;
  }
  for (const value of args.positionals) {
    if (value === '-') yield* readValues(io.stdin, { skipHeader });
    else yield [{ line: 0, value }];
  }
}
