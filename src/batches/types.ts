import type { DateInput } from '../core/dates.js';
import type { OpenWord } from '../core/terms.js';
import type { QuestionBank } from '../question-bank/checkQuestionBank.js';
import type { AnnouncementField, Notice, PlanField } from './vocabulary.js';

/** How a batch is assessed (四1): skill operation, skill with theory, or theory alone (一般不). */
export type ExamMethod = 'skill' | 'skill_and_theory' | 'theory';
/** Where a batch is assessed (四2(4)): the institution's fixed site, or a production post. */
export type ExamSite = 'fixed_site' | 'production_post';

/**
 * One assessment batch, from the announcement to the certificates (四2). Every optional field left
 * out is reported as missing evidence by {@link checkBatch}, never read as false; an absent section
 * (`plan`, `certificates`, …) is read as one whose every field is missing.
 */
export interface AssessmentBatch {
  /** The 8-digit institution code (三3(2)), e.g. `'37040001'`. */
  readonly institutionCode: string;
  /** The item assessed. */
  readonly item: string;
  /** Where the batch is held: one of Zaozhuang's six districts, by code or name. */
  readonly district: string;
  /** The items and district the district bureau approved for the institution (四2). */
  readonly approvedScope?: { readonly items: readonly string[]; readonly district: string };
  /** 四2(1) the annual plan announcement: the day it was published, and what it names (a minimum, 「……等」). */
  readonly announcement?: { readonly publishedOn?: DateInput; readonly contents: readonly OpenWord<AnnouncementField>[] };
  /** 四2(3) the batch plan: filed on the platform, reviewed, with its contents (a minimum, 「……等」). */
  readonly plan?: { readonly filedOn?: DateInput; readonly approvedOn?: DateInput; readonly contents?: readonly OpenWord<PlanField>[] };
  /** 四1, 四2(4) the exam. */
  readonly exam: {
    readonly startDate: DateInput;
    /** The exam's last day; the start date when left out (a one-day exam). */
    readonly endDate?: DateInput;
    readonly method?: ExamMethod;
    readonly site?: ExamSite;
    /** Required when `site` is `'production_post'`. */
    readonly productionSafetyAssured?: boolean;
    /** A minimum (「……等」): other notices are accepted. */
    readonly notices?: readonly OpenWord<Notice>[];
    readonly videoRecorded?: boolean;
  };
  /** 四1 the question bank used; approved on or before the exam's first day. */
  readonly questionBank?: QuestionBank;
  /** 四2(5) the results publicity, both days included. */
  readonly resultsPublicity?: { readonly start: DateInput; readonly end: DateInput };
  /** 四2(6) results uploaded to the platform, reviewed, then certificates issued. */
  readonly certificates?: { readonly uploadedOn?: DateInput; readonly approvedOn?: DateInput; readonly issuedOn?: DateInput };
}

/** One candidate's registration (四2(2)): the birth date from `birthDate` or `idNumber`. */
export interface Registration {
  readonly idNumber?: string;
  readonly birthDate?: DateInput;
  /** 姓名: compared with the certificate's name by the audit (after NFKC and trimming). */
  readonly name?: string;
  readonly registeredOn: DateInput;
}

/** The fields of a certificate (附件4 专项职业能力证书参考样式). */
export interface Certificate {
  /** 姓名 */
  readonly name: string;
  /** 身份证号 (GB 11643-1999) */
  readonly idNumber: string;
  /** 考核项目 */
  readonly item: string;
  /** 考核成绩, on the 100-point scale */
  readonly score: number | string;
  /** 证书编号 (附件3) */
  readonly code: string;
  /** The issuing institution (考核机构印章) */
  readonly institution: string;
  /** 发证日期 */
  readonly issuedOn: DateInput;
}
