import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation, checkNewAssignment, definePolicy, ZAOZHUANG_DISTRICTS } from '../../src/index.js';
import type { Assignment } from '../../src/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

const DISTRICTS = ZAOZHUANG_DISTRICTS.map((d) => d.code);
const a = (institution: string, item: string, district: string): Assignment => ({ institution, item, district });
const spread = (n: number, item = '面点制作'): Assignment[] => DISTRICTS.slice(0, n).map((d, i) => a(`机构${i + 1}`, item, d));

const cases: { name: string; existing: Assignment[]; proposed: Assignment; codes: string[] }[] = [
  { name: 'an empty table', existing: [], proposed: a('A', 'x', '370402'), codes: [] },
  { name: 'the 5th institution for an item city-wide', existing: spread(4), proposed: a('新', '面点制作', '370481'), codes: [] },
  { name: 'the 6th institution for an item city-wide: a warning', existing: spread(5), proposed: a('新', '面点制作', '370481'), codes: ['allocation_city_exceeded'] },
  { name: 'an institution already counted city-wide, in a new district: one institution, one district', existing: [...spread(5), a('新', '面点制作', '370405')].slice(1), proposed: a('新', '面点制作', '370402'), codes: ['allocation_institution_two_districts'] },
  { name: 'a second institution in a district', existing: [a('A', 'x', '370402')], proposed: a('B', 'x', '市中区'), codes: ['allocation_district_taken'] },
  { name: 'the same item in another district', existing: [a('A', 'x', '370402')], proposed: a('B', 'x', '370403'), codes: [] },
  { name: 'a second item for an institution', existing: [a('A', 'x', '370402')], proposed: a('A', 'y', '370402'), codes: [] },
  { name: 'a third item for an institution', existing: [a('A', 'x', '370402'), a('A', 'y', '370402')], proposed: a('A', 'z', '370402'), codes: ['allocation_items_exceeded'] },
  { name: 'an existing item for an institution, in a new district', existing: [a('A', 'x', '370402'), a('A', 'y', '370402')], proposed: a('A', 'x', '370403'), codes: ['allocation_institution_two_districts'] },
  { name: 'an assignment already in the table', existing: [a('A', 'x', '370402')], proposed: a('A', 'x', '市中区'), codes: ['assignment_exists'] },
  { name: 'issues the table already has are not repeated', existing: [a('A', 'x', '370402'), a('B', 'x', '370402')], proposed: a('C', 'y', '370403'), codes: [] },
  { name: 'every limit at once', existing: [...spread(5, 'x'), a('Q', 'y', '370402'), a('Q', 'z', '370403')], proposed: a('Q', 'x', '370402'), codes: ['allocation_city_exceeded', 'allocation_district_taken', 'allocation_items_exceeded'] },
  { name: 'an unknown district in the proposal', existing: [], proposed: a('A', 'x', '370400'), codes: ['unknown_district'] },
  { name: 'a bad row in the table', existing: [a('A', 'x', '')], proposed: a('B', 'x', '370402'), codes: ['missing_field'] },
];

