/**
 * The clauses of the Zaozhuang pilot scheme (枣庄市专项职业能力考核社会化改革试点方案, 2023-04-23)
 * that the library encodes. Every {@link RuleIssue} cites one of these ids in `clause`.
 *
 * `text` quotes the policy sentence (Chinese, as published); `reading` states the reading the
 * library takes where the text is open.
 */
export interface Clause {
  readonly id: string;
  /** The section of the policy text: 一 … 六, 附件1 … 附件4. */
  readonly section: string;
  /** A short Chinese heading. */
  readonly title: string;
  /** A short English heading. */
  readonly titleEn: string;
  /** The sentence of the policy this clause encodes, quoted. */
  readonly text: string;
  /** The reading the library takes where the text leaves room, in English. */
  readonly reading?: string;
}

const WORKING_DAYS_READING =
  'Working days follow the State Council notices: weekends and public holidays are rest days, make-up days (调休上班) are working days. A publicity starting on day S covers the working days from S (S counts when it is a working day) through its last day E; it is long enough when that count reaches 5. The next step may happen on the day after E.';

// Each clause without its id: the id is its key, added by withIds (written once, not twice).
const CLAUSE_TABLE = {
  'catalog.scope': {
    section: '一',
    title: '考核项目目录',
    titleEn: 'Assessment item catalogue',
    text: '在《山东省专项职业能力考核项目目录》范围内选取需求量大、适合重点群体就业创业的考核项目，报市汇总后，对外发布本市专项职业能力考核项目目录',
  },
  'catalog.exclusion': {
    section: '一',
    title: '已有职业（工种）不列入',
    titleEn: 'Existing occupations are excluded',
    text: '《中华人民共和国职业分类大典（2022年版）》中已有职业（工种）分类的，不再列入专项职业能力考核项目',
  },
  'candidate.age': {
    section: '二',
    title: '考核对象',
    titleEn: 'Who may be assessed',
    text: '达到法定劳动年龄、具有相应技能的劳动者，均可申报专项职业能力考核',
    reading: 'Legal working age is 16 completed years (周岁) on the application date; the 16th birthday counts.',
  },
  'institution.registration': {
    section: '三',
    title: '征集对象',
    titleEn: 'Who may apply to assess',
    text: '征集对象为在枣庄市行政区域内依法登记的企业、院校、社会团体、职业技能培训机构等',
  },
  'allocation.city': {
    section: '三',
    title: '全市每个项目的机构数',
    titleEn: 'Institutions per item, city-wide',
    text: '试点期间，全市范围内每个专项职业能力考核项目对应的考核机构一般不超过5家',
    reading: 'Qualified by 一般 ("generally"): more than 5 is a warning, an error under generalLimits: \'error\'.',
  },
  'allocation.district': {
    section: '三',
    title: '区（市）内每个项目一家机构',
    titleEn: 'One institution per item in a district',
    text: '各区（市）范围内，每个专项职业能力考核项目只能对应一家考核机构',
  },
  'allocation.items': {
    section: '三',
    title: '每家机构的项目数',
    titleEn: 'Items per institution',
    text: '每家机构不得超过 2 个考核项目',
  },
  'eligibility.legal': {
    section: '三1(1)',
    title: '法人资格与信用',
    titleEn: 'Legal person and credit',
    text: '具有独立法人资格，社会信用良好，无违法违规记录',
  },
  'eligibility.rules': {
    section: '三1(2)',
    title: '规章制度',
    titleEn: 'Written rules',
    text: '具有完善、规范的规章制度和管理办法，包括考核工作管理制度、财务管理制度、档案管理制度、安全生产应急预案、突发事件应急预案、考核工作规程、设备安全操作规程等',
  },
  'eligibility.capacity': {
    section: '三1(3)',
    title: '机构、人员、场地与题库',
    titleEn: 'Unit, staff, site and question bank',
    text: '设有专门负责专项职业能力考核工作的内部机构，配备与考核工作相适应的专职工作人员、考评人员、内部质量督导人员，具备相应的场地、设施、设备（含视频监控设备）及拟开展专项职业能力考核项目题库',
  },
  'eligibility.influence': {
    section: '三1(4)',
    title: '影响力与优先',
    titleEn: 'Influence and priority',
    text: '在拟申请的专项职业能力考核项目领域，具有广泛影响力和较丰富的考核资源，优先考虑曾参与制定专项职业能力考核规范的单位',
    reading: 'A ranking signal, not a bar: applicants who helped write the specification rank first.',
  },
  'eligibility.experience': {
    section: '三1(5)',
    title: '培训考核经历',
    titleEn: 'Training and assessment experience',
    text: '对拟开展的专项职业能力考核项目，具备较强的培训考核能力，有 2 年以上培训考核经历，培训考核规模较大',
    reading: '2 years or more, counted in completed years from trainingSince to the application date.',
  },
  'eligibility.funding': {
    section: '三1(6)',
    title: '经费保障，不以营利为目的',
    titleEn: 'Stable funding, not for profit',
    text: '能为专项职业能力考核工作提供稳定的经费保障，把社会效益放在首位，不以营利为目的',
  },
  'eligibility.supervision': {
    section: '三1(7)',
    title: '接受监督',
    titleEn: 'Accepts supervision',
    text: '自愿接受各级人力资源社会保障部门监督',
  },
  materials: {
    section: '三2',
    title: '申请材料',
    titleEn: 'Application documents',
    text: '《专项职业能力考核机构申请表》；《专项职业能力考核工作方案》；拟开展专项职业能力考核项目题库清单；拟开展专项职业能力考核项目培训能力证明；法人登记证书复印件；信用报告或诚信承诺',
  },
  'materials.form': {
    section: '附件1',
    title: '考核机构申请表',
    titleEn: 'Application form',
    text: '单位名称、地址、统一社会信用代码、注册登记机构、机构性质、法定代表人、注册资金、联系人、职务、联系电话、电子邮箱；拟开展项目有无考核规范、能否组织开展培训；诚信承诺',
  },
  'materials.work_plan': {
    section: '附件2',
    title: '考核工作方案',
    titleEn: 'Work plan',
    text: '一、总体规划、工作计划 二、组织机构及职责 三、开展考核的项目、规范及题库资源 四、考核流程及考核工作规则 五、考核内容及方式 六、开展考核工作的各项保障 七、其他',
    reading: 'Sections 一 to 六 are required; 七 (其他) is optional.',
  },
  'selection.filing': {
    section: '三3(1)',
    title: '申请受理',
    titleEn: 'Where to apply',
    text: '申请单位向登记机关所在区（市）人力资源社会保障局提交申请，并附相关材料',
  },
  'selection.publicity': {
    section: '三3(2)',
    title: '遴选结果公示',
    titleEn: 'Selection publicity',
    text: '将评估结果向社会公示，公示时间不少于5个工作日',
    reading: WORKING_DAYS_READING,
  },
  'selection.code': {
    section: '三3(2)',
    title: '考核机构代码',
    titleEn: 'Institution code',
    text: '经公示无异议的，市人力资源社会保障局按照全省统一的考核机构编码规则，向遴选确定的考核机构赋予机构代码并出具回执',
    reading: 'The institution code is digits 3–10 of the certificate code of 附件3: 37, the city code, and a serial 0001–9999.',
  },
  'assessment.method': {
    section: '四1',
    title: '考核方式',
    titleEn: 'Assessment method',
    text: '主要采用技能操作考核方式，一般不单独考核理论知识',
    reading: 'Qualified by 一般: a theory-only plan is a warning, an error under generalLimits: \'error\'.',
  },
  'bank.sets': {
    section: '四1',
    title: '试题库套数',
    titleEn: 'Question sets',
    text: '考核机构根据专项职业能力考核规范编制试题库（一般不少于5套，且支持循环组卷）',
    reading: 'Qualified by 一般: fewer than 5 distinct sets is a warning, an error under generalLimits: \'error\'. Sets with the same tasks count once; duplicate ids and empty sets are errors.',
  },
  'bank.rotation': {
    section: '四1',
    title: '循环组卷',
    titleEn: 'Rotating assembly',
    text: '且支持循环组卷',
    reading: 'Every set is used before any set is used again, and the set used last is never picked next.',
  },
  'bank.approval': {
    section: '四1',
    title: '题库评估后使用',
    titleEn: 'Bank evaluated before use',
    text: '经区（市）人力资源社会保障局评估后使用',
  },
  'score.scale': {
    section: '四1',
    title: '百分制',
    titleEn: '100-point scale',
    text: '考核成绩实行百分制',
  },
  'score.pass': {
    section: '四1',
    title: '合格线',
    titleEn: 'Pass mark',
    text: '60分（含）以上为考核合格',
    reading: '60 included. A reported score is the exact total rounded down, so a fail never shows as 60.',
  },
  'batch.scope': {
    section: '四2',
    title: '考核范围',
    titleEn: 'Approved scope',
    text: '专项职业能力考核由考核机构在区（市）人力资源社会保障局评估同意的考核范围内组织实施',
  },
  'announcement.contents': {
    section: '四2(1)',
    title: '考核计划公告',
    titleEn: 'Plan announcement',
    text: '公告主要包含：考核机构、机构代码、时间安排、考核项目、考核规范、报名方式、联系方式等',
  },
  'registration.eligible': {
    section: '四2(2)',
    title: '组织报名',
    titleEn: 'Registration',
    text: '考核机构根据考核计划和考核能力，组织符合条件的人员报名参加考试',
  },
  'plan.deadline': {
    section: '四2(3)',
    title: '批次计划期限',
    titleEn: 'Batch plan deadline',
    text: '考核机构在考试开始前5个工作日内，通过“山东省职业技能综合评价信息管理平台”编制本批次考核计划',
    reading:
      "Two readings, chosen by `policy.planFilingReading`. 'deadline' (the default): the plan is filed no later than the 5th working day before the exam's first day (exam Monday 2024-03-18 → file by Monday 2024-03-11). 'window': the plan is filed within the 5 working days before the exam, from the 5th working day before its first day to the day before it (exam 2024-03-18 → from 2024-03-11 to 2024-03-17).",
  },
  'plan.contents': {
    section: '四2(3)',
    title: '考核方案内容',
    titleEn: 'Plan contents',
    text: '方案内容包括考核项目、考核人数、考核场所、考核流程、时间场次安排、考场准备情况以及监考员、考评员、督导员等人员情况等',
  },
  'plan.review': {
    section: '四2(3)',
    title: '审核后实施',
    titleEn: 'Reviewed before use',
    text: '经市、区（市）人力资源社会保障部门审核后实施',
  },
  'exam.site': {
    section: '四2(4)',
    title: '考核场地',
    titleEn: 'Exam site',
    text: '操作技能考核原则上在考核机构的固定场地开展，确需结合生产岗位开展考核的，须确保考核安全、不影响正常生产经营',
  },
  'exam.notices': {
    section: '四2(4)',
    title: '考场张贴',
    titleEn: 'Posted notices',
    text: '应在考场显著位置张贴考生须知、违纪处理规定和安全操作注意事项等',
  },
  'exam.dates': {
    section: '四2(4)',
    title: '考试日期',
    titleEn: 'Exam dates',
    text: '考核机构应根据考核安排，落实场地、试题、原材料、设施设备和考务人员等，确保考务组织严格实施、规范有序',
    reading: 'The exam runs over one or more days: its last day (`endDate`, else `startDate`) is not before its first day.',
  },
  'exam.video': {
    section: '四2(4)',
    title: '全程录像',
    titleEn: 'Video recording',
    text: '考核过程全程视频监控并录像',
  },
  'policy.effective': {
    section: '落款日期',
    title: '方案施行日期',
    titleEn: 'Date of the scheme',
    text: '枣庄市人力资源和社会保障局　2023年4月23日（关于印发枣庄市专项职业能力考核社会化改革试点方案的通知：现将《枣庄市专项职业能力考核社会化改革试点方案》印发给你们，请遵照执行）',
    reading:
      'The scheme applies from its date, `policy.effectiveFrom` (2023-04-23): a batch (its exam), an application, a certificate (its issue date, or a code whose year is before 2023), a registration or an annual summary dated before it is outside the scheme, an error.',
  },
  'policy.definition': {
    section: '—',
    title: '政策参数',
    titleEn: 'Policy numbers',
    text: '各项规则所用的数值（机构数、项目数、题库套数、分数、工作日数、年限、报送日期）均取自政策参数，每项数值均须给出且合理',
    reading:
      "Not a sentence of the scheme: the library's own rule for a `Policy`. Each number a rule reads must be present and sane (whole; every limit, count and window at least 1; the pass mark not above the full mark); otherwise the rule refuses the policy with `invalid_option` instead of running.",
  },
  'calendar.working_days': {
    section: '国务院办公厅年度通知',
    title: '工作日',
    titleEn: 'Working days',
    text: '国务院办公厅关于部分节假日安排的通知（每年发布）：元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排',
    reading:
      'Not a sentence of the scheme: the calendar its working-day windows are counted in. A day is a working day when it is Monday to Friday and not a rest day of the notices, or when the notices make it a make-up working day (调休上班). A day outside the years the calendar covers is never guessed.',
  },
  'results.publicity': {
    section: '四2(5)',
    title: '结果公示',
    titleEn: 'Results publicity',
    text: '考核机构对考核结果予以公示，公示时间不少于5个工作日',
    reading: WORKING_DAYS_READING,
  },
  'certificate.issuance': {
    section: '四2(6)',
    title: '颁发证书',
    titleEn: 'Certificate issuance',
    text: '考核机构将公示情况和考核结果信息上传到“山东省职业技能综合评价信息管理平台”，经人力资源社会保障部门审核后，考核机构……制作并颁发专项职业能力证书（或电子证书）',
  },
  'certificate.code': {
    section: '附件3',
    title: '证书编码规则',
    titleEn: 'Certificate code',
    text: '专项职业能力证书编码由 15 位阿拉伯数字组成：第1-2位证书核发年份代码；第3-4位省级代码（山东省37）；第5-6位市级代码；第7-10位考核机构序列码（0001至9999）；第11-15位证书序列码（00001至99999）',
  },
  'certificate.contents': {
    section: '附件4',
    title: '证书样式',
    titleEn: 'Certificate contents',
    text: '姓名、身份证号、考核项目、考核成绩、证书编号；考核机构印章；发证日期',
  },
  'archive.contents': {
    section: '四2(7)',
    title: '档案资料',
    titleEn: 'Archive contents',
    text: '档案资料包括但不限于：计划公告、实施方案、考核报名材料、现场签到表、考核试题、评分表、成绩汇总表、内部督导情况报告、公示文件、现场监控影像资料、发证名册等',
  },
  'archive.retention': {
    section: '四2(7)',
    title: '档案保管期限',
    titleEn: 'Retention',
    text: '纸质材料保管时间不得少于 3 年，电子材料保管时间不得少于 5 年',
    reading: 'Retention starts the day after the batch archive is closed (民法典 arts. 201–202); its last day is the same month and day N years later (29 February → 28 February in a common year). Disposal is allowed from the day after that last day.',
  },
  'annual.summary': {
    section: '四2(7), 六(四)',
    title: '年度工作总结',
    titleEn: 'Annual summary',
    text: '考核机构应于每年 12 月底前，向所在区（市）人力资源社会保障局报送当年考核工作总结',
    reading:
      'The summary of year Y is submitted in December of Y (六(四): 「考核机构每年12月……报送本机构当年工作总结」), by its end (四2(7): 「12 月底前」): submitted in Y before 1 December is a warning (early), after 31 December an error (late).',
  },
  'supervision.evaluation': {
    section: '六(四)',
    title: '定期评估',
    titleEn: 'Regular evaluation',
    text: '对考核机构每三年至少评估1次',
  },
  'supervision.violations': {
    section: '六(四)',
    title: '违规行为',
    titleEn: 'Violations',
    text: '对在项目清单外考核、降低考核标准发证、不考核就发证，以及从事虚假宣传、扰乱秩序等违规活动的，对其考核结果不予认可，并按有关规定严肃追究责任',
  },
} as const satisfies Record<string, Omit<Clause, 'id'>>;

/** The table with each clause's key as its `id`, first (as `{ id, section, … }`). */
function withIds<T extends Readonly<Record<string, Omit<Clause, 'id'>>>>(table: T): { readonly [K in keyof T & string]: { readonly id: K } & T[K] } {
  const out: Record<string, Clause> = {};
  for (const id of Object.keys(table)) out[id] = { id, ...(table[id] as Omit<Clause, 'id'>) };
  return out as { readonly [K in keyof T & string]: { readonly id: K } & T[K] };
}

/** Every clause id, with its section and the policy sentence it encodes. */
export const CLAUSES = /* @__PURE__ */ withIds(CLAUSE_TABLE);

/** A clause id of {@link CLAUSES}. */
export type ClauseId = keyof typeof CLAUSES;

/** Whether a string is a known clause id. */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CLAUSES, value);
}
