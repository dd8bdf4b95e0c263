import type { Band } from '../../schemas/bands';

/**
 * Words a pupil reads before the quiz, per band: a 6-8 lesson fits one class lesson on a phone
 * (about 350 words); older bands are capped near their longest lesson so that lessons do not grow.
 */
export const WORD_BUDGET: Record<Band, number> = { '6-8': 350, '9-11': 1000, '12-14': 1900, '15-18': 2100 };

/** The budget message for a lesson over its band's budget, or undefined when it fits. */
export function wordBudgetProblem(words: number, band: Band): string | undefined {
  const budget = WORD_BUDGET[band];
  if (words <= budget) return undefined;
  return `${words} words before the quiz, ${words - budget} over the budget of ${budget} for ages ${band}: cut to one idea per section and shorter examples`;
}
