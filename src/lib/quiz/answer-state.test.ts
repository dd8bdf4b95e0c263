import { describe, expect, it } from 'vitest';
import { isAnswered, orderingDeck, placeCard, toggleInOrder } from './answer-state';
import { choice, ordering, reflection, scenario, sorting } from './test-questions';

describe('answer state', () => {
  it("shows an ordering question's steps shuffled, the same way for the same attempt", () => {
    const first = orderingDeck(ordering, 'a1');
    expect(first).not.toEqual(['stop', 'keep', 'tell']);
    expect(orderingDeck(ordering, 'a1')).toEqual(first);
  });

  it('gives each attempt and each question its own start order', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => JSON.stringify(orderingDeck(ordering, `attempt-${i}`))));
    expect(orders.size).toBeGreaterThan(1);
    const other = { ...ordering, id: 'other-q' };
    const sameAttempt = Array.from({ length: 20 }, (_, i) => `attempt-${i}`).filter(
      (attempt) => JSON.stringify(orderingDeck(other, attempt)) !== JSON.stringify(orderingDeck(ordering, attempt)),
    );
    expect(sameAttempt.length).toBeGreaterThan(0);
  });

  it('never starts an ordering question already solved', () => {
    for (let i = 0; i < 100; i += 1) {
      const start = orderingDeck(ordering, `attempt-${i}`);
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

  it('takes the next place for a tapped step, and gives it up on a second tap', () => {
    expect(toggleInOrder([], 'b')).toEqual(['b']);
    expect(toggleInOrder(['b'], 'a')).toEqual(['b', 'a']);
    expect(toggleInOrder(['b', 'a', 'c'], 'b')).toEqual(['a', 'c']);
    expect(toggleInOrder(['b', 'a', 'c'], 'c')).toEqual(['b', 'a']);
  });

  it('puts a sorting card into a category, moves it, and takes it back to the pile', () => {
    expect(placeCard({}, 'asks', 'green')).toEqual({ asks: 'green' });
    expect(placeCard({ asks: 'green', insists: 'red' }, 'asks', 'red')).toEqual({ asks: 'red', insists: 'red' });
    expect(placeCard({ asks: 'green', insists: 'red' }, 'asks')).toEqual({ insists: 'red' });
    expect(placeCard({ insists: 'red' }, 'asks')).toEqual({ insists: 'red' });
  });
});
