import { followScenario } from './scenario-path';
import { seededShuffle } from './shuffle';
import type { Answer, QuestionView } from './types';

/** The seed of a question's shuffled order in an attempt. */
export const shuffleSeed = (attempt: string, questionId: string): string => `${attempt}:${questionId}`;

/**
 * The answer shown before the pupil does anything: an ordering question starts as a shuffled
 * list (never already in the right order); other types start empty.
 */
export function initialAnswer(question: QuestionView, attempt: string): Answer | undefined {
  if (question.type !== 'ordering') return undefined;
  return seededShuffle(
    question.items.map((item) => item.id),
    shuffleSeed(attempt, question.id),
    true,
  );
}

/** Whether an answer is complete enough to be checked. */
export function isAnswered(question: QuestionView, answer: Answer | undefined): boolean {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return Array.isArray(answer) && answer.length > 0;
    case 'ordering':
      return Array.isArray(answer) && answer.length === question.items.length;
    case 'sorting':
      return typeof answer === 'object' && !Array.isArray(answer) && question.items.every((item) => answer[item.id]);
    case 'scenario':
      return Array.isArray(answer) && followScenario(question, answer).finished;
    case 'reflection':
      return true;
  }
}

/** Moves the item at `from` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem(order: readonly string[], from: number, step: -1 | 1): string[] {
  const to = from + step;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
