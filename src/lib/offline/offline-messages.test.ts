import { describe, expect, it } from 'vitest';
import { isOfflineRequest, manifestVersion } from './offline-messages';

describe('isOfflineRequest', () => {
  it.each([{ type: 'keep', lang: 'fr', everyLesson: false }, { type: 'status', lang: 'nl' }, { type: 'erase' }])(
    'accepts %j',
    (request) => {
      expect(isOfflineRequest(request)).toBe(true);
    },
  );

  it.each([
    null,
    undefined,
    'keep',
    { type: 'status', lang: 'french' },
    { type: 'status', lang: 'en-gb' },
    { type: 'reload', lang: 'fr', everyLesson: true },
    { type: 'keep', lang: 'fr' },
    { type: 'status', lang: '../x' },
    { type: 'status' },
    { type: 'reload', lang: 'fr' },
  ])('refuses %j', (request) => {
    expect(isOfflineRequest(request)).toBe(false);
  });
});

describe('manifestVersion', () => {
  it('is stable for the same manifest and changes with any revision', () => {
    const manifest = [{ url: 'offline/fr.json', revision: 'a' }, 'favicon.svg'];
    expect(manifestVersion(manifest)).toBe(manifestVersion([...manifest]));
    expect(manifestVersion([{ url: 'offline/fr.json', revision: 'b' }, 'favicon.svg'])).not.toBe(manifestVersion(manifest));
    expect(manifestVersion(manifest)).toMatch(/^[0-9a-z]+$/);
  });
});
