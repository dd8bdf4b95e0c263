import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';
import { localeOf } from './locale';

describe('formatDate', () => {
  it('writes the date in Belgian French, Belgian Dutch and British English, in UTC', () => {
    const lateEvening = new Date('2026-11-28T23:30:00Z');
    expect(formatDate(lateEvening, 'fr')).toBe('28 novembre 2026');
    expect(formatDate(lateEvening, 'nl')).toBe('28 november 2026');
    expect(formatDate(lateEvening, 'en')).toBe('28 November 2026');
  });

  it('uses the Belgian and British locales', () => {
    expect([localeOf('fr'), localeOf('nl'), localeOf('en')]).toEqual(['fr-BE', 'nl-BE', 'en-GB']);
  });
});
