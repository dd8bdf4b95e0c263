import { describe, expect, it } from 'vitest';
import { WORD_BUDGET, wordBudgetProblem } from './word-budget';

describe('wordBudgetProblem', () => {
  it('accepts a lesson at or under its band budget', () => {
    expect(wordBudgetProblem(350, '6-8')).toBeUndefined();
    expect(wordBudgetProblem(0, '9-11')).toBeUndefined();
  });
  it('says how far over the budget a lesson is', () => {
    expect(wordBudgetProblem(351, '6-8')).toBe(
      '351 words before the quiz, 1 over the budget of 350 for ages 6-8: cut to one idea per section and shorter examples',
    );
    expect(wordBudgetProblem(1250, '9-11')).toMatch(/^1250 words before the quiz, 250 over the budget of 1000 for ages 9-11/);
  });
  it('gives older pupils a larger budget', () => {
    expect(WORD_BUDGET['6-8']).toBeLessThan(WORD_BUDGET['9-11']);
    expect(WORD_BUDGET['9-11']).toBeLessThan(WORD_BUDGET['12-14']);
    expect(WORD_BUDGET['12-14']).toBeLessThanOrEqual(WORD_BUDGET['15-18']);
  });
});
