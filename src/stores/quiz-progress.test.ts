import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { QuizView } from '../lib/quiz/types';
import { checkAnswer, chooseAnswer, progressKey, quizProgress, restartQuiz } from './quiz-progress';

const quiz = (id: string): QuizView => ({
  id,
  questions: ['q1', 'q2'].map((qid) => ({
    id: qid,
    type: 'single',
    prompt: qid,
    explanation: '',
    options: [
      { id: 'a', text: 'A', feedback: '', correct: true },
      { id: 'b', text: 'B', feedback: '', correct: false },
    ],
  })),
});

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('quiz progress store', () => {
  it('saves answers under a versioned key per quiz', () => {
    const demo = quiz('store-demo');
    const unsubscribe = quizProgress(demo.id).listen(() => {});
    chooseAnswer(demo, 'q1', ['a']);
    checkAnswer(demo, 'q1');
    const saved = JSON.parse(getTestStorage()[progressKey(demo.id)] ?? '{}');
    expect(progressKey(demo.id)).toBe('balise:v1:quiz:store-demo');
    expect(saved).toMatchObject({ version: 1, answers: { q1: ['a'] }, checked: ['q1'], completed: false });
    unsubscribe();
  });

  it('completes with the score, and starts again empty', () => {
    const demo = quiz('store-score');
    const unsubscribe = quizProgress(demo.id).listen(() => {});
    chooseAnswer(demo, 'q1', ['a']);
    checkAnswer(demo, 'q1');
    chooseAnswer(demo, 'q2', ['b']);
    checkAnswer(demo, 'q2');
    expect(quizProgress(demo.id).get()).toMatchObject({ completed: true, score: 1 });
    restartQuiz(demo.id);
    expect(getTestStorage()[progressKey(demo.id)]).toBeUndefined();
    unsubscribe();
  });

  it('keeps two quizzes apart', () => {
    const first = quiz('first');
    const second = quiz('second');
    chooseAnswer(first, 'q1', ['a']);
    chooseAnswer(second, 'q1', ['b']);
    expect(quizProgress('first').get().answers).toEqual({ q1: ['a'] });
    expect(quizProgress('second').get().answers).toEqual({ q1: ['b'] });
  });

  it('starts fresh when the stored JSON is corrupted', () => {
    const store = quizProgress('corrupted');
    const unsubscribe = store.listen(() => {});
    setTestStorageKey(progressKey('corrupted'), '{"version":1,"answers":');
    expect(store.get()).toMatchObject({ answers: {}, checked: [], completed: false });
    chooseAnswer(quiz('corrupted'), 'q1', ['a']);
    expect(store.get().answers).toEqual({ q1: ['a'] });
    unsubscribe();
  });
});
