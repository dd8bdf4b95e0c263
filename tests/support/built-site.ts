import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from './link-check';

/** The folder `npm run build` writes. */
export const DIST = join(import.meta.dirname, '../../dist');

/** Every file of the built site as a URL path ("/_astro/a.css"), and every page with its HTML. */
export function readBuiltSite(dist = DIST, base = '/'): { files: Set<string>; pages: BuiltPage[] } {
  const files = new Set<string>();
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const url = `${base}${relative(dist, path).split(sep).join('/')}`;
      files.add(url);
      if (name.endsWith('.html')) pages.push({ path: url.replace(/index\.html$/, ''), html: readFileSync(path, 'utf8') });
    }
  };
  walk(dist);
  return { files, pages };
}
