import { describe, expect, it } from 'vitest';
import { emptyProgress } from './quiz/progress';
import { finishedQuizKeys, withoutReflections } from './shared-device';

describe('withoutReflections', () => {
  it('drops text answers and keeps every other answer and the rest of the progress', () => {
    const progress = {
      ...emptyProgress('k3'),
      answers: { q1: ['a'], q2: { card: 'green' }, q3: 'I felt worried', q4: 'sad' },
      checked: ['q1', 'q2', 'q3', 'q4'],
      completed: true,
      score: 2,
    };
    expect(withoutReflections(progress)).toEqual({ ...progress, answers: { q1: ['a'], q2: { card: 'green' } } });
    expect(progress.answers.q3).toBe('I felt worried');
  });
});

describe('finishedQuizKeys', () => {
  const prefix = 'balise:v1:quiz:';
  it('lists the finished quizzes only', () => {
    const entries = [
      { key: `${prefix}done`, value: JSON.stringify({ ...emptyProgress(), completed: true }) },
      { key: `${prefix}half`, value: JSON.stringify(emptyProgress()) },
      { key: `${prefix}broken`, value: '{not json' },
      { key: `${prefix}null`, value: 'null' },
      { key: 'balise:v1:prefs', value: '{"completed":true}' },
    ];
    expect(finishedQuizKeys(entries, prefix)).toEqual([`${prefix}done`]);
  });
});
