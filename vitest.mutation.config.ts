/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { unitTestConfig } from './vitest.config';

/**
 * The tests StrykerJS runs (`npm run test:mutation`): the same setup as `npm run test:unit`, limited
 * to the tests beside the code in src/ and the bad-content fixtures of the linter and of the
 * cross-file checks. Left out: the checks over every lesson of the site (content.test.ts and
 * content-lint.test.ts lint and check the whole catalogue while collecting, so every linter mutant
 * would rerun them); they prove the content, not the code.
 */
export default getViteConfig({
  ...unitTestConfig,
  test: {
    ...unitTestConfig.test,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/content-errors.test.ts', 'tests/unit/content-lint-fixtures.test.ts'],
  },
});
