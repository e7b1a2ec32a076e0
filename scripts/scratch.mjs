// The package as a consumer gets it: `npm pack`, then the tarball installed into a scratch project.
// Shared by scripts/check-package.mjs (which also runs the size budgets on it) and
// scripts/size-breakdown.ts. The build (dist/) must be there already.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** package.json of the repository. */
export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * The code subpaths of the exports map, as a consumer writes them (`'sva-rules'`,
 * `'sva-rules/codes'`, …): the entries with import/require conditions ('./package.json' and
 * './json-schema/*' are files). The exports map is the only list.
 */
export const entries = Object.keys(pkg.exports)
  .filter((key) => typeof pkg.exports[key] === 'object')
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/**
 * Packs the package into a new scratch directory. Returns the tarball, the `npm pack` report, the
 * scratch directory and `remove()`.
 */
export function pack() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('No build: run `npm run build` first.');
  const scratch = mkdtempSync(join(tmpdir(), 'sva-rules-consumer-'));
  const remove = () => rmSync(scratch, { recursive: true, force: true });
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
    return { scratch, tarball: join(scratch, packed.filename), packed, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** The arguments of the `npm` command that installs the tarball into a new project `app` of `scratch`. */
export function installArgs(scratch, tarball) {
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  return { app, args: ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', tarball] };
}

/**
 * Packs the package and installs the tarball into a new scratch project. Returns the tarball,
 * the project directory (`app`, with `node_modules/sva-rules`) and `remove()`.
 */
export function packAndInstall() {
  const packing = pack();
  try {
    const { app, args } = installArgs(packing.scratch, packing.tarball);
    execFileSync('npm', args, { cwd: app, stdio: 'inherit' });
    return { ...packing, app };
  } catch (error) {
    packing.remove();
    throw error;
  }
}
