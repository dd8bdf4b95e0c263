// @vitest-environment jsdom
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress } from '../lib/quiz/progress';
import { choice, reflection } from '../lib/quiz/test-questions';
import type { QuizView } from '../lib/quiz/types';
import { clearQuiz, clearWhenLeavingIfShared } from './quiz-end';
import { answerQuestion, checkAnswer, progressKey, quizProgress } from './quiz-progress';
import { eraseQuizProgress, isSharedDevice, SHARED_KEY, sweepFinishedQuizzes } from './shared-device';

/** The class link, as the page script remembers it. */
const openClassLink = () => sessionStorage.setItem(SHARED_KEY, '1');

const quiz: QuizView = {
  id: 'shared-demo',
  questions: [
    { ...choice('single', ['a']), id: 'q1' },
    { ...reflection, id: 'q2' },
  ],
};

beforeAll(() => useTestStorageEngine());
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => cleanTestStorage());

describe('isSharedDevice', () => {
  it('follows the address first, then the session', () => {
    expect(isSharedDevice(() => sessionStorage, '')).toBe(false);
    expect(isSharedDevice(() => sessionStorage, '?shared=1')).toBe(true);
    openClassLink();
    expect(isSharedDevice(() => sessionStorage, '')).toBe(true);
    expect(isSharedDevice(() => sessionStorage, '?shared=0')).toBe(false);
    expect(isSharedDevice()).toBe(true);
  });

  it("reads the page's own address by default", () => {
    history.replaceState(null, '', '?shared=1');
    expect(isSharedDevice(() => undefined)).toBe(true);
    history.replaceState(null, '', '?shared=0');
    openClassLink();
    expect(isSharedDevice()).toBe(false);
    history.replaceState(null, '', location.pathname);
  });

  it('says no when sessionStorage fails', () => {
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(isSharedDevice(throwing, '')).toBe(false);
    expect(isSharedDevice(() => undefined, '')).toBe(false);
  });
});

describe('erasing on a shared device', () => {
  it('sweeps finished quizzes only', () => {
    localStorage.setItem('balise:v1:quiz:done', JSON.stringify({ ...emptyProgress(), completed: true }));
    localStorage.setItem('balise:v1:quiz:half', JSON.stringify(emptyProgress()));
    localStorage.setItem('balise:v1:prefs', '{"readAloud":true}');
    expect(sweepFinishedQuizzes()).toBe(1);
    expect(localStorage.getItem('balise:v1:quiz:done')).toBeNull();
    expect(localStorage.getItem('balise:v1:quiz:half')).not.toBeNull();
    expect(localStorage.getItem('balise:v1:prefs')).not.toBeNull();
  });

  it("erases one quiz's progress and leaves the others", () => {
    localStorage.setItem('balise:v1:quiz:a', '{}');
    localStorage.setItem('balise:v1:quiz:b', '{}');
    eraseQuizProgress('a');
    expect(localStorage.getItem('balise:v1:quiz:a')).toBeNull();
    expect(localStorage.getItem('balise:v1:quiz:b')).toBe('{}');
  });
});

describe('quiz progress on a shared device', () => {
  const stored = () => JSON.parse(getTestStorage()[progressKey(quiz.id)] ?? '{}') as { answers?: Record<string, unknown> };

  it('never stores a reflection, but keeps it on the page', () => {
    openClassLink();
    const unsubscribe = quizProgress(quiz.id).listen(() => {});
    answerQuestion(quiz, 'q1', ['a']);
    answerQuestion(quiz, 'q2', 'Something I want to remember');
    expect(stored().answers).toEqual({ q1: ['a'] });
    expect(quizProgress(quiz.id).get().answers['q2']).toBe('Something I want to remember');
    unsubscribe();
  });

  it('stores reflections on a personal device', () => {
    const unsubscribe = quizProgress(quiz.id).listen(() => {});
    answerQuestion(quiz, 'q2', 'mine');
    expect(stored().answers).toEqual({ q2: 'mine' });
    unsubscribe();
  });

  it('forgets the quiz when the pupil leaves, on a shared device only', () => {
    const unsubscribe = quizProgress(quiz.id).listen(() => {});
    answerQuestion(quiz, 'q1', ['a']);
    checkAnswer(quiz, 'q1');
    const personal = clearWhenLeavingIfShared(quiz);
    dispatchEvent(new Event('pagehide'));
    expect(quizProgress(quiz.id).get().answers).toEqual({ q1: ['a'] });
    personal();

    openClassLink();
    const stop = clearWhenLeavingIfShared(quiz);
    dispatchEvent(new Event('pagehide'));
    expect(quizProgress(quiz.id).get()).toMatchObject({ answers: {}, checked: [], completed: false });
    stop();
    answerQuestion(quiz, 'q1', ['a']);
    dispatchEvent(new Event('pagehide'));
    expect(quizProgress(quiz.id).get().answers).toEqual({ q1: ['a'] });
    unsubscribe();
  });

  it('"clear my answers" empties the quiz in memory and in storage', () => {
    localStorage.setItem(progressKey(quiz.id), '{}');
    const unsubscribe = quizProgress(quiz.id).listen(() => {});
    answerQuestion(quiz, 'q2', 'mine');
    clearQuiz(quiz);
    expect(quizProgress(quiz.id).get().answers).toEqual({});
    expect(getTestStorage()[progressKey(quiz.id)]).toBeUndefined();
    expect(localStorage.getItem(progressKey(quiz.id))).toBeNull();
    unsubscribe();
  });
});
