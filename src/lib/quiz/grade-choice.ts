import type { ChoiceView, Grade } from './types';

/**
 * Single choice and true/false: right when the one chosen option is the right one (1 or 0).
 * Multiple choice: right only with exactly the right options. Partial credit is
 * (right options chosen − wrong options chosen) ÷ number of right options, never below 0, so
 * ticking every box earns nothing. Unknown option ids (an older quiz) count as wrong choices.
 */
export function gradeChoice(question: ChoiceView, chosen: readonly string[]): Grade {
  const picked = new Set(chosen);
  const rightIds = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  const hits = [...picked].filter((id) => rightIds.has(id)).length;
  const misses = picked.size - hits;
  const correct = misses === 0 && hits === rightIds.size;
  // Stryker disable next-line ConditionalExpression: with the single right option the schema allows, the partial formula also gives 1 or 0.
  if (question.type !== 'multiple') return { correct, score: correct ? 1 : 0 };
  return { correct, score: Math.max(0, (hits - misses) / rightIds.size) };
}
