import { describe, expect, it } from 'vitest';
import { facts } from '../../src/data/facts';
import { LANGUAGES, type Lang } from '../../src/schemas/languages';
import { readBuiltSite } from '../support/built-site';

const { pages } = readBuiltSite();
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const factsOn = (html: string) =>
  [...html.matchAll(/<span class="fact" data-fact="([^"]+)"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => ({
    id: m[1]!,
    text: decode(m[2]!),
  }));
const langOf = (path: string) => path.split('/')[1] as Lang;
const lessonPages = pages.filter((page) => /^\/(fr|nl|en)\/(lessons|teachers)\/[^/]+\/$/.test(page.path));

describe('facts on the built pages', () => {
  it("render the approved words in the page's language", () => {
    const rendered = lessonPages.flatMap((page) => factsOn(page.html).map((fact) => ({ ...fact, page: page.path })));
    expect(new Set(rendered.map((fact) => fact.id)).size).toBeGreaterThan(10);
    const wrong = rendered.filter((fact) => fact.text !== facts.get(fact.id)?.says[langOf(fact.page)]);
    expect(wrong).toEqual([]);
  });

  it('list the source of every fact a page states', () => {
    const missing = lessonPages.flatMap((page) =>
      factsOn(page.html).flatMap(({ id }) =>
        (facts.get(id)?.sources ?? [])
          .filter(
            // An address with "&" is written "&amp;" in the page's HTML.
            (source) => source.url && !page.html.includes(`href="${source.url.replaceAll('&', '&amp;')}"`),
          )
          .map((source) => `${page.path}: ${id}: ${source.url}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("never show a teachers' fact on a pupil page", () => {
    const onPupilPages = pages
      .filter((page) => /^\/(fr|nl|en)\/lessons\//.test(page.path))
      .flatMap((page) =>
        factsOn(page.html)
          .filter(({ id }) => facts.get(id)?.audience === 'teachers')
          .map(({ id }) => `${page.path}: ${id}`),
      );
    expect(onPupilPages).toEqual([]);
  });

  it('are built in every language', () => {
    for (const lang of LANGUAGES)
      expect(lessonPages.some((page) => langOf(page.path) === lang && factsOn(page.html).length > 0)).toBe(true);
  });
});
