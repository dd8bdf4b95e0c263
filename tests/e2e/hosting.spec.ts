import { expect, test, type Page } from '@playwright/test';
import en from '../../src/i18n/en.json' with { type: 'json' };
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import nl from '../../src/i18n/nl.json' with { type: 'json' };
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

    /** What the service worker holds of a language's offline copy (see src/lib/offline/offline-messages.ts). */
    const offlineStatus = (page: Page, lang: string) =>
      page.evaluate(async (language) => {
        const worker = (await navigator.serviceWorker.ready).active!;
        return new Promise<{ summary: { files: number; totalFiles: number; lessons: number; totalLessons: number } }>(
          (resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (event) => resolve(event.data);
            worker.postMessage({ type: 'status', lang: language }, [channel.port2]);
          },
        );
      }, lang);

    test('after the first visit, the pupil pages of that language open offline and the quiz works; teacher pages and other languages only once visited; the progress page erases the copy', async ({
      page,
      context,
    }) => {
      await page.goto(at('/fr/'));
      const complete = async () => {
        const { files, totalFiles } = (await offlineStatus(page, 'fr')).summary;
        return totalFiles > 0 && files === totalFiles;
      };
      await expect.poll(complete, { timeout: 30_000 }).toBe(true);
      const copy = (await offlineStatus(page, 'fr')).summary;
      await page.goto(at('/fr/teachers/'));
      await context.setOffline(true);
      for (const path of ['/fr/', '/fr/12-14/', `/fr/lessons/${lesson.id}/`, '/fr/help/', '/fr/progress/', '/fr/teachers/']) {
        const response = await page.goto(at(path));
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('h1')).toBeVisible();
      }
      const fetched = (path: string) =>
        page.evaluate(
          (url) =>
            fetch(url).then(
              (response) => String(response.status),
              () => 'not kept',
            ),
          at(path),
        );
      for (const path of ['/en/help/', `/fr/teachers/${lesson.id}/`, '/nl/']) expect(await fetched(path), path).toBe('not kept');
      await page.goto(at(`/fr/lessons/${lesson.id}/`));
      await waitForQuiz(page);
      await answerWithKeyboard(page, frLabels, false);
      await expect(page.locator('.question-card progress')).toHaveAttribute('value', '2');
      await page.goto(at('/fr/'));
      await page.getByRole('searchbox').fill('sextorsion');
      await expect(page.locator('.search-results a').first()).toBeVisible();

      await context.setOffline(false);
      await page.goto(at('/fr/progress/'));
      await expect(page.locator('[data-offline-copy]')).toContainText(String(copy.totalLessons));
      await expect(page.getByRole('button', { name: fr['progress.keepAll'] })).toBeDisabled();
      // Let the page's own idle work (registering the worker, keeping the copy) finish first.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: fr['progress.eraseOffline'] }).click();
      await expect(page.getByRole('status')).toContainText(fr['progress.erasedOffline']);
      await expect(page.locator('[data-offline-copy]')).toHaveText(fr['progress.offlineNone']);
      // Nothing stored (the worker, still running for this tab, may reopen an empty cache).
      const stored = () =>
        page.evaluate(async () => {
          const counts = await Promise.all(
            (await caches.keys()).map(async (key) => (await (await caches.open(key)).keys()).length),
          );
          return counts.reduce((sum, count) => sum + count, 0);
        });
      expect(await stored()).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    });

    test('a connection that asks to save data gets no offline copy until the pupil asks for it', async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
      await page.goto(at('/nl/'));
      await page.waitForLoadState('networkidle');
      expect((await offlineStatus(page, 'nl')).summary.files).toBe(0);
      await page.goto(at('/nl/progress/'));
      // The progress page itself is kept (it was visited), none of the lessons.
      await expect(page.locator('[data-offline-copy]')).toContainText(`${nl['progress.offlineHolds'].split('{lessons}')[0]}0 `);
      await page.getByRole('button', { name: nl['progress.keepAll'] }).click();
      await expect(page.getByRole('status')).toContainText(nl['progress.keptAll']);
      const copy = (await offlineStatus(page, 'nl')).summary;
      expect(copy.lessons).toBe(copy.totalLessons);
    });
  });
});
