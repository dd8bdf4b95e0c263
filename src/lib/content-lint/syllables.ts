import { syllable } from 'syllable';
import fr from 'hyphen/fr/index.js';
import nl from 'hyphen/nl/index.js';
import type { Lang } from '../../schemas/languages';

const SEPARATOR = '\u00ad';
const hyphenators = { fr: fr.hyphenateSync, nl: nl.hyphenateSync };

/**
 * Syllables in a word. English: the `syllable` package (rules and exceptions for English).
 * French and Dutch: the hyphenation points of TeX's patterns (`hyphen` package) plus one, an
 * approximation of spoken syllables that is stable and close enough for readability formulas.
 */
export function countSyllables(word: string, lang: Lang): number {
  if (lang === 'en') return Math.max(1, syllable(word));
  // Stryker disable next-line MethodExpression: the hyphen package ignores case, so upper or lower case splits alike.
  const parts = hyphenators[lang](word.toLowerCase(), { hyphenChar: SEPARATOR, minWordLength: 2 }).split(SEPARATOR);
  return Math.max(1, parts.length);
}
