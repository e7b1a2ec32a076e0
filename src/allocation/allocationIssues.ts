import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import type { Policy } from '../core/policy.js';
import { generalSeverity } from '../core/severity.js';
import { ALLOCATION_MESSAGES } from './messages.js';
import type { Row } from './rows.js';

/** The numbers of the policy the allocation limits read. @internal */
export const ALLOCATION_POLICY = ['maxInstitutionsPerItemInCity', 'maxInstitutionsPerItemInDistrict', 'maxItemsPerInstitution', 'generalLimits'] as const;

/** Those numbers, as read. @internal */
export type AllocationPolicy = Pick<Policy, (typeof ALLOCATION_POLICY)[number]>;

/** The `allocation.city` issue. @internal */
export function cityIssue(row: Row, count: number, policy: AllocationPolicy, path: readonly (string | number)[]): RuleIssue {
  return issueFrom(ALLOCATION_MESSAGES, 'allocation_city_exceeded', 'allocation.city', {
    severity: generalSeverity(policy),
    path,
    expected: policy.maxInstitutionsPerItemInCity,
    received: count,
    params: { item: row.item },
  });
}

/** The `allocation.district` issue. @internal */
export function districtIssue(row: Row, other: Row, policy: AllocationPolicy, path: readonly (string | number)[]): RuleIssue {
  return issueFrom(ALLOCATION_MESSAGES, 'allocation_district_taken', 'allocation.district', {
    path,
    expected: policy.maxInstitutionsPerItemInDistrict,
    received: row.institution,
    params: {
      item: row.item,
      district: row.district.name,
      districtEn: `${row.district.nameEn} (${row.district.code})`,
      institution: row.institution,
      other: other.institution,
    },
  });
}

/**
 * The `allocation.district` issue of an institution approved in a second district (三3(1): 向其注册地
 * 所在区（市）人力资源社会保障局提出申请; 五: 在本区（市）范围内开展考核). @internal
 */
export function homeDistrictIssue(row: Row, home: Row, path: readonly (string | number)[]): RuleIssue {
  return issueFrom(ALLOCATION_MESSAGES, 'allocation_institution_two_districts', 'allocation.district', {
    path,
    expected: home.district.name,
    received: row.district.name,
    params: {
      institution: row.institution,
      district: row.district.name,
      districtEn: `${row.district.nameEn} (${row.district.code})`,
      home: home.district.name,
      homeEn: `${home.district.nameEn} (${home.district.code})`,
    },
  });
}

/** The `allocation.items` issue. @internal */
export function itemsIssue(row: Row, count: number, policy: AllocationPolicy, path: readonly (string | number)[]): RuleIssue {
  return issueFrom(ALLOCATION_MESSAGES, 'allocation_items_exceeded', 'allocation.items', {
    path,
    expected: policy.maxItemsPerInstitution,
    received: count,
    params: { institution: row.institution },
  });
}
