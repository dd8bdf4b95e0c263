import { test } from '@playwright/test';

/** What a Playwright project says about the server it tests (playwright.config.ts). */
export interface ServerMetadata {
  /** Base path the site is built for and served under. */
  base: string;
  /** Which server: `astro preview`, or nginx / Apache with the shipped configuration. */
  server: 'preview' | 'nginx' | 'apache';
}

/** The metadata of the running test's project. */
export const serverMetadata = () => test.info().project.metadata as ServerMetadata;

/** A path of the site ("/en/") under the project's base path ("/balise/en/"). */
export const at = (path: string) => `${serverMetadata().base}${path.replace(/^\//, '')}`;
