import en from '../../i18n/en.json';
import type { QuizView } from '../../lib/quiz/types';
import type { QuizStrings } from './strings';

/** A two-question quiz for component tests. */
export const testQuiz: QuizView = {
  id: 'component-test',
  questions: [
    {
      id: 'first-step',
      type: 'single',
      prompt: 'What helps first?',
      explanation: 'Telling someone you trust brings help.',
      options: [
        { id: 'pay', text: 'Pay', feedback: 'Paying rarely stops it.', correct: false },
        { id: 'tell', text: 'Tell someone you trust', feedback: 'Yes: help starts here.', correct: true },
      ],
    },
    {
      id: 'fault',
      type: 'true-false',
      prompt: 'It is never your fault.',
      explanation: 'The person who pressures is responsible.',
      options: [
        { id: 'true', text: 'True', feedback: 'Right.', correct: true },
        { id: 'false', text: 'False', feedback: 'It is never your fault.', correct: false },
      ],
    },
  ],
};

/** The English quiz strings. */
export const testStrings = Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith('quiz.'))) as QuizStrings;
