import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOf, scoreNumber } from '../../src/scoring/exact.js';

// scoreNumber is the hot paths' reading of a score (auditBatch, checkCertificate): a number that
// compares and prints exactly as the score's decimal does, or undefined when only the decimal can.
describe('scoreNumber (the number twin of decimalOf)', () => {
  const cases: { name: string; value: unknown; expected: number | undefined }[] = [
    { name: 'a number is itself', value: 59.5, expected: 59.5 },
    { name: 'a number with an exponent is itself (String already printed it so)', value: 1e-7, expected: 1e-7 },
    { name: 'negative zero, a number, as given', value: -0, expected: -0 },
    { name: 'NaN: no score', value: Number.NaN, expected: undefined },
    { name: 'Infinity: no score', value: Number.POSITIVE_INFINITY, expected: undefined },
    { name: "'86.50' is 86.5", value: '86.50', expected: 86.5 },
    { name: "'060' is 60", value: '060', expected: 60 },
    { name: "'-0' is 0", value: '-0', expected: 0 },
    { name: "'-0.00' is 0", value: '-0.00', expected: 0 },
    { name: '15 characters: a number', value: '59.999999999999', expected: 59.999999999999 },
    { name: '16 characters: only the decimal can say', value: '59.9999999999999', expected: undefined },
    { name: "'0.000001' (10⁻⁶): a number", value: '0.000001', expected: 0.000001 },
    { name: "'0.0000001' (below 10⁻⁶, String would write 1e-7): only the decimal", value: '0.0000001', expected: undefined },
    { name: "'1e2': not a plain decimal", value: '1e2', expected: undefined },
    { name: "' 60': not a plain decimal", value: ' 60', expected: undefined },
    { name: "'.5': not a plain decimal", value: '.5', expected: undefined },
    { name: 'a boolean', value: true, expected: undefined },
  ];
  it.each(cases)('$name', ({ value, expected }) => {
    expect(Object.is(scoreNumber(value), expected)).toBe(true);
  });

  const plainDecimal = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,8}$/), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }))
    .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
  const scoreLike = fc.oneof(plainDecimal, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 0, max: 100, noNaN: true }));

  it('when it gives a number, the number prints as the decimal, and compares with any other score as the decimals do', () => {
    fc.assert(
      fc.property(scoreLike, scoreLike, (a, b) => {
        const [x, y] = [scoreNumber(a), scoreNumber(b)];
        const [dx, dy] = [decimalOf(a), decimalOf(b)];
        if (x === undefined || y === undefined || dx === undefined || dy === undefined) return;
        if (typeof a === 'string') expect(String(x)).toBe(dx.toString());
        expect(Math.sign(x - y) || 0).toBe(dx.cmp(dy));
        expect(x === y).toBe(dx.eq(dy));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a number for every finite number and every plain decimal of at most 15 characters from 10⁻⁶', () => {
    fc.assert(
      fc.property(plainDecimal, (s) => {
        const d = decimalOf(s);
        if (s.length <= 15 && d !== undefined && (d.isZero() || d.abs().gte('0.000001'))) expect(scoreNumber(s)).not.toBeUndefined();
      }),
    );
  });
});
