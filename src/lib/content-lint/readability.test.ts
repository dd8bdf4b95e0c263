import { describe, expect, it } from 'vitest';
import { countText, readingEase } from './readability';

describe('readability', () => {
  it('counts sentences by punctuation and by line, words and syllables', () => {
    expect(countText('My body is mine. I can say no!\nTell an adult', 'en')).toEqual({ sentences: 3, words: 11, syllables: 13 });
  });

  it('scores short, simple text as easy and long, dense text as hard, in every language', () => {
    const easy = {
      en: 'I can say no. I tell my mum.',
      fr: 'Je peux dire non. Je le dis à maman.',
      nl: 'Ik mag nee zeggen. Ik zeg het aan mama.',
    };
    const hard = {
      en: 'Non-consensual dissemination of intimate imagery constitutes a criminal offence under legislation introduced subsequently.',
      fr: "La diffusion non consensuelle d'images intimes constitue une infraction pénale conformément à la législation introduite ultérieurement.",
      nl: 'Het niet-consensueel verspreiden van intieme beelden vormt een strafbaar feit overeenkomstig de later ingevoerde wetgeving.',
    };
    for (const lang of ['en', 'fr', 'nl'] as const) {
      expect(readingEase(countText(easy[lang], lang), lang)).toBeGreaterThan(85);
      expect(readingEase(countText(hard[lang], lang), lang)).toBeLessThan(30);
    }
  });

  it('counts a hyphenated or shortened word as one word, and not the words after it', () => {
    expect(countText("A well-known fact. Don't worry.", 'en')).toMatchObject({ sentences: 2, words: 5 });
  });

  it('scores text without words as easy', () => {
    expect(readingEase({ sentences: 0, words: 0, syllables: 0 }, 'en')).toBe(100);
    expect(readingEase({ sentences: 0, words: 3, syllables: 3 }, 'nl')).toBe(100);
    expect(readingEase({ sentences: 2, words: 0, syllables: 0 }, 'fr')).toBe(100);
  });
});
