import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { SECURITY_HEADERS } from '../../src/lib/hosting/security-headers';

/**
 * Apache with `AllowOverride None` (Debian's default): the `.htaccess` is ignored. The site must
 * still work, and the README's warning must name exactly what is then lost.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const warning = /- With `AllowOverride None`[\s\S]*?\n {2}- /.exec(readme)?.[0] ?? '';

test('the README has a warning for AllowOverride None', () => {
  expect(warning).toContain('ignores the `.htaccess`');
});

test('the site still works: pages, their own policy in <meta>, assets and search files', async ({ page, request }) => {
  const response = await page.goto('/en/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  await expect(page.locator('h1')).toBeVisible();
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect((await request.get(css!)).status()).toBe(200);
  expect((await request.get('/pagefind/pagefind-entry.json')).status()).toBe(200);
});

test('every security header is lost, and the README names each one', async ({ request }) => {
  const headers = (await request.get('/en/')).headers();
  for (const name of Object.keys(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], name).toBeUndefined();
    expect(warning, name).toContain(`\`${name}\``);
  }
});

test('the cache rules are lost, and the README says so', async ({ request }) => {
  const html = await (await request.get('/en/')).text();
  const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
  expect((await request.get(asset)).headers()['cache-control']).toBeUndefined();
  expect(warning).toContain('`Cache-Control`');
});

test("the site's own 404 page and the hiding of _headers are lost, and the README says so", async ({ request }) => {
  const missing = await request.get('/en/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toContain(en['notFound.home']);
  expect(warning).toContain('404 page');
  expect((await request.get('/_headers')).status()).toBe(200);
  expect(warning).toContain('hiding of `_headers`');
});

test("with Debian's mod_deflate, a compressed revisit gets no 304, and the README says so", async ({ request }) => {
  const gzip = { 'Accept-Encoding': 'gzip' };
  const first = await request.get('/en/', { headers: gzip });
  expect(first.headers()['content-encoding']).toBe('gzip');
  const again = await request.get('/en/', { headers: { ...gzip, 'If-None-Match': first.headers()['etag']! } });
  expect(again.status()).toBe(200);
  expect(warning).toContain('no 304');
});
