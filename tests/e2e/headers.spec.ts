import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { CACHE_HASHED, CACHE_REVALIDATE, CLASS_PAGE_HEADERS, SECURITY_HEADERS } from '../../src/lib/hosting/security-headers';
import { at, serverMetadata } from './server-metadata';
import { lessonsCoveringTypes } from './site-content';

/**
 * Headers, compression, revalidation and types of the shipped server configurations (nginx and
 * Apache projects, at the root and under a sub-path; see playwright.config.ts).
 */
const gzip = { 'Accept-Encoding': 'gzip' };

function expectSecurityHeaders(response: APIResponse, what: string, expected = SECURITY_HEADERS) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  expect(headers['server'], what).not.toMatch(/\d/);
}

/**
 * The addresses of a stylesheet and of a script with a content hash, from a lesson page with a
 * quiz: the island's code, which the page's small entry script imports.
 */
async function hashedAssets(request: APIRequestContext): Promise<[css: string, js: string]> {
  const html = await (await request.get(at(`/en/lessons/${lessonsCoveringTypes().lessons[0]!.id}/`))).text();
  const css = /href="([^"]+_astro\/[^"]+\.css)"/.exec(html)?.[1];
  const js = /"([^"]+_astro\/[^"]+\.js)"/.exec(html)?.[1];
  expect([css, js].every((url) => url?.startsWith(`${serverMetadata().base}_astro/`))).toBe(true);
  const imported = /["']\.\/([^"']+\.js)["']/.exec(await (await request.get(js!)).text())?.[1];
  return [css!, imported ? js!.replace(/[^/]+$/, imported) : js!];
}

test('pages, hashed files and the 404 page carry every security header and the right cache rule', async ({ request }) => {
  const page = await request.get(at('/en/'));
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page, 'page');
  expect(page.headers()['cache-control']).toBe(CACHE_REVALIDATE);
  for (const asset of await hashedAssets(request)) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expectSecurityHeaders(response, asset);
    expect(response.headers()['cache-control'], asset).toBe(CACHE_HASHED);
  }
  const missing = await request.get(at('/en/no-such-page/'));
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, '404 page');
  expect(await missing.text()).toContain(en['notFound.home']);
});

test('the camera is allowed on the class pages only (Permissions-Policy)', async ({ request }) => {
  const id = lessonsCoveringTypes().lessons[0]!.id;
  for (const path of [`/en/teachers/${id}/class/`, `/fr/teachers/${id}/class/index.html`]) {
    const classPage = await request.get(at(path));
    expect(classPage.status(), path).toBe(200);
    expectSecurityHeaders(classPage, path, CLASS_PAGE_HEADERS);
    expect(classPage.headers()['cache-control'], path).toBe(CACHE_REVALIDATE);
  }
  for (const path of [`/en/teachers/${id}/`, `/en/teachers/${id}/projector/`, `/en/lessons/${id}/`]) {
    const other = await request.get(at(path));
    expect(other.status(), path).toBe(200);
    expectSecurityHeaders(other, path);
  }
});

test('server configuration files copied with the site are not served', async ({ request }) => {
  for (const file of ['/.htaccess', '/_headers', '/.nojekyll']) {
    const response = await request.get(at(file));
    expect(response.status(), file).toBeGreaterThanOrEqual(400);
    expect(await response.text(), file).not.toMatch(/Header always set|X-Frame-Options: DENY/);
  }
});

test('a client that asks for gzip gets it, pages and files alike', async ({ request }) => {
  const urls = [at('/en/'), ...(await hashedAssets(request)), at('/pagefind/pagefind.js'), at('/manifest.webmanifest')];
  for (const url of urls) {
    const response = await request.get(url, { headers: gzip });
    expect(response.headers()['content-encoding'], url).toBe('gzip');
    expect(response.headers()['vary'], url).toMatch(/accept-encoding/i);
  }
});

test('Apache sends the brotli files the build wrote to a client that takes them', async ({ request }) => {
  test.skip(serverMetadata().server !== 'apache', 'nginx needs a module Debian does not install by default (see the README)');
  const response = await request.get(at('/en/'), { headers: { 'Accept-Encoding': 'gzip, br' } });
  expect(response.headers()['content-encoding']).toBe('br');
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await response.text()).toContain('<html');
});

test('a revisit gets 304 Not Modified, compressed or not', async ({ request }) => {
  const [css] = await hashedAssets(request);
  for (const [url, encoding] of [
    [at('/en/'), gzip],
    [css, gzip],
    [at('/en/'), { 'Accept-Encoding': 'identity' }],
  ] as const) {
    const first = await request.get(url, { headers: encoding });
    const etag = first.headers()['etag'];
    expect(etag, url).toBeTruthy();
    const again = await request.get(url, { headers: { ...encoding, 'If-None-Match': etag! } });
    expect(again.status(), `${url} ${JSON.stringify(encoding)}`).toBe(304);
  }
});

test('files go out with their type', async ({ request }) => {
  const [css, js] = await hashedAssets(request);
  const types: [string, RegExp][] = [
    [at('/en/'), /^text\/html; charset=utf-8$/],
    [at('/manifest.webmanifest'), /^application\/manifest\+json/],
    [js, /^(text|application)\/javascript/],
    [css, /^text\/css/],
    [at('/favicon.svg'), /^image\/svg\+xml/],
    [at('/pagefind/pagefind.js'), /^(text|application)\/javascript/],
    [at('/pagefind/pagefind-entry.json'), /^application\/json/],
  ];
  for (const [url, type] of types) {
    const response = await request.get(url, { headers: gzip });
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toMatch(type);
  }
});

test.describe('under a sub-path', () => {
  test.skip(() => serverMetadata().base === '/', 'only for a site under a sub-path');

  test('the address without its final slash leads to the site', async ({ request }) => {
    const response = await request.get(serverMetadata().base.replace(/\/$/, ''), { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(serverMetadata().base);
  });

  test("the school's own site keeps its own 404 page", async ({ request }) => {
    const response = await request.get('/no-such-page-of-the-school/');
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain(en['notFound.home']);
  });
});
