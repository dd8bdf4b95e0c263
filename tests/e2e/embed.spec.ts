import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFraming } from '../../src/lib/embed/frame-ancestors';
import { headersForPages, serveEmbedder, serveSite } from './embed-servers';

/**
 * Embedding in a school platform (Smartschool, Teams, Moodle): a page on another loopback origin
 * frames a Balise page. With the shipped headers (no `embedOrigins`) the browser refuses; with
 * the platform's origin in `embedOrigins` (the same file as the build writes it) it shows the page.
 */
const shipped = readFileSync(join(import.meta.dirname, '../../dist/_headers'), 'utf8');
const servers: Array<{ close: () => Promise<void> }> = [];
test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function framed(page: import('@playwright/test').Page, allowEmbedder: boolean) {
  const embedder = await serveEmbedder();
  const headers = headersForPages(allowEmbedder ? withFraming(shipped, [embedder.origin], '_headers') : shipped);
  const site = await serveSite(headers);
  servers.push(embedder, site);
  await page.goto(`${embedder.origin}/?src=${encodeURIComponent(`${site.origin}/en/`)}`);
  return { headers, frame: page.frameLocator('iframe[title="Balise"]') };
}

test('a platform whose origin is in embedOrigins shows the page in a frame', async ({ page }) => {
  const { headers, frame } = await framed(page, true);
  expect(headers['X-Frame-Options']).toBeUndefined();
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
});

test('without embedOrigins, the browser refuses to show the page in a frame', async ({ page }) => {
  const { headers, frame } = await framed(page, false);
  expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
});
