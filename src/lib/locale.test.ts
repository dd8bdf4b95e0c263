import { describe, expect, it } from 'vitest';
import { localeOf } from './locale';

describe('localeOf', () => {
  it('uses Belgian French and Dutch and British English', () => {
    expect(localeOf('fr')).toBe('fr-BE');
    expect(localeOf('nl')).toBe('nl-BE');
    expect(localeOf('en')).toBe('en-GB');
  });
  it('gives locales that format numbers the way each language writes them', () => {
    expect(new Intl.NumberFormat(localeOf('fr')).format(1.8)).toBe('1,8');
    expect(new Intl.NumberFormat(localeOf('nl')).format(1.8)).toBe('1,8');
    expect(new Intl.NumberFormat(localeOf('en')).format(1.8)).toBe('1.8');
  });
});
