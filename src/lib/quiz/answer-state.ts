import { followScenario } from './scenario-path';
import { seededShuffle } from './shuffle';
import type { Answer, OrderingView, QuestionView } from './types';

/** The seed of a question's shuffled order in an attempt. */
export const shuffleSeed = (attempt: string, questionId: string): string => `${attempt}:${questionId}`;

/**
 * The order an ordering question's steps are shown in, to be tapped in order: shuffled (never
 * already in the right order), the same way for the same attempt.
 */
export const orderingDeck = (question: OrderingView, attempt: string): string[] =>
  seededShuffle(
    question.items.map((item) => item.id),
    shuffleSeed(attempt, question.id),
    true,
  );

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

/** Taps a step of an ordering question: it takes the next place, or, if it had one, leaves it (the later steps move up). */
export const toggleInOrder = (order: readonly string[], id: string): string[] =>
  order.includes(id) ? order.filter((other) => other !== id) : [...order, id];

/** Puts a sorting card into a category, or (without one) back on the pile of cards to sort. */
export function placeCard(placed: Readonly<Record<string, string>>, itemId: string, categoryId?: string): Record<string, string> {
  const rest = Object.fromEntries(Object.entries(placed).filter(([id]) => id !== itemId));
  return categoryId === undefined ? rest : { ...rest, [itemId]: categoryId };
}
