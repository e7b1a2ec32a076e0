// `sva-rules check certificate` over a million certificates, end to end (read, parse, check,
// report), against a script that reads and parses the same NDJSON file and validates each
// record with ajv against json-schema/certificate.json (the shape only, where ours checks every
// rule: the ID checksum, the code against the institution and year, the score, and repeated
// codes and holders across the file). Then the same records as the GBK CSV with Chinese headers
// that Excel saves, against our NDJSON run. Whole processes are timed (start-up included); each
// run is repeated 3 times and the median taken. Wall time is the speed a user sees; CPU time
// (user + system) is the figure that holds on a loaded machine. Peak RSS is the highest of the
// runs, from process.resourceUsage in the child. The data is made at bench time, never committed.
// SVA_CHECK_RECORDS sets the number of certificates (default 1,000,000).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCheckData } from './checkData.mjs';

const RECORDS = Number(process.env.SVA_CHECK_RECORDS ?? 1_000_000);
const cli = resolve(import.meta.dirname, '../dist/cli.js');
const baseline = resolve(import.meta.dirname, 'ajvBaseline.mjs');
const usage = pathToFileURL(resolve(import.meta.dirname, 'usage.mjs')).href;

function time(args, dir) {
  const file = join(dir, 'usage.json');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', usage, ...args], { env: { ...process.env, SVA_USAGE_FILE: file }, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const { maxRSS, cpu } = JSON.parse(readFileSync(file, 'utf8'));
  return { ms, cpu: cpu / 1000, rss: maxRSS / 1024, status: run.status, out: run.stdout.toString(), err: run.stderr.toString() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const mark = (ok) => (ok ? '✓' : '✗');

export default async function () {
  const dir = mkdtempSync(join(tmpdir(), 'sva-check-bench-'));
  try {
    const ndjson = join(dir, 'certificates.ndjson');
    const csv = join(dir, '证书登记表.csv');
    writeCheckData(RECORDS, ndjson, csv);
    const runs = { ajv: [], ndjson: [], csv: [] };
    for (let r = 0; r < 3; r++) {
      runs.ajv.push(time([baseline, ndjson], dir));
      runs.ndjson.push(time([cli, 'check', 'certificate', ndjson], dir));
      runs.csv.push(time([cli, 'check', 'certificate', csv, '--encoding', 'gbk'], dir));
    }
    const m = Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, { ms: median(rs.map((x) => x.ms)), cpu: median(rs.map((x) => x.cpu)), rss: Math.max(...rs.map((x) => x.rss)) }]));
    const speed = { wall: m.ajv.ms / m.ndjson.ms, cpu: m.ajv.cpu / m.ndjson.cpu };
    const format = { wall: m.ndjson.ms / m.csv.ms, cpu: m.ndjson.cpu / m.csv.cpu };
    console.log(`\n## sva-rules check certificate, ${fmt(RECORDS)} certificates`);
    console.log(`NDJSON ${(statSync(ndjson).size / 1048576).toFixed(0)} MB; GBK CSV with Chinese headers ${(statSync(csv).size / 1048576).toFixed(0)} MB`);
    console.log('| task | median wall ms | median CPU ms | peak RSS MB | records/s (wall) |');
    console.log('|---|---:|---:|---:|---:|');
    const row = (name, x) => console.log(`| ${name} | ${fmt(x.ms)} | ${fmt(x.cpu)} | ${x.rss.toFixed(0)} | ${fmt(RECORDS / (x.ms / 1000))} |`);
    row('ajv script: read, parse, validate the shape (baseline)', m.ajv);
    row('sva-rules check certificate FILE.ndjson', m.ndjson);
    row('sva-rules check certificate FILE.csv --encoding gbk', m.csv);
    console.log('\n| ratio | wall | CPU | target |');
    console.log('|---|---:|---:|---:|');
    console.log(`| NDJSON speed ÷ ajv script speed | ${speed.wall.toFixed(2)}× | ${speed.cpu.toFixed(2)}× | ≥ 0.5× ${mark(speed.wall >= 0.5)} (CPU ${mark(speed.cpu >= 0.5)}) |`);
    console.log(`| GBK CSV speed ÷ NDJSON speed | ${format.wall.toFixed(2)}× | ${format.cpu.toFixed(2)}× | ≥ 0.7× ${mark(format.wall >= 0.7)} (CPU ${mark(format.cpu >= 0.7)}) |`);
    console.log(`| peak RSS, NDJSON / CSV | ${m.ndjson.rss.toFixed(0)} MB / ${m.csv.rss.toFixed(0)} MB | | < 200 MB ${mark(Math.max(m.ndjson.rss, m.csv.rss) < 200)} |`);
    const last = runs.csv.at(-1);
    console.log(`(ajv: ${runs.ajv.at(-1).out.trim()}; ours: exit ${last.status}, ${last.out.trim().split('\n').length} lines on stdout; ${last.err.trim().split('\n')[0]})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
