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

  it('gives each attempt and each question its own start order', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => JSON.stringify(initialAnswer(ordering, `attempt-${i}`))));
    expect(orders.size).toBeGreaterThan(1);
    const other = { ...ordering, id: 'other-q' };
    const sameAttempt = Array.from({ length: 20 }, (_, i) => `attempt-${i}`).filter(
      (attempt) => JSON.stringify(initialAnswer(other, attempt)) !== JSON.stringify(initialAnswer(ordering, attempt)),
    );
    expect(sameAttempt.length).toBeGreaterThan(0);
  });

  it('never starts an ordering question already solved', () => {
    for (let i = 0; i < 100; i += 1) {
      const start = initialAnswer(ordering, `attempt-${i}`);
      expect(start).not.toEqual(['stop', 'keep', 'tell']);
      expect([...(start as string[])].sort()).toEqual(['keep', 'stop', 'tell']);
    }
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
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 3, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], -1, 1)).toEqual(['a', 'b', 'c']);
  });
});
