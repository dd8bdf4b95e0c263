import { defineConfig } from 'vitest/config';

/** Checks of the built site (`dist/`): run after `npm run build`, by `npm run test:dist`. */
export default defineConfig({
  test: { include: ['tests/dist/**/*.test.ts'], allowOnly: !process.env['CI'] },
});
