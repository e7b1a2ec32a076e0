import { isSvaError } from '../core/errors.js';
import * as audit from './commands/audit.js';
import * as check from './commands/check.js';
import * as codeCheck from './commands/codeCheck.js';
import * as idCheck from './commands/idCheck.js';
import * as usccCheck from './commands/usccCheck.js';
import * as workdays from './commands/workdays.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './io.js';
import type { CliIo } from './io.js';

/** A subcommand: its usage line and what it runs on the rest of the command line. */
interface Command {
  readonly usage: string;
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  'code check': codeCheck,
  'id check': idCheck,
  'uscc check': usccCheck,
  'workdays add': { usage: workdays.addUsage, run: workdays.add },
  'workdays count': { usage: workdays.countUsage, run: workdays.count },
  'publicity end': { usage: workdays.publicityUsage, run: workdays.publicityEnd },
  'plan deadline': { usage: workdays.planUsage, run: workdays.planDeadline },
};

// `audit` and `check` have no subcommand: `sva-rules audit [FILE]`, `sva-rules check TYPE [FILE]`.
const SINGLE: Readonly<Record<string, Command>> = { audit, check };

function own(table: Readonly<Record<string, Command>>, key: string): Command | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** The help text. */
export function helpText(): string {
  return [
    'sva-rules: the rules of the Zaozhuang special vocational ability assessment scheme (2023)',
    '',
    'Usage:',
    ...[...Object.values(COMMANDS), ...Object.values(SINGLE)].map((c) => `  ${c.usage}`),
    '',
    'Values are read from the arguments, or one per line from standard input with - (or with no',
    'value at all); the first column of a CSV line is read, --header skips the first line.',
    'Output: each invalid value with its issues and clauses, then a summary; --json prints one',
    'JSON object per line.',
    'check reads whole records (TYPE: certificate, registration, candidate, institution-application,',
    'assessment-batch, assignment, archive-record) from NDJSON, a JSON array or CSV with Chinese or',
    'English headers, prints one line per record with an issue and the summary on stderr.',
    'audit checks one batch file ({ "batch": … }, see examples/sample-batch.json) clause by clause;',
    '--format html prints a report to print on A4 (one self-contained page), --format markdown the',
    'same for a ticket or an email, in Chinese or with --lang en in English.',
    'Exit codes: 0 all valid, 1 something invalid, 2 usage error or unreadable input.',
  ].join('\n');
}

/**
 * Runs the `sva-rules` command on `argv` (without the node and script names). Never throws:
 * every failure becomes a message on stderr and exit code 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      (argv.length === 0 ? io.stderr : io.stdout).write(`${helpText()}\n`);
      return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
    }
    const single = own(SINGLE, argv[0] as string);
    if (single !== undefined) return await single.run(argv.slice(1), io);
    const command = own(COMMANDS, `${argv[0]} ${argv[1] ?? ''}`);
    if (command === undefined) throw new UsageError(`unknown command: ${argv.slice(0, 2).join(' ')}`);
    return await command.run(argv.slice(2), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sva-rules: ${error.message}\nRun 'sva-rules --help' for usage.\n`);
    } else if (isSvaError(error)) {
      for (const issue of error.issues) {
        io.stderr.write(`sva-rules: ${issue.code} [${issue.clause}]: ${issue.message} | ${issue.messageEn}\n`);
        // The library's message says what the calendar lacks; the command line says how to add it.
        if (issue.code === 'calendar_out_of_range') io.stderr.write('sva-rules: 可用“--calendar FILE”加入该年的节假日安排 | add the year with --calendar FILE\n');
      }
    } else {
      io.stderr.write(`sva-rules: ${(error as Error)?.message ?? String(error)}\n`);
    }
    return EXIT_USAGE;
  }
}
