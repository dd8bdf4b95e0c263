import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { answerWithKeyboard, waitForQuiz } from './quiz-keyboard';
import { lessonsCoveringTypes } from './site-content';
import { serveFolder } from './static-server';

/**
 * A new version of the site never reloads a quiz in progress: it installs beside the old one,
 * waits while a tab of the site is open, and is there on the next visit. Two real builds: dist/
 * (version 1) and a build whose footer names a school (version 2, dist-update/), swapped in the
 * served folder.
 */
const ROOT = join(import.meta.dirname, '../..');
// Above the ports playwright.config.ts gives the preview, nginx and Apache servers (E2E_PORT to +6).
const PORT = Number(process.env['E2E_PORT'] ?? 4391) + 10;
const V2_SCHOOL = 'Version deux';
const lesson = lessonsCoveringTypes().lessons[0]!;
const labels = { check: fr['quiz.check'], next: fr['quiz.next'], results: fr['quiz.results'], continue: fr['quiz.continue'] };
const base = `http://127.0.0.1:${PORT}`;

let work: string;
let server: Server;

test.describe('update', () => {
  test.use({ serviceWorkers: 'allow' });
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    work = mkdtempSync(join(tmpdir(), 'balise-update-'));
    // Inside the project: @vite-pwa/astro writes sw.js to dist/ for an outDir outside it.
    execFileSync('npx', ['astro', 'build', '--outDir', 'dist-update'], {
      cwd: ROOT,
      env: { ...process.env, BALISE_SCHOOL_NAME: V2_SCHOOL },
      stdio: 'ignore',
    });
    cpSync(join(ROOT, 'dist'), join(work, 'site'), { recursive: true });
    server = await serveFolder(join(work, 'site'), PORT);
  });

  test.afterAll(() => {
    server?.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(join(ROOT, 'dist-update'), { recursive: true, force: true });
  });

  test('a new version waits while the quiz is open, then applies on the next visit', async ({ context, page }) => {
    await page.goto(`${base}/fr/lessons/${lesson.id}/`);
    const registered = () => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));
    await expect.poll(registered, { timeout: 30_000 }).toBe(true);
    // The next visit is the one the worker controls (the first one never is).
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await waitForQuiz(page);
    await answerWithKeyboard(page, labels, false);
    await expect(page.locator('.question-card progress')).toHaveAttribute('value', '2');
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    rmSync(join(work, 'site'), { recursive: true, force: true });
    cpSync(join(ROOT, 'dist-update'), join(work, 'site'), { recursive: true });
    const waiting = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
        return Boolean(registration?.waiting);
      });
    await expect.poll(waiting, { timeout: 30_000 }).toBe(true);

    expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await expect(page.locator('.question-card progress')).toHaveAttribute('value', '2');
    await expect(page.locator('footer')).not.toContainText(V2_SCHOOL);

    await page.close();
    const next = await context.newPage();
    await expect
      .poll(
        async () => {
          await next.goto(`${base}/fr/help/`);
          return next.locator('footer').innerText();
        },
        { timeout: 30_000 },
      )
      .toContain(V2_SCHOOL);
    await next.goto(`${base}/fr/lessons/${lesson.id}/`);
    await waitForQuiz(next);
    await expect(next.locator('.question-card progress')).toHaveAttribute('value', '2');
  });
});
