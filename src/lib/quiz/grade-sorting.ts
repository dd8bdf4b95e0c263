import type { Grade, SortingView } from './types';

/** Right when every item is in its category; partial credit is the share of items placed right. */
export function gradeSorting(question: SortingView, placed: Readonly<Record<string, string>>): Grade {
  const right = question.items.filter((item) => placed[item.id] === item.category).length;
  return { correct: right === question.items.length, score: right / question.items.length };
}
