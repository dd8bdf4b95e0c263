import { expect, test } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { answerWithKeyboard, waitForQuiz } from './quiz-keyboard';
import { at, serverMetadata as metadata } from './server-metadata';
import { lessonsCoveringTypes } from './site-content';
import { pageTypes } from './site-pages';

/**
 * What a school's server must get right, run against `astro preview` and against nginx with the
 * shipped configuration, at the root and under a sub-path (see playwright.config.ts).
 */
const lesson = lessonsCoveringTypes().lessons[0]!;
const labels = { check: en['quiz.check'], next: en['quiz.next'], results: en['quiz.results'], continue: en['quiz.continue'] };
const frLabels = { check: fr['quiz.check'], next: fr['quiz.next'], results: fr['quiz.results'], continue: fr['quiz.continue'] };

test.describe('hosting', () => {
  for (const [type, path] of Object.entries({ root: '/', ...pageTypes('en', lesson.id, '12-14') })) {
    test(`${type} page: served, every link and asset under the base path, no CSP violation`, async ({ page, baseURL }) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== new URL(baseURL!).origin || !url.pathname.startsWith(metadata().base)) outside.push(request.url());
      });
      const response = await page.goto(at(path));
      expect(response?.status()).toBe(200);
      const links = await page
        .locator('a[href^="/"], link[href^="/"], script[src^="/"]')
        .evaluateAll((elements) => elements.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''));
      expect(links.filter((href) => !href.startsWith(metadata().base))).toEqual([]);
      if (type === 'lesson') {
        await waitForQuiz(page);
        await answerWithKeyboard(page, labels, false);
      }
      await page.waitForLoadState('networkidle');
      expect(outside).toEqual([]);
      expect(violations).toEqual([]);
    });
  }

  test('an unknown address answers 404 with the 404 page', async ({ page }) => {
    const response = await page.goto(at('/en/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: en['notFound.home'] })).toHaveAttribute('href', at('/en/'));
  });

  test.describe('offline', () => {
    test.use({ serviceWorkers: 'allow' });

    test('after the first visit, the pages open offline and the quiz still works; the progress page can erase the offline copy', async ({
      page,
      context,
    }) => {
      await page.goto(at('/fr/'));
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      for (const path of ['/fr/', '/fr/12-14/', `/fr/lessons/${lesson.id}/`, '/fr/help/', '/fr/progress/', '/en/help/']) {
        const response = await page.goto(at(path));
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('h1')).toBeVisible();
      }
      await page.goto(at(`/fr/lessons/${lesson.id}/`));
      await waitForQuiz(page);
      await answerWithKeyboard(page, frLabels, false);
      await expect(page.locator('.question-card progress')).toHaveAttribute('value', '2');
      await page.goto(at('/fr/teachers/'));
      await page.getByRole('searchbox').fill('sextorsion');
      await expect(page.locator('.search-results a').first()).toBeVisible();

      await context.setOffline(false);
      await page.goto(at('/fr/progress/'));
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
      await page.getByRole('button', { name: fr['progress.eraseOffline'] }).click();
      await expect(page.getByRole('status')).toContainText(fr['progress.erasedOffline']);
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    });
  });
});
