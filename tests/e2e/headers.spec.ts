import { expect, test } from '@playwright/test';

/** Security and cache headers of the shipped server configurations (nginx projects only). */
const base = () => (test.info().project.metadata as { base: string }).base;
const at = (path: string) => `${base()}${path.replace(/^\//, '')}`;

test('pages carry the security headers and are revalidated; hashed files are cached for good', async ({ request }) => {
  const page = await request.get(at('/en/'));
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('microphone=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['server']).not.toMatch(/\d/);
  const asset = /href="([^"]+\.css)"/.exec(await page.text())?.[1];
  expect(asset).toMatch(new RegExp(`^${base()}_astro/`));
  const cached = await request.get(asset!);
  expect(cached.status()).toBe(200);
  expect(cached.headers()['cache-control']).toContain('immutable');
  expect(cached.headers()['x-content-type-options']).toBe('nosniff');
});

test('server configuration files copied with the site are not served', async ({ request }) => {
  expect((await request.get(at('/.htaccess'))).status()).toBe(404);
  expect((await request.get(at('/_headers'))).status()).toBe(404);
});
