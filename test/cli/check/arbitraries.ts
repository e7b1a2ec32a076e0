import fc from 'fast-check';
import { residentIdCheck } from '../../../src/identity/residentId.js';

// Random certificates over the whole space the rules read, drawn from small pools so that
// templates (code prefix, date, item, institution) repeat, as they do in a register.

const withCheck = (body: string) => body + residentIdCheck(body);

/** ID numbers: valid, lower-case x, bad check, bad birth date, too old, wrong length, not text. */
export const idNumber = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('370403199003151230', '37040319900315006X', '37040319900315006x', withCheck('37040220000101001')) },
  fc.tuple(fc.constantFrom('370402', '370403', '110101', '810000'), fc.date({ min: new Date('1840-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 })).map(
    ([region, birth, order]) => withCheck(`${region}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(order).padStart(3, '0')}`),
  ),
  fc.constantFrom('37040319900315123x', '370403199003151231', '370403199002301235', '37040319900315123', '3.70402E+17', '', ' 370403199003151230', '370403199003151230'),
  fc.constantFrom(370403199003151230, null),
);

const codePart = fc.tuple(
  fc.constantFrom('24', '25', '19', '00'),
  fc.constantFrom('37', '36'),
  fc.constantFrom('04', '01', '12', '17', '99'),
  fc.constantFrom('0001', '0002', '0000'),
  fc.constantFrom('00001', '00002', '12345', '00000', '99999'),
);

/** Certificate codes: assembled from parts (some wrong), or malformed. */
export const code = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('2537040001', '2437040001', '2537040002').chain((p) => fc.integer({ min: 1, max: 99999 }).map((n) => p + String(n).padStart(5, '0'))) },
  { weight: 4, arbitrary: codePart.map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('2537040001000011', '25370400010000', '25370400010000x', '２５3704000100001', '', '2.53704E+14') },
  { weight: 1, arbitrary: fc.constantFrom(253704000100001, undefined) },
);

/** Scores at and past the marks, as numbers and decimal strings, and scores that are not numbers. */
const scoreEdge = fc.oneof(
  fc.constantFrom(59.9, 60.1, 100.5, -1, 0, 59.99999999999999, 100.00000000000001, Number.NaN, Infinity),
  fc.constantFrom('59.9', '59.99', '100.01', '100.10', '101', '060', '0060.5', '-0', ' 86', '八十', '1e2', '', '.5', '60.'),
  fc.double({ min: 55, max: 105, noNaN: true }),
  fc.constantFrom(null, undefined, true),
);

/** Scores: passing ones, and those of {@link scoreEdge}. */
export const score = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(60, 86.5, 100, '86.50', '60', '60.0', '100', '100.00', '99.99') }, scoreEdge);

const text = (values: readonly string[]) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('', '  ', undefined, 12) });

/** Issue dates: real, impossible, Excel-like, absent. */
export const issuedOn = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('2025-10-27', '2024-03-01', '2025-03-01', '2019-12-31', '2000-01-01') },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-30', '2024/3/1', '', undefined, 20240301) },
);

/** Any certificate record, every field drawn on its own. */
const anyCertificate = fc.record(
  {
    name: text(['张伟', '李娜']),
    idNumber,
    item: text(['面点制作', '中式烹调']),
    score,
    code,
    institution: text(['枣庄市某职业培训学校']),
    issuedOn,
    note: fc.constant('extra fields are ignored'),
  },
  { requiredKeys: ['note'] },
);

const VALID_IDS = ['370403199003151230', '37040319900315006X', '37040319900315006x', withCheck('37040220000101001')];

// A certificate of one of a few templates (code prefix, issue date, item, institution), valid but
// for the last two templates: a city 12 (none in Shandong), a code of 2024 issued in 2025.
const registerCertificate = fc
  .record({
    template: fc.constantFrom<readonly [string, string, string, string]>(
      ['2537040001', '2025-10-27', '面点制作', '枣庄市某职业培训学校'],
      ['2537040001', '2025-03-01', '中式烹调', '枣庄市某职业培训学校'],
      ['2537040001', '2025-10-27', '中式烹调', '枣庄市某职业培训学校'],
      ['2437040002', '2024-03-01', '面点制作', '枣庄市另一职业培训学校'],
      ['2537010001', '2025-10-27', '面点制作', '济南市某学校'],
      ['2537120001', '2025-10-27', '面点制作', '枣庄市某职业培训学校'],
      ['2437040001', '2025-10-27', '面点制作', '枣庄市某职业培训学校'],
    ),
    serial: fc.integer({ min: 1, max: 99999 }),
    name: fc.constantFrom('张伟', '李娜'),
    idNumber: fc.constantFrom(...VALID_IDS),
    score: fc.constantFrom(60, 86.5, 100, '86.50', '60', '60.0', '100', '100.00', '99.99'),
  })
  .map(({ template: [prefix, issuedOn, item, institution], serial, name, idNumber, score }) => ({
    name,
    idNumber,
    item,
    score,
    code: prefix + String(serial).padStart(5, '0'),
    institution,
    issuedOn,
  }));

// One field of a certificate set to a value at or past an edge.
const oneBadField = fc.oneof(
  fc.record({ name: fc.constantFrom('', '  ', undefined, 12) }),
  fc.record({ idNumber }),
  fc.record({ score: scoreEdge }),
  fc.record({ code }),
  fc.record({ item: fc.constantFrom('', ' ', undefined, 3) }),
  fc.record({ institution: fc.constantFrom('', ' ', undefined, null) }),
  fc.record({ issuedOn }),
);

/**
 * A certificate record as a register holds it: mostly valid ones of a few templates, some with
 * one field at an edge, and some drawn field by field.
 */
export const certificate = fc.oneof(
  { weight: 4, arbitrary: registerCertificate },
  { weight: 4, arbitrary: fc.tuple(registerCertificate, oneBadField).map(([c, bad]) => ({ ...c, ...bad })) },
  { weight: 1, arbitrary: anyCertificate },
);
