import type { AstroIntegration } from 'astro';
import compressor from 'astro-compressor';
import { extname } from 'node:path';
import { constants } from 'node:zlib';
import { COMPRESSED_EXTENSIONS } from '../lib/hosting/security-headers';

const textFile = new Set(COMPRESSED_EXTENSIONS.map((ext) => `.${ext}`));

/** Brotli 5 for pages: 28 times faster than 11 for 10% more bytes, which matters at thousands of pages. */
const PAGE_QUALITY = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/**
 * Writes `x.br` and `x.gz` beside every text file of the build (pages, scripts, styles, search
 * files that Pagefind has not compressed itself, SVG, manifest), so nginx (`gzip_static`),
 * Apache (the generated `.htaccess`) and static hosts serve them without compressing on each
 * request. astro-compressor runs at `astro:build:done`: list it after Pagefind and the offline
 * integration so their files are compressed too (the service worker's precache lists only the
 * originals: its patterns end in the original extensions).
 */
export function precompress(): AstroIntegration {
  return compressor({
    gzip: true,
    brotli: true,
    zstd: false,
    hooks: {
      fileFilter: ({ filePath }) => textFile.has(extname(filePath)),
      // Shared scripts and styles keep the default, the best brotli (11): few files, on every page.
      fileOptions: { brotli: ({ filePath }) => (filePath.endsWith('.html') ? PAGE_QUALITY : undefined) },
    },
  });
}
