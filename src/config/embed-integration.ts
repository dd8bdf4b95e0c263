import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withFraming } from '../lib/embed/frame-ancestors';

/** The header files shipped in the site (copied from public/) that set framing. */
const HEADER_FILES = ['_headers', '.htaccess'] as const;

/**
 * Writes the school's `embedOrigins` into the header files of the built site (`frame-ancestors`,
 * and no X-Frame-Options), at the end of `astro build`. Nothing changes when no origin is allowed.
 */
export function embedHeaders(embedOrigins: readonly string[]): AstroIntegration {
  return {
    name: 'balise:embed-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (embedOrigins.length === 0) return;
        for (const name of HEADER_FILES) {
          const path = fileURLToPath(new URL(name, dir));
          if (!existsSync(path)) continue;
          writeFileSync(path, withFraming(readFileSync(path, 'utf8'), embedOrigins, `dist/${name}`));
        }
        logger.info(`pages may be framed by ${embedOrigins.join(', ')}`);
      },
    },
  };
}
