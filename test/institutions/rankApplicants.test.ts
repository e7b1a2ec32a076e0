import { describe, expect, it } from 'vitest';
import { definePolicy, rankApplicants } from '../../src/index.js';
import type { InstitutionApplication } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { CATALOG, sampleApplication } from './sample.js';

const app = (name: string, trainingSince: string, helped: boolean, overrides: Record<string, unknown> = {}): InstitutionApplication => {
  const base = sampleApplication();
  return sampleApplication({
    name,
    items: [{ ...base.items[0], trainingSince, helpedWriteSpecification: helped }],
    ...overrides,
  });
};

describe('rankApplicants (三1(4), 三1(5))', () => {
  it('puts those who helped write the specification first, then longer experience', () => {
    const a = app('甲', '2021-01-01', false);
    const b = app('乙', '2015-01-01', false);
    const c = app('丙', '2021-05-01', true);
    const d = app('丁', '2019-01-01', true);
    expect(rankApplicants([a, b, c, d]).map((r) => [r.application.name, r.rank])).toEqual([
      ['丁', 1], ['丙', 2], ['乙', 3], ['甲', 4],
    ]);
  });

  it('breaks ties by the earlier application date, then the name, then the order given', () => {
    // Same experience (730 days): the earlier application ranks first.
    const early = app('乙', '2021-05-01', false, { applicationDate: '2023-05-01' });
    const late = app('甲', '2021-06-01', false, { applicationDate: '2023-06-01' });
    expect(rankApplicants([late, early]).map((r) => r.application.name)).toEqual(['乙', '甲']);
    // Same experience and date: by name in code-point order (乙 U+4E59 before 甲 U+7532).
    const x = app('甲', '2021-06-01', false);
    const y = app('乙', '2021-06-01', false);
    expect(rankApplicants([x, y]).map((r) => r.application.name)).toEqual(['乙', '甲']);
    // Identical applications keep the order given.
    const first = app('同', '2021-06-01', false);
    const second = app('同', '2021-06-01', false);
    const ranked = rankApplicants([first, second]);
    expect(ranked[0]?.application).toBe(first);
    expect(ranked[1]?.application).toBe(second);
  });

  // Each key decides whichever order the two are given in, against the keys after it: the first
  // is named 甲 (U+7532), which the name alone would put after 乙 (U+4E59).
  const pairs: { key: string; first: InstitutionApplication; second: InstitutionApplication }[] = [
    { key: 'helped first, though with less experience', first: app('甲', '2021-06-01', true), second: app('乙', '2015-01-01', false) },
    { key: 'one day more of experience, though applied later', first: app('甲', '2021-05-31', false, { applicationDate: '2023-06-01' }), second: app('乙', '2021-05-31', false, { applicationDate: '2023-05-31' }) },
    { key: 'the same experience, the earlier application date', first: app('甲', '2021-05-01', false, { applicationDate: '2023-05-01' }), second: app('乙', '2021-06-01', false, { applicationDate: '2023-06-01' }) },
    { key: 'the same experience and date, the name first in code-point order', first: app('乙', '2021-06-01', false), second: app('甲', '2021-06-01', false) },
  ];
  it.each(pairs)('$key', ({ first, second }) => {
    for (const given of [[first, second], [second, first]]) {
      expect(rankApplicants(given).map((r) => [r.application, r.rank])).toEqual([[first, 1], [second, 2]]);
    }
  });

  it('gives the policy and the catalogue to the eligibility check', () => {
    const two = app('甲', '2021-06-01', false);
    expect(rankApplicants([two])).toEqual([{ application: two, item: '面点制作', district: '370403', eligible: true, rank: 1, result: { ok: true, issues: [] } }]);
    const [strict] = rankApplicants([two], { policy: definePolicy({ minTrainingYears: 3 }) });
    expect(strict).toMatchObject({ application: two, eligible: false, rank: null });
    expect(strict?.result.issues.map((i) => [i.code, i.expected, i.received])).toEqual([['experience_too_short', 3, 2]]);
    const [outside] = rankApplicants([two], { catalog: { ...CATALOG, provincialItems: ['剪纸'] } });
    expect(outside).toMatchObject({ application: two, eligible: false, rank: null });
    expect(outside?.result.issues.map((i) => [i.code, i.path])).toEqual([['item_not_in_catalog', ['items', 0, 'name']]]);
  });

  it('refuses a policy without the numbers of the eligibility check once, with SvaError, not as a failure of every applicant', () => {
    const two = app('甲', '2021-06-01', false);
    expect(svaErrorOf(() => rankApplicants([two], { policy: {} } as never)).issues.map((i) => [i.code, i.clause, i.path])).toEqual([
      ['invalid_option', 'policy.definition', ['policy', 'minTrainingYears']],
      ['invalid_option', 'policy.definition', ['policy', 'maxItemsPerInstitution']],
      ['invalid_option', 'policy.definition', ['policy', 'effectiveFrom']],
    ]);
    const spread = { ...definePolicy({}), minTrainingYears: 3 };
    expect(rankApplicants([two], { policy: spread })[0]).toMatchObject({ eligible: false, rank: null });
  });

  it('throws SvaError invalid_input for applications that are not an array', () => {
    expect(svaErrorOf(() => rankApplicants('甲' as never)).issues).toEqual([
      {
        code: 'invalid_input',
        severity: 'error',
        clause: 'eligibility.influence',
        message: '输入有误：参加排序的申请应为列表',
        messageEn: 'Invalid input: applications must be an array',
        path: ['applications'],
        received: '"甲"',
      },
    ]);
  });

  // Selection is per item per district: each (item, district) group is ranked on its own.
  it('ranks within each (item, district) group, on the item\u2019s own experience and priority', () => {
    const base = sampleApplication();
    const two = sampleApplication({
      name: '两项',
      items: [
        { ...base.items[0], trainingSince: '2021-06-01', helpedWriteSpecification: false },
        { ...base.items[1], trainingSince: '2010-01-01', helpedWriteSpecification: false },
      ],
    });
    const one = app('一项', '2015-01-01', false);
    const tengzhou = app('滕州', '2010-01-01', false, { registrationDistrict: '滕州市', filedWithDistrict: '370481' });
    const helpedLuxiu = sampleApplication({ name: '剪纸参与', items: [{ ...base.items[1], trainingSince: '2021-06-01', helpedWriteSpecification: true }] });
    expect(rankApplicants([one, two, tengzhou, helpedLuxiu]).map((r) => [r.item, r.district, r.application.name, r.rank])).toEqual([
      ['面点制作', '370403', '一项', 1],
      ['面点制作', '370403', '两项', 2],
      ['剪纸', '370403', '剪纸参与', 1],
      ['剪纸', '370403', '两项', 2],
      ['面点制作', '370481', '滕州', 1],
    ]);
  });

  it.each([
    { name: 'the same item written with a full-width space', items: ['面点制作', '面点\u3000制作'], groups: 1 },
    { name: 'two items', items: ['面点制作', '剪纸'], groups: 2 },
  ])('groups items compared as names are: $name', ({ items, groups }) => {
    const base = sampleApplication();
    const apps = items.map((name, i) => sampleApplication({ name: `单位${i}`, items: [{ ...base.items[0], name }] }));
    const ranked = rankApplicants(apps);
    expect(ranked.map((r) => r.item)).toEqual(items);
    expect(ranked.filter((r) => r.rank === 1)).toHaveLength(groups);
  });

  it('leaves the ineligible unranked, after the eligible, in the order given, with the reasons', () => {
    const ok = app('合格', '2020-01-01', false);
    const short = app('经历不足', '2022-01-01', true);
    const missing = sampleApplication({ name: '缺材料', materials: undefined });
    const ranked = rankApplicants([short, ok, missing]).filter((r) => r.item === '面点制作');
    expect(ranked.map((r) => [r.application.name, r.eligible, r.rank])).toEqual([
      ['合格', true, 1], ['经历不足', false, null], ['缺材料', false, null],
    ]);
    expect(ranked[1]?.result.issues.map((i) => i.code)).toEqual(['experience_too_short']);
    expect(ranked[2]?.result.issues.map((i) => i.code)).toEqual(['missing_field']);
  });

  it('an unknown priority answer ranks as "no"', () => {
    const unknown = app('未填', '2015-01-01', false, {});
    const unknownItems = sampleApplication({ name: '未填', items: [{ ...unknown.items[0], helpedWriteSpecification: undefined }] });
    const helped = app('参与', '2021-06-01', true);
    expect(rankApplicants([unknownItems, helped]).map((r) => r.application.name)).toEqual(['参与', '未填']);
  });

  // What an entry says of an application whose district or items cannot be read as such.
  it.each([
    { name: 'a district not of Zaozhuang: as given', overrides: { registrationDistrict: '济南市历下区' }, entries: [['面点制作', '济南市历下区', false, null]] },
    { name: 'a district by its Chinese name: its code', overrides: { registrationDistrict: '滕州市', filedWithDistrict: '370481' }, entries: [['面点制作', '370481', true, 1]] },
    { name: 'a district that is not a string: none', overrides: { registrationDistrict: 370403 }, entries: [['面点制作', '', false, null]] },
    { name: 'no district: none', overrides: { registrationDistrict: undefined }, entries: [['面点制作', '', false, null]] },
    { name: 'no items: one entry, no item', overrides: { items: [] }, entries: [['', '370403', false, null]] },
    { name: 'items that are not a list: one entry, no item', overrides: { items: '面点制作' }, entries: [['', '370403', false, null]] },
    { name: 'items left out: one entry, no item', overrides: { items: undefined }, entries: [['', '370403', false, null]] },
    { name: 'an item whose name is not a string, one that is not an object', overrides: { items: [{ name: 5 }, 1] }, entries: [['', '370403', false, null], ['', '370403', false, null]] },
  ])('reads what it can of an application: $name', ({ overrides, entries }) => {
    const ranked = rankApplicants([sampleApplication({ name: '甲', items: [sampleApplication().items[0]], ...overrides })]);
    expect(ranked.map((r) => [r.item, r.district, r.eligible, r.rank])).toEqual(entries);
  });

  it('gives an application that cannot be read one entry, item and district ‘’, grouped with the others that have neither', () => {
    const unreadable = new Proxy({}, { get: () => { throw new Error('getter'); } }) as InstitutionApplication;
    const neither = sampleApplication({ name: '甲', registrationDistrict: undefined, items: undefined });
    const neitherToo = sampleApplication({ name: '乙', registrationDistrict: 5, items: [] });
    const ranked = rankApplicants([neither, unreadable, neitherToo]);
    expect(ranked.map((r) => ({ item: r.item, district: r.district, eligible: r.eligible, rank: r.rank }))).toEqual([
      { item: '', district: '', eligible: false, rank: null },
      { item: '', district: '', eligible: false, rank: null },
      { item: '', district: '', eligible: false, rank: null },
    ]);
    expect(ranked.map((r) => r.application === unreadable)).toEqual([false, true, false]);
    expect(ranked.map((r) => r.application)).toEqual([neither, expect.anything(), neitherToo]);
    expect(ranked[1]?.result.issues.map((i) => [i.code, i.clause])).toEqual([['invalid_input', 'materials']]);
  });

  it('refuses options that are not an object with SvaError, citing eligibility.influence', () => {
    expect(svaErrorOf(() => rankApplicants([], 'strict' as never)).issues.map((i) => [i.code, i.clause, i.path])).toEqual([['invalid_option', 'eligibility.influence', ['options']]]);
  });

  it('returns a fresh array and does not touch the applications', () => {
    const list = Object.freeze([app('甲', '2020-01-01', false)]);
    const ranked = rankApplicants(list);
    expect(ranked).not.toBe(list);
    expect(ranked[0]?.application).toBe(list[0]);
  });

  it('throws only SvaError for a non-array; ranks hostile entries as ineligible', () => {
    for (const value of hostileValues()) {
      let isArray = false;
      try {
        isArray = Array.isArray(value);
      } catch {
        isArray = false;
      }
      if (isArray) continue;
      svaErrorOf(() => rankApplicants(value as never));
      const ranked = rankApplicants([value] as never);
      expect(ranked[0]).toMatchObject({ eligible: false, rank: null });
    }
    expect(rankApplicants([])).toEqual([]);
  });
});
