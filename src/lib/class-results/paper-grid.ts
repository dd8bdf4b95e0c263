import { isScored } from '../quiz/score';
import type { QuestionView, QuizView } from '../quiz/types';
import { TICKET_VERSION, type Ticket, type TicketAnswer } from '../tickets/types';

/**
 * The paper tap grid: one row per pupil, one cell per scored question, filled from marked
 * worksheets. A cell holds what the teacher read on the sheet:
 * - single choice and true/false: the option the pupil circled (its id), so the summary shows
 *   which wrong answer is common, as for scanned tickets;
 * - multiple choice, ordering, sorting and scenario: a mark, `right`, `partly` or `wrong`, since a
 *   teacher marks these on paper rather than copying a set or an order. `partly` is half the
 *   credit (ordering and sorting: half the items in place, rounded down, at least one; scenario:
 *   half the best choices; multiple choice: the first right option alone, which with a single
 *   right option is full credit, so mark such a question right or wrong). `wrong` on a multiple
 *   choice ticks no option, so no option's count is invented.
 * `''` is blank: not answered. Tapping a cell moves to the next value of `cellValues`.
 */
export type PaperCell = string;

/** Marks of the questions a teacher marks as a whole. */
export const MARKS = ['right', 'partly', 'wrong'] as const;

type Mark = (typeof MARKS)[number];

const choosesOne = (question: QuestionView): boolean => question.type === 'single' || question.type === 'true-false';

/** The values a cell of this question takes in turn, blank last. */
export function cellValues(question: QuestionView): string[] {
  if (choosesOne(question) && 'options' in question) return [...question.options.map((option) => option.id), ''];
  return [...MARKS, ''];
}

/** The value after `value` when the cell is tapped (blank comes back to the first). */
export function nextCell(question: QuestionView, value: PaperCell): PaperCell {
  const values = cellValues(question);
  // Stryker disable next-line StringLiteral: the index is taken modulo the length of a list never empty (blank is always in it), so the fallback is never used
  return values[(values.indexOf(value) + 1) % values.length] ?? '';
}

/** The questions of the grid's columns: the quiz's scored questions. */
export const gridQuestions = (quiz: QuizView): QuestionView[] => quiz.questions.filter(isScored);

/** A grid of `pupils` blank rows. */
export function emptyRows(quiz: QuizView, pupils: number): PaperCell[][] {
  return Array.from({ length: pupils }, () => gridQuestions(quiz).map(() => ''));
}

/** The grid with `pupils` rows: rows are added blank or removed from the end. */
export function resizeRows(quiz: QuizView, rows: readonly PaperCell[][], pupils: number): PaperCell[][] {
  const kept = rows.slice(0, pupils).map((row) => [...row]);
  return [...kept, ...emptyRows(quiz, Math.max(0, pupils - kept.length))];
}

/** The ticket's step count for a marked question: items for ordering and sorting, tenths for a scenario. */
function stepsOf(question: QuestionView): number {
  return question.type === 'ordering' || question.type === 'sorting' ? question.items.length : 10;
}

function markAnswer(question: QuestionView, mark: Mark): TicketAnswer {
  if (question.type === 'multiple') {
    const right = question.options.filter((o) => o.correct).map((o) => o.id);
    if (mark === 'right') return { kind: 'choice', options: right };
    return { kind: 'choice', options: mark === 'partly' ? right.slice(0, 1) : [] };
  }
  const steps = stepsOf(question);
  const step = mark === 'right' ? steps : mark === 'partly' ? Math.max(1, Math.floor(steps / 2)) : 0;
  return { kind: 'step', step, steps };
}

/** Whether a stored cell still fits the question (an option it has, a mark, or blank). */
export const cellFits = (question: QuestionView, value: PaperCell): boolean => cellValues(question).includes(value);

/** The ticket answer a cell stands for. */
export function cellAnswer(question: QuestionView, value: PaperCell): TicketAnswer {
  if (value === '') return { kind: 'none' };
  if ((MARKS as readonly string[]).includes(value) && !choosesOne(question)) return markAnswer(question, value as Mark);
  return { kind: 'choice', options: [value] };
}

/**
 * The grid's rows as tickets, so the summary takes them like scanned ones. Blank rows (a pupil
 * not marked yet) give no ticket. The nonce is synthetic: the row number, so two rows with the
 * same answers stay two tickets.
 */
export function gridTickets(quiz: QuizView, rows: readonly PaperCell[][]): Ticket[] {
  const questions = gridQuestions(quiz);
  return rows.flatMap((row, index) =>
    row.every((value) => value === '')
      ? []
      : [
          {
            version: TICKET_VERSION,
            quizId: quiz.id,
            nonce: index + 1,
            answers: Object.fromEntries(
              questions.map((question, column) => [question.id, cellAnswer(question, row[column] ?? '')]),
            ),
          },
        ],
  );
}
