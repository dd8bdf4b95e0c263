import { describe, expect, it } from 'vitest';
import { searchResultsView } from './search-results';

describe('searchResultsView', () => {
  it('keeps the address, the title and the excerpt as plain text', () => {
    expect(
      searchResultsView([
        { url: '/fr/lessons/x/', excerpt: 'Ne <mark>paie</mark> pas &amp; arrête', meta: { title: 'Sextorsion : que faire ?' } },
        { url: '/fr/lessons/y/', excerpt: '', meta: {} },
      ]),
    ).toEqual([
      { url: '/fr/lessons/x/', title: 'Sextorsion : que faire ?', excerpt: 'Ne paie pas & arrête' },
      { url: '/fr/lessons/y/', title: '/fr/lessons/y/', excerpt: '' },
    ]);
  });
});
