/**
 * "Try again" from the end screen: which questions were missed, and a new attempt at all of them
 * or only those. Loaded with the end screen, not with the quiz (see QuizEnd.tsx).
 */
import { gradeAnswer, isScored } from './grade';
import { emptyProgress, stamp, type QuizProgress } from './progress';
import type { QuestionView } from './types';

/** Ids of the scored questions answered wrongly or only partly. */
export function missedQuestions(progress: QuizProgress, questions: readonly QuestionView[]): string[] {
  return questions
    .filter((question) => isScored(question) && progress.checked.includes(question.id))
    .filter((question) => !gradeAnswer(question, progress.answers[question.id]).correct)
    .map((question) => question.id);
}

/**
 * Starts a new attempt with a new shuffle seed. With `only`, just those questions are asked
 * again (the others keep their answers) and the first of them is shown.
 */
export function startAgain(
  progress: QuizProgress,
  questions: readonly QuestionView[],
  attempt: string,
  now: Date,
  only?: readonly string[],
): QuizProgress {
  if (!only) return stamp(emptyProgress(attempt), now);
  const answers = Object.fromEntries(Object.entries(progress.answers).filter(([id]) => !only.includes(id)));
  const first = questions.findIndex((question) => only.includes(question.id));
  return stamp(
    {
      ...progress,
      attempt,
      answers,
      checked: progress.checked.filter((id) => !only.includes(id)),
      completed: false,
      score: null,
      current: Math.max(0, first),
    },
    now,
  );
}
