import { describe, expect, it } from 'vitest';
import { telHref, unbreakable } from './phone';

describe('phone numbers', () => {
  it('links a number without its spaces', () => {
    expect(telHref('116 000')).toBe('tel:116000');
    expect(telHref('0800  12 34')).toBe('tel:08001234');
  });

  it('keeps a number on one line', () => {
    expect(unbreakable('02 123 45 67')).toBe('02\u00a0123\u00a045\u00a067');
  });
});
