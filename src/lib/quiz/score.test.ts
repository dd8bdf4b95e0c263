import { describe, expect, it } from 'vitest';
import { quizScore } from './grade';
import { formatScore, scoredCount } from './score';
import { choice, ordering, reflection, scenario, sorting } from './test-questions';

describe('scoredCount', () => {
  it('counts the scored questions only, as the quiz score does (a reflection is never scored)', () => {
    const questions = [choice('single', ['a']), ordering, sorting, scenario, reflection];
    expect(scoredCount(questions)).toBe(4);
    expect(scoredCount(questions)).toBe(quizScore(questions, {}).total);
    expect(scoredCount([reflection])).toBe(0);
  });
});

describe('formatScore', () => {
  it("writes a score the way the page's language does", () => {
    expect(formatScore(1.8, 'fr-BE')).toBe('1,8');
    expect(formatScore(1.8, 'nl-BE')).toBe('1,8');
    expect(formatScore(1.8, 'en-GB')).toBe('1.8');
    expect(formatScore(2, 'fr-BE')).toBe('2');
  });
});
