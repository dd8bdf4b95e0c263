// @ts-check
/**
 * Mutation testing of the logic (`npm run test:mutation`): every module of src/lib and src/stores,
 * tests and test helpers excluded, so modules added later are covered without touching this file.
 * Incremental: a rerun only tests the mutants of changed code or changed tests. The report and
 * the incremental file go to reports/mutation/ (not tracked).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: ['src/{lib,stores}/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/**/test-*.ts', '!src/**/*.d.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  // The type checker drops mutants that do not compile; it reads only the code the tests load
  // (tsconfig.json also holds .astro files, which plain TypeScript cannot read).
  tsconfigFile: 'tsconfig.mutation.json',
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportTests: false },
  ignorePatterns: ['dist', 'dist-subpath', '.astro', 'test-results', 'playwright-report', 'reports', 'bench/*.json'],
  thresholds: { high: 90, low: 80, break: null },
};
