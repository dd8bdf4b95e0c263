import { posix } from 'node:path';

/** A built page: its URL path ("/fr/help/") and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** A link that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ids = (html: string) =>
  new Set([...html.matchAll(/\sid=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''));

/**
 * Checks every internal `href` and `src` of the built pages: the target page or file must exist
 * (`files` lists every file path of the site, e.g. "/_astro/a.css"), and a `#fragment` must be
 * an id on the target page. External links (another origin, `tel:`, `mailto:`) are not checked.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, base = '/'): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const idCache = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const match of page.html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|'([^']*)')/g)) {
      const href = (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&');
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href) || href === '') continue;
      const [rawPath = '', fragment] = href.split('#');
      const pathOnly = rawPath.split('?')[0] ?? '';
      const target = pathOnly === '' ? page.path : pathOnly.startsWith('/') ? pathOnly : posix.join(page.path, pathOnly);
      if (!target.startsWith(base)) {
        broken.push({ page: page.path, href, reason: `outside the base path ${base}` });
        continue;
      }
      const targetPage = byPath.get(target) ?? byPath.get(target.endsWith('/') ? target : `${target}/`);
      if (!targetPage && !files.has(target)) {
        broken.push({ page: page.path, href, reason: 'no such page or file' });
        continue;
      }
      if (fragment && targetPage) {
        if (!idCache.has(targetPage.path)) idCache.set(targetPage.path, ids(targetPage.html));
        if (!idCache.get(targetPage.path)!.has(decodeURIComponent(fragment))) {
          broken.push({ page: page.path, href, reason: `no element with id "${fragment}"` });
        }
      }
    }
  }
  return broken;
}
