import { describe, expect, it } from 'vitest';
import { gradeAnswer, totalScore } from './grade';
import type { QuestionView } from './types';

const question = (type: QuestionView['type'], right: string[]): QuestionView => ({
  id: 'q',
  type,
  prompt: 'Prompt',
  explanation: 'Because',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, feedback: id, correct: right.includes(id) })),
});

describe('gradeAnswer', () => {
  it('single choice: right only for the right option', () => {
    expect(gradeAnswer(question('single', ['b']), ['b'])).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer(question('single', ['b']), ['a'])).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer(question('single', ['b']), [])).toEqual({ correct: false, score: 0 });
  });

  it('true/false is graded like a single choice', () => {
    expect(gradeAnswer(question('true-false', ['a']), ['a']).correct).toBe(true);
    expect(gradeAnswer(question('true-false', ['a']), ['b']).correct).toBe(false);
  });

  it('multiple choice: exact set is right, partial credit subtracts wrong picks', () => {
    const q = question('multiple', ['a', 'b']);
    expect(gradeAnswer(q, ['b', 'a'])).toEqual({ correct: true, score: 1 });
    expect(gradeAnswer(q, ['a'])).toEqual({ correct: false, score: 0.5 });
    expect(gradeAnswer(q, ['a', 'c'])).toEqual({ correct: false, score: 0 });
    expect(gradeAnswer(q, ['a', 'b', 'c', 'd'])).toEqual({ correct: false, score: 0 });
  });

  it('counts option ids the quiz no longer has as wrong', () => {
    expect(gradeAnswer(question('single', ['a']), ['a', 'gone']).correct).toBe(false);
  });
});

describe('totalScore', () => {
  it('sums question scores to one decimal', () => {
    expect(totalScore([{ correct: true, score: 1 }, { correct: false, score: 1 / 3 }], 3)).toEqual({ score: 1.3, max: 3 });
  });
});
