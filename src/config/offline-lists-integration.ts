import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { fragmentInCopy, offlineList, type BuiltFile } from '../lib/offline/offline-list';

/** Folder of `dist/` that holds the lists, one per language: `offline/fr.json`. */
export const OFFLINE_LIST_DIR = 'offline';

function builtFiles(root: string): BuiltFile[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path: relative(root, path).split(sep).join('/'), bytes: statSync(path).size }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Writes, at the end of `astro build`, the list of the files of each language's offline copy
 * (`dist/offline/<lang>.json`, see src/lib/offline/offline-list.ts). List it after the search
 * index (its files are listed) and before the offline integration (the lists are precached).
 */
export function offlineLists(languages: readonly string[], base: string): AstroIntegration {
  return {
    name: 'balise:offline-lists',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = builtFiles(root);
        const hash = createHash('sha256');
        for (const file of files) hash.update(file.path).update(readFileSync(join(root, file.path)));
        const version = hash.digest('hex').slice(0, 16);
        mkdirSync(join(root, OFFLINE_LIST_DIR), { recursive: true });
        for (const lang of languages) {
          const inCopy = (file: BuiltFile) =>
            !file.path.startsWith('pagefind/fragment/') ||
            fragmentInCopy(gunzipSync(readFileSync(join(root, file.path))).toString('utf8'), lang);
          const list = offlineList(lang, files.filter(inCopy), base, version);
          writeFileSync(join(root, OFFLINE_LIST_DIR, `${lang}.json`), JSON.stringify(list));
          const kb = Math.round(list.entries.reduce((sum, entry) => sum + entry.bytes, 0) / 1000);
          logger.info(`offline copy of ${lang}: ${list.entries.length} files, ${kb} kB`);
        }
      },
    },
  };
}
