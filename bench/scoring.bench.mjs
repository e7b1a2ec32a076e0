// Exact scoring against the straightforward use of decimal.js a caller would write (global
// constructor, no validation, no exact fraction), and rotation against a naive scan of the
// history. No target: the ratios show what validation, isolation and exactness cost.
import Decimal from 'decimal.js';
import { checkScore, computeScore, isPassingScore, nextPaperSet, rotationPlan, summarizeResults } from '../dist/index.js';
import { compare, consume } from './lib.mjs';

const sheets = [];
for (let i = 0; i < 256; i++) {
  const a = (i * 37) % 401; // tenths out of 40.0
  const b = (i * 53) % 601; // tenths out of 60.0
  sheets.push([{ score: a / 10, max: 40 }, { score: b / 10, max: 60 }]);
}
const weighted = sheets.map(([x, y]) => [{ ...x, weight: 30 }, { ...y, weight: 70 }]);
const scores = sheets.map(([x, y]) => Math.round((x.score + y.score) * 10) / 10);
const batch = scores.slice(0, 64);
let i = 0;
const next = () => (i = (i + 1) & 255);

const bank = { sets: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, tasks: [`${id}1`, `${id}2`, `${id}3`] })) };
const history = ['A', 'B', 'C', 'D', 'E', 'A', 'B', 'C', 'D', 'E', 'A', 'B'];
const naiveNext = () => {
  let best = bank.sets[0].id;
  let bestUse = Infinity;
  for (const { id } of bank.sets) {
    const use = history.lastIndexOf(id);
    if (use < bestUse) [best, bestUse] = [id, use];
  }
  return best;
};

export default async () => {
  const naiveSum = (parts) => parts.reduce((sum, p) => sum.plus(p.score), new Decimal(0)).gte(60);
  const naiveWeighted = (parts) => parts.reduce((sum, p) => sum.plus(new Decimal(p.score).div(p.max).times(p.weight)), new Decimal(0)).gte(60);
  await compare('score sheets', { name: 'decimal.js Σ score ≥ 60', fn: () => consume(naiveSum(sheets[next()])) }, [
    { name: 'computeScore (no weights)', fn: () => consume(computeScore(sheets[next()]).passed) },
    { name: 'decimal.js Σ score ÷ max × weight ≥ 60 (rounds at 20 digits)', fn: () => consume(naiveWeighted(weighted[next()])) },
    { name: 'computeScore (weights)', fn: () => consume(computeScore(weighted[next()]).passed) },
  ]);
  await compare('one score', { name: 'new Decimal(score).gte(60)', fn: () => consume(new Decimal(scores[next()]).gte(60)) }, [
    { name: 'isPassingScore', fn: () => consume(isPassingScore(scores[next()])) },
    { name: 'checkScore', fn: () => consume(checkScore(scores[next()]).ok) },
  ]);
  await compare('a batch of 64 scores', { name: 'decimal.js count ≥ 60', fn: () => consume(batch.filter((s) => new Decimal(s).gte(60)).length) }, [
    { name: 'summarizeResults', fn: () => consume(summarizeResults(batch).passed) },
  ]);
  await compare('rotation over 5 sets, 12 past sessions', { name: 'naive lastIndexOf scan', fn: () => consume(naiveNext()) }, [
    { name: 'nextPaperSet', fn: () => consume(nextPaperSet(bank, history)) },
    { name: 'rotationPlan (10 sessions)', fn: () => consume(rotationPlan(bank, 10, history).length) },
  ]);
};
