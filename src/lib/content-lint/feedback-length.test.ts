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
