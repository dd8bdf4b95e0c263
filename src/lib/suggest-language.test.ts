import { describe, expect, it } from 'vitest';
import { suggestLanguage } from './suggest-language';

describe('suggestLanguage', () => {
  it('matches on the primary subtag, in the browser order', () => {
    expect(suggestLanguage(['de-DE', 'nl-BE', 'fr'], ['fr', 'nl', 'en'])).toBe('nl');
    expect(suggestLanguage(['EN-gb'], ['fr', 'nl', 'en'])).toBe('en');
  });

  it('suggests nothing when no language is offered', () => {
    expect(suggestLanguage(['de', 'it'], ['fr', 'nl', 'en'])).toBeUndefined();
    expect(suggestLanguage([], ['fr'])).toBeUndefined();
  });
});
