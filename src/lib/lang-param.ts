import { LANGUAGES, type Lang } from '../schemas/languages';

/**
 * The page language from the route's `lang` parameter. MDX blocks (which receive no props from
 * the page) use it to translate their headings.
 */
export function langParam(params: Record<string, string | undefined>): Lang {
  const lang = params['lang'];
  if (!(LANGUAGES as readonly (string | undefined)[]).includes(lang)) {
    throw new Error(`This component must be used on a page under /{lang}/ (got ${JSON.stringify(lang)})`);
  }
  return lang as Lang;
}
