import { defineConfig } from 'vitest/config';

// The bundle-size budgets measure the packed package (test/size.test.ts): run after the build by
// `npm run test:package` on its scratch install, or alone by `npm run test:size`.
export default defineConfig({
  test: {
    include: ['test/size.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
