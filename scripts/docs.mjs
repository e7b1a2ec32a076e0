// Builds the TypeDoc site into docs/api, one module per subpath of package.json's exports map,
// with every TypeDoc warning treated as an error (typedoc.json). TypeDoc does not type-check the
// project again (skipErrorChecking): `npm run typecheck` does, in the same `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const entries = Object.keys(pkg.exports)
  .filter((key) => typeof pkg.exports[key] === 'object') // not the files: ./package.json, ./json-schema/*
  .map((key) => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`));
// TypeDoc's own entry, run by this node (npx would add a second of start-up).
const typedoc = fileURLToPath(import.meta.resolve('typedoc/package.json')).replace(/package\.json$/, 'bin/typedoc');
execFileSync(process.execPath, [typedoc, ...entries.flatMap((e) => ['--entryPoints', e])], { cwd: root, stdio: 'inherit' });
