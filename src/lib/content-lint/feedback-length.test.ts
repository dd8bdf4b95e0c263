import { describe, expect, it } from 'vitest';
import { feedbackLengthProblem, feedbackLines } from './feedback-length';

const quiz = `questions:
  - id: one
    type: true-false
    prompt:
      fr: "Une question ?"
      nl: "Een vraag?"
      en: "A question?"
    feedback:
      right:
        fr: "Oui !"
        nl: "Ja!"
        en: "Yes!"
      wrong:
        en: "Not quite."
    explanation:
      en: "A long explanation that is not feedback."
  - id: two
    type: single
    options:
      - id: a
        label:
          en: "Option"
        feedback:
          en: "Option feedback."
`;

describe('feedbackLines', () => {
  it('finds right, wrong and option feedback with their lines, and nothing else', () => {
    expect(feedbackLines(quiz).map((line) => `${line.index + 1} ${line.lang} ${line.text}`)).toEqual([
      '10 fr Oui !',
      '11 nl Ja!',
      '12 en Yes!',
      '14 en Not quite.',
      '24 en Option feedback.',
    ]);
  });
});

describe('feedbackLengthProblem', () => {
  it('accepts one short sentence for 6-8 and any length for older pupils', () => {
    expect(feedbackLengthProblem('Yes! A trusted adult listens to you and helps you.', 'en', '6-8')).toBeUndefined();
    expect(
      feedbackLengthProblem(
        'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
        'en',
        '9-11',
      ),
    ).toBeUndefined();
  });
  it('says how long a 6-8 feedback is and where the rest goes', () => {
    expect(
      feedbackLengthProblem(
        'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
        'en',
        '6-8',
      ),
    ).toBe(
      'feedback of 15 words: for ages 6-8 it is one short sentence of at most 14 words; move the rest to "explanation" (shown by "Tell me more")',
    );
  });
});

describe('feedbackLines in files saved with Windows line ends', () => {
  it('reads the feedback of a file whose lines end in CR LF', () => {
    expect(feedbackLines(quiz.replace(/\n/g, '\r\n')).map((line) => `${line.index + 1} ${line.lang} ${line.text}`)).toEqual([
      '10 fr Oui !',
      '11 nl Ja!',
      '12 en Yes!',
      '14 en Not quite.',
      '24 en Option feedback.',
    ]);
  });
});

describe('feedbackLines and the shape of the YAML', () => {
  const texts = (raw: string) => feedbackLines(raw).map((line) => line.text);

  it('keeps the apostrophes inside a text, removing only its quotes', () => {
    expect(texts(`feedback:\n  en: "Don't share it, it's 'yours'."\n  fr: 'Oui'`)).toEqual([
      "Don't share it, it's 'yours'.",
      'Oui',
    ]);
  });

  it('reads the keys of a list item as siblings of its first key', () => {
    const raw = `options:\n  - feedback: "Shown"\n    en: "An option label"\n  - wrong:\n      en: "Wrong answer"`;
    expect(texts(raw)).toEqual(['Wrong answer']);
  });

  it('closes a block at a list item written with several spaces after its dash', () => {
    const raw = `questions:\n  - id: one\n    feedback:\n      right:\n        en: "Yes!"\n  -  id: two\n       en: "Not feedback"`;
    expect(texts(raw)).toEqual(['Yes!']);
  });

  it('skips comment lines inside a block', () => {
    const raw = `feedback:\n  right:\n    # todo: shorter\n    en: "Yes!"`;
    expect(texts(raw)).toEqual(['Yes!']);
  });
});

describe('feedbackLengthProblem at the limit', () => {
  it('accepts exactly 14 words for 6-8', () => {
    expect(
      feedbackLengthProblem('one two three four five six seven eight nine ten eleven twelve thirteen fourteen', 'en', '6-8'),
    ).toBeUndefined();
  });
});
