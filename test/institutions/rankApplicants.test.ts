import { describe, expect, it } from 'vitest';
import { rankApplicants } from '../../src/index.js';
import type { InstitutionApplication } from '../../src/index.js';
import { hostileValues, svaErrorOf } from '../helpers/expect.js';
import { sampleApplication } from './sample.js';

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

  it('uses the longest experience among an applicant\u2019s items', () => {
    const base = sampleApplication();
    const two = sampleApplication({
      name: '两项',
      items: [
        { ...base.items[0], trainingSince: '2021-06-01', helpedWriteSpecification: false },
        { ...base.items[1], trainingSince: '2010-01-01', helpedWriteSpecification: false },
      ],
    });
    const one = app('一项', '2015-01-01', false);
    expect(rankApplicants([one, two]).map((r) => r.application.name)).toEqual(['两项', '一项']);
  });

  it('leaves the ineligible unranked, after the eligible, in the order given, with the reasons', () => {
    const ok = app('合格', '2020-01-01', false);
    const short = app('经历不足', '2022-01-01', true);
    const missing = sampleApplication({ name: '缺材料', materials: undefined });
    const ranked = rankApplicants([short, ok, missing]);
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
