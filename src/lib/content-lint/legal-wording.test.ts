import { describe, expect, it } from 'vitest';
import { findLegalWording } from './legal-wording';

const kinds = (line: string, lang: 'fr' | 'nl' | 'en') => findLegalWording(line, lang).map((f) => `${f.kind}: ${f.text}`);

describe("legal wording in an author's own words", () => {
  it('finds the words of the law in each language, as whole words', () => {
    expect(kinds('Forwarding it is a crime in Belgium.', 'en')).toEqual(['legal-word: crime']);
    expect(kinds('Le transférer est une infraction prévue par le Code pénal.', 'fr')).toEqual([
      'legal-word: Code pénal',
      'legal-word: infraction',
    ]);
    expect(kinds('Dat is strafbaar volgens de wet.', 'nl')).toEqual(['legal-word: wet', 'legal-word: strafbaar']);
    expect(kinds('You will not be punished for telling.', 'en')).toEqual(['legal-word: punished']);
  });

  it('leaves everyday words alone', () => {
    expect(kinds("Don't judge your friend; that's fine.", 'en')).toEqual([]);
    expect(kinds('Je trouve ça loyal et légitime ; la loutre dort.', 'fr')).toEqual([]);
    expect(kinds('Het gras is nat; wettig? Nee, wetenschap.', 'nl')).toEqual([]);
    expect(kinds('The outlaws of the story.', 'en')).toEqual([]);
  });

  it('checks each language with its own words', () => {
    expect(kinds('The wet towel.', 'en')).toEqual([]);
    expect(kinds('Wet is hier niet van toepassing.', 'nl')).toEqual(['legal-word: Wet']);
  });

  it('finds an age next to consent in the same part of a sentence', () => {
    expect(kinds('From 16 you can consent.', 'en')).toEqual(['age-and-consent: 16 … consent']);
    expect(kinds('À 14 ans, on peut consentir si…', 'fr')).toEqual(['age-and-consent: 14 … consentir']);
    expect(kinds('Vanaf 16 kun je toestemming geven.', 'nl')).toEqual(['age-and-consent: 16 … toestemming']);
    expect(kinds('Sam is 12. Consent matters.', 'en')).toEqual([]);
    expect(kinds('Lesson 2.5 covers consent.', 'en')).toEqual([]);
  });

  it('knows every consent word of each language, whole words only', () => {
    expect(kinds('At 16 she agreed to sex.', 'en')).toEqual(['age-and-consent: 16 … agreed to sex']);
    expect(kinds('At 16 he agrees to sex.', 'en')).toEqual(['age-and-consent: 16 … agrees to sex']);
    expect(kinds('At 16 they consented.', 'en')).toEqual(['age-and-consent: 16 … consented']);
    expect(kinds('At 16 they agree to something.', 'en')).toEqual([]);
    expect(kinds('Dès 16 ans, une relation sexuelle…', 'fr')).toEqual(['age-and-consent: 16 … relation sexuelle']);
    expect(kinds('Dès 16 ans, des relations sexuelles…', 'fr')).toEqual(['age-and-consent: 16 … relations sexuelles']);
    expect(kinds('Vanaf 16 mag je instemmen.', 'nl')).toEqual(['age-and-consent: 16 … instemmen']);
    expect(kinds('Vanaf 16 seks.', 'nl')).toEqual(['age-and-consent: 16 … seks']);
    expect(kinds('Vanaf 16 seksualiteit.', 'nl')).toEqual([]);
  });

  it('finds percentages', () => {
    expect(kinds('In 93% of the files…', 'en')).toEqual(['percentage: 93%']);
    expect(kinds('Dans 70 à 85 % des cas', 'fr')).toEqual(['percentage: 85 %']);
    expect(kinds('Zowat 80 procent', 'nl')).toEqual(['percentage: procent']);
    expect(kinds('A 100-metre race.', 'en')).toEqual([]);
  });
});

describe('overlapping words', () => {
  it('reports a longer legal phrase once', () => {
    expect(findLegalWording('It is a criminal offence.', 'en')).toEqual([{ kind: 'legal-word', text: 'criminal offence' }]);
  });
});

describe('more wording', () => {
  it('reports a short legal word and a longer phrase in different places, each once', () => {
    expect(kinds('A crime is a criminal offence.', 'en')).toEqual(['legal-word: crime', 'legal-word: criminal offence']);
  });

  it('finds "agree to sex" without an ending', () => {
    expect(kinds('At 16 you agree to sex.', 'en')).toEqual(['age-and-consent: 16 … agree to sex']);
  });

  it('finds percentages with decimals and written in words', () => {
    expect(kinds('Dans 12,75 % des cas', 'fr')).toEqual(['percentage: 12,75 %']);
    expect(kinds('In 12.5% of the files', 'en')).toEqual(['percentage: 12.5%']);
    expect(kinds('About 80 percent', 'en')).toEqual(['percentage: percent']);
    expect(kinds('Environ 80 pourcent', 'fr')).toEqual(['percentage: pourcent']);
  });
});
