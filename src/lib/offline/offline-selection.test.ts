import { describe, expect, it } from 'vitest';
import type { OfflineList } from './offline-list';
import { selectOfflineEntries, summarizeOfflineCopy } from './offline-selection';

const list: OfflineList = {
  lang: 'nl',
  version: 'v',
  entries: [
    { url: '/nl/', bytes: 10, kind: 'page' },
    { url: '/nl/lessons/a/', bytes: 100, kind: 'lesson' },
    { url: '/nl/lessons/b/', bytes: 100, kind: 'lesson' },
    { url: '/nl/lessons/c/', bytes: 100, kind: 'lesson' },
    { url: '/pagefind/wasm.nl.pagefind', bytes: 50, kind: 'search' },
  ],
};
const urls = (entries: ReturnType<typeof selectOfflineEntries>) => entries.map((entry) => entry.url);

describe('selectOfflineEntries', () => {
  it('keeps every page and the search index, and lessons up to the automatic size', () => {
    expect(urls(selectOfflineEntries(list, false, 250))).toEqual([
      '/nl/',
      '/nl/lessons/a/',
      '/nl/lessons/b/',
      '/pagefind/wasm.nl.pagefind',
    ]);
  });

  it('keeps a lesson that fills the size exactly', () => {
    expect(urls(selectOfflineEntries(list, false, 200))).toEqual([
      '/nl/',
      '/nl/lessons/a/',
      '/nl/lessons/b/',
      '/pagefind/wasm.nl.pagefind',
    ]);
  });

  it('keeps every lesson when asked, whatever their size', () => {
    expect(urls(selectOfflineEntries(list, true, 0))).toEqual(list.entries.map((entry) => entry.url));
  });

  it('keeps every lesson of today-sized catalogues automatically', () => {
    expect(selectOfflineEntries(list, false)).toHaveLength(list.entries.length);
  });
});

describe('summarizeOfflineCopy', () => {
  it('counts the stored files, their size and the stored lessons', () => {
    expect(summarizeOfflineCopy(list, new Set(['/nl/', '/nl/lessons/b/', '/en/', '/pagefind/wasm.nl.pagefind']))).toEqual({
      files: 3,
      totalFiles: 5,
      bytes: 160,
      lessons: 1,
      totalLessons: 3,
    });
  });

  it('says nothing is stored for an empty cache', () => {
    expect(summarizeOfflineCopy(list, new Set())).toMatchObject({ files: 0, bytes: 0, lessons: 0, totalLessons: 3 });
  });
});
