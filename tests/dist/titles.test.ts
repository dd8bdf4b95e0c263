import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';

/** The `<title>` of each built page, by path. */
function titles(): Map<string, string> {
  const { pages } = readBuiltSite();
  return new Map(pages.map((page) => [page.path, /<title>([^<]*)<\/title>/.exec(page.html)?.[1] ?? '']));
}

describe('page titles', () => {
  const byPath = titles();

  it('every page has a title, and no title repeats a part ("Balise · Balise")', () => {
    expect(byPath.size).toBeGreaterThan(20);
    const bad = [...byPath].filter(([, title]) => {
      const parts = title.split(' · ');
      return title.trim() === '' || new Set(parts).size !== parts.length;
    });
    expect(bad).toEqual([]);
  });

  it('no two pages share a title', () => {
    const seen = new Map<string, string[]>();
    for (const [path, title] of byPath) seen.set(title, [...(seen.get(title) ?? []), path]);
    expect([...seen].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });
});
