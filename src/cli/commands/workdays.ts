import { addWorkingDays } from '../../calendar/addWorkingDays.js';
import { countWorkingDays } from '../../calendar/countWorkingDays.js';
import { planFilingDeadline } from '../../calendar/planFilingDeadline.js';
import { publicityEndDate } from '../../calendar/publicityEndDate.js';
import { parseArgs } from '../args.js';
import type { ParsedArgs } from '../args.js';
import { calendarOption } from '../calendarOption.js';
import { EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';

// The working-day commands print one value on one line, for scripts. A bad date, a day outside
// the calendar or a bad number is a usage error (exit 2) with the library's message.

function positionals(args: ParsedArgs, names: readonly string[], usage: string): string[] {
  if (args.positionals.length !== names.length) {
    throw new UsageError(`expected ${names.join(' ')}, got ${args.positionals.length} value(s)\nUsage: ${usage}`);
  }
  return [...args.positionals];
}

function wholeNumber(text: string, name: string): number {
  if (!/^-?\d{1,6}$/.test(text)) throw new UsageError(`${name} must be a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
}

async function print(io: CliIo, value: string | number): Promise<number> {
  io.stdout.write(`${value}\n`);
  return EXIT_OK;
}

export const addUsage = 'sva-rules workdays add DATE N [--calendar FILE]';
export const countUsage = 'sva-rules workdays count START END [--calendar FILE]';
export const publicityUsage = 'sva-rules publicity end START [--days N] [--kind selection|results] [--calendar FILE]';
export const planUsage = 'sva-rules plan deadline EXAM_START [--calendar FILE]';

/** `workdays add DATE N`: the N-th working day after DATE (before it when N < 0). */
export async function add(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { value: ['calendar'] });
  const [date, n] = positionals(args, ['DATE', 'N'], addUsage) as [string, string];
  return print(io, addWorkingDays(date, wholeNumber(n, 'N'), await calendarOption(args, io)));
}

/** `workdays count START END`: working days from START to END, both included. */
export async function count(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { value: ['calendar'] });
  const [start, end] = positionals(args, ['START', 'END'], countUsage) as [string, string];
  return print(io, countWorkingDays(start, end, await calendarOption(args, io)));
}

/** `publicity end START`: the earliest last day of a publicity starting on START. */
export async function publicityEnd(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { value: ['calendar', 'days', 'kind'] });
  const [start] = positionals(args, ['START'], publicityUsage) as [string];
  const kind = args.flags.kind;
  if (kind !== undefined && kind !== 'selection' && kind !== 'results') throw new UsageError(`--kind must be selection or results`);
  const days = args.flags.days;
  const calendar = await calendarOption(args, io);
  return print(
    io,
    publicityEndDate(start, {
      ...(kind === undefined ? {} : { kind }),
      ...(typeof days === 'string' ? { workingDays: wholeNumber(days, '--days') } : {}),
      ...(calendar === undefined ? {} : { calendar }),
    }),
  );
}

/** `plan deadline EXAM_START`: the last day the batch plan may be filed. */
export async function planDeadline(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { value: ['calendar'] });
  const [examStart] = positionals(args, ['EXAM_START'], planUsage) as [string];
  const calendar = await calendarOption(args, io);
  return print(io, planFilingDeadline(examStart, calendar === undefined ? {} : { calendar }));
}
