import type { Lang } from '../schemas/languages';

const LOCALES: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** The BCP 47 locale of a language as Balise uses it (Belgian French and Dutch, British English). */
export const localeOf = (lang: Lang): string => LOCALES[lang];
