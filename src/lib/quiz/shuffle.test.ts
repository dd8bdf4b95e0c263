import { describe, expect, it } from 'vitest';
import { seededShuffle } from './shuffle';

const letters = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('seededShuffle', () => {
  it('gives the same order for the same seed, and keeps every item', () => {
    expect(seededShuffle(letters, 'attempt-1:q1')).toEqual(seededShuffle(letters, 'attempt-1:q1'));
    expect([...seededShuffle(letters, 'x')].sort()).toEqual(letters);
  });

  it('gives other orders for other seeds', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => seededShuffle(letters, `seed-${i}`).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('can give any order of a short list, each about as often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 300; i += 1) {
      const order = seededShuffle(['a', 'b', 'c'], `attempt-${i}`).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['abc', 'acb', 'bac', 'bca', 'cab', 'cba']);
    for (const count of counts.values()) expect(count).toBeGreaterThan(25);
  });

  it("gives the same order as earlier versions, so a reload after an update keeps the pupil's order", () => {
    expect(seededShuffle(letters, 'attempt-1:q1').join('')).toMatchInlineSnapshot(`"dbecfa"`);
    expect(seededShuffle(letters, 'k3x9:order-q').join('')).toMatchInlineSnapshot(`"bcdafe"`);
  });

  it('leaves a shuffle that moved anything as it is, even when asked to avoid the original order', () => {
    for (let i = 0; i < 50; i += 1) {
      const free = seededShuffle(['a', 'b', 'c'], `s${i}`);
      if (free.join('') !== 'abc') expect(seededShuffle(['a', 'b', 'c'], `s${i}`, true)).toEqual(free);
    }
  });

  it('leaves an empty or one-item list as it is', () => {
    expect(seededShuffle([], 's', true)).toEqual([]);
    expect(seededShuffle(['a'], 's', true)).toEqual(['a']);
  });

  it('never returns the original order when asked not to', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(seededShuffle(['a', 'b', 'c'], `s${i}`, true)).not.toEqual(['a', 'b', 'c']);
    }
  });
});
