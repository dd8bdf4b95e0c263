/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Built through Astro so that the Solid plugin compiles .tsx exactly as in the site.
export default getViteConfig({
  resolve: { conditions: ['development', 'browser'] },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
    server: { deps: { inline: [/solid-js/, /@solidjs\/testing-library/, /@nanostores/] } },
    allowOnly: !process.env['CI'],
  },
});
