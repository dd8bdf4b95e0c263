import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../quiz/grade';
import { choice, ordering, reflection, scenario, sorting } from '../quiz/test-questions';
import type { Answer, QuizView } from '../quiz/types';
import { charactersOf, checkDigit, digitsOf, normalizeCode } from './alphabet';
import { answerChars, decodeTicket, encodeTicket, gradeTicketAnswer, MAX_TICKET_TEXT, ticketFromAnswers } from './ticket';

const quiz: QuizView = {
  id: 'demo-quiz',
  questions: [
    choice('single', ['b']),
    reflection,
    choice('multiple', ['a', 'c']),
    choice('true-false', ['true'], ['true', 'false']),
    ordering,
    sorting,
    scenario,
  ],
};

const answers: Record<string, Answer> = {
  'single-q': ['c'],
  'feel-q': 'A private thought about my family',
  'multiple-q': ['a', 'd'],
  'true-false-q': ['true'],
  'order-q': ['stop', 'tell', 'keep'],
  'sort-q': { asks: 'green', insists: 'red' },
  'story-q': ['send', 'tell-now'],
};

const ticket = ticketFromAnswers(quiz, answers, 'k3x9pa');
const code = encodeTicket(quiz, ticket);

describe('an exit ticket', () => {
  it('carries every scored question in compact form, and nothing of the reflection', () => {
    expect(ticket.answers).toEqual({
      'single-q': { kind: 'choice', options: ['c'] },
      'multiple-q': { kind: 'choice', options: ['a', 'd'] },
      'true-false-q': { kind: 'choice', options: ['true'] },
      'order-q': { kind: 'step', step: 1, steps: 3 },
      'sort-q': { kind: 'step', step: 2, steps: 2 },
      'story-q': { kind: 'step', step: 5, steps: 10 },
    });
    expect(JSON.stringify(ticket)).not.toContain('family');
    expect(code).not.toMatch(/family/i);
  });

  it('is a short code in groups of four, made only of the alphabet', () => {
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    expect(code.replaceAll('-', '')).toHaveLength(10 + answerChars(quiz) + 1);
    expect(code.length).toBeLessThan(24);
  });

  it('round-trips every question type, unanswered questions too', () => {
    const decoded = decodeTicket(quiz, code);
    expect(decoded).toEqual({ ok: true, ticket, code });
    const empty = ticketFromAnswers(quiz, {}, 'other');
    const back = decodeTicket(quiz, encodeTicket(quiz, empty));
    expect(back.ok && back.ticket).toEqual(empty);
    expect(Object.values(empty.answers).every((answer) => answer.kind === 'none')).toBe(true);
  });

  it('round-trips every answer of every question', () => {
    const everyAnswer: Array<[string, Answer]> = [
      ...['a', 'b', 'c', 'd'].map((id): [string, Answer] => ['single-q', [id]]),
      ['multiple-q', ['a', 'b', 'c', 'd']],
      ['multiple-q', ['d']],
      ['true-false-q', ['false']],
      ['order-q', ['stop', 'keep', 'tell']],
      ['order-q', ['tell', 'stop', 'keep']],
      ['sort-q', { asks: 'red', insists: 'green' }],
      ['story-q', ['tell']],
      ['story-q', ['send', 'pay']],
    ];
    for (const [questionId, answer] of everyAnswer) {
      const one = ticketFromAnswers(quiz, { [questionId]: answer }, 'seed');
      const decoded = decodeTicket(quiz, encodeTicket(quiz, one));
      expect(decoded.ok && decoded.ticket.answers[questionId], `${questionId} ${JSON.stringify(answer)}`).toEqual(
        one.answers[questionId],
      );
    }
  });

  it('gives the credit the pupil saw on the end screen', () => {
    for (const question of quiz.questions.filter((q) => q.type !== 'reflection' && q.type !== 'scenario')) {
      const decoded = decodeTicket(quiz, code);
      const carried = decoded.ok ? decoded.ticket.answers[question.id] : undefined;
      expect(carried && gradeTicketAnswer(question, carried), question.id).toEqual(gradeAnswer(question, answers[question.id]));
    }
    // A story's credit travels in tenths: 1 best choice of 2 is 0.5.
    expect(gradeTicketAnswer(scenario, { kind: 'step', step: 5, steps: 10 })).toEqual({ correct: false, score: 0.5 });
    expect(gradeTicketAnswer(scenario, { kind: 'step', step: 10, steps: 10 })).toEqual({ correct: true, score: 1 });
    expect(gradeTicketAnswer(ordering, { kind: 'none' })).toEqual({ correct: false, score: 0 });
    expect(gradeTicketAnswer(reflection, { kind: 'none' })).toEqual({ correct: false, score: 0 });
  });

  it('differs between two pupils with the same answers, and stays the same for one attempt', () => {
    expect(encodeTicket(quiz, ticketFromAnswers(quiz, answers, 'k3x9pa'))).toBe(code);
    expect(encodeTicket(quiz, ticketFromAnswers(quiz, answers, 'r8m2qz'))).not.toBe(code);
  });

  it('is the same in every language: the answer key is made of ids only', () => {
    const translated: QuizView = {
      ...quiz,
      questions: quiz.questions.map((question) => ({ ...question, prompt: `FR ${question.prompt}`, explanation: 'Parce que.' })),
    };
    expect(encodeTicket(translated, ticket)).toBe(code);
  });

  it('reads the code as people type it', () => {
    const typed = code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(decodeTicket(quiz, typed)).toEqual({ ok: true, ticket, code });
    expect(decodeTicket(quiz, `  ${code.replaceAll('-', '')}  `).ok).toBe(true);
  });
});

