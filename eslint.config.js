import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'dist-subpath/**',
      'dist-update/**',
      '.astro/**',
      'node_modules/',
      'tests/fixtures/',
      'test-results/',
      'playwright-report/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { files: ['src/**/*.tsx'], ...solid },
  // Solid assigns `let el` through `ref={el}`, which this rule cannot see.
  { files: ['src/**/*.tsx'], rules: { 'no-unassigned-vars': 'off' } },
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
