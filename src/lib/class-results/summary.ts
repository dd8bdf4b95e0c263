import { isScored } from '../quiz/score';
import type { QuestionView, QuizView } from '../quiz/types';
import type { Ticket, TicketAnswer } from '../tickets/types';
import { gradeTicketAnswer } from '../tickets/ticket';

/**
 * A question is to revisit when fewer than this share of the class got it right (60 %: the point
 * below which a good part of the class has not yet understood, and a short discussion pays).
 */
export const REVISIT_BELOW = 0.6;

/**
 * One bar of a question's distribution. Choice questions: one per option (`key` is the option
 * id, `label` its letter A, B, C… in the quiz's order); a multiple-choice ticket counts once for
 * every option it ticked. Step questions (ordering, sorting, scenario): one per score step, full
 * marks first (`key` and `label` "3/5"). `right`: the option is a right one, or the step is full marks.
 */
export interface AnswerCount {
  key: string;
  label: string;
  /** The option's text; empty for a score step. */
  text: string;
  count: number;
  right: boolean;
}

/** The class's results on one scored question. */
export interface QuestionResult {
  id: string;
  type: QuestionView['type'];
  prompt: string;
  explanation: string;
  /** Tickets whose answer is exactly right. */
  right: number;
  /** `right` out of every ticket (a blank answer is not right); 0 with no ticket. */
  shareRight: number;
  /** Tickets that left the question blank. */
  blank: number;
  distribution: AnswerCount[];
  /**
   * The wrong answer given most often (a wrong option, or a score step below full marks), or
   * undefined when nobody gave a wrong answer. Ties go to the first in the distribution.
   */
  commonWrong: string | undefined;
  /** Fewer than `REVISIT_BELOW` of the class got it right (never with no ticket). */
  revisit: boolean;
}

/** The class picture: one entry per scored question, the class average and the number of tickets. */
export interface ClassSummary {
  tickets: number;
  /** Scored questions: the scale of `average`, as on the pupil's end screen. */
  scored: number;
  /** Mean of the tickets' scores (sum of credits, each rounded to one decimal like the pupil's), to one decimal; 0 with no ticket. */
  average: number;
  questions: QuestionResult[];
}

const letter = (index: number): string => String.fromCharCode(65 + index);

function stepsOf(question: QuestionView): number {
  if (question.type === 'ordering' || question.type === 'sorting') return question.items.length;
  return 10;
}

function distribution(question: QuestionView, answers: readonly TicketAnswer[]): AnswerCount[] {
  if (question.type === 'single' || question.type === 'multiple' || question.type === 'true-false') {
    return question.options.map((option, index) => ({
      key: option.id,
      label: letter(index),
      text: option.text,
      count: answers.filter((a) => a.kind === 'choice' && a.options.includes(option.id)).length,
      right: option.correct,
    }));
  }
  const steps = Math.max(stepsOf(question), ...answers.map((a) => (a.kind === 'step' ? a.steps : 0)));
  const bars: AnswerCount[] = [];
  for (let step = steps; step >= 0; step -= 1) {
    const count = answers.filter((a) => a.kind === 'step' && Math.round((a.step / a.steps) * steps) === step).length;
    bars.push({ key: `${step}/${steps}`, label: `${step}/${steps}`, text: '', count, right: step === steps });
  }
  return bars;
}

function questionResult(question: QuestionView, tickets: readonly Ticket[]): QuestionResult {
  const answers = tickets.map((ticket): TicketAnswer => ticket.answers[question.id] ?? { kind: 'none' });
  const right = answers.filter((answer) => gradeTicketAnswer(question, answer).correct).length;
  const bars = distribution(question, answers);
  const wrong = bars.filter((bar) => !bar.right && bar.count > 0);
  const commonWrong = wrong.reduce<AnswerCount | undefined>(
    (best, bar) => (best && best.count >= bar.count ? best : bar),
    undefined,
  );
  const shareRight = tickets.length === 0 ? 0 : right / tickets.length;
  return {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    explanation: question.explanation,
    right,
    shareRight,
    blank: answers.filter((a) => a.kind === 'none').length,
    distribution: bars,
    commonWrong: commonWrong?.key,
    revisit: tickets.length > 0 && shareRight < REVISIT_BELOW,
  };
}

/** The pupil's score on a ticket: the sum of the scored questions' credit, to one decimal. */
export function ticketScore(quiz: QuizView, ticket: Ticket): number {
  // Stryker disable next-line MethodExpression: the only unscored question, a reflection, always grades 0 (gradeTicketAnswer), so leaving it in the sum changes nothing
  const sum = quiz.questions
    .filter(isScored)
    .reduce((total, question) => total + gradeTicketAnswer(question, ticket.answers[question.id] ?? { kind: 'none' }).score, 0);
  return Math.round(sum * 10) / 10;
}

/** Summarises a class's tickets (already without duplicates) against the quiz in the teacher's language. */
export function classSummary(quiz: QuizView, tickets: readonly Ticket[]): ClassSummary {
  const scored = quiz.questions.filter(isScored);
  const total = tickets.reduce((sum, ticket) => sum + ticketScore(quiz, ticket), 0);
  return {
    tickets: tickets.length,
    scored: scored.length,
    average: tickets.length === 0 ? 0 : Math.round((total / tickets.length) * 10) / 10,
    questions: scored.map((question) => questionResult(question, tickets)),
  };
}
