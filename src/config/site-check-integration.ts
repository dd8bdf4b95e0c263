import type { AstroIntegration } from 'astro';
import { SchoolConfigError } from '../lib/school-config';
import { siteNotice } from '../lib/site-check';

/** Warns at the start of a build when `site` is this computer; fails instead when strict (see siteNotice). */
export function siteCheck(site: string): AstroIntegration {
  return {
    name: 'balise:site-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const notice = siteNotice(site, process.env, process.argv);
        if (notice?.level === 'error') throw new SchoolConfigError(notice.message);
        if (notice) logger.warn(notice.message);
      },
    },
  };
}
