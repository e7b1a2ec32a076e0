import { ANNOUNCEMENT_FIELDS, NOTICES, PLAN_FIELDS } from '../../batches/vocabulary.js';
import { INSTITUTION_KINDS, MATERIALS, RULE_DOCUMENTS, WORK_PLAN_SECTIONS } from '../../institutions/vocabulary.js';

/** The record types of `sva-rules check`, as typed on the command line. */
export const RECORD_TYPES = [
  'certificate',
  'registration',
  'candidate',
  'institution-application',
  'assessment-batch',
  'assignment',
  'archive-record',
] as const;

/** One of {@link RECORD_TYPES}. */
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * How a CSV cell of a field is read: `text` as written; `id` as written, but refused when Excel
 * turned it into a number; `date` from Excel's 2024/3/1, 2024-3-1 or 2024年3月1日 to 2024-03-01;
 * `decimal` kept as the decimal string it is (86.50); `count` a whole number; `flag` 是/否;
 * `list` text items; `names` text items as `{ name }` objects; `word`/`words` one or more
 * entries of a vocabulary, by id or Chinese name.
 */
export type FieldKind = 'text' | 'id' | 'date' | 'decimal' | 'count' | 'flag' | 'list' | 'names' | 'word' | 'words';

/** The names of a vocabulary entry a cell may use (its id is always accepted). */
export type Vocabulary = Readonly<Record<string, { readonly name: string; readonly nameEn: string; readonly also?: readonly string[] }>>;

/** How one field is read from a CSV cell. */
export interface FieldSpec {
  readonly kind: FieldKind;
  readonly vocabulary?: Vocabulary;
}

const ARCHIVE_MEDIA: Vocabulary = {
  paper: { name: '纸质', nameEn: 'paper', also: ['纸质档案', '纸质载体', '纸本'] },
  electronic: { name: '电子', nameEn: 'electronic', also: ['电子档案', '电子文件', '电子载体'] },
};
const EXAM_METHODS: Vocabulary = {
  skill: { name: '技能操作', nameEn: 'skill', also: ['技能操作考核', '实际操作'] },
  skill_and_theory: { name: '技能操作和理论知识', nameEn: 'skill and theory', also: ['技能操作加理论知识', '技能+理论', '理论和技能'] },
  theory: { name: '理论知识', nameEn: 'theory', also: ['理论知识考试', '理论'] },
};
const EXAM_SITES: Vocabulary = {
  fixed_site: { name: '固定考核场所', nameEn: 'fixed site', also: ['固定场所', '固定考场', '考核场所'] },
  production_post: { name: '生产岗位', nameEn: 'production post', also: ['生产现场', '工作岗位'] },
};

const text: FieldSpec = { kind: 'text' };
const id: FieldSpec = { kind: 'id' };
const date: FieldSpec = { kind: 'date' };
const flag: FieldSpec = { kind: 'flag' };
const count: FieldSpec = { kind: 'count' };
const list: FieldSpec = { kind: 'list' };
const words = (vocabulary: Vocabulary): FieldSpec => ({ kind: 'words', vocabulary });
const word = (vocabulary: Vocabulary): FieldSpec => ({ kind: 'word', vocabulary });

/**
 * The fields of each record type, by path (`contact.person`; `*` stands for a list index:
 * `items.*.questionBank`), and how a CSV cell of each is read. The order is the forms' order.
 */
export const FIELDS: Readonly<Record<RecordType, Readonly<Record<string, FieldSpec>>>> = {
  certificate: { name: text, idNumber: id, item: text, score: { kind: 'decimal' }, code: id, institution: text, issuedOn: date },
  registration: { name: text, idNumber: id, birthDate: date, registeredOn: date },
  candidate: { name: text, idNumber: id, birthDate: date, applicationDate: date },
  'institution-application': {
    name: text,
    creditCode: id,
    kind: word(INSTITUTION_KINDS),
    address: text,
    registrationAuthority: text,
    legalRepresentative: text,
    registeredCapital: text,
    'contact.person': text,
    'contact.title': text,
    'contact.phone': id,
    'contact.email': text,
    integrityPledgeSigned: flag,
    workPlanSections: words(WORK_PLAN_SECTIONS),
    registrationDistrict: text,
    filedWithDistrict: text,
    applicationDate: date,
    legalPerson: flag,
    goodCredit: flag,
    violationRecords: count,
    rules: words(RULE_DOCUMENTS),
    dedicatedUnit: flag,
    'staff.fullTime': count,
    'staff.assessors': count,
    'staff.supervisors': count,
    'facilities.site': flag,
    'facilities.equipment': flag,
    'facilities.videoSurveillance': flag,
    items: { kind: 'names' },
    'items.*.name': text,
    'items.*.questionBank': flag,
    'items.*.trainingSince': date,
    'items.*.helpedWriteSpecification': flag,
    'items.*.hasSpecification': flag,
    'items.*.canTrain': flag,
    stableFunding: flag,
    nonProfit: flag,
    acceptsSupervision: flag,
    materials: words(MATERIALS),
  },
  'assessment-batch': {
    institutionCode: id,
    item: text,
    district: text,
    'approvedScope.items': list,
    'approvedScope.district': text,
    'announcement.contents': words(ANNOUNCEMENT_FIELDS),
    'plan.filedOn': date,
    'plan.approvedOn': date,
    'plan.contents': words(PLAN_FIELDS),
    'exam.startDate': date,
    'exam.endDate': date,
    'exam.method': word(EXAM_METHODS),
    'exam.site': word(EXAM_SITES),
    'exam.productionSafetyAssured': flag,
    'exam.notices': words(NOTICES),
    'exam.videoRecorded': flag,
    'questionBank.approvedOn': date,
    'questionBank.sets.*.id': text,
    'questionBank.sets.*.tasks': list,
    'resultsPublicity.start': date,
    'resultsPublicity.end': date,
    'certificates.uploadedOn': date,
    'certificates.approvedOn': date,
    'certificates.issuedOn': date,
  },
  assignment: { institution: text, item: text, district: text },
  'archive-record': { medium: word(ARCHIVE_MEDIA), closedOn: date },
};

/**
 * What names a record in the output, by type: the first group of fields of which one at least is
 * given, its values joined (a certificate by its code, else its holder's ID number).
 */
export const KEY_FIELDS: Readonly<Record<RecordType, readonly (readonly string[])[]>> = {
  certificate: [['code'], ['idNumber'], ['name']],
  registration: [['idNumber'], ['name']],
  candidate: [['idNumber'], ['name']],
  'institution-application': [['creditCode'], ['name']],
  'assessment-batch': [['institutionCode', 'item']],
  assignment: [['institution', 'item', 'district']],
  'archive-record': [['medium', 'closedOn']],
};
