import type { Answer, QuestionView } from './types';

// Stryker disable next-line ArrayDeclaration: option ids are slugs (schema), so the mutant's entry is never an option chosen.
const asList = (answer: Answer | undefined): string[] => (Array.isArray(answer) ? answer : []);

/**
 * The one short sentence a young pupil (6-8) sees after checking, before "tell me more": an
 * ordering's right/wrong feedback; for a choice, the feedback of the first option the pupil got
 * wrong (chosen but wrong, or right but left out), else of the option chosen; for sorting, the
 * feedback of the first card in the wrong group. Empty where the question shows its own outcome
 * (a story's consequences, a reflection) or when every card is right.
 */
export function shortFeedback(question: QuestionView, answer: Answer | undefined, correct: boolean): string {
  switch (question.type) {
    case 'ordering':
      return correct ? question.feedback.right : question.feedback.wrong;
    case 'single':
    case 'multiple':
    case 'true-false': {
      const chosen = asList(answer);
      const missed = question.options.find((option) => chosen.includes(option.id) !== option.correct);
      // Stryker disable next-line StringLiteral: a valid choice question has a right option, so when none is missed one is chosen.
      return (missed ?? question.options.find((option) => chosen.includes(option.id)))?.feedback ?? '';
    }
    case 'sorting': {
      const placed = typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
      return question.items.find((item) => placed[item.id] !== item.category)?.feedback ?? '';
    }
    case 'scenario':
    case 'reflection':
      return '';
  }
}
