import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * The two Pagefind search indexes of the site, built at the end of `astro build` (each split by
 * language from each page's `lang`, each page's text from its `data-pagefind-body`):
 * - `pagefind/`, the pupils' lessons: what the pupils' search looks in, and what the offline
 *   copy of a language keeps;
 * - `pagefind-teachers/`, the teacher notes: merged into the pupils' index by the teachers'
 *   search only, so the notes' words never weigh on a pupil's phone.
 * List it before the offline integration so the pupils' index is in the offline lists.
 */
export const SEARCH_INDEXES = [
  { outputDir: 'pagefind/', glob: '*/lessons/*/index.html', what: 'lessons' },
  { outputDir: 'pagefind-teachers/', glob: '*/teachers/*/index.html', what: 'teacher notes' },
] as const;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'balise:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const { outputDir, glob, what } of SEARCH_INDEXES) {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir), glob });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the ${what}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(outputDir, dir)) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the ${what}' index: ${written.errors.join('; ')}`);
          await index.deleteIndex();
          logger.info(`search index of the ${what}: ${added.page_count} pages, in ${outputDir}`);
        }
        await close();
      },
    },
  };
}
