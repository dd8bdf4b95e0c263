import { describe, expect, it } from 'vitest';
import { sentences, splitUtterances, type Span } from './utterances';

const texts = (text: string, spans: Span[]) => spans.map(({ start, end }) => text.slice(start, end));

describe('sentences', () => {
  it('ends a sentence at . ! ? and … followed by a space, keeping closing quotes', () => {
    const text = 'She says: "Stop!" He stops. Why? Because… she said so';
    expect(texts(text, sentences(text, 'en'))).toEqual(['She says: "Stop!"', 'He stops.', 'Why?', 'Because…', 'she said so']);
  });

  it('keeps French abbreviations such as "p. ex." inside the sentence', () => {
    const text = 'Un secret, p. ex. une fête surprise. M. Dupont écoute.';
    expect(texts(text, sentences(text, 'fr'))).toEqual(['Un secret, p. ex. une fête surprise.', 'M. Dupont écoute.']);
  });

  it('keeps Dutch abbreviations such as "bv." and "o.a." inside the sentence', () => {
    const text = 'Een geheim, bv. Een verrassing. Zo zegt o.a. De leerkracht het. Klaar.';
    expect(texts(text, sentences(text, 'nl-BE'))).toEqual([
      'Een geheim, bv. Een verrassing.',
      'Zo zegt o.a. De leerkracht het.',
      'Klaar.',
    ]);
  });

  it('keeps English abbreviations such as "e.g." inside the sentence', () => {
    const text = 'A good secret, e.g. A surprise party. Dr. Smith agrees.';
    expect(texts(text, sentences(text, 'en-GB'))).toEqual(['A good secret, e.g. A surprise party.', 'Dr. Smith agrees.']);
  });

  it('does not know the abbreviations of another language', () => {
    const text = 'Een geheim, bv. Een verrassing.';
    expect(texts(text, sentences(text, 'en'))).toEqual(['Een geheim, bv.', 'Een verrassing.']);
  });

  it('never ends a sentence before a lower-case word', () => {
    const text = 'It costs approx. ten euros. Then stop.';
    expect(texts(text, sentences(text, 'xx'))).toEqual(['It costs approx. ten euros.', 'Then stop.']);
  });
});

describe('splitUtterances', () => {
  it('packs whole sentences up to the maximum length', () => {
    const text = 'One two. Three four. Five six.';
    expect(texts(text, splitUtterances(text, 'en', 20))).toEqual(['One two. Three four.', 'Five six.']);
  });

  it('cuts a long sentence at its last pause, else between words', () => {
    const text = 'Alpha beta gamma, delta epsilon zeta eta theta iota.';
    expect(texts(text, splitUtterances(text, 'en', 24))).toEqual(['Alpha beta gamma,', 'delta epsilon zeta eta', 'theta iota.']);
  });

  it('cuts a word longer than the maximum where it must', () => {
    expect(texts('abcdefghij', splitUtterances('abcdefghij', 'en', 4))).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('gives offsets into the original text, without the spaces between sentences', () => {
    expect(splitUtterances('  Hi there.   Bye now.  ', 'en', 10)).toEqual([
      { start: 2, end: 11 },
      { start: 14, end: 22 },
    ]);
  });

  it('gives nothing for an empty text', () => {
    expect(splitUtterances(' \n ', 'fr')).toEqual([]);
  });
});

describe('abbreviations', () => {
  const ABBREVIATIONS = {
    fr: ['p.', 'ex.', 'cf.', 'etc.', 'm.', 'mme.', 'dr.', 'art.', 'env.', 'c.-à-d.', 'n°.', 'st.', 'ste.'],
    nl: ['bv.', 'bijv.', 'o.a.', 'd.w.z.', 'enz.', 'art.', 'dhr.', 'mevr.', 'ca.', 'i.p.v.', 'm.a.w.', 'nr.', 'o.m.'],
    en: ['e.g.', 'i.e.', 'etc.', 'mr.', 'mrs.', 'ms.', 'dr.', 'vs.', 'approx.', 'art.', 'no.', 'st.'],
  };

  for (const [lang, words] of Object.entries(ABBREVIATIONS)) {
    it(`does not end a ${lang} sentence at ${words.join(' ')} before a capital`, () => {
      for (const word of words) {
        const text = `Zie ${word} Lina hier. Klaar.`;
        expect(texts(text, sentences(text, lang)), word).toEqual([`Zie ${word} Lina hier.`, 'Klaar.']);
      }
    });
  }
});

describe('sentences, more', () => {
  it('leaves out the spaces after the last sentence even without a full stop', () => {
    const text = 'Hello world. Bye now  \n';
    expect(sentences(text, 'en')).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 20 },
    ]);
  });
});

describe('splitUtterances, more', () => {
  it('packs sentences after the first utterance too', () => {
    const text = 'Aaaa. Bb. Cc. Dd. Ee.';
    expect(texts(text, splitUtterances(text, 'en', 9))).toEqual(['Aaaa. Bb.', 'Cc. Dd.', 'Ee.']);
  });

  it('keeps a sentence of exactly the maximum length whole, apart from the sentence before it', () => {
    const text = 'Hi. Go home now, please.';
    expect(texts(text, splitUtterances(text, 'en', 20))).toEqual(['Hi.', 'Go home now, please.']);
  });

  it('never makes an utterance longer than the maximum, however many pauses the sentence has', () => {
    const text = 'one two, three four, five six, seven eight, nine ten, eleven twelve, thirteen fourteen.';
    const utterances = texts(text, splitUtterances(text, 'en', 20));
    expect(utterances.join(' ')).toBe(text);
    for (const utterance of utterances) expect(utterance.length).toBeLessThanOrEqual(20);
    expect(utterances[0]).toBe('one two, three four,');
  });

  it('cuts before a dash, without the space before it', () => {
    const text = 'We can talk – and someone listens to us.';
    expect(texts(text, splitUtterances(text, 'en', 20))).toEqual(['We can talk', '– and someone', 'listens to us.']);
  });

  it('does not cut after a pause mark that opens the sentence', () => {
    const text = ', aaaa bbbb cccc ddd eeee.';
    expect(texts(text, splitUtterances(text, 'en', 20))).toEqual([', aaaa bbbb cccc', 'ddd eeee.']);
  });
});
