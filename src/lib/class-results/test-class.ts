import { choice, ordering, reflection, scenario, sorting } from '../quiz/test-questions';
import type { QuizView } from '../quiz/types';
import type { Ticket, TicketAnswer } from '../tickets/types';

/** A quiz with every question type, for the class-results tests. */
export const classQuiz: QuizView = {
  id: 'class-quiz',
  questions: [
    choice('single', ['b']),
    choice('multiple', ['a', 'c']),
    choice('true-false', ['a'], ['a', 'b']),
    ordering,
    sorting,
    scenario,
    reflection,
  ],
};

/** A ticket of `classQuiz` with the given answers (others blank). */
export const ticket = (nonce: number, answers: Record<string, TicketAnswer>): Ticket => ({
  version: 1,
  quizId: classQuiz.id,
  nonce,
  answers: Object.fromEntries(
    classQuiz.questions.filter((q) => q.type !== 'reflection').map((q) => [q.id, answers[q.id] ?? { kind: 'none' }]),
  ),
});
