import { describe, expect, it } from 'vitest';
import { countSyllables } from './syllables';

describe('countSyllables', () => {
  it('counts English syllables', () => {
    expect(countSyllables('help', 'en')).toBe(1);
    expect(countSyllables('secret', 'en')).toBe(2);
    expect(countSyllables('trusted', 'en')).toBe(2);
    expect(countSyllables('photograph', 'en')).toBe(3);
  });

  it('counts a number or a word without vowels as one syllable', () => {
    expect(countSyllables('2026', 'en')).toBe(1);
    expect(countSyllables('2026', 'fr')).toBe(1);
  });

  it('splits short French and Dutch words too', () => {
    expect(countSyllables('vélo', 'fr')).toBe(2);
    expect(countSyllables('papa', 'fr')).toBe(2);
    expect(countSyllables('foto', 'nl')).toBe(2);
    expect(countSyllables('Mama', 'nl')).toBe(2);
  });

  it('approximates French and Dutch syllables from hyphenation', () => {
    expect(countSyllables('téléphone', 'fr')).toBe(3);
    expect(countSyllables('anniversaire', 'fr')).toBe(4);
    expect(countSyllables('toestemming', 'nl')).toBe(3);
    expect(countSyllables('vertrouwenspersoon', 'nl')).toBe(5);
    expect(countSyllables('je', 'nl')).toBe(1);
  });
});
