// What the whole root entry is made of, measured as test/size.test.ts measures: on the packed
// package installed into a scratch project, bundled by esbuild (min + gzip). Each row bundles the
// root entry with some parts replaced by empty stand-ins, so that the difference between rows is
// what those parts cost. Prints a table; measures bytes, not time.
// Usage: npm run size:breakdown (builds first).
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { bundleSize } from '../test/helpers/bundleSize.js';
// @ts-expect-error: a plain ES module of the scripts, without types.
import { packAndInstall } from './scratch.mjs';

type Part = 'decimal.js' | 'messages' | 'clause texts';

/** The parts, each as a change to the code of the built package (or of decimal.js). */
const STAND_INS: Record<Part, (code: string, path: string) => string> = {
  'decimal.js': (code, path) => (/decimal\.js[\\/]decimal\.mjs$/.test(path) ? 'export default class D { static clone() { return D; } }' : code),
  // Every issue-code table of every area, `var X_MESSAGES = { … };` or, for a table whose Chinese
  // messages write their values (core/zhValues.ts), `var X_MESSAGES = /* @__PURE__ */ zhValues({ … });`.
  messages: (code) => code.replace(/^var (\w+_MESSAGES) = (\/\* @__PURE__ \*\/ \w+\()?\{\n[\s\S]*?\n\}(\))?;$/gm, (_all, name: string, wrap?: string) => `var ${name} = ${wrap ?? ''}{}${wrap === undefined ? '' : ')'};`),
  // The titles, policy sentences and readings of CLAUSES (and the readings they share).
  'clause texts': (code) =>
    code.includes('var CLAUSE_TABLE = {')
      ? code.replace(/^(\s+(?:text|title|titleEn|reading): )"(?:[^"\\]|\\.)*"/gm, '$1""').replace(/^(var \w+_READING = )"(?:[^"\\]|\\.)*";$/gm, '$1"";')
      : code,
};

/** A plugin that loads the package and decimal.js with the parts left out replaced. */
function standIns(without: readonly Part[]): Plugin {
  return {
    name: 'stand-ins',
    setup(b) {
      b.onLoad({ filter: /(sva-rules[\\/]dist[\\/].*\.js|decimal\.js[\\/]decimal\.mjs)$/ }, ({ path }) => {
        let code = readFileSync(path, 'utf8');
        for (const part of without) code = STAND_INS[part](code, path);
        return { contents: code, loader: 'js' };
      });
    },
  };
}

const { app, remove } = packAndInstall() as { app: string; remove: () => void };
try {
  const rows: Part[][] = [[], ['decimal.js'], ['messages'], ['clause texts'], ['messages', 'clause texts'], ['decimal.js', 'messages', 'clause texts']];
  const sizes = new Map<string, number>();
  console.log('| the whole root entry (`sva-rules`, from the tarball) | bytes |\n|---|---:|');
  for (const without of rows) {
    const label = without.length === 0 ? 'as shipped' : `without ${without.join(', ')}`;
    const size = await bundleSize(['*'], 'sva-rules', app, [standIns(without)]);
    sizes.set(label, size);
    console.log(`| ${label} | ${size} |`);
  }
  const whole = sizes.get('as shipped') as number;
  console.log('\n| part | bytes |\n|---|---:|');
  for (const part of ['decimal.js', 'messages', 'clause texts'] as const) console.log(`| ${part} | ${whole - (sizes.get(`without ${part}`) as number)} |`);
  console.log(`| the code (everything else) | ${sizes.get('without decimal.js, messages, clause texts')} |`);
} finally {
  remove();
}