describe('a refused code', () => {
  const plain = normalizeCode(code) ?? '';
  const swapAt = (text: string, index: number, character: string) => text.slice(0, index) + character + text.slice(index + 1);

  it('is empty, or has characters outside the alphabet', () => {
    expect(decodeTicket(quiz, '')).toEqual({ ok: false, error: 'empty' });
    expect(decodeTicket(quiz, ' - ')).toEqual({ ok: false, error: 'empty' });
    expect(decodeTicket(quiz, `${code}U`)).toEqual({ ok: false, error: 'characters' });
    expect(decodeTicket(quiz, '<img src=x onerror=alert(1)>')).toEqual({ ok: false, error: 'characters' });
    expect(decodeTicket(quiz, 'https://example.org/1AB2')).toEqual({ ok: false, error: 'characters' });
  });

  it('has a typing mistake: the check character does not match', () => {
    for (let index = 0; index < plain.length; index += 1) {
      const wrong = plain[index] === '7' ? '8' : '7';
      expect(decodeTicket(quiz, swapAt(plain, index, wrong)).ok, `position ${index}`).toBe(false);
    }
    expect(decodeTicket(quiz, swapAt(plain, plain.length - 2, plain.at(-2) === 'A' ? 'B' : 'A'))).toEqual({
      ok: false,
      error: 'check',
    });
  });

  it('is truncated or too long', () => {
    expect(decodeTicket(quiz, plain.slice(0, 6))).toEqual({ ok: false, error: 'length' });
    const headerOnly = plain.slice(0, 10);
    expect(decodeTicket(quiz, headerOnly)).toEqual({ ok: false, error: 'length' });
    expect(decodeTicket(quiz, plain.slice(0, -1)).ok).toBe(false);
    expect(decodeTicket(quiz, '1'.repeat(MAX_TICKET_TEXT + 1))).toEqual({ ok: false, error: 'length' });
    expect(decodeTicket(quiz, `${'-'.repeat(MAX_TICKET_TEXT)}${code}`)).toEqual({ ok: false, error: 'length' });
  });

  it('belongs to another quiz', () => {
    const other: QuizView = { ...quiz, id: 'another-quiz' };
    expect(decodeTicket(other, code)).toEqual({ ok: false, error: 'other-quiz' });
  });

  it('was made with another version of the quiz (another answer key)', () => {
    const [first, ...rest] = quiz.questions;
    const changed: QuizView = { ...quiz, questions: [choice('single', ['a']), ...rest] };
    expect(first?.type).toBe('single');
    expect(decodeTicket(changed, code)).toEqual({ ok: false, error: 'other-key' });
    const fewer: QuizView = { ...quiz, questions: rest };
    expect(decodeTicket(fewer, code)).toEqual({ ok: false, error: 'other-key' });
  });

  it('is in a format version this page does not read', () => {
    const future = `2${plain.slice(1, -1)}`;
    const withCheck = future + charactersOf([checkDigit(digitsOf(future))]);
    expect(decodeTicket(quiz, withCheck)).toEqual({ ok: false, error: 'version' });
  });

  it('has answers no quiz answer could give', () => {
    // A one-question quiz of 3 options uses 1 character (4 values of 32): the other 28 are refused.
    const small: QuizView = { id: 'small', questions: [choice('single', ['a'], ['a', 'b', 'c'])] };
    const ok = encodeTicket(small, ticketFromAnswers(small, { 'single-q': ['c'] }, 's'));
    const head = (normalizeCode(ok) ?? '').slice(0, 10);
    const forged = [...'0123456789ABCDEFGHJKMNPQRSTVWXYZ']
      .flatMap((answer) => [...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'].map((check) => head + answer + check))
      .map((candidate) => decodeTicket(small, candidate))
      .filter((decoded) => decoded.ok);
    expect(forged).toHaveLength(4);
  });

  it('reads up to 80 characters as typed, and needs more than the header', () => {
    const padded = code.padEnd(MAX_TICKET_TEXT, ' ');
    expect(padded).toHaveLength(MAX_TICKET_TEXT);
    expect(decodeTicket(quiz, padded).ok).toBe(true);
    const header = plain.slice(0, 9);
    const headerOnly = header + charactersOf([checkDigit(digitsOf(header))]);
    expect(decodeTicket(quiz, headerOnly)).toEqual({ ok: false, error: 'length' });
  });

  it('has one answer character more than this quiz writes', () => {
    const longer = `${plain.slice(0, 10)}0${plain.slice(10, -1)}`;
    const withCheck = longer + charactersOf([checkDigit(digitsOf(longer))]);
    expect(decodeTicket(quiz, withCheck)).toEqual({ ok: false, error: 'length' });
  });
});

describe('the answers part of a code', () => {
  it('is as short as the answers allow: 32 combinations fit one character', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    expect(answerChars({ id: 'q', questions: [choice('multiple', ['a'], five)] })).toBe(1);
    expect(answerChars({ id: 'q', questions: [choice('multiple', ['a'], [...five, 'f'])] })).toBe(2);
    expect(answerChars({ id: 'q', questions: [reflection] })).toBe(0);
  });
});
