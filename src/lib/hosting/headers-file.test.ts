import { describe, expect, it } from 'vitest';
import { headersFile, headersForPath, parseHeadersFile, patternMatches } from './headers-file';
import { CACHE_HASHED, CLASS_PAGE_PERMISSIONS_POLICY, SECURITY_HEADERS } from './security-headers';

describe('_headers for static hosts', () => {
  const rules = parseHeadersFile(headersFile('/balise/'));

  it('gives every file the security headers, and hashed files a long cache, under the base', () => {
    const page = headersForPath(rules, '/balise/en/');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page[name.toLowerCase()]).toEqual([value]);
    expect(page['cache-control']).toBeUndefined();
    expect(headersForPath(rules, '/balise/_astro/app.Bx1.js')['cache-control']).toEqual([CACHE_HASHED]);
    expect(headersForPath(rules, '/balise/manifest.webmanifest')['content-type']).toEqual(['application/manifest+json']);
    expect(headersForPath(rules, '/other/en/')).toEqual({});
  });

  it('never sets one header in two rules that match the same file (Cloudflare Pages would join them)', () => {
    for (const path of [
      '/balise/',
      '/balise/en/',
      '/balise/en/teachers/a/',
      '/balise/_astro/a.css',
      '/balise/pagefind/pagefind.js',
      '/balise/manifest.webmanifest',
    ]) {
      const joined = Object.entries(headersForPath(rules, path)).filter(([, values]) => values.length > 1);
      expect(joined, path).toEqual([]);
    }
  });

  it('allows the camera on the class pages: their Permissions-Policy comes last, so it wins', () => {
    for (const path of ['/balise/fr/teachers/a/class/', '/balise/nl/teachers/b-12/class/index.html']) {
      const headers = headersForPath(rules, path);
      expect(headers['permissions-policy'], path).toEqual([
        SECURITY_HEADERS['Permissions-Policy'],
        CLASS_PAGE_PERMISSIONS_POLICY,
      ]);
      expect(
        Object.entries(headers)
          .filter(([, values]) => values.length > 1)
          .map(([name]) => name),
      ).toEqual(['permissions-policy']);
    }
    expect(headersForPath(rules, '/balise/fr/teachers/class/')['permissions-policy']).toEqual([
      SECURITY_HEADERS['Permissions-Policy'],
    ]);
    expect(headersForPath(rules, '/other/fr/teachers/a/class/')).toEqual({});
  });

  it('finds a header set twice, so the check above can fail', () => {
    const doubled = parseHeadersFile('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n');
    expect(headersForPath(doubled, '/_astro/a.js')['cache-control']).toEqual(['no-cache', 'immutable']);
  });

  it('matches "*" as any run of characters and nothing else as a wildcard', () => {
    expect(patternMatches('/a.b/*', '/a.b/c/d')).toBe(true);
    expect(patternMatches('/a.b/*', '/aXb/c')).toBe(false);
    expect(patternMatches('/_astro/*', '/en/_astro/x')).toBe(false);
    expect(patternMatches('/:lang/x/*', '/fr/x/')).toBe(true);
    expect(patternMatches('/:lang/x/*', '/fr/y/x/')).toBe(false);
    expect(patternMatches('/:lang/x/*', '//x/')).toBe(false);
  });

  it('starts with comments that say what the file is, and reads them as no rule', () => {
    const text = headersFile('/');
    expect(text.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^# Headers for static hosts that read a _headers file/),
      expect.stringMatching(/^# the build; see deploy\/security-headers\.md/),
      expect.stringMatching(/^# except the class pages' Permissions-Policy/),
    ]);
    expect(parseHeadersFile(text).map((rule) => rule.pattern)).toEqual([
      '/*',
      '/:lang/teachers/:id/class/*',
      '/_astro/*',
      '/manifest.webmanifest',
    ]);
  });

  it('reads rules exactly: comments and blank lines skipped, names and values trimmed, colons kept in values', () => {
    const text = [
      '# a comment',
      '   # an indented comment',
      '',
      '  ',
      '/*  ',
      '\tX-Test :   a: b  ',
      '  Link:',
      '/page#top',
      '  X-Hash: #1',
    ].join('\n');
    expect(parseHeadersFile(text)).toEqual([
      { pattern: '/*', headers: { 'X-Test': 'a: b  ', Link: '' } },
      { pattern: '/page#top', headers: { 'X-Hash': '#1' } },
    ]);
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow('_headers: "no colon here" is neither a path');
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('_headers: "X-Frame-Options: DENY" is neither a path');
    expect(() => parseHeadersFile('/*\n\t: no name: here\n')).toThrow('_headers: ": no name: here" is neither a path');
    expect(() => parseHeadersFile('/*\n  X-Test: cut\rshort\n')).toThrow('is neither a path');
  });
});
