import sample from '../../../examples/sample-batch.json';
import { auditBatch } from '../../audit/auditBatch.js';
import { renderAuditReport } from '../../audit/renderAuditReport.js';
import type { AuditInput, AuditReport } from '../../audit/types.js';
import { oneOf, parseArgs } from '../args.js';
import { calendarOption } from '../calendarOption.js';
import { BufferedWriter, EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import type { CliIo } from '../io.js';

export const usage = 'sva-rules audit [FILE.json|-] [--format text|json|html|markdown] [--lang zh|en] [--calendar FILE] [--json]';

const FORMATS = ['text', 'json', 'html', 'markdown'] as const;

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
    const mark = c.checked === false ? '?' : c.ok ? (c.issues.length > 0 ? '!' : '✓') : '✗';
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
  const failed = report.clauses.filter((c) => !c.ok && c.checked !== false).length;
  const unchecked = report.clauses.filter((c) => c.checked === false).length;
  const held = report.clauses.length - failed - unchecked;
  const notChecked = unchecked === 0 ? '' : `, ${unchecked} not checked`;
  const notCheckedZh = unchecked === 0 ? '' : `，${unchecked}条未能核查`;
  lines.push(
    `${report.clauses.length} clauses: ${held} held, ${failed} failed${notChecked}; ` +
      `${report.errors} errors, ${report.warnings} warnings ` +
      `(共${report.clauses.length}条条款，${held}条符合，${failed}条不符合${notCheckedZh}；错误${report.errors}个，警告${report.warnings}个)`,
  );
  for (const v of report.violations) {
    const at = v.path !== undefined && v.path.length > 0 ? ` at ${v.path.join('.')}` : '';
    lines.push(`violation ${v.violation} (${v.source})${at}`);
  }
  lines.push(report.resultsRecognised ? '考核结果予以认可 (the results are recognised)' : '考核结果不予认可 (the results are not recognised)');
  return `${lines.join('\n')}\n`;
}

function json(report: AuditReport): string {
  const lines = report.clauses.map((c) => JSON.stringify(c));
  const summary = {
    ok: report.ok,
    errors: report.errors,
    warnings: report.warnings,
    ...(report.passRate ? { passRate: report.passRate } : {}),
    batch: report.batch,
    timeline: report.timeline,
    violations: report.violations,
    resultsRecognised: report.resultsRecognised,
  };
  return `${[...lines, JSON.stringify({ summary })].join('\n')}\n`;
}

/**
 * `audit`: every check on one batch file, grouped by clause, then the violations and the verdict
 * (考核结果予以认可 / 不予认可): as text (the default), JSON lines
 * (`--format json`, or `--json`), or the printable report (`--format html` / `markdown`, in
 * `--lang zh` (the default) or `en`).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { boolean: ['json'], value: ['calendar', 'format', 'lang'] });
  if (args.positionals.length > 1) throw new UsageError(`audit takes one file, got ${args.positionals.length}\nUsage: ${usage}`);
  const given = oneOf('format', args.flags.format, FORMATS);
  if (args.flags.json === true && given !== undefined && given !== 'json') throw new UsageError(`--json and --format ${given} say two things: give one`);
  const format = args.flags.json === true ? 'json' : (given ?? 'text');
  const lang = oneOf('lang', args.flags.lang, ['zh', 'en'] as const) ?? 'zh';
  const { name, input } = await readInput(args.positionals[0], io);
  const calendar = await calendarOption(args, io);
  const report = auditBatch(input as AuditInput, calendar === undefined ? {} : { calendar });
  const out = new BufferedWriter(io.stdout);
  if (format === 'json') await out.write(json(report));
  else if (format === 'text') await out.write(human(name, report));
  else await out.write(renderAuditReport(report, { format, lang, ...(calendar === undefined ? {} : { calendar }) }));
  await out.flush();
  return report.ok ? EXIT_OK : EXIT_INVALID;
}
