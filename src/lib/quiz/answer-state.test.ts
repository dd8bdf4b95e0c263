import { describe, expect, it } from 'vitest';
import { initialAnswer, isAnswered, moveItem } from './answer-state';
import { choice, ordering, reflection, scenario, sorting } from './test-questions';

describe('answer state', () => {
  it('starts an ordering question shuffled, the same way for the same attempt', () => {
    const first = initialAnswer(ordering, 'a1');
    expect(first).not.toEqual(['stop', 'keep', 'tell']);
    expect(initialAnswer(ordering, 'a1')).toEqual(first);
    expect(initialAnswer(choice('single', ['a']), 'a1')).toBeUndefined();
  });

  it('knows when an answer can be checked', () => {
    expect(isAnswered(choice('single', ['a']), [])).toBe(false);
    expect(isAnswered(choice('single', ['a']), ['b'])).toBe(true);
    expect(isAnswered(ordering, ['stop', 'keep'])).toBe(false);
    expect(isAnswered(sorting, { asks: 'green' })).toBe(false);
    expect(isAnswered(sorting, { asks: 'green', insists: 'red' })).toBe(true);
    expect(isAnswered(scenario, ['send'])).toBe(false);
    expect(isAnswered(scenario, ['send', 'pay'])).toBe(true);
    expect(isAnswered(reflection, undefined)).toBe(true);
  });

  it('moves items up and down within the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
