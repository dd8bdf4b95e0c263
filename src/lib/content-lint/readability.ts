import type { Band } from '../../schemas/bands';
import type { Lang } from '../../schemas/languages';
import { countSyllables } from './syllables';

/** Counts of a text that the readability formulas use. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Counts sentences, words and syllables. A sentence ends at . ! ? … or at the end of a line
 * (headings and list items count as sentences of their own).
 */
export function countText(text: string, lang: Lang): TextCounts {
  const sentences = text
    .split(/[.!?…]+(?=\s|$)|\n+/u)
    .map((sentence) => sentence.match(WORD) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  return {
    sentences: sentences.length,
    words: words.length,
    syllables: words.reduce((sum, word) => sum + countSyllables(word, lang), 0),
  };
}

/**
 * Reading ease on a 0–100 scale (higher is easier), with the Flesch formula adapted to each
 * language: English, Flesch (1948): 206.835 − 1.015·ASL − 84.6·ASW; French, Kandel & Moles
 * (1958): 207 − 1.015·ASL − 73.6·ASW; Dutch, Douma (1960): 206.835 − 0.93·ASL − 77·ASW, where
 * ASL is words per sentence and ASW syllables per word.
 */
export function readingEase(counts: TextCounts, lang: Lang): number {
  if (counts.words === 0 || counts.sentences === 0) return 100;
  const asl = counts.words / counts.sentences;
  const asw = counts.syllables / counts.words;
  const score = {
    en: 206.835 - 1.015 * asl - 84.6 * asw,
    fr: 207 - 1.015 * asl - 73.6 * asw,
    nl: 206.835 - 0.93 * asl - 77 * asw,
  }[lang];
  return Math.round(score * 10) / 10;
}

/**
 * The lowest reading ease a pupil text of each band may have, per language. Flesch's own scale:
 * 90+ very easy (age 11 in his norms), 80 easy, 70 fairly easy, 60 standard, 50 fairly
 * difficult. French and Dutch formulas give lower figures for the same difficulty (longer
 * words), so their floors sit a few points lower. Bands read to young children keep high floors.
 */
export const READING_EASE_FLOOR: Record<Band, Record<Lang, number>> = {
  '6-8': { en: 80, fr: 75, nl: 75 },
  '9-11': { en: 70, fr: 65, nl: 65 },
  '12-14': { en: 60, fr: 55, nl: 55 },
  '15-18': { en: 45, fr: 40, nl: 40 },
};
