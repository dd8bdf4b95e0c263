import type { Lang } from './languages';

/** Each language's name in that language, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };
