import { describe, expect, it } from 'vitest';
import { choice, ordering, reflection, scenario, sorting } from '../quiz/test-questions';
import { answerDigit, answerFromDigit, gradeTicketAnswer, radixOf, ticketAnswer } from './answer-digits';

describe('an answer as a number', () => {
  it('has room for every answer and for "no answer"', () => {
    expect(radixOf(choice('single', ['a']))).toBe(5);
    expect(radixOf(choice('true-false', ['true'], ['true', 'false']))).toBe(3);
    expect(radixOf(choice('multiple', ['a']))).toBe(16);
    expect(radixOf(ordering)).toBe(5);
    expect(radixOf(sorting)).toBe(4);
    expect(radixOf(scenario)).toBe(12);
  });

  it('maps every number below the radix to an answer and back', () => {
    for (const question of [choice('single', ['a']), choice('multiple', ['a']), ordering, sorting, scenario]) {
      for (let digit = 0; digit < radixOf(question); digit += 1) {
        expect(answerDigit(question, answerFromDigit(question, digit)), `${question.id} ${digit}`).toBe(digit);
      }
    }
  });

  it('keeps choices in the quiz order, and scores for the other types', () => {
    expect(ticketAnswer(choice('multiple', ['a']), ['d', 'a'])).toEqual({ kind: 'choice', options: ['a', 'd'] });
    expect(ticketAnswer(choice('multiple', ['a']), [])).toEqual({ kind: 'none' });
    expect(ticketAnswer(ordering, ['stop', 'keep'])).toEqual({ kind: 'none' });
    expect(ticketAnswer(ordering, ['keep', 'stop', 'tell'])).toEqual({ kind: 'step', step: 1, steps: 3 });
    expect(ticketAnswer(scenario, ['tell'])).toEqual({ kind: 'step', step: 10, steps: 10 });
    expect(ticketAnswer(scenario, ['send'])).toEqual({ kind: 'none' });
  });

  it('ignores option ids the quiz does not have', () => {
    expect(answerDigit(choice('single', ['a']), { kind: 'choice', options: ['z'] })).toBe(0);
    expect(answerDigit(choice('multiple', ['a']), { kind: 'choice', options: ['z', 'b'] })).toBe(2);
  });

  it('grades a blank, a reflection or an answer of the wrong kind as nothing', () => {
    expect(gradeTicketAnswer(reflection, { kind: 'choice', options: ['ok'] })).toEqual({ correct: false, score: 0 });
    expect(gradeTicketAnswer(reflection, { kind: 'step', step: 1, steps: 1 })).toEqual({ correct: false, score: 0 });
    expect(gradeTicketAnswer(ordering, { kind: 'choice', options: ['stop'] })).toEqual({ correct: false, score: 0 });
    // A question with no steps never divides by zero.
    expect(gradeTicketAnswer(ordering, { kind: 'step', step: 0, steps: 0 }).score).toBe(0);
    expect(gradeTicketAnswer(choice('single', ['a']), { kind: 'choice', options: ['a'] })).toEqual({ correct: true, score: 1 });
  });
});
