import { describe, expect, it } from 'vitest';
import { findRejectedPhrases } from './phrases';

describe('findRejectedPhrases', () => {
  it('finds blaming and frightening phrases with their line', () => {
    expect(findRejectedPhrases('Sam sent a photo.\nThat was your own fault.', 'en')).toEqual([
      { line: 2, phrase: 'your own fault' },
    ]);
    expect(findRejectedPhrases('Line one.\nBeware: a predator online.', 'en')).toEqual([{ line: 2, phrase: 'predator' }]);
    expect(findRejectedPhrases('Tu l’as cherché.', 'fr')).toEqual([{ line: 1, phrase: "tu l'as cherché" }]);
    expect(findRejectedPhrases('Dat is je eigen schuld.', 'nl')).toEqual([{ line: 1, phrase: 'eigen schuld' }]);
  });

  it('leaves the reassuring sentences alone', () => {
    expect(findRejectedPhrases("It is never your fault. It's not your fault.", 'en')).toEqual([]);
    expect(findRejectedPhrases("Ce n'est jamais ta faute.", 'fr')).toEqual([]);
    expect(findRejectedPhrases('Het is nooit jouw schuld.', 'nl')).toEqual([]);
    expect(findRejectedPhrases('You deserve to be listened to. The secret protects the person asking for it.', 'en')).toEqual([]);
  });
});
