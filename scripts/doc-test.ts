// The doc-test: runs the documentation against the built package. Every code example of
// README*.md and docs/*.md and every TSDoc `@example` of src/ runs in one process against dist/,
// and each result the docs state is compared; every `sva-rules` command of their ```sh blocks runs
// against dist/cli.js, with the exit code and the output they state. The conventions are in
// scripts/doctest/stated.ts and commands.ts, and in docs/contributing.md.
//
// `npm run test:docs` (scripts/doc-test.mjs) bundles this file with esbuild and runs it with plain
// Node, which starts much faster than tsx. Run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownCommands } from './doctest/commands.js';
import { compile, markdownExamples, tsdocExamples } from './doctest/examples.js';
import type { Example } from './doctest/examples.js';
import { loadPackage, runCommands, runExamples } from './doctest/run.js';

/** The Markdown files whose examples run: README*.md and docs/*.md (docs/api is TypeDoc's output). */
export function markdownFiles(root: string): string[] {
  const top = readdirSync(root).filter((f) => /^README.*\.md$/.test(f));
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
  return [...top, ...docs].sort();
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(root, `${dir}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${dir}/${entry.name}`] : [],
  );
}

/** Runs the doc-test of the package at `root`; prints failures and counts; returns the exit code. */
export async function runDocTest(root: string, verbose = false): Promise<number> {
  const started = performance.now();
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli)) {
    console.error('doc-test: dist/ is missing: run `npm run build` first');
    return 2;
  }
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const markdown = markdownFiles(root);
  const examples: Example[] = [
    ...markdown.flatMap((file) => markdownExamples(file, read(file))),
    // The command line's modules export nothing of the package: their examples are its commands,
    // run from the Markdown above.
    ...sourceFiles(root, 'src')
      .filter((file) => !/^src[\\/]cli[\\/]/.test(file))
      .sort()
      .flatMap((file) => tsdocExamples(file, read(file))),
  ];
  const times: [string, number][] = [['read', performance.now()]];
  const compiled = examples.map(compile);
  times.push(['parse', performance.now()]);
  const scope = await loadPackage(root, compiled.flatMap((c) => c.imports));
  times.push(['load dist', performance.now()]);
  const counts = await runExamples(compiled, scope, join(root, 'test/docs/fixtures'));
  times.push(['run examples', performance.now()]);
  const commands = markdown.flatMap((file) => markdownCommands(file, read(file)));
  const commandFailures = await runCommands(commands, cli, root);
  times.push(['run commands', performance.now()]);

  const failures = [...counts.failures, ...commandFailures];
  for (const f of failures) console.error(`✗ ${f.where}\n  ${f.message.replace(/\n/g, '\n  ')}\n`);
  if (verbose) {
    for (const c of compiled) {
      for (const s of c.steps) console.log(`${c.example.file}:${s.line} ${s.statement.kind}`);
    }
    for (const c of commands) console.log(`${c.where} $ ${c.command} (exit ${c.exit}, ${c.output.length} output line(s))`);
    console.log(times.map(([phase, t], i) => `${phase} ${((t - (times[i - 1]?.[1] ?? started)) / 1000).toFixed(2)} s`).join(', '));
  }
  const fromMarkdown = compiled.filter((c) => c.example.scope === 'imports').length;
  console.log(
    `doc-test: ${counts.examples} examples (${fromMarkdown} Markdown blocks in ${markdown.length} files, ` +
      `${counts.examples - fromMarkdown} TSDoc @example blocks), ${counts.statements} statements run, ` +
      `${counts.compared} stated results and ${counts.throwsCompared} stated throws compared; ` +
      `${commands.length} commands checked (${new Set(commands.map((c) => c.command)).size} distinct ones run, ` +
      `${commands.filter((c) => c.output.length > 0).length} with stated output); ` +
      `${failures.length} failure(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return failures.length === 0 ? 0 : 1;
}
