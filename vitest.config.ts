import { getViteConfig } from 'astro/config';
import type { ViteUserConfig } from 'vitest/config';

/** Shared with vitest.mutation.config.ts, so mutation testing runs the tests exactly as here. */
export const unitTestConfig = {
  resolve: { conditions: ['development', 'browser'] },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
    server: { deps: { inline: [/solid-js/, /@solidjs\/testing-library/, /@nanostores/] } },
    allowOnly: !process.env['CI'],
  },
} satisfies ViteUserConfig;

// Built through Astro so that the Solid plugin compiles .tsx exactly as in the site.
export default getViteConfig(unitTestConfig);
