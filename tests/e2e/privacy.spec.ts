import { expect, test } from '@playwright/test';
import { pagesToCheck } from './site-pages';

test.describe('privacy: nothing leaves the site', () => {
  for (const path of pagesToCheck()) {
    test(`page ${path} requests nothing from another origin and sets no cookie`, async ({ page, baseURL, context }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 20_000);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }
});
