/**
 * What the end screen does to a quiz's progress: try again, or forget it (on a shared device, when
 * the pupil leaves). Loaded with the end screen, not with the quiz (see QuizEnd.tsx).
 */
import { emptyProgress } from '../lib/quiz/progress';
import { missedQuestions, startAgain } from '../lib/quiz/retry';
import type { QuizView } from '../lib/quiz/types';
import { quizProgress, updateProgress } from './quiz-progress';
import { eraseQuizProgress, isSharedDevice } from './shared-device';

// Stryker disable next-line MethodExpression: any new random text is a new seed; the slice only keeps the stored one short.
const newAttempt = () => Math.random().toString(36).slice(2, 8);

/** Starts again: every question, or only the ones missed. */
export const tryAgain = (quiz: QuizView, onlyMissed: boolean): void =>
  updateProgress(quiz, (p) =>
    startAgain(p, quiz.questions, newAttempt(), new Date(), onlyMissed ? missedQuestions(p, quiz.questions) : undefined),
  );

/** Forgets a quiz on this device: its answers and reflections, in memory and in storage. */
export function clearQuiz(quiz: QuizView): void {
  quizProgress(quiz.id).set(emptyProgress(newAttempt()));
  eraseQuizProgress(quiz.id);
}

/**
 * On a shared device, forgets the quiz when the pupil leaves the page (its end screen has been
 * seen), so the next pupil finds it untouched. Returns a function that cancels this.
 */
export function clearWhenLeavingIfShared(quiz: QuizView): () => void {
  if (!isSharedDevice()) return () => {};
  const leave = () => clearQuiz(quiz);
  addEventListener('pagehide', leave);
  return () => removeEventListener('pagehide', leave);
}
