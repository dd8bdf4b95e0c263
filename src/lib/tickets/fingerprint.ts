import { hash32 } from '../hash';
import { isScored } from '../quiz/score';
import type { QuestionView, QuizView } from '../quiz/types';

/**
 * What a ticket's answers mean, in ids only (the same in every language): each scored question
 * with its type and its options and which are right, its steps in order, its items and their
 * categories, or its story's choices and which are best. Changing any of these changes the
 * fingerprint, so a ticket made with another version of the quiz is recognised.
 */
export function answerKey(quiz: QuizView): string {
  return quiz.questions
    .filter(isScored)
    .map((question) => `${question.id}:${question.type}:${keyOf(question)}`)
    .join(';');
}

function keyOf(question: QuestionView): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return question.options.map((option) => `${option.id}${option.correct ? '+' : ''}`).join(',');
    case 'ordering':
      return question.items.map((item) => item.id).join(',');
    case 'sorting':
      return question.items.map((item) => `${item.id}>${item.category}`).join(',');
    case 'scenario':
      return question.steps
        .flatMap((step) => (step.choices ?? []).map((choice) => `${step.id}.${choice.id}${choice.best ? '+' : ''}`))
        .join(',');
    case 'reflection':
      // Stryker disable next-line StringLiteral: never reached (answerKey keeps scored questions only); the case keeps the switch exhaustive
      return '';
  }
}

/** A number below `limit` that names the quiz (its id). */
export const quizTag = (quizId: string, limit: number): number => hash32(quizId) % limit;

/** A number below `limit` that names the quiz's answer key. */
export const keyFingerprint = (quiz: QuizView, limit: number): number => hash32(answerKey(quiz)) % limit;

/** A number below `limit` that names a pupil's attempt (its random seed). */
export const attemptNonce = (attempt: string, limit: number): number => hash32(`attempt:${attempt}`) % limit;
