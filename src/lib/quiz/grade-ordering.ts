import type { Grade, OrderingView } from './types';

/** Right when every item is in its place; partial credit is the share of items in their place. */
export function gradeOrdering(question: OrderingView, order: readonly string[]): Grade {
  const inPlace = question.items.filter((item, index) => order[index] === item.id).length;
  return { correct: inPlace === question.items.length, score: inPlace / question.items.length };
}
