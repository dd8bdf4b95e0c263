import { expect, test } from '@playwright/test';
import { pagesToCheck } from './site-pages';
import { foreignRequests } from './foreign-requests';

test.describe('privacy: nothing leaves the site', () => {
  for (const path of pagesToCheck()) {
    test(`page ${path} requests nothing from another origin and sets no cookie`, async ({ page, baseURL, context }) => {
      const foreign = foreignRequests(page, baseURL);
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 20_000);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }
});
