import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import {
  checkQuestion,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  goTo,
  setAnswer,
  type QuizProgress,
} from '../lib/quiz/progress';
import type { Answer, QuizView } from '../lib/quiz/types';
import { withoutReflections } from '../lib/shared-device';
import { isSharedDevice, QUIZ_PREFIX } from './shared-device';
import './storage-engine';

/** localStorage key of a quiz's progress; the shape is documented in `lib/quiz/progress.ts`. */
export const progressKey = (quizId: string): string => `${QUIZ_PREFIX}${quizId}`;

const stores = new Map<string, WritableAtom<QuizProgress>>();

/**
 * The persisted progress of one quiz (`$progress` of that quiz). One store and one key per quiz,
 * so two quizzes never share state; another tab's changes arrive through the storage event, so
 * two tabs of the same quiz build on each other's answers instead of overwriting them. On a
 * shared device (see `shared-device.ts`) reflections stay in memory and are never stored.
 */
export function quizProgress(quizId: string): WritableAtom<QuizProgress> {
  let store = stores.get(quizId);
  if (!store) {
    store = persistentAtom<QuizProgress>(progressKey(quizId), emptyProgress(), {
      encode: (progress) => encodeProgress(isSharedDevice() ? withoutReflections(progress) : progress),
      decode: decodeProgress,
    });
    stores.set(quizId, store);
  }
  return store;
}

/** Changes a quiz's progress, in memory and in storage. */
export const updateProgress = (quiz: QuizView, change: (progress: QuizProgress) => QuizProgress): void => {
  const store = quizProgress(quiz.id);
  store.set(change(store.get()));
};

/** Records a pupil's answer to a question. */
export const answerQuestion = (quiz: QuizView, questionId: string, answer: Answer): void =>
  updateProgress(quiz, (p) => setAnswer(p, questionId, answer, new Date()));

/** Checks a question's answer (the last check completes the quiz). */
export const checkAnswer = (quiz: QuizView, questionId: string): void =>
  updateProgress(quiz, (p) => checkQuestion(p, questionId, quiz.questions, new Date()));

/** Shows question `index`, or the end screen at `quiz.questions.length`. */
export const showQuestion = (quiz: QuizView, index: number): void =>
  updateProgress(quiz, (p) => goTo(p, index, quiz.questions.length, new Date()));
