import { describe, expect, it } from 'vitest';
import { cellAnswer, cellFits, cellValues, emptyRows, gridQuestions, gridTickets, nextCell, resizeRows } from './paper-grid';
import { classSummary } from './summary';
import { classQuiz } from './test-class';
import { choice } from '../quiz/test-questions';

const [single, multiple, trueFalse, order, sort, story] = gridQuestions(classQuiz);

describe('paper grid cells', () => {
  it('cycles a single-choice cell through the options then blank, and a marked question through the marks', () => {
    expect(cellValues(single!)).toEqual(['a', 'b', 'c', 'd', '']);
    expect(cellValues(trueFalse!)).toEqual(['a', 'b', '']);
    expect(cellValues(order!)).toEqual(['right', 'partly', 'wrong', '']);
    expect(cellValues(multiple!)).toEqual(['right', 'partly', 'wrong', '']);
    const seen = [''];
    for (let tap = 0; tap < 5; tap += 1) seen.push(nextCell(single!, seen.at(-1)!));
    expect(seen).toEqual(['', 'a', 'b', 'c', 'd', '']);
    expect(nextCell(story!, 'wrong')).toBe('');
  });

  it('turns marks into the credit they stand for', () => {
    expect(cellAnswer(order!, 'right')).toEqual({ kind: 'step', step: 3, steps: 3 });
    expect(cellAnswer(order!, 'partly')).toEqual({ kind: 'step', step: 1, steps: 3 });
    expect(cellAnswer(sort!, 'wrong')).toEqual({ kind: 'step', step: 0, steps: 2 });
    expect(cellAnswer(story!, 'partly')).toEqual({ kind: 'step', step: 5, steps: 10 });
    expect(cellAnswer(multiple!, 'right')).toEqual({ kind: 'choice', options: ['a', 'c'] });
    expect(cellAnswer(multiple!, 'partly')).toEqual({ kind: 'choice', options: ['a'] });
    expect(cellAnswer(multiple!, 'wrong')).toEqual({ kind: 'choice', options: [] });
    expect(cellAnswer(single!, 'c')).toEqual({ kind: 'choice', options: ['c'] });
    expect(cellAnswer(single!, '')).toEqual({ kind: 'none' });
  });

  it('reads a circled option named like a mark as that option', () => {
    const named = choice('true-false', ['right'], ['right', 'wrong']);
    expect(cellAnswer(named, 'wrong')).toEqual({ kind: 'choice', options: ['wrong'] });
    expect(cellAnswer(named, 'right')).toEqual({ kind: 'choice', options: ['right'] });
  });

  it('tells which stored cells no longer fit the quiz', () => {
    expect(cellFits(single!, 'b')).toBe(true);
    expect(cellFits(single!, 'z')).toBe(false);
    expect(cellFits(single!, 'right')).toBe(false);
  });
});

describe('gridTickets', () => {
  it('gives one ticket per marked row, with synthetic nonces, that the summary takes', () => {
    const rows = emptyRows(classQuiz, 3);
    rows[0] = ['b', 'right', 'a', 'right', 'right', 'right'];
    rows[2] = ['c', 'wrong', 'b', 'partly', '', 'wrong'];
    const tickets = gridTickets(classQuiz, rows);
    expect(tickets.map((t) => t.nonce)).toEqual([1, 3]);
    const summary = classSummary(classQuiz, tickets);
    expect(summary.tickets).toBe(2);
    expect(summary.average).toBe(3.2); // 6 and 0 + 0 + 0 + 1/3 + 0 + 0 = 0.3
    const first = summary.questions[0]!;
    expect([first.right, first.commonWrong]).toEqual([1, 'c']);
    expect(summary.questions[4]!.blank).toBe(1);
  });

  it('takes the missing cells of a short row as blank', () => {
    const [short] = gridTickets(classQuiz, [['b']]);
    expect(short!.answers['single-q']).toEqual({ kind: 'choice', options: ['b'] });
    expect(short!.answers['multiple-q']).toEqual({ kind: 'none' });
    expect(short!.answers['story-q']).toEqual({ kind: 'none' });
  });

  it('keeps rows when the number of pupils changes', () => {
    const rows = emptyRows(classQuiz, 2);
    rows[0]![0] = 'a';
    expect(resizeRows(classQuiz, rows, 4)).toHaveLength(4);
    expect(resizeRows(classQuiz, rows, 4)[0]![0]).toBe('a');
    expect(resizeRows(classQuiz, rows, 1)).toEqual([['a', '', '', '', '', '']]);
  });
});
