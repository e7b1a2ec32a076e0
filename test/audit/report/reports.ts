// Small audit reports built by hand for the tests of the report's writers.

/** A violation and an issue without a path (nothing to name), each beside one with a path; no step. */
export const pathlessReport = {
  resultsRecognised: false,
  errors: 1,
  warnings: 1,
  violations: [
    { violation: 'certificate_without_assessment', source: 'derived' },
    { violation: '虚假宣传', source: 'finding', path: ['findings', 1] },
  ],
  clauses: [
    {
      clause: 'supervision.violations',
      section: '六(四)',
      title: '违规行为',
      titleEn: 'Violations',
      ok: false,
      issues: [
        { severity: 'error', message: '无路径', messageEn: 'no path' },
        { severity: 'warning', message: '有路径', messageEn: 'a path', path: ['findings', 1] },
      ],
    },
  ],
  timeline: [],
} as const;
