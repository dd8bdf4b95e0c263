import type { Lang } from '../../schemas/languages';

/**
 * Phrases that blame a victim or frighten, per language (content guide, "Tone"). Matched without
 * regard to case, as whole words. A phrase belongs here when no good lesson needs it; quote the
 * idea differently instead of adding an exception.
 */
export const REJECTED_PHRASES: Record<Lang, string[]> = {
  en: [
    "it's your fault",
    'it is your fault',
    'your own fault',
    'you should have known',
    'should have known better',
    'you asked for it',
    'was asking for it',
    'were asking for it',
    'you deserved it',
    'you are to blame',
    'be careful or',
    'or else',
    'predator',
    'monster',
    'pervert',
    'terrible things',
    'never talk to strangers',
    'stranger danger',
    'dangerous strangers',
    'imagine this happens to you',
  ],
  fr: [
    "c'est ta faute",
    "c'est de ta faute",
    'ta propre faute',
    "tu l'as cherché",
    'tu aurais dû savoir',
    "tu l'as mérité",
    "tu l'as bien cherché",
    'fais attention ou',
    'prédateur',
    'monstre',
    'pervers',
    'choses horribles',
    'ne parle jamais aux inconnus',
    'inconnus dangereux',
    'imagine que cela t',
  ],
  nl: [
    'het is jouw schuld',
    'het is je eigen schuld',
    'eigen schuld',
    'had je moeten weten',
    'je vroeg erom',
    'je verdiende het',
    'je had erom gevraagd',
    'pas op of',
    'roofdier',
    'monster',
    'viezerik',
    'verschrikkelijke dingen',
    'praat nooit met vreemden',
    'gevaarlijke vreemden',
    'stel je voor dat dit jou',
  ],
};

const escape = (text: string) => {
  // Stryker disable next-line StringLiteral: no entry of REJECTED_PHRASES holds a regular-expression character, so escaping keeps every phrase as it is.
  const plain = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return plain.replace(/'/g, "['’]");
};

/** Every rejected phrase found in a text, with its 1-based line number. */
export function findRejectedPhrases(text: string, lang: Lang): Array<{ line: number; phrase: string }> {
  const found: Array<{ line: number; phrase: string }> = [];
  const patterns = REJECTED_PHRASES[lang].map((phrase) => ({
    phrase,
    pattern: new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'iu'),
  }));
  text.split('\n').forEach((line, index) => {
    for (const { phrase, pattern } of patterns) if (pattern.test(line)) found.push({ line: index + 1, phrase });
  });
  return found;
}
