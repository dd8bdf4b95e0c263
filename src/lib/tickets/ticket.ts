import { isScored } from '../quiz/score';
import type { Answer, QuestionView, QuizView } from '../quiz/types';
import { ALPHABET, charactersOf, checkDigit, digitsOf, groupCode, hasValidCheck, normalizeCode } from './alphabet';
import { answerDigit, answerFromDigit, radixOf, ticketAnswer } from './answer-digits';
import { attemptNonce, keyFingerprint, quizTag } from './fingerprint';
import { TICKET_VERSION, type DecodedTicket, type Ticket, type TicketAnswer } from './types';

export { gradeTicketAnswer } from './answer-digits';

/** The longest text `decodeTicket` looks at, separators included: no quiz needs more. */
export const MAX_TICKET_TEXT = 80;

/** Characters of each part of a code (FORMAT.md): version, quiz, answer key, attempt. */
const TAG_CHARS = 2;
const KEY_CHARS = 3;
const NONCE_CHARS = 4;
const HEADER_CHARS = 1 + TAG_CHARS + KEY_CHARS + NONCE_CHARS;
const BASE = BigInt(ALPHABET.length);

const limitOf = (chars: number): number => ALPHABET.length ** chars;

type ScoredQuestion = Exclude<QuestionView, { type: 'reflection' }>;
const scoredQuestions = (quiz: QuizView): ScoredQuestion[] => quiz.questions.filter(isScored) as ScoredQuestion[];

/** A number written in exactly `chars` characters of the alphabet, most significant first. */
function toDigits(value: bigint, chars: number): number[] {
  const digits: number[] = [];
  let rest = value;
  for (let index = 0; index < chars; index += 1) {
    digits.unshift(Number(rest % BASE));
    rest /= BASE;
  }
  return digits;
}

const fromDigits = (digits: readonly number[]): bigint => digits.reduce((value, digit) => value * BASE + BigInt(digit), 0n);

/** How many characters hold the answers of a quiz: enough for every combination of answers. */
export function answerChars(quiz: QuizView): number {
  const combinations = scoredQuestions(quiz).reduce((product, question) => product * BigInt(radixOf(question)), 1n);
  let chars = 0;
  for (let room = 1n; room < combinations; room *= BASE) chars += 1;
  return chars;
}

/** The ticket of a pupil's answers to a quiz (their attempt's seed makes it theirs alone). */
export function ticketFromAnswers(quiz: QuizView, answers: Readonly<Record<string, Answer>>, attempt: string): Ticket {
  return {
    version: TICKET_VERSION,
    quizId: quiz.id,
    nonce: attemptNonce(attempt, limitOf(NONCE_CHARS)),
    answers: Object.fromEntries(
      scoredQuestions(quiz).map((question) => [question.id, ticketAnswer(question, answers[question.id])]),
    ),
  };
}

/** The typed code of a ticket, in groups of four ("1AB2-C3DE-…"); the QR code carries the same text. */
export function encodeTicket(quiz: QuizView, ticket: Ticket): string {
  const questions = scoredQuestions(quiz);
  // Mixed radix: the first question is the least significant digit.
  const answers = questions.reduceRight(
    (value, question) =>
      value * BigInt(radixOf(question)) + BigInt(answerDigit(question, ticket.answers[question.id] ?? { kind: 'none' })),
    0n,
  );
  const digits = [
    TICKET_VERSION,
    ...toDigits(BigInt(quizTag(quiz.id, limitOf(TAG_CHARS))), TAG_CHARS),
    ...toDigits(BigInt(keyFingerprint(quiz, limitOf(KEY_CHARS))), KEY_CHARS),
    ...toDigits(BigInt(ticket.nonce), NONCE_CHARS),
    ...toDigits(answers, answerChars(quiz)),
  ];
  return groupCode(charactersOf([...digits, checkDigit(digits)]));
}

/**
 * Reads a typed or scanned code for this quiz, strictly: the alphabet, the check character, the
 * format version, the quiz, its answer key and the exact length must all match; nothing else
 * is accepted.
 */
export function decodeTicket(quiz: QuizView, text: string): DecodedTicket {
  if (text.length > MAX_TICKET_TEXT) return { ok: false, error: 'length' };
  const code = normalizeCode(text);
  if (code === null) return { ok: false, error: 'characters' };
  if (code === '') return { ok: false, error: 'empty' };
  const digits = digitsOf(code);
  if (digits.length <= HEADER_CHARS) return { ok: false, error: 'length' };
  if (!hasValidCheck(digits)) return { ok: false, error: 'check' };
  if (digits[0] !== TICKET_VERSION) return { ok: false, error: 'version' };
  const part = (start: number, chars: number) => Number(fromDigits(digits.slice(start, start + chars)));
  if (part(1, TAG_CHARS) !== quizTag(quiz.id, limitOf(TAG_CHARS))) return { ok: false, error: 'other-quiz' };
  if (part(1 + TAG_CHARS, KEY_CHARS) !== keyFingerprint(quiz, limitOf(KEY_CHARS))) return { ok: false, error: 'other-key' };
  const answerDigits = digits.slice(HEADER_CHARS, -1);
  if (answerDigits.length !== answerChars(quiz)) return { ok: false, error: 'length' };
  let rest = fromDigits(answerDigits);
  const answers: Record<string, TicketAnswer> = {};
  for (const question of scoredQuestions(quiz)) {
    const radix = BigInt(radixOf(question));
    answers[question.id] = answerFromDigit(question, Number(rest % radix));
    rest /= radix;
  }
  // Room left over in the last character must be empty, or the code was not made by `encodeTicket`.
  if (rest !== 0n) return { ok: false, error: 'check' };
  const ticket = { version: TICKET_VERSION, quizId: quiz.id, nonce: part(1 + TAG_CHARS + KEY_CHARS, NONCE_CHARS), answers };
  return { ok: true, ticket, code: groupCode(code) };
}
