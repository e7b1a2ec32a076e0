// Runs compiled examples against the built package, in this process, and the docs' commands
// against dist/cli.js.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import type { DocCommand } from './commands.js';
import { outputMismatch } from './commands.js';
import type { Compiled } from './examples.js';
import { mismatch, show } from './stated.js';

/** What the package offers the examples: its entries by specifier, and every export by name. */
export interface PackageScope {
  readonly module: (specifier: string) => Record<string, unknown>;
  readonly names: Record<string, unknown>;
}

/** One failure, with where it is. */
export interface Failure {
  readonly where: string;
  readonly message: string;
}

/** The counts of a run. */
export interface ExampleCounts {
  readonly examples: number;
  readonly statements: number;
  readonly compared: number;
  readonly throwsCompared: number;
  readonly failures: readonly Failure[];
}

/**
 * Loads every entry of the exports map of `root`'s package.json from its build, and the other
 * modules the examples import (`node:fs/promises`, …).
 */
export async function loadPackage(root: string, others: readonly string[]): Promise<PackageScope> {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, string | { import?: { default?: string } }>;
  };
  const modules = new Map<string, Record<string, unknown>>();
  const names: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'object' ? target.import?.default : undefined;
    if (file === undefined) continue;
    const specifier = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    const namespace = (await import(pathToFileURL(resolve(root, file)).href)) as Record<string, unknown>;
    modules.set(specifier, namespace);
    for (const [name, value] of Object.entries(namespace)) {
      if (name in names && names[name] !== value) throw new Error(`two entries export different values as ${name}`);
      names[name] = value;
    }
  }
  for (const specifier of new Set(others)) {
    if (!modules.has(specifier) && !specifier.startsWith(`${pkg.name}/`)) {
      modules.set(specifier, (await import(specifier)) as Record<string, unknown>);
    }
  }
  return {
    module: (specifier) => {
      const found = modules.get(specifier);
      if (found === undefined) throw new Error(`cannot import ${specifier}: not an entry of the package`);
      return found;
    },
    names,
  };
}

const describeError = (error: unknown): string => {
  const e = error as { name?: string; message?: string; issues?: readonly { code?: string }[] };
  const codes = Array.isArray(e?.issues) ? ` [${e.issues.map((i) => i.code).join(', ')}]` : '';
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}${codes}`;
};

/** Runs every example, each statement in order; compares each stated result. */
export async function runExamples(compiled: readonly Compiled[], scope: PackageScope, cwd: string): Promise<ExampleCounts> {
  const failures: Failure[] = [];
  let statements = 0;
  let compared = 0;
  let throwsCompared = 0;
  // The examples read files relative to `cwd`. A worker thread (the unit tests) cannot change
  // directory, so the directory is changed only when it differs.
  const home = process.cwd();
  const move = resolve(cwd) !== resolve(home);
  if (move) process.chdir(cwd);
  try {
    for (const c of compiled) {
      const file = c.example.file;
      if (c.js === undefined) {
        failures.push({ where: c.example.where, message: c.error ?? 'cannot be built' });
        continue;
      }
      for (const step of c.steps) {
        if (step.statement.kind === 'ambiguous') {
          failures.push({ where: `${file}:${step.line}`, message: `the comment «${step.statement.text}» starts like a result but goes on in words: write the result as a literal, then ':' and the remark` });
        }
      }
      let current = -1;
      const at = (id: number) => {
        current = id;
        statements++;
      };
      const check = async (id: number, thunk: () => Promise<unknown>) => {
        const step = c.steps[id];
        if (step === undefined) return;
        const where = `${file}:${step.line}`;
        let value: unknown;
        let thrown: { error: unknown } | undefined;
        try {
          value = await thunk();
        } catch (error) {
          thrown = { error };
        }
        const stated = step.statement;
        if (stated.kind === 'throws') {
          throwsCompared++;
          const e = thrown?.error as { name?: string; issues?: readonly { code?: string }[] } | undefined;
          if (thrown === undefined) failures.push({ where, message: `expected it to throw (${stated.text}), it returned ${show(value)}` });
          else if (stated.name !== undefined && e?.name !== stated.name) failures.push({ where, message: `expected ${stated.name}, got ${describeError(e)}` });
          else if (stated.code !== undefined && !(e?.issues ?? []).some((i) => i.code === stated.code)) {
            failures.push({ where, message: `expected an issue ${stated.code}, got ${describeError(e)}` });
          }
        } else if (stated.kind === 'result') {
          compared++;
          if (thrown !== undefined) failures.push({ where, message: `threw ${describeError(thrown.error)}; the docs state ${stated.text}` });
          else {
            const found = mismatch(value, stated.stated);
            if (found !== undefined) failures.push({ where, message: `${found}\n  the docs state: ${stated.text}` });
          }
        }
      };
      try {
        const fn = runInThisContext(c.js, { filename: c.example.where }) as (s: PackageScope, k: typeof check, a: typeof at) => Promise<void>;
        // A Markdown example has only what it imports; a TSDoc example has the whole package.
        const names = c.example.scope === 'package' ? scope.names : (Object.create(null) as Record<string, unknown>);
        await fn({ module: scope.module, names }, check, at);
      } catch (error) {
        const step = c.steps[current];
        failures.push({ where: step === undefined ? c.example.where : `${file}:${step.line}`, message: `threw ${describeError(error)}` });
      }
    }
  } finally {
    if (move) process.chdir(home);
  }
  return { examples: compiled.length, statements, compared, throwsCompared, failures };
}

/** Runs each command with `sh` in `cwd`, `sva-rules` being `node <cli>`; compares exit code and output. */
export async function runCommands(commands: readonly DocCommand[], cli: string, cwd: string): Promise<Failure[]> {
  const bin = mkdtempSync(join(tmpdir(), 'sva-doc-test-'));
  writeFileSync(join(bin, 'sva-rules'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} "$@"\n`);
  chmodSync(join(bin, 'sva-rules'), 0o755);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' };
  // The same command shown twice (the English and the Chinese guide) runs once.
  const runs = new Map<string, Promise<{ code: number | null; lines: string[] }>>();
  const execute = (command: string) =>
    new Promise<{ code: number | null; lines: string[] }>((done) => {
      const child = spawn('sh', ['-c', command.replace(/^npx\s+/, '')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (code) => done({ code, lines: `${stdout}${stderr}`.replace(/\n$/, '').split('\n') }));
    });
  const check = async (c: DocCommand): Promise<Failure | undefined> => {
    const { code, lines } = await (runs.get(c.command) as Promise<{ code: number | null; lines: string[] }>);
    if (code !== c.exit) return { where: c.where, message: `\`${c.command}\` exited ${code}, the docs say ${c.exit}\n${lines.map((l) => `    ${l}`).join('\n')}` };
    const found = c.output.length === 0 ? undefined : outputMismatch(c.output, lines);
    return found === undefined ? undefined : { where: c.where, message: `\`${c.command}\`: ${found}` };
  };
  try {
    // Two at a time: the machine is shared.
    const unique = [...new Set(commands.map((c) => c.command))];
    for (let i = 0; i < unique.length; i += 2) {
      const pair = unique.slice(i, i + 2).map((command) => {
        const run = execute(command);
        runs.set(command, run);
        return run;
      });
      await Promise.all(pair);
    }
    return (await Promise.all(commands.map(check))).filter((f): f is Failure => f !== undefined);
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}
