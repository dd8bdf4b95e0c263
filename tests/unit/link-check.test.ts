import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../support/link-check';

const pages = [
  { path: '/fr/', html: '<a href="/fr/help/">a</a><a href="help/#urgence">b</a><a href="#main">c</a><main id="main"></main>' },
  {
    path: '/fr/help/',
    html: '<h2 id="urgence"></h2><a href="tel:112">x</a><a href="https://childfocus.be">y</a><img src="/favicon.svg">',
  },
];

describe('findBrokenLinks', () => {
  it('accepts links to pages, files and existing fragments, and skips other origins', () => {
    expect(findBrokenLinks(pages, new Set(['/favicon.svg']))).toEqual([]);
  });

  it('reports missing pages, files and fragments, and links outside the base path', () => {
    const bad = [
      {
        path: '/balise/fr/',
        html: '<a href="/balise/fr/nope/">a</a><a href="/balise/fr/#gone">b</a><link href="/x.css"><a href="/fr/">c</a>',
      },
    ];
    expect(findBrokenLinks(bad, new Set(), '/balise/')).toEqual([
      { page: '/balise/fr/', href: '/balise/fr/nope/', reason: 'no such page or file' },
      { page: '/balise/fr/', href: '/balise/fr/#gone', reason: 'no element with id "gone"' },
      { page: '/balise/fr/', href: '/x.css', reason: 'outside the base path /balise/' },
      { page: '/balise/fr/', href: '/fr/', reason: 'outside the base path /balise/' },
    ]);
  });
});
