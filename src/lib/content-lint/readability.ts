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
  // Stryker disable next-line Regex: empty pieces are dropped below, so runs of marks or newlines and the end-of-text case split alike.
  const pieces = text.split(/[.!?…]+(?=\s|$)|\n+/u);
  const sentences = pieces.map((sentence) => sentence.match(WORD) ?? []).filter((words) => words.length > 0);
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
 * The lowest reading ease a pupil text of each band may have, per language (higher is easier).
 * Calibrated in November 2026 on the 22 reviewed lessons: each floor sits below every lesson of
 * its band and above most texts written for the next band up, so a text written above its band
 * fails. The scales differ by language: the French syllable count from hyphenation runs low, so
 * Kandel–Moles scores run high (about 100 for a 9-11 text); compare a lesson only with its own
 * language's floor. Raise a floor when the lessons of its band all sit well above it.
 */
export const READING_EASE_FLOOR: Record<Band, Record<Lang, number>> = {
  '6-8': { en: 82, fr: 95, nl: 82 },
  '9-11': { en: 78, fr: 90, nl: 78 },
  '12-14': { en: 68, fr: 85, nl: 70 },
  '15-18': { en: 55, fr: 75, nl: 60 },
};
