import { issueFrom } from '../../core/issues.js';
import type { RuleIssue } from '../../core/issues.js';
import type { ValidateCertificateOptions } from '../../schemas/validateCertificate.js';
import type { Checker } from './checker.js';
import { CodeIndex } from './codeIndex.js';
import { CertificateValidator, codeNumber } from './fastCertificate.js';
import { KeyIndex } from './keyIndex.js';
import { CHECK_MESSAGES } from '../messages.js';
import { isPlainResidentId } from './residentId.js';

const ITEM_BITS = 4194304; // 2^22 items; the ID's last 3 digits times this stay below 2^32

/** The item as compared: NFKC, without white space (as `checkBatch` compares item names). */
function itemKey(item: string): string {
  return item.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The certificates of a register, one by one: each by `validateCertificate`'s rules, and across
 * the file a certificate code given twice (`certificate_code_repeated`, `certificate.code`) and
 * an ID number certified twice for one item (`certificate_holder_repeated`,
 * `certificate.contents`), each at the later record with the line of the first. The indexes keep
 * a code in a table of its institution and year ({@link CodeIndex}) and an ID number with its
 * item as two numbers ({@link KeyIndex}), so that a million certificates fit in a few tens of
 * megabytes.
 */
export class CertificateChecker implements Checker {
  private readonly validator: CertificateValidator;
  private readonly codes = new CodeIndex();
  private readonly holders = new KeyIndex();
  private readonly items = new Map<string, number>();
  private readonly itemIds = new Map<string, number>();
  // The item met last: a register lists a batch's certificates together.
  private lastItem: string | undefined;
  private lastItemId = 0;

  constructor(options: ValidateCertificateOptions = {}) {
    this.validator = new CertificateValidator(options);
  }

  check(value: unknown, line: number): readonly RuleIssue[] {
    const issues = this.validator.issues(value);
    if (typeof value !== 'object' || value === null) return issues;
    const { code, idNumber, item } = value as Record<string, unknown>;
    const repeated: RuleIssue[] = [];
    if (typeof code === 'string' && code !== '') {
      const n = codeNumber(code);
      const first = n >= 0 ? this.codes.firstOrAdd(n, line) : this.codes.firstOrAddText(code, line);
      if (first > 0) {
        repeated.push(issueFrom(CHECK_MESSAGES, 'certificate_code_repeated', 'certificate.code', { path: ['code'], received: code, params: { first } }));
      }
    }
    if (typeof idNumber === 'string' && idNumber !== '' && typeof item === 'string' && item.trim() !== '') {
      const first = this.holderFirst(idNumber, item, line);
      if (first > 0) {
        repeated.push(
          issueFrom(CHECK_MESSAGES, 'certificate_holder_repeated', 'certificate.contents', {
            path: ['idNumber'],
            received: idNumber,
            params: { first, item },
          }),
        );
      }
    }
    return repeated.length === 0 ? issues : [...issues, ...repeated];
  }

  finish(): [] {
    return [];
  }

  private holderFirst(idNumber: string, item: string, line: number): number {
    const id = this.itemId(item);
    if (id < ITEM_BITS && (this.validator.passedFast || isPlainResidentId(idNumber))) {
      let high = 0;
      for (let i = 0; i < 14; i++) high = high * 10 + idNumber.charCodeAt(i) - 48;
      const low = (idNumber.charCodeAt(14) - 48) * 100 + (idNumber.charCodeAt(15) - 48) * 10 + idNumber.charCodeAt(16) - 48;
      return this.holders.firstOrAdd(high, low * ITEM_BITS + id, line);
    }
    return this.holders.firstOrAddText(`${idNumber.toUpperCase()}\u0000${itemKey(item)}`, line);
  }

  private itemId(item: string): number {
    if (item === this.lastItem) return this.lastItemId;
    let id = this.items.get(item);
    if (id === undefined) {
      const key = itemKey(item);
      id = this.itemIds.get(key);
      if (id === undefined) {
        id = this.itemIds.size;
        this.itemIds.set(key, id);
      }
      this.items.set(item, id);
    }
    this.lastItem = item;
    this.lastItemId = id;
    return id;
  }
}
