import { isAnswered } from '../quiz/answer-state';
import { gradeChoice } from '../quiz/grade-choice';
import { gradeAnswer } from '../quiz/grade';
import type { Answer, Grade, QuestionView } from '../quiz/types';
import type { TicketAnswer } from './types';

/** Scenario credit is carried in tenths. */
const SCENARIO_STEPS = 10;

type ScoredQuestion = Exclude<QuestionView, { type: 'reflection' }>;

/** How many score steps a question's answer is carried in, past "no answer". */
const stepsOf = (question: ScoredQuestion): number =>
  question.type === 'scenario'
    ? SCENARIO_STEPS
    : question.type === 'ordering' || question.type === 'sorting'
      ? question.items.length
      : 0;

/**
 * How many values a question's answer can take in a ticket, "no answer" (0) included: single
 * and true/false, one per option; multiple, every set of options (the empty set is "no answer");
 * ordering and sorting, 0 to n items in place; scenario, 0 to 10 tenths.
 */
export function radixOf(question: ScoredQuestion): number {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return question.options.length + 1;
    case 'multiple':
      return 2 ** question.options.length;
    default:
      return stepsOf(question) + 2;
  }
}

/** A pupil's answer as a ticket carries it. */
export function ticketAnswer(question: ScoredQuestion, answer: Answer | undefined): TicketAnswer {
  if (!isAnswered(question, answer)) return { kind: 'none' };
  switch (question.type) {
    case 'single':
    case 'true-false':
    case 'multiple': {
      const chosen = new Set(answer as string[]);
      return { kind: 'choice', options: question.options.filter((option) => chosen.has(option.id)).map((option) => option.id) };
    }
    default: {
      const steps = stepsOf(question);
      return { kind: 'step', step: Math.round(gradeAnswer(question, answer).score * steps), steps };
    }
  }
}

/** The number (below `radixOf`) that stands for an answer. */
export function answerDigit(question: ScoredQuestion, answer: TicketAnswer): number {
  if (answer.kind === 'none') return 0;
  if (answer.kind === 'step' || !('options' in question)) return answer.kind === 'step' ? answer.step + 1 : 0;
  const indices = answer.options
    .map((id) => question.options.findIndex((option) => option.id === id))
    .filter((index) => index >= 0);
  if (question.type === 'multiple') return indices.reduce((mask, index) => mask | (1 << index), 0);
  return (indices[0] ?? -1) + 1;
}

/** The answer a number stands for (the inverse of `answerDigit`). */
export function answerFromDigit(question: ScoredQuestion, digit: number): TicketAnswer {
  if (digit === 0) return { kind: 'none' };
  switch (question.type) {
    case 'single':
    case 'true-false': {
      const option = question.options[digit - 1];
      return option ? { kind: 'choice', options: [option.id] } : { kind: 'none' };
    }
    case 'multiple':
      return { kind: 'choice', options: question.options.filter((_, index) => digit & (1 << index)).map((option) => option.id) };
    default:
      return { kind: 'step', step: digit - 1, steps: stepsOf(question) };
  }
}

/** The credit of a ticket's answer: the same as the pupil's end screen gave. */
export function gradeTicketAnswer(question: QuestionView, answer: TicketAnswer): Grade {
  if (question.type === 'reflection' || answer.kind === 'none') return { correct: false, score: 0 };
  if (answer.kind === 'choice') {
    return question.type === 'single' || question.type === 'true-false' || question.type === 'multiple'
      ? gradeChoice(question, answer.options)
      : { correct: false, score: 0 };
  }
  return { correct: answer.step === answer.steps, score: answer.steps === 0 ? 0 : answer.step / answer.steps };
}
