import { gradeChoice } from './grade-choice';
import { gradeOrdering } from './grade-ordering';
import { gradeScenario } from './grade-scenario';
import { gradeSorting } from './grade-sorting';
import { isScored } from './score';
import type { Answer, Grade, QuestionView } from './types';

// Stryker disable next-line ArrayDeclaration: an unknown id in place of no answer grades the same (wrong choice, wrong order, no story step).
const asList = (answer: Answer | undefined): string[] => (Array.isArray(answer) ? answer : []);
const asMap = (answer: Answer | undefined): Record<string, string> =>
  // Stryker disable next-line ConditionalExpression: an Answer is never null (its type, and isAnswer on stored progress)
  typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? answer : {};

/** Grades an answer of any question type; a reflection is never scored (see `isScored`). */
export function gradeAnswer(question: QuestionView, answer: Answer | undefined): Grade {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return gradeChoice(question, asList(answer));
    case 'ordering':
      return gradeOrdering(question, asList(answer));
    case 'sorting':
      return gradeSorting(question, asMap(answer));
    case 'scenario':
      return gradeScenario(question, asList(answer));
    case 'reflection':
      return { correct: true, score: 0 };
  }
}

export { isScored };

/** The quiz score: the sum of the scored questions' credit, to one decimal, out of their number. */
export function quizScore(
  questions: readonly QuestionView[],
  answers: Readonly<Record<string, Answer>>,
): { score: number; total: number } {
  const scored = questions.filter(isScored);
  const sum = scored.reduce((total, question) => total + gradeAnswer(question, answers[question.id]).score, 0);
  return { score: Math.round(sum * 10) / 10, total: scored.length };
}
