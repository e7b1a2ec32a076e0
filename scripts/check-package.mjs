// Checks the package as consumers get it: publint, are-the-types-wrong, then installs the packed
// tarball into a scratch project and uses it through import and require.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

const scratch = mkdtempSync(join(tmpdir(), 'sva-rules-consumer-'));
try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  const tarball = join(scratch, packed[0].filename);
  console.log(`packed ${packed[0].filename}: ${packed[0].size} bytes, ${packed[0].entryCount} files`);

  run('npx', ['publint', '--strict']);
  run('npx', ['attw', tarball, '--profile', 'node16']);

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const subpaths = Object.keys(pkg.exports).filter((k) => typeof pkg.exports[k] === 'object').map((k) => (k === '.' ? 'sva-rules' : `sva-rules/${k.slice(2)}`));
  const app = join(scratch, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', tarball], app);

  const expected = '233704000100001';
  const probe = `formatCertificateCode({ year: 2023, city: '枣庄', institutionSerial: 1, certificateSerial: 1 })`;
  writeFileSync(
    join(app, 'esm.mjs'),
    [
      ...subpaths.map((s, i) => `import * as m${i} from '${s}';`),
      `import { formatCertificateCode, SvaError } from 'sva-rules';`,
      `const got = ${probe};`,
      `if (got !== '${expected}') throw new Error('esm: ' + got);`,
      ...subpaths.map((s, i) => `if (Object.keys(m${i}).length === 0) throw new Error('esm: ${s} exports nothing');`),
      `if (typeof SvaError !== 'function') throw new Error('esm: no SvaError');`,
      `import { readFileSync } from 'node:fs';`,
      `const bank = JSON.parse(readFileSync(new URL(import.meta.resolve('sva-rules/json-schema/question-bank.json')), 'utf8'));`,
      `if (bank.title !== 'QuestionBank') throw new Error('esm: json-schema/question-bank.json: ' + bank.title);`,
      `console.log('import ok: ${subpaths.length} entries and the JSON Schema files');`,
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    [
      `const { formatCertificateCode } = require('sva-rules');`,
      `const got = ${probe};`,
      `if (got !== '${expected}') throw new Error('cjs: ' + got);`,
      ...subpaths.map((s) => `if (Object.keys(require('${s}')).length === 0) throw new Error('cjs: ${s} exports nothing');`),
      `const schema = require('sva-rules/json-schema/institution-application.json');`,
      `if (schema.title !== 'InstitutionApplication') throw new Error('cjs: json-schema/institution-application.json: ' + schema.title);`,
      `console.log('require ok: ${subpaths.length} entries and the JSON Schema files');`,
    ].join('\n'),
  );
  run('node', ['esm.mjs'], app);
  run('node', ['cjs.cjs'], app);
  console.log('package checks passed');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// Repeat the test count of `npm run test:zones` as the closing line of `npm test`.
if (existsSync(join(root, 'coverage/test-summary.txt'))) {
  process.stdout.write(`tests: ${readFileSync(join(root, 'coverage/test-summary.txt'), 'utf8')}`);
}
