// Benchmark helpers: every figure is a ratio against a baseline measured in the same process,
// so that the machine's speed cancels out. Benchmarks are not tests: they assert nothing.
import { Bench } from 'tinybench';

/**
 * Measures `baseline` and each candidate, prints ops/s and the ratio candidate ÷ baseline, and
 * returns the ratios by name. A ratio above 1 means the candidate is faster than the baseline.
 * @param {string} title
 * @param {{ name: string, fn: () => unknown }} baseline
 * @param {{ name: string, fn: () => unknown, target?: number }[]} candidates target: the ratio the issue asks for
 * @param {{ time?: number }} [options]
 */
export async function compare(title, baseline, candidates, options = {}) {
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

function fmt(n) {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a';
}

/** A value the optimiser cannot prove unused. */
export let sink = 0;
export function consume(value) {
  sink = (sink + (value ? 1 : 0)) | 0;
}
