import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots';

describe('robotsTxt', () => {
  it('allows or disallows everything', () => {
    expect(robotsTxt(false)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt(true)).toBe('User-agent: *\nDisallow: /\n');
  });
});
