import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageCredit, type PackageCredit } from '../lib/package-credit';

/**
 * The open-source libraries whose code ships in the pages (browser or service worker), credited on
 * the about page, each with the i18n key of what it does here (`about.uses.<use>`). Build-time only.
 */
const SHIPPED = [
  { pkg: 'astro', use: 'astro' },
  { pkg: 'solid-js', use: 'solid' },
  { pkg: 'nanostores', use: 'nanostores' },
  { pkg: '@nanostores/persistent', use: 'persistent' },
  { pkg: 'pagefind', use: 'pagefind' },
  { pkg: 'workbox-precaching', use: 'workbox', name: 'Workbox' },
  { pkg: 'lean-qr', use: 'qr' },
  { pkg: 'jsqr', use: 'qrRead' },
] as const;

/** A shipped library and what it does in Balise. */
export type LibraryCredit = PackageCredit & { use: (typeof SHIPPED)[number]['use'] };

/** Name, address and licence of each shipped library, read from its installed package.json. */
export function libraryCredits(root = process.cwd()): LibraryCredit[] {
  return SHIPPED.map((entry) => {
    const file = join(root, 'node_modules', entry.pkg, 'package.json');
    const credit = packageCredit(JSON.parse(readFileSync(file, 'utf8')), file);
    return { ...credit, name: 'name' in entry ? entry.name : credit.name, use: entry.use };
  });
}
