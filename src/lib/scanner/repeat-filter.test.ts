import { describe, expect, it } from 'vitest';
import { createRepeatFilter } from './repeat-filter';

describe('createRepeatFilter', () => {
  it('lets a code through once however many frames show it', () => {
    const isNew = createRepeatFilter(1000);
    const frames = Array.from({ length: 30 }, (_, i) => isNew('A', i * 100));
    expect(frames.filter(Boolean)).toHaveLength(1);
    expect(frames[0]).toBe(true);
  });

  it('lets another code through at once, and the first again after it', () => {
    const isNew = createRepeatFilter(1000);
    expect([isNew('A', 0), isNew('B', 100), isNew('A', 200)]).toEqual([true, true, true]);
  });

  it('reads the same code again once it has been out of sight for the hold time', () => {
    const isNew = createRepeatFilter(1000);
    expect(isNew('A', 0)).toBe(true);
    expect(isNew('A', 999)).toBe(false);
    expect(isNew('A', 1998)).toBe(false);
    expect(isNew('A', 2998)).toBe(true);
  });
});
