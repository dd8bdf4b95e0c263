/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { unitTestConfig } from './vitest.config';

/**
 * The tests StrykerJS runs (`npm run test:mutation`): the same setup as `npm run test:unit`, limited
 * to the tests beside the code in src/ and the bad-content fixtures of the cross-file checks.
 * Left out: the checks over every lesson of the site (tests/unit/content*.test.ts lint and check the
 * whole catalogue while collecting, so every linter mutant would rerun the whole suite); they prove
 * the content, not the code, and the linter's own tests sit beside it.
 */
export default getViteConfig({
  ...unitTestConfig,
  test: {
    ...unitTestConfig.test,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/content-errors.test.ts'],
  },
});
