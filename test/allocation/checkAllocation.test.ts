import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation, definePolicy, ZAOZHUANG_DISTRICTS } from '../../src/index.js';
import type { Assignment } from '../../src/index.js';
import { codesOf, hostileValues } from '../helpers/expect.js';

const DISTRICTS = ZAOZHUANG_DISTRICTS.map((d) => d.code);
const a = (institution: string, item: string, district: string): Assignment => ({ institution, item, district });
/** `n` institutions for one item, each in its own district (n ≤ 6), each with that item only. */
const spread = (n: number, item = '面点制作'): Assignment[] => DISTRICTS.slice(0, n).map((d, i) => a(`机构${i + 1}`, item, d));

const cases: { name: string; input: Assignment[]; codes: string[]; clauses?: string[] }[] = [
  { name: 'empty table', input: [], codes: [] },
  { name: '4 institutions for an item city-wide', input: spread(4), codes: [] },
  { name: '5 institutions for an item city-wide (the limit)', input: spread(5), codes: [] },
  { name: '6 institutions for an item city-wide: a warning (一般)', input: spread(6), codes: ['allocation_city_exceeded'], clauses: ['allocation.city'] },
  { name: '1 institution for an item in a district', input: [a('A', '面点制作', '370402')], codes: [] },
  { name: '2 institutions for an item in a district', input: [a('A', '面点制作', '370402'), a('B', '面点制作', '370402')], codes: ['allocation_district_taken'], clauses: ['allocation.district'] },
  { name: '2 institutions, one district by code and one by name', input: [a('A', '面点制作', '370402'), a('B', '面点制作', '市中区')], codes: ['allocation_district_taken'] },
  { name: '2 institutions, by full name and short name', input: [a('A', '面点制作', '枣庄市滕州市'), a('B', '面点制作', '滕州')], codes: ['allocation_district_taken'] },
  { name: '3 institutions for an item in a district: two errors', input: [a('A', 'x', '370402'), a('B', 'x', '370402'), a('C', 'x', '370402')], codes: ['allocation_district_taken', 'allocation_district_taken'] },
  { name: 'the same item in two districts', input: [a('A', 'x', '370402'), a('B', 'x', '370403')], codes: [] },
  {
    name: 'seven items, one institution each: the 7th item in 市中区 does not clash with the 1st in 薛城区',
    input: [a('P0', '项目0', '370403'), ...[1, 2, 3, 4, 5, 6].map((n) => a(`P${n}`, `项目${n}`, '370402'))],
    codes: [],
  },
  { name: '1 item for an institution', input: [a('A', 'x', '370402')], codes: [] },
  { name: '2 items for an institution (the limit)', input: [a('A', 'x', '370402'), a('A', 'y', '370402')], codes: [] },
  { name: '3 items for an institution', input: [a('A', 'x', '370402'), a('A', 'y', '370402'), a('A', 'z', '370402')], codes: ['allocation_items_exceeded'], clauses: ['allocation.items'] },
  { name: '4 items for an institution: two errors', input: [a('A', 'w', '370402'), a('A', 'x', '370402'), a('A', 'y', '370402'), a('A', 'z', '370402')], codes: ['allocation_items_exceeded', 'allocation_items_exceeded'] },
  {
    name: 'one institution with its 2nd item in another district (三3(1), 五: one institution, one district)',
    input: [a('A', 'x', '370403'), a('A', 'y', '370402'), a('B', 'z', '370404'), a('C', 'w', '370405'), a('D', 'v', '370406')],
    codes: ['allocation_institution_two_districts'],
  },
  {
    name: 'one institution with its two items in its one district',
    input: [a('A', 'x', '370403'), a('A', 'y', '薛城区'), a('B', 'z', '370404')],
    codes: [],
  },
  {
    name: 'the same item for one institution in two districts: one item, but two districts',
    input: [a('A', 'x', '370402'), a('A', 'x', '370403'), a('A', 'y', '370402')],
    codes: ['allocation_institution_two_districts'],
  },
  {
    name: 'one institution in three districts: the second and the third row',
    input: [a('A', 'x', '370402'), a('A', 'x', '370403'), a('A', 'x', '370404')],
    codes: ['allocation_institution_two_districts', 'allocation_institution_two_districts'],
  },
  { name: 'a repeated row counts once', input: [a('A', 'x', '370402'), a('A', 'x', '市中区')], codes: ['assignment_duplicate'] },
  { name: 'item names compared after NFKC and without spaces', input: [a('A', '面点制作（初级）', '370402'), a('B', '面点制作 (初级)', '370402')], codes: ['allocation_district_taken'] },
  { name: 'an unknown district', input: [a('A', 'x', '370400')], codes: ['unknown_district'] },
  { name: 'a district of another city', input: [a('A', 'x', '历下区')], codes: ['unknown_district'] },
  { name: 'a missing institution, item and district', input: [{} as Assignment], codes: ['missing_field', 'missing_field', 'missing_field'] },
  { name: 'a row that is not an object', input: [null as unknown as Assignment], codes: ['invalid_input'] },
  { name: 'a blank institution', input: [a('  ', 'x', '370402')], codes: ['missing_field'] },
  { name: 'a number as item', input: [{ institution: 'A', item: 3, district: '370402' } as unknown as Assignment], codes: ['invalid_input'] },
  // The rows' own issues and the limits' issues, merged in row order.
  { name: 'a row that cannot be read after a broken limit', input: [a('A', 'x', '370402'), a('B', 'x', '370402'), null as unknown as Assignment], codes: ['allocation_district_taken', 'invalid_input'] },
  { name: 'a row that cannot be read before a broken limit', input: [a('A', 'x', '370402'), null as unknown as Assignment, a('B', 'x', '370402')], codes: ['invalid_input', 'allocation_district_taken'] },
  {
    name: 'rows that cannot be read between broken limits',
    input: [a('A', 'x', '370402'), a('B', 'x', '370402'), { institution: 'C' } as Assignment, a('D', 'x', '370402'), null as unknown as Assignment],
    codes: ['allocation_district_taken', 'missing_field', 'missing_field', 'allocation_district_taken', 'invalid_input'],
  },
  {
    name: 'every limit broken at once, listed in row order',
    input: [...spread(6), a('B2', '面点制作', '370402'), a('机构1', '剪纸', '370402'), a('机构1', '刺绣', '370402')],
    codes: ['allocation_city_exceeded', 'allocation_district_taken', 'allocation_items_exceeded'],
  },
];

