import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/hosting/headers-file';
import { htaccess } from '../lib/hosting/htaccess';

/**
 * Writes the server files that depend on the base path into the build: `.htaccess` (Apache),
 * `_headers` (Cloudflare Pages, Netlify) and `.nojekyll` (GitHub Pages would otherwise drop
 * `_astro/`, since Jekyll skips folders that start with "_").
 */
export function serverFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'balise:server-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('.htaccess', dir), htaccess(base));
        await writeFile(new URL('_headers', dir), headersFile(base));
        await writeFile(new URL('.nojekyll', dir), '');
        logger.info(`server files for the base ${base}: .htaccess, _headers, .nojekyll`);
      },
    },
  };
}
