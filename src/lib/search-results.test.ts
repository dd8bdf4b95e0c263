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

  it('decodes the characters Pagefind escapes, without decoding twice', () => {
    const [hit] = searchResultsView([
      { url: '/en/x/', excerpt: '&lt;b&gt; &quot;No&quot; means no, it&#39;s &amp;lt;OK&amp;gt;', meta: { title: 'A &amp; B' } },
    ]);
    expect(hit).toEqual({ url: '/en/x/', title: 'A & B', excerpt: '<b> "No" means no, it\'s &lt;OK&gt;' });
  });
});
