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

  it('never returns the original order when asked not to', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(seededShuffle(['a', 'b', 'c'], `s${i}`, true)).not.toEqual(['a', 'b', 'c']);
    }
  });
});
