import { describe, expect, it } from 'vitest';
import { hash32 } from './hash';

describe('hash32', () => {
  it('gives the FNV-1a values of known texts', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('foobar')).toBe(0xbf9cf968);
  });

  it('is an unsigned 32-bit number that changes with one character', () => {
    const values = ['quiz-1', 'quiz-2', 'quiz-3'].map(hash32);
    expect(new Set(values).size).toBe(3);
    for (const value of values) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of values) expect(value).toBeLessThan(2 ** 32);
  });
});
