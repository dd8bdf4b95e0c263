import { describe, expect, it } from 'vitest';
import { markClass } from './mark-class';

describe('markClass', () => {
  it('marks nothing before checking, then right and wrong parts', () => {
    expect(markClass(false, true)).toBe('');
    expect(markClass(true, true)).toBe(' is-right');
    expect(markClass(true, false)).toBe(' is-wrong');
    expect(markClass(true, false, false)).toBe('');
  });
});
