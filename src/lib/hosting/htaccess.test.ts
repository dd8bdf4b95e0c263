import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htaccess } from './htaccess';
import { CACHE_HASHED, CLASS_PAGE_PERMISSIONS_POLICY, SECURITY_HEADERS } from './security-headers';

/** The lines of the file inside a `<Tag …>` block (first one found), without their indentation. */
function block(text: string, opening: string): string[] {
  const start = text.indexOf(opening);
  expect(start, opening).toBeGreaterThanOrEqual(0);
  const tag = /^<(\w+)/.exec(opening)![1];
  const end = text.indexOf(`</${tag}>`, start);
  return text
    .slice(start + opening.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

describe('.htaccess', () => {
  it('points to the 404 page and hides the server files under the configured base', () => {
    const text = htaccess('/balise/');
    expect(text).toContain('ErrorDocument 404 /balise/404.html\n');
    expect(text).toContain('RedirectMatch 404 ^\\/balise\\/(\\.htaccess|_headers|\\.nojekyll)$');
    expect(htaccess('/')).toContain('ErrorDocument 404 /404.html\n');
  });

  it('sends every security header, and a long cache only under the base _astro/ folder', () => {
    const headers = block(htaccess('/a.b/'), '<IfModule mod_headers.c>');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers).toContain(`Header always set ${name} "${value}"`);
    expect(headers).toContain('<If "%{REQUEST_URI} =~ m#^\\/a\\.b\\/_astro\\/#">');
    expect(headers).toContain(`Header always set Cache-Control "${CACHE_HASHED}"`);
  });

  it('allows the camera on the class pages under the base only', () => {
    const headers = block(htaccess('/balise/'), '<IfModule mod_headers.c>');
    const at = headers.indexOf('<If "%{REQUEST_URI} =~ m#^/balise/[^/]+/teachers/[^/]+/class/#">');
    expect(at).toBeGreaterThan(
      headers.indexOf(`Header always set Permissions-Policy "${SECURITY_HEADERS['Permissions-Policy']}"`),
    );
    expect(headers.slice(at + 1, at + 3)).toEqual([
      `Header always set Permissions-Policy "${CLASS_PAGE_PERMISSIONS_POLICY}"`,
      '</If>',
    ]);
  });

  it('guards every module directive, so a host without the module still serves the site', () => {
    const text = htaccess('/');
    const unguarded = text
      .split('\n')
      .filter((line) => /^(Header|RequestHeader|Rewrite|AddOutputFilter|RedirectMatch|AddType|AddEncoding)/.test(line));
    expect(unguarded).toEqual([]);
    expect(block(text, '<IfModule !mod_headers.c>')).toEqual(['FileETag None']);
  });

  it('serves the precompressed copy of every text file type the build compresses', () => {
    const rule = /RewriteRule (\S+) %\{REQUEST_URI\}\.br/.exec(htaccess('/'))![1]!;
    const pattern = new RegExp(rule);
    for (const file of ['/fr/index.html', '/_astro/a.css', '/_astro/b.js', '/manifest.webmanifest'])
      expect(file).toMatch(pattern);
    expect('/photo.jpg').not.toMatch(pattern);
  });

  it('mends the ETag suffix of mod_deflate and mod_brotli in revalidation requests', () => {
    expect(block(htaccess('/'), '<IfModule mod_headers.c>')).toContain('RequestHeader edit* If-None-Match "-(gzip|br)\\"" "\\""');
  });

  it('is the file the README quotes for Apache (directives it names exist in it)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const module of ['mod_headers', 'mod_rewrite', 'mod_deflate']) {
      expect(readme).toContain(module);
      expect(htaccess('/')).toContain(`<IfModule ${module}.c>`);
    }
  });
});
