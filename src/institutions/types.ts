import type { DateInput } from '../core/dates.js';
import type { OpenWord } from '../core/terms.js';
import type { InstitutionKind, Material, RuleDocument, WorkPlanSection } from './vocabulary.js';

/** One item an institution applies for (附件1 二). */
export interface ApplicationItem {
  readonly name: string;
  /** 三1(3): a question bank for the item. */
  readonly questionBank?: boolean;
  /** 三1(5): when training and assessment in the item began. */
  readonly trainingSince?: DateInput;
  /** 三1(4): the unit helped write the item's assessment specification (a priority, not a bar). */
  readonly helpedWriteSpecification?: boolean;
  /** 附件1 二 「有无考核规范」. */
  readonly hasSpecification?: boolean;
  /** 附件1 二 「能否组织开展培训」. */
  readonly canTrain?: boolean;
}

/**
 * An application to be an assessment institution: the 附件1 form, the evidence of 三1 and the
 * documents of 三2. Every optional field left out is reported as missing, never read as false.
 */
export interface InstitutionApplication {
  readonly name: string;
  readonly creditCode: string;
  /** 三 「企业、院校、社会团体、职业技能培训机构等」: another kind is a warning (the bureau decides). */
  readonly kind: OpenWord<InstitutionKind>;
  // 附件1 form fields (materials.form)
  readonly address?: string;
  readonly registrationAuthority?: string;
  readonly legalRepresentative?: string;
  /** As written on the form, e.g. `'500万元'`. */
  readonly registeredCapital?: string;
  readonly contact?: { readonly person: string; readonly title: string; readonly phone: string; readonly email: string };
  readonly integrityPledgeSigned?: boolean;
  /** materials.work_plan; a minimum (附件2 「可根据自身情况增加内容」): other sections are accepted. */
  readonly workPlanSections?: readonly OpenWord<WorkPlanSection>[];
  /** Where the unit is registered: `'370402'` or `'市中区'`; one of Zaozhuang's six. */
  readonly registrationDistrict: string;
  /** The district bureau the application was filed with (selection.filing). */
  readonly filedWithDistrict?: string;
  readonly applicationDate: DateInput;
  readonly legalPerson?: boolean;
  readonly goodCredit?: boolean;
  readonly violationRecords?: number;
  /** 三1(2), a minimum (「……等」): other rules are accepted. */
  readonly rules?: readonly OpenWord<RuleDocument>[];
  readonly dedicatedUnit?: boolean;
  readonly staff?: { readonly fullTime: number; readonly assessors: number; readonly supervisors: number };
  readonly facilities?: { readonly site: boolean; readonly equipment: boolean; readonly videoSurveillance: boolean };
  readonly items: readonly ApplicationItem[];
  readonly stableFunding?: boolean;
  readonly nonProfit?: boolean;
  readonly acceptsSupervision?: boolean;
  /** 三2, a minimum (附件1 备注 「附加证明材料」): other documents are accepted. */
  readonly materials?: readonly OpenWord<Material>[];
}

/** The catalogue an item must come from (一). */
export interface Catalog {
  /** 《山东省专项职业能力考核项目目录》, or the city's catalogue drawn from it. */
  readonly provincialItems: readonly string[];
  /** The occupations (工种) of 《中华人民共和国职业分类大典（2022年版）》. */
  readonly occupations2022?: readonly string[];
}
