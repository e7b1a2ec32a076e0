import { SHANDONG_CITIES } from '../codes/cities.js';
import { formatCertificateCode } from '../codes/formatCertificateCode.js';
import { MAX_CERTIFICATE_SERIAL, MAX_INSTITUTION_SERIAL } from '../core/codeLayout.js';
import { SvaError } from '../core/errors.js';
import { guardValue, isRecord, notAnObjectIssue } from '../core/guard.js';
import { between, seededRandom } from './random.js';

/** Options of {@link generateCertificateCode}: any part left out is drawn from `seed`. */
export interface GenerateCertificateCodeOptions {
  /** Issue year, 2000–2099. */
  readonly year?: number;
  /** City by code or name; ignored when `institutionCode` is given. */
  readonly city?: string;
  readonly institutionSerial?: number;
  /** The 8-digit institution code; takes the place of `city` and `institutionSerial`. */
  readonly institutionCode?: string;
  readonly certificateSerial?: number;
  /** Seed of the parts left out (default 1): the same options always give the same code. */
  readonly seed?: number;
}

/**
 * A valid 15-digit certificate code for tests (附件3). The parts you give are kept; the others are
 * drawn from `seed`, so the result is varied but repeatable. Every generated code passes
 * `isValidCertificateCode`.
 *
 * @throws SvaError when a part you give is invalid (as `formatCertificateCode`), or `options` is
 *   not an object.
 * @example
 * generateCertificateCode({ year: 2023, city: '枣庄', institutionSerial: 1, certificateSerial: 1 }) // '233704000100001'
 * isValidCertificateCode(generateCertificateCode({ seed: 7 })) // true
 * generateCertificateCode({ seed: 7 }) === generateCertificateCode({ seed: 7 }) // true: the same on every run
 */
export function generateCertificateCode(options: GenerateCertificateCodeOptions = {}): string {
  return guardValue('certificate.code', () => {
    if (!isRecord(options)) throw new SvaError(notAnObjectIssue('certificate.code', 'options'));
    return generate(options);
  });
}

function generate(options: GenerateCertificateCodeOptions): string {
  const random = seededRandom(options.seed ?? 1);
  const year = options.year ?? between(random, 2023, 2030);
  const certificateSerial = options.certificateSerial ?? between(random, 1, MAX_CERTIFICATE_SERIAL);
  if (options.institutionCode !== undefined) {
    return formatCertificateCode({ year, institutionCode: options.institutionCode, certificateSerial });
  }
  const city = options.city ?? (SHANDONG_CITIES[between(random, 0, SHANDONG_CITIES.length - 1)]?.code as string);
  const institutionSerial = options.institutionSerial ?? between(random, 1, MAX_INSTITUTION_SERIAL);
  return formatCertificateCode({ year, city, institutionSerial, certificateSerial });
}
