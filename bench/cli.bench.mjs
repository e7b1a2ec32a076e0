// CLI throughput: `sva-rules code check - < file` over a million codes, against a bare Node
// readline loop that counts the same lines (issue: at most 3× its time). Whole processes are
// timed, so start-up is included on both sides; the median of 3 runs is reported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LINES = 1_000_000;
const cli = resolve(import.meta.dirname, '../dist/cli.js');

function makeInput(dir) {
  const file = join(dir, 'codes.txt');
  const parts = [];
  for (let i = 0; i < LINES; i++) {
    const year = String(i % 100).padStart(2, '0');
    const institution = String((i % 9999) + 1).padStart(4, '0');
    const serial = String((i % 99999) + 1).padStart(5, '0');
    // One code in 10,000 has the nonexistent city 12, so the output stays small but not empty.
    parts.push(`${year}37${i % 10_000 === 0 ? '12' : '04'}${institution}${serial}\n`);
  }
  writeFileSync(file, parts.join(''));
  return file;
}

const BASELINE = `
const rl = require('node:readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
let n = 0; rl.on('line', () => { n++; }); rl.on('close', () => { process.stdout.write(n + '\\n'); });`;

function time(args, file) {
  const fd = openSync(file, 'r');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: [fd, 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  return { ms, status: run.status, out: run.stdout.toString() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function () {
  const dir = mkdtempSync(join(tmpdir(), 'sva-cli-bench-'));
  try {
    const file = makeInput(dir);
    const base = [];
    const ours = [];
    let last;
    for (let r = 0; r < 3; r++) {
      base.push(time(['-e', BASELINE], file).ms);
      last = time([cli, 'code', 'check', '-'], file);
      ours.push(last.ms);
    }
    const ratio = median(ours) / median(base);
    console.log('\n## CLI throughput, 1,000,000 certificate codes on stdin');
    console.log('| task | median ms | ratio | target |');
    console.log('|---|---:|---:|---:|');
    console.log(`| readline loop counting lines (baseline) | ${median(base).toFixed(0)} | 1.00× | |`);
    console.log(`| sva-rules code check - | ${median(ours).toFixed(0)} | ${ratio.toFixed(2)}× the time | ≤ 3× ${ratio <= 3 ? '✓' : '✗'} |`);
    console.log(`(exit ${last.status}; ${last.out.trim().split('\n').pop()})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