describe('checkNewAssignment (三: allocation.*)', () => {
  it.each(cases)('$name', ({ existing, proposed, codes }) => {
    expect(codesOf(checkNewAssignment(existing, proposed))).toEqual(codes);
  });

  it('points at the proposal, and names the institution already there', () => {
    const [issue] = checkNewAssignment([a('甲', 'x', '370402')], a('乙', 'x', '370402')).issues;
    expect(issue).toMatchObject({ path: ['proposed', 'district'], clause: 'allocation.district', severity: 'error' });
    expect(issue?.message).toContain('甲');
    const strict = checkNewAssignment(spread(5), a('新', '面点制作', '370481'), { policy: definePolicy({ generalLimits: 'error' }) });
    expect(strict.ok).toBe(false);
  });

  it('gives the exact issues of a proposal that breaks every limit', () => {
    const existing = [...spread(5, 'x'), a('Q', 'y', '370402'), a('Q', 'z', '370403')];
    expect(checkNewAssignment(existing, a('Q', 'x', '市中区')).issues).toEqual([
      {
        code: 'allocation_city_exceeded',
        severity: 'warning',
        clause: 'allocation.city',
        message: '全市范围内考核项目“x”对应6家考核机构，一般不超过5家',
        messageEn: 'Item "x" has 6 institutions city-wide; generally no more than 5',
        path: ['proposed', 'item'],
        expected: 5,
        received: 6,
      },
      {
        code: 'allocation_district_taken',
        severity: 'error',
        clause: 'allocation.district',
        message: '市中区的考核项目“x”已对应考核机构“机构1”，不能再对应“Q”，每个区（市）每个项目只能对应1家考核机构',
        messageEn: 'Item "x" in Shizhong District (370402) already has "机构1"; "Q" would exceed 1 institution per item in a district',
        path: ['proposed', 'district'],
        expected: 1,
        received: 'Q',
      },
      {
        code: 'allocation_items_exceeded',
        severity: 'error',
        clause: 'allocation.items',
        message: '考核机构“Q”对应3个考核项目，不得超过2个',
        messageEn: 'Institution "Q" has 3 items; no more than 2 are allowed',
        path: ['proposed', 'institution'],
        expected: 2,
        received: 3,
      },
    ]);
  });

  it('reads the district limit from the policy: a 2nd institution allowed, a 3rd taken', () => {
    const policy = definePolicy({ maxInstitutionsPerItemInDistrict: 2 });
    expect(codesOf(checkNewAssignment([a('甲', 'x', '370402')], a('乙', 'x', '370402'), { policy }))).toEqual([]);
    const [issue, ...rest] = checkNewAssignment([a('甲', 'x', '370402'), a('乙', 'x', '370402')], a('丙', 'x', '370402'), { policy }).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'allocation_district_taken', expected: 2, received: '丙', path: ['proposed', 'district'] });
    expect(issue?.message).toBe('市中区的考核项目“x”已对应考核机构“甲”，不能再对应“丙”，每个区（市）每个项目只能对应2家考核机构');
  });

  it('refuses limits of 0, which would flag nothing, and applies limits of 1', () => {
    const zero = { ...definePolicy({}), maxInstitutionsPerItemInDistrict: 0 };
    expect(codesOf(checkNewAssignment([a('B', 'x', '370402')], a('A', 'x', '370402'), { policy: zero }))).toEqual(['invalid_option']);
    const one = definePolicy({ maxInstitutionsPerItemInCity: 1, maxItemsPerInstitution: 1 });
    expect(codesOf(checkNewAssignment([a('B', 'y', '370403')], a('A', 'x', '370402'), { policy: one }))).toEqual([]);
    expect(codesOf(checkNewAssignment([a('B', 'x', '370403'), a('A', 'y', '370402')], a('A', 'x', '370402'), { policy: one }))).toEqual([
      'allocation_city_exceeded',
      'allocation_items_exceeded',
    ]);
  });

  it('gives the exact warning of a proposal already in the table', () => {
    expect(checkNewAssignment([a('B', 'y', '370403'), a('A', 'x', '370402')], a('A', 'x', '市中区'))).toEqual({
      ok: true,
      issues: [
        {
          code: 'assignment_exists',
          severity: 'warning',
          clause: 'allocation.district',
          message: '该对应关系已存在（第2条），不会超出任何限制',
          messageEn: 'This assignment already exists (assignment 2); it changes nothing',
          path: ['proposed'],
        },
      ],
    });
  });

  // The message names the field in words: 拟新增对应关系的区（市）, 第2条已有的对应关系的区（市）.
  const missingDistrict = (path: (string | number)[]) => {
    const [zh, en] = path[0] === 'proposed' ? ['拟新增对应关系的区（市）', 'district of the proposed assignment'] : [`第${Number(path[1]) + 1}条已有的对应关系的区（市）`, `existing assignments no. ${Number(path[1]) + 1}, district`];
    return {
      code: 'missing_field',
      severity: 'error',
      clause: 'allocation.district',
      message: `未填写${zh}`,
      messageEn: `${en} is missing`,
      path: [...path, 'district'],
    };
  };

  it('reports unreadable rows of the table at their path', () => {
    expect(checkNewAssignment([a('A', 'x', '370402'), a('A', 'y', '')], a('B', 'z', '370402')).issues).toEqual([missingDistrict(['existing', 1])]);
  });

  it('reports a bad proposal and every bad row of the table', () => {
    expect(checkNewAssignment([a('A', 'x', '370402'), a('A', 'y', ''), a('A', 'z', '')], a('B', 'x', '')).issues).toEqual([
      missingDistrict(['proposed']),
      missingDistrict(['existing', 1]),
      missingDistrict(['existing', 2]),
    ]);
  });

  it('gives the exact issue of a table that is not an array, and still reads the proposal', () => {
    const notArray = {
      code: 'invalid_input',
      severity: 'error',
      clause: 'allocation.district',
      message: '输入有误：已有的对应关系应为列表',
      messageEn: 'Invalid input: existing must be an array',
      path: ['existing'],
      received: '"A"',
    };
    expect(checkNewAssignment('A' as never, a('B', 'x', '370402')).issues).toEqual([notArray]);
    expect(checkNewAssignment('A' as never, a('B', 'x', '')).issues).toEqual([notArray, missingDistrict(['proposed'])]);
    expect(checkNewAssignment([], 'A' as never).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'allocation.district',
        message: '输入有误：每条对应关系应为对象',
        messageEn: 'Invalid input: an assignment must be an object',
        path: ['proposed'],
        received: '"A"',
      },
    ]);
  });

  it('gives the issues that checkAllocation would add for the new row', () => {
    const row = fc.record({
      institution: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'),
      item: fc.constantFrom('x', 'y', 'z'),
      district: fc.constantFrom(...DISTRICTS),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), row, (existing, proposed) => {
        const before = checkAllocation(existing).issues.filter((i) => i.code !== 'assignment_duplicate');
        const after = checkAllocation([...existing, proposed]).issues.filter((i) => i.code !== 'assignment_duplicate');
        const added = (code: string) => after.filter((i) => i.code === code && i.path?.[0] === existing.length).length;
        const got = codesOf(checkNewAssignment(existing, proposed)).filter((c) => c !== 'assignment_exists');
        for (const code of ['allocation_district_taken', 'allocation_institution_two_districts', 'allocation_items_exceeded']) {
          expect(got.filter((c) => c === code).length).toBe(added(code));
        }
        const cityBefore = before.filter((i) => i.code === 'allocation_city_exceeded').length;
        const cityAfter = after.filter((i) => i.code === 'allocation_city_exceeded').length;
        const cityNew = got.includes('allocation_city_exceeded');
        if (cityAfter > cityBefore) expect(cityNew).toBe(true);
      }),
    );
  });

  it('never throws', () => {
    for (const value of hostileValues()) {
      codesOf(checkNewAssignment(value as never, a('A', 'x', '370402')));
      expect(checkNewAssignment([], value as never).ok).toBe(false);
      codesOf(checkNewAssignment([value] as never, a('A', 'x', '370402')));
      codesOf(checkNewAssignment([], a('A', 'x', '370402'), value as never));
    }
  });
});

