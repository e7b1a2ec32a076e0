// Benchmark helpers: every figure is a ratio against a baseline measured in the same process,
// so that the machine's speed cancels out. Benchmarks are not tests: they assert nothing.
import { performance } from 'node:perf_hooks';
import { Bench } from 'tinybench';

/**
 * Measures `baseline` and each candidate, prints ops/s and the ratio candidate ÷ baseline, and
 * returns the ratios by name. A ratio above 1 means the candidate is faster than the baseline.
 * @param {string} title
 * @param {{ name: string, fn: () => unknown }} baseline
 * @param {{ name: string, fn: () => unknown, target?: number }[]} candidates target: the ratio the issue asks for
 * @param {{ time?: number, rounds?: number }} [options] rounds: run the tasks in turn that many times and
 *   give the median ratio of the rounds (steadier on a shared machine)
 */
export async function compare(title, baseline, candidates, options = {}) {
  if (options.rounds !== undefined) return compareInterleaved(title, baseline, candidates, options.rounds, options.time ?? 500);
  const bench = new Bench({ time: options.time ?? 500, warmupTime: 200 });
  bench.add(baseline.name, baseline.fn);
  for (const c of candidates) bench.add(c.name, c.fn);
  await bench.run();
  const hz = (name) => bench.getTask(name)?.result?.throughput?.mean ?? bench.getTask(name)?.result?.hz ?? NaN;
  const base = hz(baseline.name);
  console.log(`\n## ${title}`);
  console.log(`| task | ops/s | ratio vs ${baseline.name} | target |`);
  console.log('|---|---:|---:|---:|');
  console.log(`| ${baseline.name} (baseline) | ${fmt(base)} | 1.00× | |`);
  const ratios = {};
  for (const c of candidates) {
    const ratio = hz(c.name) / base;
    ratios[c.name] = ratio;
    const verdict = c.target === undefined ? '' : `≥ ${c.target}× ${ratio >= c.target ? '✓' : '✗'}`;
    console.log(`| ${c.name} | ${fmt(hz(c.name))} | ${ratio.toFixed(2)}× | ${verdict} |`);
  }
  return ratios;
}

/**
 * Like {@link compare}, but steadier on a shared machine: the baseline and the candidates run in
 * turn, `rounds` times, each for about `time / rounds` ms a round, and each ratio is the median of
 * the ratios of the rounds (a burst of load slows one round of both, not one task of the whole).
 */
async function compareInterleaved(title, baseline, candidates, rounds, time) {
  const slice = time / rounds;
  const tasks = [baseline, ...candidates];
  for (const t of tasks) hzFor(t.fn, Math.min(slice, 200)); // warm-up
  const perRound = tasks.map(() => []);
  for (let r = 0; r < rounds; r++) tasks.forEach((t, i) => perRound[i].push(hzFor(t.fn, slice)));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\n## ${title} (${rounds} interleaved rounds, medians)`);
  console.log(`| task | ops/s | ratio vs ${baseline.name} | target |`);
  console.log('|---|---:|---:|---:|');
  console.log(`| ${baseline.name} (baseline) | ${fmt(median(perRound[0]))} | 1.00× | |`);
  const ratios = {};
  candidates.forEach((c, k) => {
    const ratio = median(perRound[k + 1].map((hz, r) => hz / perRound[0][r]));
    ratios[c.name] = ratio;
    const verdict = c.target === undefined ? '' : `≥ ${c.target}× ${ratio >= c.target ? '✓' : '✗'}`;
    console.log(`| ${c.name} | ${fmt(median(perRound[k + 1]))} | ${ratio.toFixed(2)}× | ${verdict} |`);
  });
  return ratios;
}

/** Calls of `fn` per second over about `ms` milliseconds (at least one call). */
function hzFor(fn, ms) {
  const start = performance.now();
  let n = 0;
  let now = start;
  do {
    fn();
    n++;
    now = performance.now();
  } while (now - start < ms);
  return (n * 1000) / (now - start);
}

function fmt(n) {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a';
}

/** A value the optimiser cannot prove unused. */
export let sink = 0;
export function consume(value) {
  sink = (sink + (value ? 1 : 0)) | 0;
}
