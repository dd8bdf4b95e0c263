import { describe, expect, it } from 'vitest';
import { fitScale } from './fit-scale';

describe('fitScale', () => {
  it('keeps full size when the slide fits', () => {
    expect(fitScale(() => true, 0.7)).toBe(1);
  });

  it('finds the largest scale that fits, within the precision of its steps, and applies it last', () => {
    const tried: number[] = [];
    const scale = fitScale((s) => (tried.push(s), s <= 0.83), 0.7);
    expect(scale).toBeLessThanOrEqual(0.83);
    expect(scale).toBeGreaterThan(0.83 - 0.3 / 2 ** 6);
    expect(tried.at(-1)).toBe(scale);
  });

  it('stops at the floor and no further, and applies the floor last', () => {
    const tried: number[] = [];
    expect(fitScale((s) => (tried.push(s), false), 0.7)).toBe(0.7);
    expect(tried.at(-1)).toBe(0.7);
  });

  it('measures full size, then once per halving step, then the result', () => {
    const tried: number[] = [];
    fitScale((s) => (tried.push(s), s <= 0.83), 0.7, 4);
    expect(tried).toHaveLength(1 + 4 + 1);
  });
});
