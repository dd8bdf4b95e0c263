import { describe, expect, it } from 'vitest';
import { decorativeSvg } from './inline-svg';

describe('decorativeSvg', () => {
  it('adds the class and hides the picture from screen readers', () => {
    expect(decorativeSvg('<svg viewBox="0 0 2 2"><rect/></svg>\n', 'logo')).toBe(
      '<svg class="logo" aria-hidden="true" focusable="false" viewBox="0 0 2 2"><rect/></svg>',
    );
  });

  it('refuses markup that is not an SVG', () => {
    expect(() => decorativeSvg('<img src="x.svg">', 'logo')).toThrow(
      'expected markup that starts with <svg, got "<img src="x.svg">"',
    );
  });
});
