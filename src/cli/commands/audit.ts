import sample from '../../../examples/sample-batch.json';
import { auditBatch } from '../../audit/auditBatch.js';
import type { AuditInput, AuditReport } from '../../audit/types.js';
import { parseArgs } from '../args.js';
import { calendarOption } from '../calendarOption.js';
import { BufferedWriter, EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';

export const usage = 'sva-rules audit [FILE.json|-] [--calendar FILE] [--json]';

async function readAll(io: CliIo): Promise<string> {
  let text = '';
  io.stdin.setEncoding('utf8');
  try {
    for await (const chunk of io.stdin as AsyncIterable<string>) text += chunk;
  } catch (error) {
    throw new UsageError(`cannot read the input: ${(error as Error).message}`);
  }
  return text;
}

async function readInput(file: string | undefined, io: CliIo): Promise<{ name: string; input: unknown }> {
  if (file === undefined) return { name: 'the embedded sample batch (examples/sample-batch.json)', input: sample };
  let text: string;
  try {
    text = file === '-' ? await readAll(io) : await io.readFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    const input: unknown = JSON.parse(text);
    if (typeof input !== 'object' || input === null || Array.isArray(input) || !('batch' in input)) {
      throw new Error('expected an object with a "batch" (see examples/sample-batch.json)');
    }
    return { name: file === '-' ? 'standard input' : file, input };
  } catch (error) {
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`);
  }
}

function human(name: string, report: AuditReport): string {
  const lines = [`sva-rules audit: ${name}`, ''];
  for (const c of report.clauses) {
    const mark = c.ok ? (c.issues.length > 0 ? '!' : '✓') : '✗';
    lines.push(`${mark} ${c.clause}  ${c.section} ${c.title} (${c.titleEn})`);
    for (const issue of c.issues) {
      const at = issue.path !== undefined && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      lines.push(`    ${issue.severity} ${issue.code}${at}: ${issue.message} | ${issue.messageEn}`);
    }
  }
  lines.push('');
  if (report.passRate !== undefined) {
    const r = report.passRate;
    lines.push(`pass rate: ${r.passed}/${r.candidates} = ${r.passRate}% (合格率)`);
  }
  const failed = report.clauses.filter((c) => !c.ok).length;
  lines.push(
    `${report.clauses.length} clauses checked: ${report.clauses.length - failed} held, ${failed} failed; ` +
      `${report.errors} errors, ${report.warnings} warnings ` +
      `(共检查 ${report.clauses.length} 条条款，${failed} 条未通过；错误 ${report.errors} 个，警告 ${report.warnings} 个)`,
  );
  return `${lines.join('\n')}\n`;
}

/** `audit`: every check on one batch file, grouped by clause. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json'], value: ['calendar'] });
  if (args.positionals.length > 1) throw new UsageError(`audit takes one file, got ${args.positionals.length}\nUsage: ${usage}`);
  const { name, input } = await readInput(args.positionals[0], io);
  const calendar = await calendarOption(args, io);
  const report = auditBatch(input as AuditInput, calendar === undefined ? {} : { calendar });
  const out = new BufferedWriter(io.stdout);
  if (args.flags.json === true) {
    for (const c of report.clauses) await out.write(`${JSON.stringify(c)}\n`);
    const summary = { ok: report.ok, errors: report.errors, warnings: report.warnings, ...(report.passRate ? { passRate: report.passRate } : {}) };
    await out.write(`${JSON.stringify({ summary })}\n`);
  } else {
    await out.write(human(name, report));
  }
  await out.flush();
  return report.ok ? EXIT_OK : EXIT_INVALID;
}
