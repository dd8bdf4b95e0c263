import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choice } from '../lib/quiz/test-questions';
import type { QuizView } from '../lib/quiz/types';
import { tryAgain } from './quiz-end';
import { answerQuestion, checkAnswer, progressKey, quizProgress, showQuestion } from './quiz-progress';

const quiz = (id: string): QuizView => ({
  id,
  questions: [
    { ...choice('single', ['a']), id: 'q1' },
    { ...choice('single', ['a']), id: 'q2' },
  ],
});

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('quiz progress store', () => {
  it('saves answers under a key per quiz, in the documented shape', () => {
    const demo = quiz('store-demo');
    const unsubscribe = quizProgress(demo.id).listen(() => {});
    answerQuestion(demo, 'q1', ['a']);
    checkAnswer(demo, 'q1');
    showQuestion(demo, 1);
    expect(progressKey(demo.id)).toBe('balise:v1:quiz:store-demo');
    expect(JSON.parse(getTestStorage()[progressKey(demo.id)] ?? '{}')).toMatchObject({
      version: 2,
      current: 1,
      answers: { q1: ['a'] },
      checked: ['q1'],
      completed: false,
    });
    unsubscribe();
  });

  it('completes with the score, and a new attempt starts empty with a new seed', () => {
    const demo = quiz('store-score');
    const unsubscribe = quizProgress(demo.id).listen(() => {});
    answerQuestion(demo, 'q1', ['a']);
    checkAnswer(demo, 'q1');
    answerQuestion(demo, 'q2', ['b']);
    checkAnswer(demo, 'q2');
    const done = quizProgress(demo.id).get();
    expect(done).toMatchObject({ completed: true, score: 1 });
    tryAgain(demo, false);
    expect(quizProgress(demo.id).get()).toMatchObject({ answers: {}, checked: [], completed: false });
    expect(quizProgress(demo.id).get().attempt).not.toBe(done.attempt);
    unsubscribe();
  });

  it('keeps two quizzes apart', () => {
    answerQuestion(quiz('first'), 'q1', ['a']);
    answerQuestion(quiz('second'), 'q1', ['b']);
    expect(quizProgress('first').get().answers).toEqual({ q1: ['a'] });
    expect(quizProgress('second').get().answers).toEqual({ q1: ['b'] });
  });

  it("takes in another tab's answers, so the two tabs do not overwrite each other", () => {
    const demo = quiz('two-tabs');
    const unsubscribe = quizProgress(demo.id).listen(() => {});
    answerQuestion(demo, 'q1', ['a']);
    const otherTab = { ...quizProgress(demo.id).get(), answers: { q1: ['a'], q2: ['b'] } };
    setTestStorageKey(progressKey(demo.id), JSON.stringify(otherTab));
    checkAnswer(demo, 'q1');
    expect(quizProgress(demo.id).get().answers).toEqual({ q1: ['a'], q2: ['b'] });
    unsubscribe();
  });

  it('starts fresh when the stored JSON is corrupted', () => {
    const store = quizProgress('corrupted');
    const unsubscribe = store.listen(() => {});
    setTestStorageKey(progressKey('corrupted'), '{"version":2,"answers":');
    expect(store.get()).toMatchObject({ answers: {}, checked: [], completed: false });
    answerQuestion(quiz('corrupted'), 'q1', ['a']);
    expect(store.get().answers).toEqual({ q1: ['a'] });
    unsubscribe();
  });
});
