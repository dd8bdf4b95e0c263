import { describe, expect, it } from 'vitest';
import { overflows } from './scroll-tab-stop';

describe('scroll box tab stop', () => {
  it('is needed only when the content is wider or taller than the box', () => {
    expect(overflows({ scrollWidth: 640, clientWidth: 375, scrollHeight: 300, clientHeight: 300 })).toBe(true);
    expect(overflows({ scrollWidth: 900, clientWidth: 900, scrollHeight: 300, clientHeight: 300 })).toBe(false);
    expect(overflows({ scrollWidth: 900, clientWidth: 900, scrollHeight: 301, clientHeight: 300 })).toBe(true);
  });
});
