import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { gradeAnswer, totalScore } from '../lib/quiz/grade';
import {
  checkQuestion,
  chooseOptions,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  type QuizProgress,
} from '../lib/quiz/progress';
import type { QuizView } from '../lib/quiz/types';
import { STORAGE_PREFIX } from './device-data';
import { createSafeStorage } from './safe-storage';

if (typeof window !== 'undefined') {
  setPersistentEngine(
    createSafeStorage(() => window.localStorage),
    windowPersistentEvents,
  );
}

/** localStorage key of a quiz's progress; the shape is documented in `lib/quiz/progress.ts`. */
export const progressKey = (quizId: string): string => `${STORAGE_PREFIX}v1:quiz:${quizId}`;

const stores = new Map<string, WritableAtom<QuizProgress>>();

/**
 * The persisted progress of one quiz (`$progress` of that quiz). One store per quiz id, so two
 * quizzes never share state; other tabs' changes arrive through the storage event.
 */
export function quizProgress(quizId: string): WritableAtom<QuizProgress> {
  let store = stores.get(quizId);
  if (!store) {
    store = persistentAtom<QuizProgress>(progressKey(quizId), emptyProgress(), {
      encode: encodeProgress,
      decode: decodeProgress,
    });
    stores.set(quizId, store);
  }
  return store;
}

/** Records the options a pupil chose for a question. */
export function chooseAnswer(quiz: QuizView, questionId: string, optionIds: readonly string[]): void {
  const store = quizProgress(quiz.id);
  store.set(chooseOptions(store.get(), questionId, optionIds, new Date()));
}

/** Checks a question's answer; completes the quiz with its score when it was the last one. */
export function checkAnswer(quiz: QuizView, questionId: string): void {
  const store = quizProgress(quiz.id);
  const scoreOf = (answers: QuizProgress['answers']) =>
    totalScore(
      quiz.questions.map((question) => gradeAnswer(question, answers[question.id] ?? [])),
      quiz.questions.length,
    ).score;
  store.set(
    checkQuestion(
      store.get(),
      questionId,
      quiz.questions.map((question) => question.id),
      scoreOf,
      new Date(),
    ),
  );
}

/** Starts the quiz again from scratch. */
export function restartQuiz(quizId: string): void {
  quizProgress(quizId).set(emptyProgress());
}
