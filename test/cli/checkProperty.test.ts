import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER_VARIANTS } from '../../src/cli/check/headerVariants.js';
import type { Certificate } from '../../src/batches/types.js';
import { generateCertificateCode } from '../../src/testing/generateCertificateCode.js';
import { generateResidentIdNumber } from '../../src/testing/generateResidentIdNumber.js';
import { sampleCertificate } from '../../src/testing/sampleCertificate.js';
import { encodeGbk } from '../helpers/gbk.js';
import { runCli } from './helpers.js';

const FIELDS = ['name', 'idNumber', 'item', 'score', 'code', 'institution', 'issuedOn'] as const;
type Field = (typeof FIELDS)[number];

const birthDate = (i: number) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);

// A register of n valid certificates of one institution: distinct holders (distinct birth dates:
// generated numbers of nearby seeds may repeat) and distinct codes.
function register(n: number, seed: number): Certificate[] {
  return Array.from({ length: n }, (_, i) =>
    sampleCertificate({
      name: ['张伟', '李娜', '王芳', '欧阳修'][i % 4],
      idNumber: generateResidentIdNumber({ seed: seed * 1000 + i + 1, birthDate: birthDate(i) }),
      item: ['面点制作', '剪纸'][i % 2],
      score: ['86.50', '60', '100', '75.5'][i % 4],
      code: generateCertificateCode({ year: 2025, institutionCode: '37040001', certificateSerial: i + 1 }),
      institution: '枣庄市"示范",职业培训学校',
      issuedOn: '2025-10-27',
    }),
  );
}

const dateAs = (iso: string, style: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return [iso, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}-${m}-${d}`][style] as string;
};

const quote = (cell: string, always: boolean) => (always || /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The register as a CSV file: columns in any order, headers by any of their names, any line ends. */
const csvFile = fc.record({
  n: fc.integer({ min: 1, max: 30 }),
  seed: fc.integer({ min: 1, max: 1000 }),
  order: fc.shuffledSubarray([...FIELDS], { minLength: FIELDS.length }),
  names: fc.tuple(...FIELDS.map((f) => fc.constantFrom(f, ...(HEADER_VARIANTS.certificate[f] ?? [])))),
  dateStyle: fc.integer({ min: 0, max: 3 }),
  crlf: fc.boolean(),
  quoteAll: fc.boolean(),
  gbk: fc.boolean(),
  bom: fc.boolean(),
  chunkSize: fc.integer({ min: 1, max: 200 }),
});

type Spec = typeof csvFile extends fc.Arbitrary<infer T> ? T : never;

function write(spec: Spec, records: readonly Record<Field, unknown>[]): Uint8Array {
  const eol = spec.crlf ? '\r\n' : '\n';
  const header = spec.order.map((f) => spec.names[FIELDS.indexOf(f)] as string);
  const rows = records.map((r) => spec.order.map((f) => (f === 'issuedOn' ? dateAs(String(r[f]), spec.dateStyle) : String(r[f]))));
  const text = [header, ...rows].map((row) => row.map((c) => quote(c, spec.quoteAll)).join(',')).join(eol) + eol;
  return spec.gbk ? encodeGbk(text) : new TextEncoder().encode(spec.bom ? `\ufeff${text}` : text);
}

const CORRUPTIONS: Readonly<Record<Field, string>> = {
  name: '',
  idNumber: '3.70403E+17',
  item: ' ',
  score: '59.99',
  code: '253704000100000',
  institution: '',
  issuedOn: '2025-02-30',
};

describe('a register written as CSV and read back', () => {
  const argv = (spec: Spec) => ['check', 'certificate', 'r.csv', '--json', ...(spec.gbk ? ['--encoding', 'gbk'] : [])];

  it('passes when every certificate is valid, whatever the headers, order, dates, quoting and encoding', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, async (spec) => {
        const records = register(spec.n, spec.seed) as unknown as Record<Field, unknown>[];
        const r = await runCli(argv(spec), { files: { 'r.csv': write(spec, records) }, chunkSize: spec.chunkSize });
        expect(r.stdout).toBe('');
        expect(r.code).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('fails on exactly the line of one corrupted cell', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, fc.nat(), fc.constantFrom(...FIELDS), async (spec, at, field) => {
        const records = register(spec.n, spec.seed) as unknown as Record<Field, unknown>[];
        const row = at % records.length;
        records[row] = { ...records[row], [field]: CORRUPTIONS[field] } as Record<Field, unknown>;
        const r = await runCli(argv(spec), { files: { 'r.csv': write(spec, records) }, chunkSize: spec.chunkSize });
        const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean });
        expect(lines.map((l) => [l.line, l.ok])).toEqual([[row + 2, false]]);
        expect(r.code).toBe(1);
      }),
      { numRuns: 80 },
    );
  });
});
