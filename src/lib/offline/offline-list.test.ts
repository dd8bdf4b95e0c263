import { describe, expect, it } from 'vitest';
import { fileUrl, fragmentInCopy, offlineKind, offlineList } from './offline-list';

describe('offlineKind', () => {
  it.each([
    ['fr/index.html', 'page'],
    ['fr/12-14/index.html', 'page'],
    ['fr/help/index.html', 'page'],
    ['fr/progress/index.html', 'page'],
    ['fr/lessons/consent/index.html', 'lesson'],
    ['pagefind/pagefind.js', 'search'],
    ['pagefind/pagefind-worker.js', 'search'],
    ['pagefind/pagefind-entry.json', 'search'],
    ['pagefind/wasm.fr.pagefind', 'search'],
    ['pagefind/pagefind.fr_b67cfe796c.pf_meta', 'search'],
    ['pagefind/index/fr_2d87a9c.pf_index', 'search'],
    ['pagefind/fragment/fr_123c214.pf_fragment', 'search'],
  ])('%s is part of the French copy (%s)', (path, kind) => {
    expect(offlineKind(path, 'fr')).toBe(kind);
  });

  it.each([
    'fr/teachers/index.html',
    'fr/teachers/consent/index.html',
    'fr/teachers/consent/projector/index.html',
    'nl/index.html',
    'nl/lessons/consent/index.html',
    'index.html',
    '404.html',
    'pagefind/wasm.nl.pagefind',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/fragment/nl_123c214.pf_fragment',
    'pagefind/pagefind-ui.js',
    '_astro/islands.abc.js',
    'fr/lessons/consent/extra.html',
  ])('%s is not part of the French copy', (path) => {
    expect(offlineKind(path, 'fr')).toBeUndefined();
  });
});

describe('offlineList', () => {
  it('lists the pages, then the lessons, then the search files, with their URL under the base', () => {
    const files = [
      { path: 'pagefind/wasm.en.pagefind', bytes: 5 },
      { path: 'en/lessons/b/index.html', bytes: 3 },
      { path: 'en/lessons/a/index.html', bytes: 2 },
      { path: 'en/teachers/index.html', bytes: 9 },
      { path: 'en/index.html', bytes: 1 },
    ];
    expect(offlineList('en', files, '/balise/', 'v1')).toEqual({
      lang: 'en',
      version: 'v1',
      entries: [
        { url: '/balise/en/', bytes: 1, kind: 'page' },
        { url: '/balise/en/lessons/a/', bytes: 2, kind: 'lesson' },
        { url: '/balise/en/lessons/b/', bytes: 3, kind: 'lesson' },
        { url: '/balise/pagefind/wasm.en.pagefind', bytes: 5, kind: 'search' },
      ],
    });
  });

  it('writes directory URLs for index pages, at the root or under a base without a final slash', () => {
    expect(fileUrl('fr/help/index.html', '/')).toBe('/fr/help/');
    expect(fileUrl('index.html', '/balise')).toBe('/balise/');
    expect(fileUrl('fr/index.html.br', '/')).toBe('/fr/index.html.br');
    expect(fileUrl('pagefind/pagefind.js', '/balise')).toBe('/balise/pagefind/pagefind.js');
  });
});

describe('fragmentInCopy', () => {
  const fragment = (url: string) => `pagefind_dcd{"url":"${url}","content":"…"}`;

  it('keeps the search fragments of pupil pages of the language (URLs from the built folder, without the base)', () => {
    expect(fragmentInCopy(fragment('/fr/lessons/consent/'), 'fr')).toBe(true);
    expect(fragmentInCopy(fragment('/fr/help/'), 'fr')).toBe(true);
  });

  it('leaves out teacher pages, other languages and unreadable fragments', () => {
    expect(fragmentInCopy(fragment('/fr/teachers/consent/'), 'fr')).toBe(false);
    expect(fragmentInCopy(fragment('/nl/lessons/consent/'), 'fr')).toBe(false);
    expect(fragmentInCopy('pagefind_dcd{}', 'fr')).toBe(false);
  });
});
