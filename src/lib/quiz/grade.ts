import type { Answer, Grade, QuestionView } from './types';

/**
 * Grades an answer.
 * - single and true/false: right when the one chosen option is the right one (score 1 or 0).
 * - multiple: right only when exactly the right options are chosen. Partial credit is
 *   (right options chosen − wrong options chosen) ÷ number of right options, never below 0,
 *   so ticking every box earns nothing.
 * Unknown option ids (from an older version of the quiz) count as wrong choices.
 */
export function gradeAnswer(question: QuestionView, answer: Answer): Grade {
  const chosen = new Set(answer);
  const rightIds = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  const hits = [...chosen].filter((id) => rightIds.has(id)).length;
  const misses = chosen.size - hits;
  const correct = misses === 0 && hits === rightIds.size;
  if (question.type !== 'multiple') return { correct, score: correct ? 1 : 0 };
  return { correct, score: Math.max(0, (hits - misses) / rightIds.size) };
}

/** Total score of a quiz: the sum of question scores, rounded to one decimal, and the maximum. */
export function totalScore(grades: readonly Grade[], questionCount: number): { score: number; max: number } {
  const sum = grades.reduce((total, grade) => total + grade.score, 0);
  return { score: Math.round(sum * 10) / 10, max: questionCount };
}
