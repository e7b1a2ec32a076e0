import type { InstitutionApplication } from '../../src/index.js';
import { sampleInstitutionApplication } from '../../src/testing/index.js';

/**
 * The library's sample application with the data these tests were written against: a first item
 * whose training began exactly 2 years before the application (2021-06-01 → 2023-06-01).
 */
export function sampleApplication(overrides: Partial<Record<keyof InstitutionApplication, unknown>> = {}): InstitutionApplication {
  return sampleInstitutionApplication({
    name: '枣庄市某职业培训学校',
    creditCode: '52370403MA3000045Y',
    address: '枣庄市薛城区某路 1 号',
    items: [
      { name: '面点制作', questionBank: true, trainingSince: '2021-06-01', helpedWriteSpecification: false, hasSpecification: true, canTrain: true },
      { name: '剪纸', questionBank: true, trainingSince: '2018-03-15', helpedWriteSpecification: true, hasSpecification: true, canTrain: true },
    ],
    ...overrides,
  } as Parameters<typeof sampleInstitutionApplication>[0]);
}

/** The first item of the sample with some fields changed. */
export function withItem(overrides: Record<string, unknown>, applicationOverrides: Partial<Record<keyof InstitutionApplication, unknown>> = {}) {
  const base = sampleApplication();
  return sampleApplication({ items: [{ ...base.items[0], ...overrides }], ...applicationOverrides });
}

export const CATALOG = { provincialItems: ['面点制作', '剪纸', '鲁绣'], occupations2022: ['中式面点师', '美发师'] };
