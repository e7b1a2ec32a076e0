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

  // The bin, as installed.
  run(join(app, 'node_modules/.bin/sva-rules'), ['code', 'check', expected], app);

  // TypeScript consumers: type-check ESM and CommonJS files under node16, and a file under bundler.
  const typed = [
    `import { formatCertificateCode, parseCertificateCode, SvaError } from 'sva-rules';`,
    `import type { RuleIssue, ParseResult, CertificateCode } from 'sva-rules';`,
    ...subpaths.map((s, i) => `import * as t${i} from '${s}';`),
    `const code: string = formatCertificateCode({ year: 2023, city: '枣庄', institutionSerial: 1, certificateSerial: 1 });`,
    `const parsed: ParseResult<CertificateCode> = parseCertificateCode(code);`,
    `const year: number | undefined = parsed.ok ? parsed.value.year : undefined;`,
    `const issues: readonly RuleIssue[] = parsed.issues;`,
    `const error: SvaError | undefined = undefined;`,
    `// @ts-expect-error: a certificate serial is a number`,
    `formatCertificateCode({ year: 2023, city: '04', institutionSerial: 1, certificateSerial: '1' });`,
    `export const used = [year, issues, error, ${subpaths.map((_, i) => `t${i}`).join(', ')}];`,
  ].join('\n');
  writeFileSync(join(app, 'consumer.mts'), typed);
  writeFileSync(join(app, 'consumer.cts'), typed.replace(/^export const used = (.*);$/m, 'const used = $1;\nexport = used;').replace(/^import \* as (t\d+) from '(.*)';$/gm, "import $1 = require('$2');"));
  writeFileSync(join(app, 'bundler.ts'), typed);
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', types: [] };
  writeFileSync(join(app, 'tsconfig.node16.json'), JSON.stringify({ compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' }, files: ['consumer.mts', 'consumer.cts'] }));
  writeFileSync(join(app, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' }, files: ['bundler.ts'] }));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  run('node', [tsc, '-p', 'tsconfig.node16.json'], app);
  run('node', [tsc, '-p', 'tsconfig.bundler.json'], app);
  console.log('types ok: node16 (ESM and CommonJS) and bundler');
  console.log('package checks passed');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// Repeat the test count of `npm run test:zones` as the closing line of `npm test`.
if (existsSync(join(root, 'coverage/test-summary.txt'))) {
  process.stdout.write(`tests: ${readFileSync(join(root, 'coverage/test-summary.txt'), 'utf8')}`);
}
