// `npm test`: every check of the package, two at a time on the machine's cores. The tests (the
// whole suite with coverage, then the date tests in four more zones) take one lane; the type check,
// lint, build, TypeDoc and the package checks take the other, in that order (the package checks
// need the build). Each step's output is printed when it ends; the first failure stops the others.
// Ends with the time each step took. SVA_TEST_JOBS=1 runs the steps one after the other.
// Usage: node scripts/test-all.mjs
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';

const root = resolve(import.meta.dirname, '..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
// The commands of package.json's scripts, run as npm runs them (node_modules/.bin on the PATH),
// without an npm process for each.
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };

/** The steps, each an npm script, in the order they are started; `after`: steps that must end first. */
const STEPS = [
  { name: 'tests', script: 'test:zones' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'build', script: 'build' },
  { name: 'docs', script: 'docs' },
  { name: 'doc examples', script: 'test:docs', after: ['build'] },
  { name: 'package', script: 'test:package', after: ['build'] },
];

const jobs = Math.max(1, Number(process.env.SVA_TEST_JOBS ?? 2) || 2);
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const done = new Map(); // name → ms
const running = new Map(); // name → child
const waiting = [...STEPS];
let failed = false;

function start(step) {
  const t0 = performance.now();
  const child = spawn(scripts[step.script], { cwd: root, env, shell: true, detached: true });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  running.set(step.name, child);
  child.on('close', (code, signal) => {
    running.delete(step.name);
    if (failed) return;
    const ms = performance.now() - t0;
    process.stdout.write(`\n── ${step.name} (npm run ${step.script}): ${seconds(ms)}${code === 0 ? '' : `, FAILED (${signal ?? `exit ${code}`})`}\n`);
    process.stdout.write(Buffer.concat(output));
    if (code !== 0) {
      stopAll();
      process.exitCode = 1;
      return;
    }
    done.set(step.name, ms);
    next();
  });
}

// Each step runs in a process group of its own, so that stopping it stops vitest's or npm's children too.
function stopAll() {
  failed = true;
  for (const child of running.values()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

function next() {
  if (failed) return;
  while (running.size < jobs) {
    const ready = waiting.findIndex((step) => (step.after ?? []).every((name) => done.has(name)));
    if (ready < 0) break;
    start(waiting.splice(ready, 1)[0]);
  }
  if (waiting.length === 0 && running.size === 0) finish();
}

function finish() {
  const total = performance.now() - started;
  console.log(`\n── npm test: ${seconds(total)} (${jobs} at a time)`);
  for (const step of STEPS) console.log(`   ${step.name.padEnd(10)} ${seconds(done.get(step.name)).padStart(8)}`);
  const summary = resolve(root, 'coverage/test-summary.txt');
  if (existsSync(summary)) process.stdout.write(`tests: ${readFileSync(summary, 'utf8')}`);
}

next();
