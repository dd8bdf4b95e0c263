import { LANGUAGES, type Lang } from '../schemas/languages';

/**
 * Turns a content file path into its entry id: `fr/consent.mdx` and `fr/consent.teacher.mdx`
 * give `fr/consent`; `consent.yaml` gives `consent`.
 */
export function entryIdFromPath(path: string): string {
  return path.replace(/\.teacher\.mdx$|\.mdx$|\.ya?ml$/, '');
}

/** Splits a lesson entry id `fr/consent` into its language and lesson id. */
export function splitEntryId(entryId: string): { lang: Lang; id: string } {
  const [lang, id, ...rest] = entryId.split('/');
  if (!lang || !id || rest.length > 0 || !(LANGUAGES as readonly string[]).includes(lang)) {
    throw new Error(
      `lessons/${entryId}: a lesson must be at lessons/<language>/<id>.mdx with <language> one of ${LANGUAGES.join(', ')}`,
    );
  }
  return { lang: lang as Lang, id };
}
