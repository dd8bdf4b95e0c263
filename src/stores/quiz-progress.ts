import type { WritableAtom } from 'nanostores';
import {
  checkQuestion,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  goTo,
  missedQuestions,
  setAnswer,
  startAgain,
  type QuizProgress,
} from '../lib/quiz/progress';
import type { Answer, QuizView } from '../lib/quiz/types';
import { persistedAtom } from './persisted-atom';
import { STORAGE_PREFIX } from './storage-prefix';

/** localStorage key of a quiz's progress; the shape is documented in `lib/quiz/progress.ts`. */
export const progressKey = (quizId: string): string => `${STORAGE_PREFIX}v1:quiz:${quizId}`;

const stores = new Map<string, WritableAtom<QuizProgress>>();

/**
 * The persisted progress of one quiz (`$progress` of that quiz). One store and one key per quiz,
 * so two quizzes never share state; another tab's changes arrive through the storage event, so
 * two tabs of the same quiz build on each other's answers instead of overwriting them.
 */
export function quizProgress(quizId: string): WritableAtom<QuizProgress> {
  let store = stores.get(quizId);
  if (!store) {
    store = persistedAtom<QuizProgress>(progressKey(quizId), emptyProgress(), {
      encode: encodeProgress,
      decode: decodeProgress,
    });
    stores.set(quizId, store);
  }
  return store;
}

const update = (quiz: QuizView, change: (progress: QuizProgress) => QuizProgress) => {
  const store = quizProgress(quiz.id);
  store.set(change(store.get()));
};

// Stryker disable next-line MethodExpression: any new random text is a new seed; the slice only keeps the stored one short.
const newAttempt = () => Math.random().toString(36).slice(2, 8);

/** Records a pupil's answer to a question. */
export const answerQuestion = (quiz: QuizView, questionId: string, answer: Answer): void =>
  update(quiz, (p) => setAnswer(p, questionId, answer, new Date()));

/** Checks a question's answer (the last check completes the quiz). */
export const checkAnswer = (quiz: QuizView, questionId: string): void =>
  update(quiz, (p) => checkQuestion(p, questionId, quiz.questions, new Date()));

/** Shows question `index`, or the end screen at `quiz.questions.length`. */
export const showQuestion = (quiz: QuizView, index: number): void =>
  update(quiz, (p) => goTo(p, index, quiz.questions.length, new Date()));

/** Starts again: every question, or only the ones missed. */
export const tryAgain = (quiz: QuizView, onlyMissed: boolean): void =>
  update(quiz, (p) =>
    startAgain(p, quiz.questions, newAttempt(), new Date(), onlyMissed ? missedQuestions(p, quiz.questions) : undefined),
  );
