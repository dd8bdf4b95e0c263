import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title';

describe('document title', () => {
  it('puts the page before the site name', () => {
    expect(documentTitle('Help', 'Balise', 'Lessons')).toBe('Help · Balise');
  });

  it('never repeats the site name: its home gets the tagline', () => {
    expect(documentTitle('Balise', 'Balise', 'Lessons on growing up online')).toBe('Balise · Lessons on growing up online');
  });
});
