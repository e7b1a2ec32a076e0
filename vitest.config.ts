import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bundle sizes are measured on the packed package, after the build (vitest.size.config.ts).
    exclude: ['test/size.test.ts', 'node_modules/**'],
    environment: 'node',
    // A hang guard, not a speed assertion: instrumented runs (Stryker) are several times slower.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/main.ts'],
      reporter: ['text-summary', 'json-summary'],
      // Issue 8: npm test fails below 95% of lines or branches.
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
