/**
 * An exit ticket: what one pupil answered to a quiz's scored questions, anonymous, carried from
 * the pupil's phone to the teacher's device as a QR code or a short typed code (see FORMAT.md).
 */

/** The ticket format this code writes; `decodeTicket` refuses every other. */
export const TICKET_VERSION = 1;

/**
 * One scored question's answer as a ticket carries it. Choice questions (single, true/false,
 * multiple) keep the option ids chosen; ordering, sorting and scenario keep only a score step:
 * `step` out of `steps` (ordering and sorting: the items in their place; scenario: tenths of
 * the best choices on the pupil's path). `none`: not answered.
 */
export type TicketAnswer =
  { kind: 'none' } | { kind: 'choice'; options: string[] } | { kind: 'step'; step: number; steps: number };

/** A decoded ticket. Never a name, never a reflection. */
export interface Ticket {
  version: number;
  quizId: string;
  /** Random per attempt (from the attempt's seed), so two pupils with the same answers are two tickets. */
  nonce: number;
  /** Every scored question of the quiz, by question id. */
  answers: Record<string, TicketAnswer>;
}

/**
 * Why a typed or scanned code was refused. `characters`: a character outside the code's
 * alphabet; `check`: the check character does not match (a typing mistake); `length`: too short
 * or too long for this quiz; `version`: a ticket format this page does not read; `other-quiz`: a
 * ticket of another quiz; `other-key`: this quiz, but a version with other questions or answers.
 */
export type TicketError = 'empty' | 'characters' | 'check' | 'length' | 'version' | 'other-quiz' | 'other-key';

export type DecodedTicket = { ok: true; ticket: Ticket; code: string } | { ok: false; error: TicketError };
