/** Browser features the site never uses, refused on every page. */
const REFUSED_FEATURES = 'microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/**
 * The HTTP headers every server configuration sends (see deploy/security-headers.md for why).
 * The generated `.htaccess` and `_headers` are written from this list; a test checks that the
 * shipped nginx file `deploy/balise-headers.conf` says the same.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': `camera=(), ${REFUSED_FEATURES}`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

/** Cache-Control of files with a content hash in their name (`_astro/`): they never change. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';

/** Cache-Control of every other file: check for a new version on each visit. */
export const CACHE_REVALIDATE = 'no-cache';

/** Folder of the files with a content hash in their name, inside the site. */
export const HASHED_FOLDER = '_astro/';

/** Server configuration files written into the site, never to be served to visitors. */
export const SERVER_FILES = ['.htaccess', '_headers', '.nojekyll'] as const;

/** Extensions of the text files the build precompresses (`x.html.br`, `x.html.gz`) and servers compress. */
export const COMPRESSED_EXTENSIONS = ['html', 'css', 'js', 'mjs', 'json', 'svg', 'webmanifest', 'txt', 'xml'] as const;

/**
 * The Permissions-Policy of the class pages, which scan exit tickets with the camera: the camera
 * for the site itself (never for a frame from elsewhere), everything else refused as on every page.
 */
export const CLASS_PAGE_PERMISSIONS_POLICY = `camera=(self), ${REFUSED_FEATURES}`;

/** The headers of a class page: the security headers, with the camera allowed. */
export const CLASS_PAGE_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Permissions-Policy': CLASS_PAGE_PERMISSIONS_POLICY,
};

/**
 * The addresses of the class pages (`/{lang}/teachers/{id}/class/` and the files in it) for a site
 * under `base`, as a regular expression; `/` is not escaped, so it reads the same in nginx,
 * Apache (`m#…#`) and JavaScript.
 */
export function classPagePattern(base: string): string {
  const escaped = base.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');
  return `^${escaped}[^/]+/teachers/[^/]+/class/`;
}
