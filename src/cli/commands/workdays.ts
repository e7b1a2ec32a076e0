import { addWorkingDays } from '../../calendar/addWorkingDays.js';
import { countWorkingDays } from '../../calendar/countWorkingDays.js';
import { planFilingDeadline } from '../../calendar/planFilingDeadline.js';
import { publicityEndDate } from '../../calendar/publicityEndDate.js';
import { parseArgs } from '../args.js';
import type { ParsedArgs } from '../args.js';
import { calendarOption } from '../calendarOption.js';
import { isSvaError } from '../../core/errors.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../io.js';
import type { CliIo } from '../io.js';

// The working-day commands print one value on one line, for scripts; with --json, one JSON object
// `{"ok":true,"value":…}`. A bad date, a day outside the calendar or a bad number is a usage error
// (exit 2) with the library's message; with --json, the library's issues are printed as
// `{"ok":false,"issues":[…]}` on standard output (a bad command line stays a message on stderr).

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

/** Prints what `compute` returns; with --json, as JSON, and the library's SvaError too. */
async function print(io: CliIo, args: ParsedArgs, compute: () => Promise<string | number>): Promise<number> {
  const json = args.flags.json === true;
  let value: string | number;
  try {
    value = await compute();
  } catch (error) {
    if (!json || !isSvaError(error)) throw error;
    io.stdout.write(`${JSON.stringify({ ok: false, issues: error.issues })}\n`);
    return EXIT_USAGE;
  }
  io.stdout.write(json ? `${JSON.stringify({ ok: true, value })}\n` : `${value}\n`);
  return EXIT_OK;
}

export const addUsage = 'sva-rules workdays add DATE N [--calendar FILE] [--json]';
export const countUsage = 'sva-rules workdays count START END [--calendar FILE] [--json]';
export const publicityUsage = 'sva-rules publicity end START [--days N] [--kind selection|results] [--calendar FILE] [--json]';
export const planUsage = 'sva-rules plan deadline EXAM_START [--calendar FILE] [--json]';

/** `workdays add DATE N`: the N-th working day after DATE (before it when N < 0). */
export async function add(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json'], value: ['calendar'] });
  const [date, n] = positionals(args, ['DATE', 'N'], addUsage) as [string, string];
  const days = wholeNumber(n, 'N');
  return print(io, args, async () => addWorkingDays(date, days, await calendarOption(args, io)));
}

/** `workdays count START END`: working days from START to END, both included. */
export async function count(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json'], value: ['calendar'] });
  const [start, end] = positionals(args, ['START', 'END'], countUsage) as [string, string];
  return print(io, args, async () => countWorkingDays(start, end, await calendarOption(args, io)));
}

/** `publicity end START`: the earliest last day of a publicity starting on START. */
export async function publicityEnd(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json'], value: ['calendar', 'days', 'kind'] });
  const [start] = positionals(args, ['START'], publicityUsage) as [string];
  const kind = args.flags.kind;
  if (kind !== undefined && kind !== 'selection' && kind !== 'results') throw new UsageError(`--kind must be selection or results`);
  const days = args.flags.days;
  const workingDays = typeof days === 'string' ? { workingDays: wholeNumber(days, '--days') } : {};
  return print(io, args, async () => {
    const calendar = await calendarOption(args, io);
    return publicityEndDate(start, { ...(kind === undefined ? {} : { kind }), ...workingDays, ...(calendar === undefined ? {} : { calendar }) });
  });
}

/** `plan deadline EXAM_START`: the last day the batch plan may be filed. */
export async function planDeadline(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json'], value: ['calendar'] });
  const [examStart] = positionals(args, ['EXAM_START'], planUsage) as [string];
  return print(io, args, async () => {
    const calendar = await calendarOption(args, io);
    return planFilingDeadline(examStart, calendar === undefined ? {} : { calendar });
  });
}
