import { createWorkdayCalendar } from '../calendar/createWorkdayCalendar.js';
import type { WorkdayCalendar } from '../calendar/internals.js';
import type { ParsedArgs } from './args.js';
import { UsageError } from './io.js';
import type { CliIo } from './io.js';

/**
 * The calendar of `--calendar FILE`: the built-in calendar with the years of FILE added (our own
 * format `{ years: { … } }`, or holiday-cn's per-year file, or an array of those). `undefined`
 * without the option. Bad data throws the calendar's SvaError, naming the entry.
 */
export async function calendarOption(args: ParsedArgs, io: CliIo): Promise<WorkdayCalendar | undefined> {
  const file = args.flags.calendar;
  if (typeof file !== 'string') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(await io.readFile(file));
  } catch (error) {
    throw new UsageError(`cannot read the calendar file ${file}: ${(error as Error).message}`);
  }
  return createWorkdayCalendar(data as Parameters<typeof createWorkdayCalendar>[0]);
}
