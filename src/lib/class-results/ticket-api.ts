/**
 * The ticket functions the class page uses, in one place. Until `src/lib/tickets/ticket.ts` lands
 * in main, a stand-in with the same signatures; then this file only re-exports it.
 */
import { gradeAnswer } from '../quiz/grade';
import type { Grade, QuestionView, QuizView } from '../quiz/types';
import type { DecodedTicket, Ticket, TicketAnswer } from '../tickets/types';

/** The credit the pupil saw on the end screen for a ticket's answer. */
export function gradeTicketAnswer(question: QuestionView, answer: TicketAnswer): Grade {
  if (answer.kind === 'none') return { correct: false, score: 0 };
  if (answer.kind === 'choice') return gradeAnswer(question, answer.options);
  return { correct: answer.step === answer.steps, score: answer.steps === 0 ? 0 : answer.step / answer.steps };
}

const text = (value: string) => btoa(String.fromCharCode(...new TextEncoder().encode(value)));
const untext = (value: string) => new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)));

/** Stand-in: the ticket as base64 JSON (the real one is Crockford base32 with a check character). */
export function encodeTicket(quiz: QuizView, ticket: Ticket): string {
  return text(JSON.stringify({ ...ticket, quizId: quiz.id }));
}

/** Stand-in decoder: refuses what it cannot read, another quiz, or an answer for an unknown question. */
export function decodeTicket(quiz: QuizView, input: string): DecodedTicket {
  const code = input.trim();
  if (code === '') return { ok: false, error: 'empty' };
  try {
    const ticket = JSON.parse(untext(code)) as Ticket;
    if (ticket.quizId !== quiz.id) return { ok: false, error: 'other-quiz' };
    const ids = new Set(quiz.questions.map((q) => q.id));
    if (Object.keys(ticket.answers).some((id) => !ids.has(id))) return { ok: false, error: 'other-key' };
    return { ok: true, ticket, code };
  } catch {
    return { ok: false, error: 'check' };
  }
}
