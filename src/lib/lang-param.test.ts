import { describe, expect, it } from 'vitest';
import { langParam } from './lang-param';

describe('langParam', () => {
  it('gives the language of a page under /{lang}/', () => {
    expect(langParam({ lang: 'nl', id: 'consent' })).toBe('nl');
  });

  it('says where the component must be used when the page has no language', () => {
    expect(() => langParam({ id: 'consent' })).toThrow('This component must be used on a page under /{lang}/ (got undefined)');
    expect(() => langParam({ lang: 'de' })).toThrow('This component must be used on a page under /{lang}/ (got "de")');
  });
});
