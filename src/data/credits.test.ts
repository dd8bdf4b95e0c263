import { describe, expect, it } from 'vitest';
import { libraryCredits } from './credits';

describe('libraryCredits', () => {
  it('credits every shipped library with its address and licence', () => {
    const credits = libraryCredits();
    expect(credits.map((credit) => credit.name)).toEqual([
      'astro',
      'solid-js',
      'nanostores',
      '@nanostores/persistent',
      'pagefind',
      'Workbox',
      'lean-qr',
      'jsqr',
    ]);
    for (const credit of credits) {
      expect(credit.url).toMatch(/^https:\/\//);
      expect(credit.licenceUrl).toBe(`https://spdx.org/licenses/${credit.licence}.html`);
    }
  });

  it('names the missing package.json', () => {
    expect(() => libraryCredits('/no/such/folder')).toThrow('/no/such/folder/node_modules/astro/package.json');
  });
});
