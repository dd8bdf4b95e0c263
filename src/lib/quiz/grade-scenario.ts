import { followScenario } from './scenario-path';
import type { Grade, ScenarioView } from './types';

/**
 * A finished story is graded by its path: the share of choices on it marked "best". It is right
 * when every choice taken was a best one. An unfinished story scores nothing.
 */
export function gradeScenario(question: ScenarioView, choiceIds: readonly string[]): Grade {
  const { taken, finished } = followScenario(question, choiceIds);
  if (!finished || taken.length === 0) return { correct: false, score: 0 };
  const best = taken.filter(({ choice }) => choice.best).length;
  return { correct: best === taken.length, score: best / taken.length };
}
