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
    {
      id: 'story',
      type: 'scenario',
      prompt: text('story'),
      explanation: text('take-away'),
      steps: [
        {
          id: 'one',
          text: text('one'),
          choices: [
            { id: 'good', text: text('good'), consequence: text('helped'), next: 'end', best: true },
            { id: 'bad', text: text('bad'), consequence: text('stuck') },
          ],
        },
        { id: 'end', text: text('end') },
      ],
    },
    {
      id: 'order',
      type: 'ordering',
      prompt: text('order'),
      explanation: text('why'),
      items: [
        { id: 'x', text: text('x') },
        { id: 'y', text: text('y') },
        { id: 'z', text: text('z') },
      ],
      feedback: { right: text('right'), wrong: text('wrong') },
    },
  ],
});

describe('localizeQuiz', () => {
  it('keeps the feelings of a reflection, in one language', () => {
    const withFeelings = quizSchema.parse({
      questions: [
        {
          id: 'feel',
          type: 'reflection',
          prompt: text('feel'),
          explanation: text('why'),
          feelings: [
            { id: 'ok', text: text('ok') },
            { id: 'sad', text: text('sad') },
          ],
        },
      ],
    });
    const view = localizeQuiz('demo', withFeelings, 'fr', { true: 'Vrai', false: 'Faux' });
    expect(view.questions[0]).toMatchObject({
      feelings: [
        { id: 'ok', text: 'ok-fr' },
        { id: 'sad', text: 'sad-fr' },
      ],
    });
  });

  it('keeps one language and the answer key', () => {
    const view = localizeQuiz('demo', quiz, 'nl', { true: 'Juist', false: 'Fout' });
    expect(view.questions[1]).toEqual({
      id: 'pick',
      type: 'single',
      shuffle: false,
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
    expect(view.questions[0]).toMatchObject({ type: 'true-false', shuffle: false, prompt: 'statement-en' });
    expect(view.questions[0]).toHaveProperty('options', [
      { id: 'true', text: 'True', feedback: 'wrong-en', correct: false },
      { id: 'false', text: 'False', feedback: 'right-en', correct: true },
    ]);
  });

  it('starts a scenario at its first step by default and keeps the branching', () => {
    const story = localizeQuiz('demo', quiz, 'fr', { true: 'Vrai', false: 'Faux' }).questions[2];
    expect(story).toMatchObject({ type: 'scenario', start: 'one', prompt: 'story-fr' });
    expect(story?.type === 'scenario' && story.steps[0]?.choices).toEqual([
      { id: 'good', text: 'good-fr', consequence: 'helped-fr', next: 'end', best: true },
      { id: 'bad', text: 'bad-fr', consequence: 'stuck-fr', best: false },
    ]);
  });

  it('keeps ordering items in their right order and both feedbacks', () => {
    const order = localizeQuiz('demo', quiz, 'en', { true: 'True', false: 'False' }).questions[3];
    expect(order).toMatchObject({
      items: [{ id: 'x', text: 'x-en' }, { id: 'y' }, { id: 'z' }],
      feedback: { right: 'right-en', wrong: 'wrong-en' },
    });
  });
});
