/** What Pagefind returns for one hit (the part we use). */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

/** A hit as the search list shows it: plain text only (Pagefind's excerpt marks are dropped). */
export interface SearchResultView {
  url: string;
  title: string;
  excerpt: string;
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Turns Pagefind hits into plain-text results; a hit without a title shows its address. */
export function searchResultsView(hits: readonly SearchHit[]): SearchResultView[] {
  return hits.map((hit) => ({ url: hit.url, title: plain(hit.meta.title ?? hit.url), excerpt: plain(hit.excerpt) }));
}