describe('checkNewAssignment and checkAllocation: one algorithm', () => {
  // Names and districts as a table is written: codes and names, full-width and spaced variants.
  const row = fc.record({
    institution: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'Ｇ', ' G'),
    item: fc.constantFrom('x', 'y', 'z', 'ｘ'),
    district: fc.constantFrom(...DISTRICTS, '市中区', '滕州'),
  });
  const limits = fc.record({
    maxInstitutionsPerItemInCity: fc.integer({ min: 1, max: 6 }),
    maxInstitutionsPerItemInDistrict: fc.integer({ min: 1, max: 3 }),
    maxItemsPerInstitution: fc.integer({ min: 1, max: 3 }),
    generalLimits: fc.constantFrom('warning' as const, 'error' as const),
  });
  const FIELD: Readonly<Record<string, string>> = {
    allocation_city_exceeded: 'item',
    allocation_district_taken: 'district',
    allocation_institution_two_districts: 'district',
    allocation_items_exceeded: 'institution',
  };
  const ORDER = Object.keys(FIELD);

  it('gives exactly the issues checkAllocation finds at the proposal, as the last row of the table (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), row, limits, (existing, proposed, numbers) => {
        const options = { policy: definePolicy(numbers) };
        const at = existing.length;
        const atProposal = checkAllocation([...existing, proposed], options).issues.filter((i) => i.path?.[0] === at);
        const got = checkNewAssignment(existing, proposed, options).issues;
        const duplicate = atProposal.find((i) => i.code === 'assignment_duplicate');
        if (duplicate !== undefined) {
          // The same assignment again: one warning that says so, naming the same earlier row.
          expect(got.map((i) => [i.code, i.severity, i.path])).toEqual([['assignment_exists', 'warning', ['proposed']]]);
          expect(got[0]?.message.match(/\d+/)?.[0]).toBe(duplicate.message.match(/\d+/)?.[0]);
          return;
        }
        const expected = atProposal
          .map((i) => ({ ...i, path: ['proposed', FIELD[i.code] ?? '?'] }))
          .sort((p, q) => ORDER.indexOf(p.code) - ORDER.indexOf(q.code));
        expect(got).toEqual(expected);
      }),
    );
  });

  it('does not repeat a city-wide issue the table already has (property)', () => {
    // Compared as checkAllocation compares names: NFKC, white space removed.
    const key = (name: string) => name.normalize('NFKC').replace(/\s+/gu, '');
    let exercised = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), row, limits, (existing, proposed, numbers) => {
        const options = { policy: definePolicy(numbers) };
        const sameItem = (i: { path?: readonly (string | number)[] }) => key(existing[Number(i.path?.[0])]?.item ?? '') === key(proposed.item);
        const before = checkAllocation(existing, options).issues.filter((i) => i.code === 'allocation_city_exceeded' && sameItem(i));
        if (before.length === 0) return;
        expect(codesOf(checkNewAssignment(existing, proposed, options))).not.toContain('allocation_city_exceeded');
        // A further institution for that item: the case a second algorithm could report again.
        if (!existing.some((r) => key(r.item) === key(proposed.item) && key(r.institution) === key(proposed.institution))) exercised += 1;
      }),
    );
    expect(exercised).toBeGreaterThan(0);
  });

});
