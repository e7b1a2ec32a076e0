import { parseArgs } from '../args.js';
import { calendarOption } from '../calendarOption.js';
import { checkerOf } from '../check/checkers.js';
import { HeaderError } from '../check/csvRecords.js';
import { TextChunks } from '../check/decode.js';
import { formatOfName } from '../check/detect.js';
import { Feed } from '../check/feed.js';
import { readCheckCommand } from '../check/options.js';
import type { CheckCommand } from '../check/options.js';
import { Progress } from '../check/progress.js';
import { summaryJson, summaryText, unknownColumnsText } from '../check/report.js';
import { CheckSession } from '../check/session.js';
import { BufferedWriter, EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';

export const usage =
  'sva-rules check TYPE [FILE|-] [--format ndjson|csv|json] [--encoding utf-8|gbk|gb18030] [--institution CODE] [--plan-count N] [--calendar FILE] [--lang zh|en] [--json] [--quiet] [--progress]';

interface Input {
  readonly stream: AsyncIterable<Uint8Array | string>;
  readonly name: string;
  readonly total: number | undefined;
}

async function openInput(command: CheckCommand, io: CliIo): Promise<Input> {
  if (command.file === undefined) {
    if ((io.stdin as { isTTY?: boolean }).isTTY === true) throw new UsageError('no records given: name a file, or pipe the records in');
    return { stream: io.stdin as AsyncIterable<Uint8Array | string>, name: 'standard input', total: undefined };
  }
  const total = await (io.fileSize?.(command.file) ?? Promise.resolve(undefined)).catch(() => undefined);
  return { stream: io.readChunks?.(command.file) ?? (io.openFile(command.file) as AsyncIterable<Uint8Array | string>), name: command.file, total };
}

function decoderOf(command: CheckCommand): TextChunks {
  try {
    return new TextChunks(command.encoding);
  } catch {
    throw new UsageError(`this Node.js cannot decode ${command.encoding} (it was built without full ICU): save the file as UTF-8, or use an official Node.js build`);
  }
}

// A header error as the user should read it; a header of U+FFFD read as UTF-8 was likely GBK.
function headerProblem(error: HeaderError, command: CheckCommand, name: string): UsageError {
  const garbled = command.encoding === 'utf-8' && (error.header?.unknown ?? []).some((u) => u.cell.includes('\ufffd'));
  const hint = garbled ? '; the header is not UTF-8: if the file was saved by Excel as CSV, add --encoding gbk' : '';
  return new UsageError(`cannot read ${name}: ${error.message}${hint}`);
}

/** `check`: every record of a file by its type's rules, streamed. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json', 'quiet', 'progress'], value: ['format', 'encoding', 'institution', 'plan-count', 'calendar', 'lang'] });
  const command = readCheckCommand(args);
  const calendar = await calendarOption(args, io);
  const decoder = decoderOf(command);
  const input = await openInput(command, io);
  const checker = checkerOf(command.type, {
    ...(command.institutionCode === undefined ? {} : { institutionCode: command.institutionCode }),
    ...(command.planCandidateCount === undefined ? {} : { planCandidateCount: command.planCandidateCount }),
    ...(calendar === undefined ? {} : { calendar }),
  });
  const session = new CheckSession(command.type, checker, command);
  const feed = new Feed(command.type, command.format ?? (command.file === undefined ? undefined : formatOfName(command.file)));
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const progress =
    command.progress || tty ? new Progress((t) => io.stderr.write(t), io.now ?? (() => performance.now()), { lang: command.lang, tty, total: input.total }) : undefined;
  await readAll(input, decoder, feed, session, progress, command, io);
  const summary = command.json ? summaryJson(command.type, session.tally) : summaryText(command.type, session.tally, command.lang);
  io.stderr.write(summary);
  return session.tally.failed === 0 ? EXIT_OK : EXIT_INVALID;
}

async function readAll(input: Input, decoder: TextChunks, feed: Feed, session: CheckSession, progress: Progress | undefined, command: CheckCommand, io: CliIo): Promise<void> {
  const out = new BufferedWriter(io.stdout);
  let noticed = false;
  const take = async (text: string, end: boolean) => {
    const records = end ? [...feed.push(text), ...feed.end()] : feed.push(text);
    if (!noticed && feed.header !== undefined) {
      noticed = true;
      if (feed.header.unknown.length > 0) io.stderr.write(unknownColumnsText(feed.header.unknown, command.lang, command.json));
    }
    const output = session.take(records);
    if (output !== '') await out.write(output);
  };
  try {
    for await (const chunk of input.stream) {
      if (progress !== undefined) progress.bytes += chunk.length;
      await take(decoder.decode(chunk), false);
      progress?.tick(session.tally.records);
    }
    await take(decoder.end(), true);
  } catch (error) {
    if (error instanceof HeaderError) throw headerProblem(error, command, input.name);
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${input.name}: ${(error as Error).message}`);
  }
  await out.write(session.finish());
  await out.flush();
  progress?.done(session.tally.records);
}
