import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../schemas/quiz';
import { localizeQuiz } from './localize-quiz';

const text = (word: string) => ({ fr: `${word}-fr`, nl: `${word}-nl`, en: `${word}-en` });
const quiz = quizSchema.parse({
  questions: [
    {
      id: 'tf',
      type: 'true-false',
      prompt: text('statement'),
      answer: false,
      feedback: { right: text('right'), wrong: text('wrong') },
      explanation: text('why'),
    },
    {
      id: 'pick',
      type: 'single',
      prompt: text('prompt'),
      options: [
        { id: 'a', text: text('a'), feedback: text('fa') },
        { id: 'b', text: text('b'), feedback: text('fb'), correct: true },
      ],
      explanation: text('why'),
    },
  ],
});

describe('localizeQuiz', () => {
  it('keeps one language and the answer key', () => {
    const view = localizeQuiz('demo', quiz, 'nl', { true: 'Juist', false: 'Fout' });
    expect(view.questions[1]).toEqual({
      id: 'pick',
      type: 'single',
      prompt: 'prompt-nl',
      explanation: 'why-nl',
      options: [
        { id: 'a', text: 'a-nl', feedback: 'fa-nl', correct: false },
        { id: 'b', text: 'b-nl', feedback: 'fb-nl', correct: true },
      ],
    });
  });

  it('turns true/false into two options carrying the right and wrong feedback', () => {
    const view = localizeQuiz('demo', quiz, 'en', { true: 'True', false: 'False' });
    expect(view.questions[0]?.options).toEqual([
      { id: 'true', text: 'True', feedback: 'wrong-en', correct: false },
      { id: 'false', text: 'False', feedback: 'right-en', correct: true },
    ]);
  });
});