describe('checkAllocation (三: allocation.city, allocation.district, allocation.items)', () => {
  it.each(cases)('$name', ({ input, codes, clauses }) => {
    const result = checkAllocation(input);
    expect(codesOf(result)).toEqual(codes);
    expect(result.ok).toBe(result.issues.every((i) => i.severity === 'warning'));
    if (clauses) expect(result.issues.map((i) => i.clause)).toEqual(clauses);
  });

  it('the city-wide limit is a warning, an error under generalLimits: error', () => {
    const lenient = checkAllocation(spread(6));
    expect(lenient.ok).toBe(true);
    expect(lenient.issues[0]).toMatchObject({ severity: 'warning', expected: 5, received: 6, path: [5] });
    const strict = checkAllocation(spread(6), { policy: definePolicy({ generalLimits: 'error' }) });
    expect(strict.ok).toBe(false);
    expect(strict.issues[0]?.severity).toBe('error');
  });

  it('reads the limits from the policy', () => {
    const policy = definePolicy({ maxInstitutionsPerItemInCity: 3, maxItemsPerInstitution: 1 });
    expect(codesOf(checkAllocation(spread(4), { policy }))).toEqual(['allocation_city_exceeded']);
    expect(codesOf(checkAllocation([a('A', 'x', '370402'), a('A', 'y', '370402')], { policy }))).toEqual(['allocation_items_exceeded']);
  });

  it('reads the district limit from the policy: 2 allowed, the 3rd is taken', () => {
    const policy = definePolicy({ maxInstitutionsPerItemInDistrict: 2 });
    const two = [a('甲', '面点制作', '370402'), a('乙', '面点制作', '370402')];
    expect(codesOf(checkAllocation(two, { policy }))).toEqual([]);
    expect(checkAllocation([...two, a('丙', '面点制作', '370402')], { policy }).issues).toEqual([
      {
        code: 'allocation_district_taken',
        severity: 'error',
        clause: 'allocation.district',
        message: '市中区的考核项目“面点制作”已对应考核机构“甲”，不能再对应“丙”，每个区（市）每个项目只能对应2家考核机构',
        messageEn: 'Item "面点制作" in Shizhong District (370402) already has "甲"; "丙" would exceed 2 institution per item in a district',
        path: [2],
        expected: 2,
        received: '丙',
      },
    ]);
  });

  it('refuses limits of 0, which would flag nothing (a district limit of 0 let any number through)', () => {
    const zero = { ...definePolicy({}), maxInstitutionsPerItemInCity: 0, maxInstitutionsPerItemInDistrict: 0, maxItemsPerInstitution: 0 };
    const result = checkAllocation([a('A', 'x', '370402'), a('B', 'x', '370402')], { policy: zero });
    expect(result.ok).toBe(false);
    expect(codesOf(result)).toEqual(['invalid_option', 'invalid_option', 'invalid_option']);
    expect(() => definePolicy({ maxInstitutionsPerItemInDistrict: 0 })).toThrow(/maxInstitutionsPerItemInDistrict/);
  });

  it('applies limits of 1, the least a policy may set', () => {
    const policy = definePolicy({ maxInstitutionsPerItemInCity: 1, maxItemsPerInstitution: 1 });
    expect(codesOf(checkAllocation([a('A', 'x', '370402')], { policy }))).toEqual([]);
    expect(codesOf(checkAllocation([a('A', 'x', '370402'), a('A', 'y', '370402'), a('B', 'x', '370403')], { policy }))).toEqual([
      'allocation_items_exceeded',
      'allocation_city_exceeded',
    ]);
  });

  it('gives the exact city-wide issue, counted for its own item', () => {
    // 剪纸 comes first, so 面点制作 is not the first item: its count is its own.
    expect(checkAllocation([a('甲', '剪纸', '370402'), ...spread(6)]).issues).toEqual([
      {
        code: 'allocation_city_exceeded',
        severity: 'warning',
        clause: 'allocation.city',
        message: '全市范围内考核项目“面点制作”对应6家考核机构，一般不超过5家',
        messageEn: 'Item "面点制作" has 6 institutions city-wide; generally no more than 5',
        path: [6],
        expected: 5,
        received: 6,
      },
    ]);
  });

  it('names the first institution of the district at every later row', () => {
    const taken = (institution: string, path: number) => ({
      code: 'allocation_district_taken',
      severity: 'error',
      clause: 'allocation.district',
      message: `市中区的考核项目“面点制作”已对应考核机构“甲”，不能再对应“${institution}”，每个区（市）每个项目只能对应1家考核机构`,
      messageEn: `Item "面点制作" in Shizhong District (370402) already has "甲"; "${institution}" would exceed 1 institution per item in a district`,
      path: [path],
      expected: 1,
      received: institution,
    });
    const table = [a('甲', '面点制作', '370402'), a('乙', '面点制作', '市中区'), a('丙', '面点制作', '市中')];
    expect(checkAllocation(table).issues).toEqual([taken('乙', 1), taken('丙', 2)]);
  });

  it('gives the exact issue of an institution in a second district', () => {
    expect(checkAllocation([a('A', 'x', '370402'), a('A', 'y', '370403')]).issues).toEqual([
      {
        code: 'allocation_institution_two_districts',
        severity: 'error',
        clause: 'allocation.district',
        message: '考核机构“A”已在市中区承担考核，不能再在薛城区承担：考核机构向注册地所在区（市）申请，在本区（市）范围内开展考核',
        messageEn:
          'Institution "A" already assesses in Shizhong District (370402); it cannot also assess in Xuecheng District (370403): an institution applies to, and assesses in, the district where it is registered',
        path: [1],
        expected: '市中区',
        received: '薛城区',
      },
    ]);
  });

  it('gives the exact issue of a third item', () => {
    expect(checkAllocation([a('A', 'x', '370402'), a('A', 'y', '370402'), a('A', 'z', '370402')]).issues).toEqual([
      {
        code: 'allocation_items_exceeded',
        severity: 'error',
        clause: 'allocation.items',
        message: '考核机构“A”对应3个考核项目，不得超过2个',
        messageEn: 'Institution "A" has 3 items; no more than 2 are allowed',
        path: [2],
        expected: 2,
        received: 3,
      },
    ]);
  });

  it('gives the exact issue of a repeated row (rows counted from 1 in the message, the path keeps the index)', () => {
    expect(checkAllocation([a('A', 'x', '370402'), a('B', 'y', '370403'), a('A', 'x', '市中区')]).issues).toEqual([
      {
        code: 'assignment_duplicate',
        severity: 'warning',
        clause: 'allocation.district',
        message: '该对应关系与第1条重复，只计一次',
        messageEn: 'This assignment repeats assignment 1; it counts once',
        path: [2],
      },
    ]);
  });

  it('gives the exact issues of unreadable input', () => {
    expect(checkAllocation('面点制作' as never)).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_input',
          severity: 'error',
          clause: 'allocation.district',
          message: '输入有误：考核项目与考核机构的对应关系应为列表',
          messageEn: 'Invalid input: assignments must be an array',
          path: ['assignments'],
          received: '"面点制作"',
        },
      ],
    });
    expect(checkAllocation([a('A', 'x', '370402'), null as never]).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'allocation.district',
        message: '输入有误：每条对应关系应为对象',
        messageEn: 'Invalid input: an assignment must be an object',
        path: [1],
        received: 'null',
      },
    ]);
    expect(checkAllocation([{ institution: 'A', item: 3, district: '370402' } as never]).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'allocation.city',
        message: '输入有误：第1条对应关系的考核项目应为文字',
        messageEn: 'Invalid input: assignment no. 1, assessment item must be a string',
        path: [0, 'item'],
        received: '3',
      },
    ]);
    expect(checkAllocation([{ institution: ['A'], item: 'x', district: '370402' } as never]).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'allocation.items',
        message: '输入有误：第1条对应关系的考核机构应为文字',
        messageEn: 'Invalid input: assignment no. 1, assessment institution must be a string',
        path: [0, 'institution'],
        received: 'array',
      },
    ]);
    const WORDS: Record<string, [string, string]> = { institution: ['考核机构', 'assessment institution'], item: ['考核项目', 'assessment item'], district: ['区（市）', 'district'] };
    const missing = (name: string, clause: string) => {
      const [zh, en] = WORDS[name]!;
      return { code: 'missing_field', severity: 'error', clause, message: `未填写第1条对应关系的${zh}`, messageEn: `assignment no. 1, ${en} is missing`, path: [0, name] };
    };
    expect(checkAllocation([{ item: '', district: '' } as never]).issues).toEqual([
      missing('institution', 'allocation.items'),
      missing('item', 'allocation.city'),
      missing('district', 'allocation.district'),
    ]);
    expect(checkAllocation([a('A', 'x', '370400')]).issues).toEqual([
      {
        code: 'unknown_district',
        severity: 'error',
        clause: 'allocation.district',
        message: '“370400”不是枣庄市的区（市），应为市中区（370402）、薛城区（370403）、峄城区（370404）、台儿庄区（370405）、山亭区（370406）、滕州市（370481）之一',
        messageEn: '"370400" is not a district of Zaozhuang: expected one of 370402 市中区, 370403 薛城区, 370404 峄城区, 370405 台儿庄区, 370406 山亭区, 370481 滕州市',
        path: [0, 'district'],
        received: '"370400"',
      },
    ]);
  });

  it('names the district, the item and both institutions', () => {
    const [issue] = checkAllocation([a('甲', '面点制作', '370402'), a('乙', '面点制作', '市中区')]).issues;
    expect(issue).toMatchObject({ path: [1], severity: 'error' });
    expect(issue?.message).toContain('市中区');
    expect(issue?.message).toContain('甲');
    expect(issue?.message).toContain('乙');
    expect(issue?.messageEn).toContain('Shizhong');
  });

  it('agrees with a naive count on random tables', () => {
    const row = fc.record({
      institution: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G'),
      item: fc.constantFrom('x', 'y', 'z'),
      district: fc.constantFrom(...DISTRICTS, ...ZAOZHUANG_DISTRICTS.map((d) => d.name)),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const code = (d: string) => ZAOZHUANG_DISTRICTS.find((x) => x.code === d || x.name === d)!.code;
        const unique = [...new Map(rows.map((r) => [`${r.institution}|${r.item}|${code(r.district)}`, r])).values()];
        const count = (key: (r: Assignment) => string, member: (r: Assignment) => string) => {
          const m = new Map<string, Set<string>>();
          for (const r of unique) m.set(key(r), (m.get(key(r)) ?? new Set()).add(member(r)));
          return [...m.values()].map((s) => s.size);
        };
        const city = count((r) => r.item, (r) => r.institution).filter((n) => n > 5).length;
        const district = count((r) => `${r.item}|${code(r.district)}`, (r) => r.institution).reduce((s, n) => s + Math.max(0, n - 1), 0);
        const items = count((r) => r.institution, (r) => r.item).reduce((s, n) => s + Math.max(0, n - 2), 0);
        const codes = codesOf(checkAllocation(rows));
        expect(codes.filter((c) => c === 'allocation_city_exceeded')).toHaveLength(city);
        expect(codes.filter((c) => c === 'allocation_district_taken')).toHaveLength(district);
        expect(codes.filter((c) => c === 'allocation_items_exceeded')).toHaveLength(items);
        expect(codes.filter((c) => c === 'assignment_duplicate')).toHaveLength(rows.length - unique.length);
      }),
    );
  });

  it('does not mutate its input, and never throws', () => {
    const table = Object.freeze(spread(6).map((r) => Object.freeze(r)));
    checkAllocation(table);
    for (const value of hostileValues()) {
      // only the empty array among the hostile values is a valid (empty) table
      if (checkAllocation(value as never).ok) expect(value).toEqual([]);
      codesOf(checkAllocation([value] as never));
      codesOf(checkAllocation(spread(2), value as never));
    }
    fc.assert(fc.property(fc.anything(), (value) => void codesOf(checkAllocation([value, a('A', 'x', '370402')] as never))));
  });
});

describe('checkAllocation with a policy that lacks its numbers (issue 12)', () => {
  it('{ policy: {} } is refused with one invalid_option per number it reads, never read as no limit', () => {
    const rows = [a('A', '面点制作', '370402'), a('B', '面点制作', '370402')];
    const result = checkAllocation(rows, { policy: {} } as never);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path, i.clause])).toEqual([
      ['invalid_option', ['policy', 'maxInstitutionsPerItemInCity'], 'policy.definition'],
      ['invalid_option', ['policy', 'maxInstitutionsPerItemInDistrict'], 'policy.definition'],
      ['invalid_option', ['policy', 'maxItemsPerInstitution'], 'policy.definition'],
      ['invalid_option', ['policy', 'generalLimits'], 'policy.definition'],
    ]);
  });

  it('a policy spread from ZAOZHUANG_2023 with an override applies the override', () => {
    const rows = [a('A', '面点制作', '370402'), a('B', '面点制作', '370402')];
    expect(codesOf(checkAllocation(rows, { policy: { ...definePolicy({}), maxInstitutionsPerItemInDistrict: 2 } }))).toEqual([]);
  });
});
